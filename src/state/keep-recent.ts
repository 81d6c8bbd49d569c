// The dashboard's side of the memory policy (src/desk/memory-policy.ts): what a
// trimmed timeline takes with it from the rest of the state.
import { MEMORY_POLICY, splitRecent } from '../desk/memory-policy.js';
import type { AppState } from './app-state.js';

function withoutKeys<T>(set: ReadonlySet<T>, dropped: ReadonlySet<T>): ReadonlySet<T> {
  let next: Set<T> | null = null;
  for (const key of dropped) {
    if (!set.has(key)) continue;
    next ??= new Set(set);
    next.delete(key);
  }
  return next ?? set;
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
