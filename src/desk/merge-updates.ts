// Merges a fresh read of a source into what is already known. An update is
// never dropped because it left the feed; one whose text changed is an edit.
import type { Update } from '../model.js';
import { compareNewestFirst } from './timeline-order.js';

export interface Edit {
  before: Update;
  after: Update;
}

export interface MergeResult {
  updates: Update[];
  added: Update[];
  edited: Edit[];
}

export function sameContent(a: Update, b: Update): boolean {
  return a.title === b.title && a.body === b.body && a.link === b.link && a.author === b.author;
}

export function mergeUpdates(existing: readonly Update[], incoming: readonly Update[]): MergeResult {
  // Most reads bring nothing new (only what changed arrives): no index of thousands for them.
  if (incoming.length === 0) return { updates: existing as Update[], added: [], edited: [] };
  const known = new Map(existing.map((update) => [update.key, update]));
  const added: Update[] = [];
  const edited: Edit[] = [];
  for (const update of incoming) {
    const before = known.get(update.key);
    if (before === undefined) added.push(update);
    else if (!sameContent(before, update)) edited.push({ before, after: update });
  }
  if (added.length === 0 && edited.length === 0) return { updates: existing as Update[], added, edited };
  // Existing updates are in order already: sort only what came in, then merge the two.
  // A poll brings a handful of items into thousands, so this is a walk, not a sort.
  // An edit keeps its place, unless its time moved.
  const replaced = new Map(edited.map(({ after }) => [after.key, after]));
  const kept = replaced.size === 0 ? existing : existing.map((update) => replaced.get(update.key) ?? update);
  if (edited.some(({ before, after }) => before.time !== after.time)) {
    return { updates: [...kept, ...added].sort(compareNewestFirst), added, edited };
  }
  return { updates: mergeSorted(kept, [...added].sort(compareNewestFirst)), added, edited };
}

/** Both lists newest first; on a tie the one already known stays first, as a stable sort would keep it. */
function mergeSorted(known: readonly Update[], fresh: readonly Update[]): Update[] {
  const merged: Update[] = [];
  let k = 0;
  let f = 0;
  while (k < known.length && f < fresh.length) {
    if (compareNewestFirst(fresh[f]!, known[k]!) < 0) merged.push(fresh[f++]!);
    else merged.push(known[k++]!);
  }
  while (k < known.length) merged.push(known[k++]!);
  while (f < fresh.length) merged.push(fresh[f++]!);
  return merged;
}
