// What each command does to the dashboard, and what it asks of the world outside
// (a link opened, a source fetched now, a read mark saved), by where the reader is:
// the question about a page's feeds, the help, the detail view, the filter line, the panes.
import { highlightLineIndex } from './detail-lines.js';
import type { AppStep } from './effects.js';
import { stay } from './effects.js';
import { PANES, type AppState, type Pane } from './app-state.js';
import { chosenUrls, stepFeedChoice } from './feed-choice.js';
import { HELP_ROWS } from './help-rows.js';
import type { Command } from './keymap.js';
import { cursorMovedBy, settle, type ListCursor } from './list-cursor.js';
import { openSourcesPane, sourcesPaneCommand } from './sources-pane.js';
import { narrowTo, refilter } from './timeline-filter.js';
import { markRead, openNeighbour, openNextUnread } from './detail-moves.js';
import { linkListCommand, openLinkList } from './link-list.js';
import { outsideStep } from './outside-commands.js';
import { openSearch, searchListCommand, searchPromptCommand, typingSearch, type FoundUpdate } from './desk-search.js';
import { markAllRead, markSourceRead, undoMarkMany } from './mark-many.js';
import { headingKeyOf, reactionOfRow } from './reaction-rows.js';
import { detailLines, fullBodyRows, paneRows, reactionKeys, reactionRows, updateByKey, visibleUpdateKeys } from './selectors.js';

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
  const moved = cursorMovedBy(command, paneKeys(state, pane), cursorOf(state, pane), paneRows(state, pane));
  return moved === null ? state : withCursor(state, pane, moved);
}

function switchPane(state: AppState, step: 1 | -1): AppState {
  const index = PANES.indexOf(state.focus);
  const next = PANES[(index + step + PANES.length) % PANES.length] ?? 'timeline';
  return { ...state, focus: next };
}

function openSelected(state: AppState): AppStep {
  const pane = state.focus;
  const keys = paneKeys(state, pane);
  const selected = settle(keys, cursorOf(state, pane), paneRows(state, pane)).selectedKey;
  if (selected === null) return stay(state);
  if (pane === 'timeline') {
    return markRead({ ...state, detail: { updateKey: selected, scroll: 0, highlightReactionId: null } }, selected);
  }
  const row = reactionRows(state).find((candidate) => candidate.key === selected);
  const reaction = row === undefined ? undefined : reactionOfRow(row);
  if (reaction === undefined) return stay(state);
  const opened = markRead({ ...state, detail: { updateKey: reaction.updateKey, scroll: 0, highlightReactionId: reaction.id } }, reaction.updateKey);
  return { ...opened, state: scrollDetailTo(opened.state, highlightLineIndex(detailLines(opened.state))) };
}

/** u, A and C: the same in the detail view and the panes. */
function readStep(state: AppState, command: Command): AppStep | null {
  if (command === 'toggleRead') return toggleRead(state);
  if (command === 'markSourceRead') return markSourceRead(state);
  if (command === 'markAllRead') return markAllRead(state);
  return null;
}

/** A search hit opened like a timeline row: at the reaction the match was in, when it was in one. */
function openFound(state: AppState, found: FoundUpdate): AppStep {
  const key = found.update.key;
  const highlightReactionId = found.hit.reaction?.id ?? null;
  const opened = markRead({ ...state, detail: { updateKey: key, scroll: 0, highlightReactionId } }, key);
  return highlightReactionId === null ? opened : { ...opened, state: scrollDetailTo(opened.state, highlightLineIndex(detailLines(opened.state))) };
}

