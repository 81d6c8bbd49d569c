// Merges a fresh read of a source into what is already known. An update is
// never dropped because it left the feed; one whose text changed is an edit.
import type { Update } from '../model.js';
import { compareNewestFirst } from '../normalise-updates.js';

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
  const known = new Map(existing.map((update) => [update.key, update]));
  const added: Update[] = [];
  const edited: Edit[] = [];
  for (const update of incoming) {
    const before = known.get(update.key);
    if (before === undefined) added.push(update);
    else if (!sameContent(before, update)) edited.push({ before, after: update });
  }
  if (added.length === 0 && edited.length === 0) return { updates: existing as Update[], added, edited };
  for (const update of added) known.set(update.key, update);
  for (const { after } of edited) known.set(after.key, after);
  return { updates: [...known.values()].sort(compareNewestFirst), added, edited };
}
