// The same development reported by two outlets — near-identical headlines
// within a short time — is shown once, with "+1 source"; the other versions
// stay reachable from its detail view. The version shown is the one reported
// first, so a later copy never takes the place of a row the reader is on.
import type { Update } from '../model.js';

export interface DuplicateIndex {
  /** Later copies, left out of the timeline. */
  hidden: ReadonlySet<string>;
  /** For each update shown, the other outlets' versions of it. */
  alsoReported: ReadonlyMap<string, Update[]>;
}

export const DUPLICATE_WINDOW_MS = 30 * 60_000;
const SIMILARITY = 0.6;
const STOPWORDS = new Set(['the', 'and', 'for', 'with', 'from', 'after', 'over', 'into', 'its', 'has', 'have', 'are', 'was', 'were', 'says', 'said', 'live']);

function words(title: string): Set<string> {
  const tokens = title.toLocaleLowerCase().match(/\p{L}[\p{L}\p{N}]*/gu) ?? [];
  return new Set(tokens.filter((token) => token.length >= 3 && !STOPWORDS.has(token)));
}

function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Updates are newest first; only pairs within the window are compared, so this stays near linear. */
export function findDuplicates(updates: readonly Update[], windowMs = DUPLICATE_WINDOW_MS): DuplicateIndex {
  const hidden = new Set<string>();
  const alsoReported = new Map<string, Update[]>();
  const tokens = updates.map((update) => words(update.title));
  // Walk from the oldest, so each update is compared with the earlier reports it may copy.
  for (let older = updates.length - 1; older >= 0; older--) {
    const original = updates[older]!;
    if (hidden.has(original.key) || original.time === null) continue;
    for (let newer = older - 1; newer >= 0; newer--) {
      const candidate = updates[newer]!;
      if (candidate.time === null || candidate.time - original.time > windowMs) break;
      if (candidate.sourceId === original.sourceId || hidden.has(candidate.key)) continue;
      if (similarity(tokens[older]!, tokens[newer]!) < SIMILARITY) continue;
      hidden.add(candidate.key);
      alsoReported.set(original.key, [...(alsoReported.get(original.key) ?? []), candidate]);
    }
  }
  return { hidden, alsoReported };
}
