// What the desk already knows of each source, for the pipeline's diff: each update's
// key and a fingerprint of what a reader sees of it. A fingerprint is small enough to
// send to a worker with every big read, so the worker extracts reactions only for
// what changed; and what it remembers is bounded like the timeline.
import { createHash } from 'node:crypto';
import { MEMORY_POLICY, type MemoryPolicy } from '../desk/memory-policy.js';
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

  constructor(private readonly policy: MemoryPolicy = MEMORY_POLICY) {}

  /** What is already shown or archived: the first read of each source is compared with it. */
  static of(updates: readonly Update[], policy: MemoryPolicy = MEMORY_POLICY): KnownUpdates {
    const known = new KnownUpdates(policy);
    const bySource = new Map<string, Update[]>();
    for (const update of updates) {
      const list = bySource.get(update.sourceId);
      if (list === undefined) bySource.set(update.sourceId, [update]);
      else list.push(update);
    }
    for (const [sourceId, list] of bySource) known.remember(sourceId, listedOf(list), false);
    return known;
  }

  forSource(sourceId: string): ReadonlyMap<string, string> {
    return this.#bySource.get(sourceId) ?? NOTHING;
  }

  /**
   * A read of `sourceId` listed these updates, newest first. `complete`: the whole
   * source, so what it lists comes first and older knowledge is kept only up to the
   * policy's limit per source (an update that leaves a feed and comes back is then
   * still known). A preview adds what it lists to what was known.
   */
  remember(sourceId: string, listed: readonly ListedUpdate[], complete: boolean): void {
    const before = this.#bySource.get(sourceId);
    if (!complete) {
      const next = before ?? new Map<string, string>();
      for (const [key, fingerprint] of listed) next.set(key, fingerprint);
      this.#bySource.set(sourceId, next);
      return;
    }
    const next = new Map<string, string>(listed);
    if (before !== undefined) {
      for (const [key, fingerprint] of before) {
        if (next.size >= this.policy.perSource) break;
        if (!next.has(key)) next.set(key, fingerprint);
      }
    }
    this.#bySource.set(sourceId, next);
  }
}
