// Read marks by the many: A marks every update of the source in view read, C every
// update. The keys one of them marked are kept until the next key, so a u straight
// after puts back exactly those, and updates read before stay read.
import type { AppState } from './app-state.js';
import { withEffects, type AppStep } from './effects.js';
import { showNotice } from './notice.js';
import { sourceById, updateByKey } from './selectors.js';

function plural(count: number): string {
  return `${count} update${count === 1 ? '' : 's'}`;
}

function markKeysRead(state: AppState, keys: string[], what: string, none: string): AppStep {
  if (keys.length === 0) return showNotice({ ...state, lastMarkMany: null }, none, 'info');
  const readKeys = new Set(state.readKeys);
  for (const key of keys) readKeys.add(key);
  const marked = { ...state, readKeys, lastMarkMany: keys };
  return withEffects(showNotice(marked, `${plural(keys.length)}${what} marked read (u undoes)`, 'info'), {
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
  const title = sourceById(state, update.sourceId)?.title ?? update.sourceId;
  const keys = state.updates.filter((candidate) => candidate.sourceId === update.sourceId && !state.readKeys.has(candidate.key)).map((candidate) => candidate.key);
  return markKeysRead(state, keys, ` of ${title}`, `Every update of ${title} is read already`);
}

/** C: every unread update. */
export function markAllRead(state: AppState): AppStep {
  const keys = state.updates.filter((update) => !state.readKeys.has(update.key)).map((update) => update.key);
  return markKeysRead(state, keys, '', 'Every update is read already');
}

/** u straight after A or C: those updates unread again. */
export function undoMarkMany(state: AppState, keys: string[]): AppStep {
  const readKeys = new Set(state.readKeys);
  for (const key of keys) readKeys.delete(key);
  const undone = { ...state, readKeys, lastMarkMany: null };
  return withEffects(showNotice(undone, `${plural(keys.length)} marked unread again`, 'info'), { type: 'mark-read', keys, read: false });
}
