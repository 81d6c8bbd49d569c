// Every change to the dashboard goes through here as an action. Key presses
// arrive raw and are interpreted with the keymap, so the whole keyboard
// behaviour is testable without Ink.
import type { AnnouncedFeed, SourceStatus } from '../model.js';
import { applyArrival, markVisibleSeen, type Arrival } from './arrivals.js';
import { PANES, type AppState, type Pane } from './app-state.js';
import { highlightLineIndex } from './detail-lines.js';
import { newFeedChoice, stepFeedChoice } from './feed-choice.js';
import { commandForKey, splitKeyPresses, type Command, type KeyPress } from './keymap.js';
import type { TerminalSize } from './layout.js';
import { jumpCursor, moveCursor, pageCursor, settle, type ListCursor } from './list-cursor.js';
import { reactionOfRow } from './reaction-rows.js';
import { detailLines, layoutOf, reactionKeys, reactionRows, visibleUpdateKeys } from './selectors.js';

export type AppAction =
  | { type: 'key'; input: string; key: KeyPress }
  | { type: 'resize'; size: TerminalSize }
  | ({ type: 'arrived' } & Arrival)
  | { type: 'status'; status: SourceStatus }
  | { type: 'feeds-found'; sourceId: string; feeds: AnnouncedFeed[] };

function paneRows(state: AppState, pane: Pane): number {
  const layout = layoutOf(state);
  if (layout.kind !== 'panes') return 1;
  return pane === 'timeline' ? layout.timeline.bodyRows : layout.reactions.bodyRows;
}

function detailRows(state: AppState): number {
  const layout = layoutOf(state);
  return layout.kind === 'panes' ? Math.max(1, layout.full.bodyRows) : 1;
}

function paneKeys(state: AppState, pane: Pane): string[] {
  return pane === 'timeline' ? visibleUpdateKeys(state) : reactionKeys(state);
}

function withCursor(state: AppState, pane: Pane, cursor: ListCursor): AppState {
  return pane === 'timeline' ? { ...state, timeline: cursor } : { ...state, reactionList: cursor };
}

function cursorOf(state: AppState, pane: Pane): ListCursor {
  return pane === 'timeline' ? state.timeline : state.reactionList;
}

function navigateList(state: AppState, command: Command): AppState {
  const pane = state.focus;
  const keys = paneKeys(state, pane);
  const rows = paneRows(state, pane);
  const cursor = cursorOf(state, pane);
  switch (command) {
    case 'moveUp':
      return withCursor(state, pane, moveCursor(keys, cursor, -1, rows));
    case 'moveDown':
      return withCursor(state, pane, moveCursor(keys, cursor, 1, rows));
    case 'pageUp':
      return withCursor(state, pane, pageCursor(keys, cursor, -1, rows));
    case 'pageDown':
      return withCursor(state, pane, pageCursor(keys, cursor, 1, rows));
    case 'jumpTop':
      return withCursor(state, pane, jumpCursor(keys, 'top', rows));
    case 'jumpBottom':
      return withCursor(state, pane, jumpCursor(keys, 'bottom', rows));
    default:
      return state;
  }
}

function switchPane(state: AppState, step: 1 | -1): AppState {
  const index = PANES.indexOf(state.focus);
  const next = PANES[(index + step + PANES.length) % PANES.length] ?? 'timeline';
  return { ...state, focus: next };
}

function openSelected(state: AppState): AppState {
  const pane = state.focus;
  const keys = paneKeys(state, pane);
  const selected = settle(keys, cursorOf(state, pane), paneRows(state, pane)).selectedKey;
  if (selected === null) return state;
  if (pane === 'timeline') {
    return markRead({ ...state, detail: { updateKey: selected, scroll: 0, highlightReactionId: null } }, selected);
  }
  const row = reactionRows(state).find((candidate) => candidate.key === selected);
  const reaction = row === undefined ? undefined : reactionOfRow(row);
  if (reaction === undefined) return state;
  const opened: AppState = markRead(
    { ...state, detail: { updateKey: reaction.updateKey, scroll: 0, highlightReactionId: reaction.id } },
    reaction.updateKey,
  );
  return scrollDetailTo(opened, highlightLineIndex(detailLines(opened)));
}

