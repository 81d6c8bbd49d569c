// Reading on without going back to the list: J and K open the next and previous
// update of the timeline as it is shown, n the next unread one. Each is marked read,
// and the timeline's selection follows, so Esc comes back to where the reader is.
import type { AppState } from './app-state.js';
import { stay, type AppStep } from './effects.js';
import { settle } from './list-cursor.js';
import { showNotice } from './notice.js';
import { searchKeys } from './desk-search.js';
import { fullBodyRows, paneRows, visibleUpdateKeys } from './selectors.js';

export function markRead(state: AppState, key: string): AppStep {
  if (state.readKeys.has(key)) return stay(state);
  return { state: { ...state, readKeys: new Set(state.readKeys).add(key) }, effects: [{ type: 'mark-read', keys: [key], read: true }] };
}

/** The list the detail view reads through: the search's results while they are open, else the timeline. */
function readingList(state: AppState): string[] {
  return state.search?.answer?.ok === true ? searchKeys(state) : visibleUpdateKeys(state);
}

/** The update `key` in the detail view, from its top, selected in its list too. */
export function openUpdate(state: AppState, key: string): AppStep {
  const detail = { updateKey: key, scroll: 0, highlightReactionId: null };
  if (state.search?.answer?.ok === true) {
    const cursor = settle(searchKeys(state), { selectedKey: key, topKey: state.search.cursor.topKey }, fullBodyRows(state));
    return markRead({ ...state, search: { ...state.search, cursor }, detail }, key);
  }
  const timeline = settle(visibleUpdateKeys(state), { selectedKey: key, topKey: state.timeline.topKey }, paneRows(state, 'timeline'));
  return markRead({ ...state, focus: 'timeline', timeline, detail }, key);
}

/** J (1) and K (-1): the neighbour in the list as shown; at either end the view stays. */
export function openNeighbour(state: AppState, step: 1 | -1): AppStep {
  const keys = readingList(state);
  const at = keys.indexOf(state.detail?.updateKey ?? '');
  const key = at === -1 ? keys[0] : keys[at + step];
  return key === undefined || key === state.detail?.updateKey ? stay(state) : openUpdate(state, key);
}

/** n: the next unread update below the one open, wrapping to the top. */
export function openNextUnread(state: AppState): AppStep {
  const keys = readingList(state);
  const from = Math.max(0, keys.indexOf(state.detail?.updateKey ?? ''));
  for (let step = 1; step <= keys.length; step++) {
    const key = keys[(from + step) % keys.length]!;
    if (!state.readKeys.has(key)) return openUpdate(state, key);
  }
  return showNotice(state, 'No unread update left', 'info');
}
