// A bounded memo for pure functions of a string that are asked the same few questions
// over and over: Ink's line measuring between frames (src/ui/ink-output/), actor names
// while reactions are grouped on every arrival.

/** A map that forgets everything once it is full; a screenful of lines is far below the limit. */
export function remembered<K, V>(limit: number, compute: (key: K) => V): (key: K) => V {
  let entries = new Map<K, V>();
  return (key) => {
    let value = entries.get(key);
    if (value === undefined) {
      value = compute(key);
      if (entries.size >= limit) entries = new Map();
      entries.set(key, value);
    }
    return value;
  };
}
