// Keys in the sources pane: move through the list, Enter narrows the timeline to the
// chosen source (or shows all again), Esc, q or S close it as it was.
import type { AppState } from './app-state.js';
import type { Command } from './keymap.js';
import { cursorMovedBy, settle } from './list-cursor.js';
import { fullBodyRows } from './selectors.js';
import { ALL_SOURCES, sourcePaneKeys } from './source-rows.js';
import { narrowTo } from './timeline-filter.js';

/** Opened on the source the timeline shows. */
export function openSourcesPane(state: AppState): AppState {
  const selectedKey = state.sourceFilter ?? ALL_SOURCES;
  return { ...state, sourcesPane: settle(sourcePaneKeys(state), { selectedKey, topKey: null }, fullBodyRows(state)) };
}

export function sourcesPaneCommand(state: AppState, command: Command): AppState {
  const cursor = state.sourcesPane!;
  const keys = sourcePaneKeys(state);
  const rows = fullBodyRows(state);
  const moved = cursorMovedBy(command, keys, cursor, rows);
  if (moved !== null) return { ...state, sourcesPane: moved };
  switch (command) {
    case 'open': {
      const chosen = settle(keys, cursor, rows).selectedKey;
      const closed = { ...state, sourcesPane: null, focus: 'timeline' as const };
      return narrowTo(closed, chosen === null || chosen === ALL_SOURCES ? null : chosen);
    }
    case 'close':
    case 'quit':
    case 'toggleSourcesPane':
      return { ...state, sourcesPane: null };
    case 'toggleHelp':
      return { ...state, help: { scroll: 0 } };
    default:
      return state;
  }
}
