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

/** Where `update` sits in the newest-first timeline: a binary search on time, then the ties. */
function positionOf(updates: readonly Update[], update: Update): number {
  const time = update.time;
  let low = 0;
  let high = updates.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const at = updates[middle]!.time;
    if (time !== null && at !== null && at > time) low = middle + 1;
    else high = middle;
  }
  const found = updates.indexOf(update, low);
  return found === -1 ? updates.indexOf(update) : found;
}

/**
 * Finds duplicates as the timeline grows, comparing only what is new since the
 * last call with the updates near it in time. A monitor of 100 sources gets an
 * arrival every second or so; comparing the whole timeline each time made its
 * cost grow with everything kept. What it remembers is pruned to the timeline
 * it was last given.
 */
export class DuplicateFinder {
  #members: ReadonlySet<Update> = new Set();
  /** Links go both ways: each update with a similar one, to those similar ones. */
  readonly #similar = new Map<Update, Update[]>();
  readonly #tokens = new Map<Update, Set<string>>();

  constructor(private readonly windowMs = DUPLICATE_WINDOW_MS) {}

  /** Updates are newest first (timed ones by time, then the untimed), as the state keeps them. */
  find(updates: readonly Update[]): DuplicateIndex {
    const compared = new Set<Update>();
    let fresh = 0;
    for (const update of updates) {
      if (this.#members.has(update)) continue;
      fresh++;
      if (update.time === null) continue;
      for (const other of this.#near(updates, update.time)) {
        if (other === update || other.sourceId === update.sourceId || compared.has(other)) continue;
        if (similarity(this.#words(update), this.#words(other)) < SIMILARITY) continue;
        this.#link(update, other);
        this.#link(other, update);
      }
      compared.add(update);
    }
    const members = new Set(updates);
    if (this.#members.size + fresh > members.size) this.#forgetAllBut(members);
    this.#members = members;
    return this.#collect(updates);
  }

  /** Walks from the oldest, so each update is compared with the earlier reports it may copy. */
  #collect(updates: readonly Update[]): DuplicateIndex {
    const hidden = new Set<string>();
    const alsoReported = new Map<string, Update[]>();
    const position = new Map<Update, number>();
    for (const update of this.#similar.keys()) position.set(update, positionOf(updates, update));
    const oldestFirst = [...position].sort((a, b) => b[1] - a[1]);
    for (const [original, older] of oldestFirst) {
      if (hidden.has(original.key) || original.time === null) continue;
      const later = this.#similar
        .get(original)!
        .filter((other) => position.get(other)! < older)
        .sort((a, b) => position.get(b)! - position.get(a)!);
      for (const candidate of later) {
        if (hidden.has(candidate.key)) continue;
        hidden.add(candidate.key);
        const versions = alsoReported.get(original.key);
        if (versions === undefined) alsoReported.set(original.key, [candidate]);
        else versions.push(candidate);
      }
    }
    return { hidden, alsoReported };
  }

  /** Updates that left the timeline (edited, or past the memory limit) take their links with them. */
  #forgetAllBut(members: ReadonlySet<Update>): void {
    for (const update of this.#tokens.keys()) if (!members.has(update)) this.#tokens.delete(update);
    for (const [update, others] of this.#similar) {
      const left = members.has(update) ? others.filter((other) => members.has(other)) : [];
      if (left.length === 0) this.#similar.delete(update);
      else if (left.length !== others.length) this.#similar.set(update, left);
    }
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
