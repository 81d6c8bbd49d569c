// Read marks by the many: A marks every update of the source in view read, C every
// update. The keys one of them marked are kept until the next key, so a u straight
// after puts back exactly those, and updates read before stay read.
import type { AppState } from './app-state.js';
import { withEffects, type AppStep } from './effects.js';
import { showNotice } from './notice.js';
import { sourceById, updateByKey } from './selectors.js';

function markKeysRead(state: AppState, keys: string[], what: string, none: string): AppStep {
  if (keys.length === 0) return showNotice({ ...state, lastMarkMany: null }, none, 'info');
  const readKeys = new Set(state.readKeys);
  for (const key of keys) readKeys.add(key);
  const marked = { ...state, readKeys, lastMarkMany: keys };
  return withEffects(showNotice(marked, `${keys.length}${what} marked read · u undoes`, 'info'), {
    type: 'mark-read',
    keys,
    read: true,
  });
}

/** A: every unread update of the open or selected update's source. */
export function markSourceRead(state: AppState): AppStep {
  const key = state.detail?.updateKey ?? state.timeline.selectedKey;
  const update = key === null ? undefined : updateByKey(state, key);
  if (update === undefined) return showNotice(state, 'No update selected: no source to mark read', 'info');
  const source = sourceById(state, update.sourceId);
  const keys = state.updates.filter((candidate) => candidate.sourceId === update.sourceId && !state.readKeys.has(candidate.key)).map((candidate) => candidate.key);
  // The tag, as the timeline shows it: a notice has about 40 columns at 80.
  return markKeysRead(state, keys, ` of [${source?.tag ?? update.sourceId}]`, `All of ${source?.title ?? update.sourceId} read already`);
}

/** C: every unread update. */
export function markAllRead(state: AppState): AppStep {
  const keys = state.updates.filter((update) => !state.readKeys.has(update.key)).map((update) => update.key);
  return markKeysRead(state, keys, '', 'All read already');
}

/** u straight after A or C: those updates unread again. */
export function undoMarkMany(state: AppState, keys: string[]): AppStep {
  const readKeys = new Set(state.readKeys);
  for (const key of keys) readKeys.delete(key);
  const undone = { ...state, readKeys, lastMarkMany: null };
  return withEffects(showNotice(undone, `${keys.length} marked unread again`, 'info'), { type: 'mark-read', keys, read: false });
}
