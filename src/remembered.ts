// Ink draws every frame from scratch: each line of styled text is measured, cut to its
// box and split into styled characters again, with caches that last one frame. Between
// two frames almost every line is the same, and this work was most of a key press's
// cost (see `npm run bench -- --profile`). The build points the imports of Ink's output
// module at the modules in this folder, which remember results across frames. The values
// are the libraries' own, and Ink only reads them, so sharing them between frames is safe.

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