function markRead(state: AppState, key: string): AppState {
  return state.readKeys.has(key) ? state : { ...state, readKeys: new Set(state.readKeys).add(key) };
}

function toggleRead(state: AppState): AppState {
  const key = state.detail?.updateKey ?? state.timeline.selectedKey;
  if (key === null || key === undefined) return state;
  if (!state.readKeys.has(key)) return markRead(state, key);
  const readKeys = new Set(state.readKeys);
  readKeys.delete(key);
  return { ...state, readKeys };
}

/** The next unread update below the selection, wrapping to the top; selection stays when all are read. */
function nextUnread(state: AppState): AppState {
  const keys = visibleUpdateKeys(state);
  const rows = paneRows(state, 'timeline');
  const from = Math.max(0, keys.indexOf(state.timeline.selectedKey ?? ''));
  for (let step = 1; step <= keys.length; step++) {
    const key = keys[(from + step) % keys.length]!;
    if (!state.readKeys.has(key)) {
      return { ...state, focus: 'timeline', timeline: settle(keys, { selectedKey: key, topKey: state.timeline.topKey }, rows) };
    }
  }
  return state;
}

function scrollDetailTo(state: AppState, line: number): AppState {
  if (state.detail === null) return state;
  const maxScroll = Math.max(0, detailLines(state).length - detailRows(state));
  const scroll = Math.min(maxScroll, Math.max(0, line));
  return scroll === state.detail.scroll ? state : { ...state, detail: { ...state.detail, scroll } };
}

function detailCommand(state: AppState, command: Command): AppState {
  const detail = state.detail;
  if (detail === null) return state;
  const page = Math.max(1, detailRows(state) - 1);
  switch (command) {
    case 'moveUp':
      return scrollDetailTo(state, detail.scroll - 1);
    case 'moveDown':
      return scrollDetailTo(state, detail.scroll + 1);
    case 'pageUp':
      return scrollDetailTo(state, detail.scroll - page);
    case 'pageDown':
      return scrollDetailTo(state, detail.scroll + page);
    case 'jumpTop':
      return scrollDetailTo(state, 0);
    case 'jumpBottom':
      return scrollDetailTo(state, Number.MAX_SAFE_INTEGER);
    case 'close':
    case 'quit':
      return { ...state, detail: null };
    case 'toggleHelp':
      return { ...state, helpOpen: true };
    case 'toggleRead':
      return toggleRead(state);
    default:
      return state;
  }
}

/** After the filter changes, keep the selection if it still shows, else take the first row. */
function refilter(state: AppState, text: string, editing: boolean): AppState {
  const next = { ...state, filter: { text, editing } };
  const keys = visibleUpdateKeys(next);
  const stillShown = next.timeline.selectedKey !== null && keys.includes(next.timeline.selectedKey);
  const cursor = stillShown ? next.timeline : { selectedKey: keys[0] ?? null, topKey: keys[0] ?? null };
  return { ...next, timeline: settle(keys, cursor, paneRows(next, 'timeline')) };
}

function isTypedText(input: string, key: KeyPress): boolean {
  return input !== '' && !key.ctrl && !key.meta && !key.return && !key.tab && !key.escape;
}

function filterKey(state: AppState, input: string, key: KeyPress): AppState | null {
  if (key.return) return { ...state, filter: { ...state.filter, editing: false }, focus: 'timeline' };
  if (key.escape) return refilter(state, '', false);
  if (key.backspace || key.delete) {
    if (state.filter.text === '') return { ...state, filter: { text: '', editing: false } };
    return refilter(state, state.filter.text.slice(0, -1), true);
  }
  if (isTypedText(input, key)) return refilter(state, state.filter.text + input, true);
  return null; // not text: arrows, pages and Ctrl-C keep their usual meaning
}

