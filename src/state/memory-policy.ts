// How much of the timeline stays in memory. A monitor left running for days on
// many sources would otherwise grow without end; the archive keeps everything,
// and a restart (or `livedesk export`) brings older updates back. The limits are
// well above what one event produces, so a reader never notices them.
import type { Update } from '../model.js';
import type { AppState } from './app-state.js';

export interface MemoryPolicy {
  perSource: number;
  total: number;
}

export const MEMORY_POLICY: MemoryPolicy = { perSource: 10_000, total: 20_000 };

function withoutKeys<T>(set: ReadonlySet<T>, dropped: ReadonlySet<T>): ReadonlySet<T> {
  let next: Set<T> | null = null;
  for (const key of dropped) {
    if (!set.has(key)) continue;
    next ??= new Set(set);
    next.delete(key);
  }
  return next ?? set;
}

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

/**
 * Keeps the newest updates of each source, and the newest in all. An update the
 * source still lists is never dropped, or its next poll would bring it back as
 * NEW. Read marks stay: they are the archive's, and tiny.
 */
export function keepRecent(state: AppState, stillListed: ReadonlySet<string>, policy = MEMORY_POLICY): AppState {
  const { kept, dropped } = splitRecent(state.updates, stillListed, policy);
  if (dropped.size === 0) return state;
  let earlierVersions = state.earlierVersions;
  if ([...dropped].some((key) => earlierVersions.has(key))) {
    const next = new Map(earlierVersions);
    for (const key of dropped) next.delete(key);
    earlierVersions = next;
  }
  return {
    ...state,
    updates: kept,
    reactions: state.reactions.filter((reaction) => !dropped.has(reaction.updateKey)),
    newKeys: withoutKeys(state.newKeys, dropped),
    earlierVersions,
  };
}
