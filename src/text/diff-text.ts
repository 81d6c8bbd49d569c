// What changed in an edited update, sentence by sentence: live blogs usually
// edit by adding or rewording sentences, so that is the unit a reader wants.

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

function sentences(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?…”’"])\s+(?=[A-Z“‘"(])/u)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** Longest-common-subsequence diff; bodies are short, so O(n·m) is fine. */
export function diffText(before: string, after: string): DiffPart[] {
  const a = sentences(before);
  const b = sentences(after);
  const lengths: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i]![j] = a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      parts.push({ kind: 'same', text: a[i]! });
      i++;
      j++;
    } else if (j < b.length && (i === a.length || lengths[i]![j + 1]! >= lengths[i + 1]![j]!)) {
      parts.push({ kind: 'added', text: b[j]! });
      j++;
    } else {
      parts.push({ kind: 'removed', text: a[i]! });
      i++;
    }
  }
  return parts;
}
