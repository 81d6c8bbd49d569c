// How much of the timeline stays in memory. A monitor left running for days on
// many sources would otherwise grow without end; the archive keeps everything,
// and a restart (or `livedesk export`) brings older updates back. The limits are
// well above what one event produces, so a reader never notices them.
import type { Update } from '../model.js';

export interface MemoryPolicy {
  perSource: number;
  total: number;
}

export const MEMORY_POLICY: MemoryPolicy = { perSource: 10_000, total: 20_000 };

/** The updates to keep (newest first, as given) and the keys of those to let go. */
export function splitRecent(
  updates: readonly Update[],
  stillListed: ReadonlySet<string>,
  policy = MEMORY_POLICY,
): { kept: Update[]; dropped: ReadonlySet<string> } {
  if (updates.length <= Math.min(policy.perSource, policy.total)) return { kept: updates as Update[], dropped: new Set() };
  const perSource = new Map<string, number>();
  const kept: Update[] = [];
  const dropped = new Set<string>();
  for (const update of updates) {
    const count = perSource.get(update.sourceId) ?? 0;
    if ((count < policy.perSource && kept.length < policy.total) || stillListed.has(update.key)) {
      kept.push(update);
      perSource.set(update.sourceId, count + 1);
    } else {
      dropped.add(update.key);
    }
  }
  return { kept, dropped };
}
