// What the timeline shows changes (the filter's text, the source it is narrowed to):
// the selection stays where it still shows, else the first row is taken.
import type { AppState } from './app-state.js';
import { settle } from './list-cursor.js';
import { paneRows, visibleUpdateKeys } from './selectors.js';

export function reshow(next: AppState): AppState {
  const keys = visibleUpdateKeys(next);
  const stillShown = next.timeline.selectedKey !== null && keys.includes(next.timeline.selectedKey);
  const cursor = stillShown ? next.timeline : { selectedKey: keys[0] ?? null, topKey: keys[0] ?? null };
  return { ...next, timeline: settle(keys, cursor, paneRows(next, 'timeline')) };
}

/** After the filter changes. */
export function refilter(state: AppState, text: string, editing: boolean): AppState {
  return reshow({ ...state, filter: { text, editing } });
}

/** Narrowed to one source, or widened to all (null). */
export function narrowTo(state: AppState, sourceId: string | null): AppState {
  return reshow({ ...state, sourceFilter: sourceId });
}
