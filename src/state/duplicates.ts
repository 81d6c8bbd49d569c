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

/** Walks from the oldest, so each update is compared with the earlier reports it may copy. */
function collect(updates: readonly Update[], similarTo: (update: Update) => readonly Update[]): DuplicateIndex {
  const hidden = new Set<string>();
  const alsoReported = new Map<string, Update[]>();
  const position = new Map<Update, number>();
  updates.forEach((update, index) => position.set(update, index));
  for (let older = updates.length - 1; older >= 0; older--) {
    const original = updates[older]!;
    if (hidden.has(original.key) || original.time === null) continue;
    const later = similarTo(original)
      .filter((other) => (position.get(other) ?? Infinity) < older)
      .sort((a, b) => position.get(b)! - position.get(a)!);
    for (const candidate of later) {
      if (hidden.has(candidate.key)) continue;
      hidden.add(candidate.key);
      alsoReported.set(original.key, [...(alsoReported.get(original.key) ?? []), candidate]);
    }
  }
  return { hidden, alsoReported };
}

/**
 * Finds duplicates as the timeline grows, comparing only what is new since the
 * last call with the updates near it in time. A monitor of 100 sources gets an
 * arrival every second or so; comparing the whole timeline each time made its
 * cost grow with everything kept.
 */
export class DuplicateFinder {
  #members: ReadonlySet<Update> = new Set();
  readonly #similar = new WeakMap<Update, Update[]>();
  readonly #tokens = new WeakMap<Update, Set<string>>();

  constructor(private readonly windowMs = DUPLICATE_WINDOW_MS) {}

  /** Updates are newest first (timed ones by time, then the untimed), as the state keeps them. */
  find(updates: readonly Update[]): DuplicateIndex {
    const compared = new Set<Update>();
    for (const update of updates) {
      if (this.#members.has(update) || update.time === null) continue;
      for (const other of this.#near(updates, update.time)) {
        if (other === update || other.sourceId === update.sourceId || compared.has(other)) continue;
        if (similarity(this.#words(update), this.#words(other)) < SIMILARITY) continue;
        this.#link(update, other);
        this.#link(other, update);
      }
      compared.add(update);
    }
    this.#members = new Set(updates);
    return collect(updates, (update) => this.#similar.get(update) ?? []);
  }

  /** The timed updates within the window of `time`, found by binary search on the newest-first order. */
  *#near(updates: readonly Update[], time: number): Generator<Update> {
    let low = 0;
    let high = updates.length;
    // First index whose time is at most time + window (untimed ones sort last).
    while (low < high) {
      const middle = (low + high) >>> 1;
      const at = updates[middle]!.time;
      if (at !== null && at > time + this.windowMs) low = middle + 1;
      else high = middle;
    }
    for (let index = low; index < updates.length; index++) {
      const at = updates[index]!.time;
      if (at === null || at < time - this.windowMs) return;
      yield updates[index]!;
    }
  }

  #words(update: Update): Set<string> {
    let found = this.#tokens.get(update);
    if (found === undefined) {
      found = words(update.title);
      this.#tokens.set(update, found);
    }
    return found;
  }

  #link(from: Update, to: Update): void {
    const list = this.#similar.get(from);
    if (list === undefined) this.#similar.set(from, [to]);
    else list.push(to);
  }
}

/** All at once, for a timeline seen a single time. */
export function findDuplicates(updates: readonly Update[], windowMs = DUPLICATE_WINDOW_MS): DuplicateIndex {
  return new DuplicateFinder(windowMs).find(updates);
}
