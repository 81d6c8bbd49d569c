// What the desk already knows of each source, for the pipeline's diff: each update's
// key and a fingerprint of what a reader sees of it. A fingerprint is small enough to
// send to a worker with every big read, so the worker extracts reactions only for
// what changed. After a whole read, a source is known by what it lists: bounded by
// the feed itself, however long the desk runs.
import { createHash } from 'node:crypto';
import type { Update } from '../model.js';

/** An update's key and fingerprint, as a read lists them. */
export type ListedUpdate = readonly [key: string, fingerprint: string];

/** Time and words: an update whose fingerprint changed is read again, reactions included (they carry its time). */
export function fingerprintOf(update: Update): string {
  const seen = [update.time, update.timeText, update.title, update.body, update.link, update.author].join('\u0000');
  return createHash('sha1').update(seen).digest('base64');
}

export function listedOf(updates: readonly Update[]): ListedUpdate[] {
  return updates.map((update) => [update.key, fingerprintOf(update)] as const);
}

const NOTHING: ReadonlyMap<string, string> = new Map();

export class KnownUpdates {
  readonly #bySource = new Map<string, Map<string, string>>();
  /** Shown or archived updates not fingerprinted yet: a source's are, when it is first read. */
  readonly #seeded = new Map<string, Update[]>();

  /**
   * What is already shown or archived: the first read of each source is compared with
   * it. Fingerprinted at that read, not here, so that a dashboard opening on a big
   * archive draws its first frame first.
   */
  static of(updates: readonly Update[]): KnownUpdates {
    const known = new KnownUpdates();
    for (const update of updates) {
      const list = known.#seeded.get(update.sourceId);
      if (list === undefined) known.#seeded.set(update.sourceId, [update]);
      else list.push(update);
    }
    return known;
  }

  forSource(sourceId: string): ReadonlyMap<string, string> {
    const seeded = this.#seeded.get(sourceId);
    if (seeded !== undefined) {
      this.#seeded.delete(sourceId);
      this.#bySource.set(sourceId, new Map(listedOf(seeded)));
    }
    return this.#bySource.get(sourceId) ?? NOTHING;
  }

  /**
   * A read of `sourceId` listed these updates. `complete`: the whole source, which is
   * then known by what it lists (one that leaves the feed and comes back is read
   * again, and the desk and the archive know it for what it is). A preview adds what
   * it lists to what was known.
   */
  remember(sourceId: string, listed: readonly ListedUpdate[], complete: boolean): void {
    if (complete) {
      this.#seeded.delete(sourceId);
      this.#bySource.set(sourceId, new Map(listed));
      return;
    }
    const before = new Map(this.forSource(sourceId));
    for (const [key, fingerprint] of listed) before.set(key, fingerprint);
    this.#bySource.set(sourceId, before);
  }
}
