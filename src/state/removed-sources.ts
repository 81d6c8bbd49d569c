// Sources no longer followed (taken out of a urls file while livedesk runs) leave
// the screen with their updates, reactions and status; the archive keeps them. The
// selection, held by key, falls to the nearest row still shown.
import type { AppState } from './app-state.js';
import { settle } from './list-cursor.js';
import { paneRows, reactionKeys, visibleUpdateKeys } from './selectors.js';

export function removeSources(state: AppState, sourceIds: readonly string[]): AppState {
  const leaving = new Set(sourceIds);
  if (!state.sources.some((source) => leaving.has(source.id))) return state;
  const gone = new Set(state.updates.filter((update) => leaving.has(update.sourceId)).map((update) => update.key));
  const statuses = new Map([...state.statuses].filter(([id]) => !leaving.has(id)));
  const next: AppState = {
    ...state,
    sources: state.sources.filter((source) => !leaving.has(source.id)),
    updates: state.updates.filter((update) => !gone.has(update.key)),
    reactions: state.reactions.filter((reaction) => !gone.has(reaction.updateKey)),
    statuses,
    detail: state.detail?.updateKey !== undefined && state.detail.updateKey !== null && gone.has(state.detail.updateKey) ? null : state.detail,
  };
  const timelineKey = state.timeline.selectedKey !== null && gone.has(state.timeline.selectedKey) ? null : state.timeline.selectedKey;
  return {
    ...next,
    timeline: settle(visibleUpdateKeys(next), { ...state.timeline, selectedKey: timelineKey }, paneRows(next, 'timeline')),
    reactionList: settle(reactionKeys(next), state.reactionList, paneRows(next, 'reactions')),
  };
}