function toggleRead(state: AppState): AppStep {
  if (state.lastMarkMany !== null) return undoMarkMany(state, state.lastMarkMany);
  const key = state.detail?.updateKey ?? state.timeline.selectedKey;
  if (key === null || key === undefined) return stay(state);
  if (!state.readKeys.has(key)) return markRead(state, key);
  const readKeys = new Set(state.readKeys);
  readKeys.delete(key);
  return { state: { ...state, readKeys }, effects: [{ type: 'mark-read', keys: [key], read: false }] };
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

export function scrollDetailTo(state: AppState, line: number): AppState {
  if (state.detail === null) return state;
  const maxScroll = Math.max(0, detailLines(state).length - fullBodyRows(state));
  const scroll = Math.min(maxScroll, Math.max(0, line));
  return scroll === state.detail.scroll ? state : { ...state, detail: { ...state.detail, scroll } };
}

/** A scroll position moved by a command: by a line, a page, or to either end. Null: not a scrolling command. */
function scrolled(scroll: number, command: Command, page: number): number | null {
  switch (command) {
    case 'moveUp':
      return scroll - 1;
    case 'moveDown':
      return scroll + 1;
    case 'pageUp':
      return scroll - page;
    case 'pageDown':
      return scroll + page;
    case 'jumpTop':
      return 0;
    case 'jumpBottom':
      return Number.MAX_SAFE_INTEGER;
    default:
      return null;
  }
}

function detailCommand(state: AppState, command: Command): AppStep {
  const detail = state.detail!;
  const to = scrolled(detail.scroll, command, Math.max(1, fullBodyRows(state) - 1));
  if (to !== null) return stay(scrollDetailTo(state, to));
  switch (command) {
    case 'close':
    case 'quit':
      return stay({ ...state, detail: null });
    case 'toggleHelp':
      return stay({ ...state, help: { scroll: 0 } });
    case 'nextUnread':
      return openNextUnread(state);
    case 'showLinks':
      return openLinkList(state);
    case 'nextUpdate':
      return openNeighbour(state, 1);
    case 'previousUpdate':
      return openNeighbour(state, -1);
    default:
      return outsideStep(state, command) ?? stay(state);
  }
}

function helpCommand(state: AppState, command: Command): AppState {
  if (command === 'close' || command === 'quit' || command === 'toggleHelp') return { ...state, help: null };
  const help = state.help!;
  const rows = fullBodyRows(state);
  const to = scrolled(help.scroll, command, Math.max(1, rows - 1));
  if (to === null) return state;
  const scroll = Math.min(Math.max(0, HELP_ROWS.length - rows), Math.max(0, to));
  return scroll === help.scroll ? state : { ...state, help: { scroll } };
}

function filterCommand(state: AppState, command: 'keepFilter' | 'clearFilter' | 'deleteFilterChar'): AppState {
  if (command === 'keepFilter') return { ...state, filter: { ...state.filter, editing: false }, focus: 'timeline' };
  if (command === 'clearFilter') return refilter(state, '', false);
  if (state.filter.text === '') return { ...state, filter: { text: '', editing: false } };
  return refilter(state, state.filter.text.slice(0, -1), true);
}

function paneCommand(state: AppState, command: Command): AppStep {
  switch (command) {
    case 'nextPane':
      return stay(switchPane(state, 1));
    case 'previousPane':
      return stay(switchPane(state, -1));
    case 'open':
      return openSelected(state);
    case 'quit':
      return { state, effects: [{ type: 'quit' }] };
    case 'close':
      // Esc widens step by step: the filter's text first, then the source narrowed to.
      if (state.filter.text !== '') return stay(refilter(state, '', false));
      return stay(state.sourceFilter !== null ? narrowTo(state, null) : state);
    case 'toggleSourcesPane':
      return stay(openSourcesPane(state));
    case 'startFilter':
      return stay({ ...state, focus: 'timeline', filter: { ...state.filter, editing: true } });
    case 'startSearch':
      return stay(openSearch(state));
    case 'toggleReactionsView': {
      // An actor's heading has no row in time order: carry the selection to its latest reaction.
      const row = reactionRows(state).find((candidate) => candidate.key === state.reactionList.selectedKey);
      const selectedKey = row === undefined ? null : (reactionOfRow(row)?.id ?? null);
      const next: AppState = { ...state, reactionsView: state.reactionsView === 'by-actor' ? 'chronological' : 'by-actor' };
      // Back by actor, the window starts at the selected reaction's heading (listWindow still shows the selection).
      const topKey = next.reactionsView === 'by-actor' ? headingKeyOf(reactionRows(next), selectedKey) : null;
      const cursor = { selectedKey, topKey };
      return stay({ ...next, reactionList: settle(reactionKeys(next), cursor, paneRows(next, 'reactions')) });
    }
    case 'nextUnread':
      return stay(nextUnread(state));
    case 'showSources':
      return stay({ ...state, detail: { updateKey: null, scroll: 0, highlightReactionId: null } });
    case 'toggleHelp':
      return stay({ ...state, help: { scroll: 0 } });
    default:
      return outsideStep(state, command) ?? stay(navigateList(state, command));
  }
}

/** What a command does where the reader is. */
export function commandStep(before: AppState, command: Command): AppStep {
  // Only a u straight after A or C undoes it.
  const state = before.lastMarkMany !== null && command !== 'toggleRead' ? { ...before, lastMarkMany: null } : before;
  if (command === 'forceQuit') return { state, effects: [{ type: 'quit' }] };
  if (command === 'keepFilter' || command === 'clearFilter' || command === 'deleteFilterChar') {
    return typingSearch(state) ? searchPromptCommand(state, command) : stay(filterCommand(state, command));
  }
  const [choice, ...waiting] = state.feedChoices;
  if (choice !== undefined) {
    // The question about a page's feeds takes every key until it is answered or put away.
    const step = stepFeedChoice(choice, command);
    if (step.kind === 'moved') return stay({ ...state, feedChoices: [step.choice, ...waiting] });
    if (step.kind === 'ignored') return stay(state);
    const answered = { ...state, feedChoices: waiting };
    if (command !== 'open') return stay(answered);
    return { state: answered, effects: [{ type: 'request', request: { type: 'follow-feeds', sourceId: choice.sourceId, urls: chosenUrls(choice) } }] };
  }
  if (state.help !== null) return stay(helpCommand(state, command));
  if (state.sourcesPane !== null) return stay(sourcesPaneCommand(state, command));
  if (state.linkList !== null && state.detail !== null) return linkListCommand(state, command);
  if (state.detail !== null) return readStep(state, command) ?? detailCommand(state, command);
  if (state.search !== null) return searchListCommand(state, command, openFound);
  return readStep(state, command) ?? paneCommand(state, command);
}