function paneCommand(state: AppState, command: Command): AppState {
  switch (command) {
    case 'nextPane':
      return switchPane(state, 1);
    case 'previousPane':
      return switchPane(state, -1);
    case 'open':
      return openSelected(state);
    case 'quit':
      return { ...state, quitRequested: true };
    case 'close':
      return state.filter.text !== '' ? refilter(state, '', false) : state;
    case 'startFilter':
      return { ...state, focus: 'timeline', filter: { ...state.filter, editing: true } };
    case 'toggleReactionsView': {
      // An actor's heading has no row in time order: carry the selection to its latest reaction.
      const row = reactionRows(state).find((candidate) => candidate.key === state.reactionList.selectedKey);
      const selectedKey = row === undefined ? null : (reactionOfRow(row)?.id ?? null);
      const next: AppState = {
        ...state,
        reactionsView: state.reactionsView === 'by-actor' ? 'chronological' : 'by-actor',
      };
      const cursor = { selectedKey, topKey: null };
      return { ...next, reactionList: settle(reactionKeys(next), cursor, paneRows(next, 'reactions')) };
    }
    case 'toggleRead':
      return toggleRead(state);
    case 'nextUnread':
      return nextUnread(state);
    case 'showSources':
      return { ...state, detail: { updateKey: null, scroll: 0, highlightReactionId: null } };
    case 'toggleHelp':
      return { ...state, helpOpen: true };
    default:
      return navigateList(state, command);
  }
}

function keyPressed(state: AppState, input: string, key: KeyPress): AppState {
  if (state.filter.editing && !state.helpOpen && state.detail === null) {
    const handled = filterKey(state, input, key);
    if (handled !== null) return handled;
  }
  const command = commandForKey(input, key);
  if (command === null) return state;
  if (command === 'forceQuit') return { ...state, quitRequested: true };
  const [choice, ...waiting] = state.feedChoices;
  if (choice !== undefined) {
    // The question about a page's feeds takes every key until it is answered or put away.
    const step = stepFeedChoice(choice, command);
    if (step.kind === 'moved') return { ...state, feedChoices: [step.choice, ...waiting] };
    return step.kind === 'done' ? { ...state, feedChoices: waiting } : state;
  }
  if (state.helpOpen) {
    return command === 'close' || command === 'quit' || command === 'toggleHelp' ? { ...state, helpOpen: false } : state;
  }
  if (state.detail !== null) return detailCommand(state, command);
  return paneCommand(state, command);
}

/**
 * What of a status the reader sees: a 304 and a 200 both read as "fine", and a
 * healthy source shows no clock. So a poll that changes nothing visible returns
 * the same state, and costs no render (the idle dashboard stays idle).
 */
function visibleStatus(status: SourceStatus): string {
  const fine = status.state === 'ok' || status.state === 'not-modified';
  return fine ? 'fine' : `${status.state} ${status.httpStatus ?? ''} ${status.message ?? ''}`;
}

function statusChanged(state: AppState, status: SourceStatus): AppState {
  const before = state.statuses.get(status.sourceId);
  if (before !== undefined && visibleStatus(before) === visibleStatus(status)) return state;
  return { ...state, statuses: new Map(state.statuses).set(status.sourceId, status) };
}

export function appReducer(state: AppState, action: AppAction): AppState {
  switch (action.type) {
    case 'key':
      return splitKeyPresses(action.input, action.key).reduce(
        (current, press) => keyPressed(markVisibleSeen(current), press.input, press.key),
        state,
      );
    case 'resize': {
      const resized = { ...state, size: action.size };
      return scrollDetailTo(resized, resized.detail?.scroll ?? 0);
    }
    case 'arrived':
      return applyArrival(state, action);
    case 'status':
      return statusChanged(state, action.status);
    case 'feeds-found':
      if (state.feedChoices.some((choice) => choice.sourceId === action.sourceId)) return state;
      return { ...state, feedChoices: [...state.feedChoices, newFeedChoice(action.sourceId, action.feeds)] };
  }
}
