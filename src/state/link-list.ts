// The list of an update's links (l in the detail view): move through it, Enter opens
// the chosen one in the browser, y copies it, Esc, q or l go back to the update.
import type { AppState } from './app-state.js';
import { stay, type AppStep } from './effects.js';
import type { Command } from './keymap.js';
import { cursorMovedBy, EMPTY_CURSOR, listWindow, settle } from './list-cursor.js';
import { showNotice } from './notice.js';
import { linkStep } from './outside-commands.js';
import { detailLinks, fullBodyRows } from './selectors.js';

export function openLinkList(state: AppState): AppStep {
  const links = detailLinks(state);
  if (links.length === 0) return showNotice(state, 'No links in this update', 'info');
  return stay({ ...state, linkList: settle(links, { selectedKey: links[0]!, topKey: null }, fullBodyRows(state)) });
}

export function linkListCommand(state: AppState, command: Command): AppStep {
  const cursor = state.linkList!;
  const links = detailLinks(state);
  const rows = fullBodyRows(state);
  const moved = cursorMovedBy(command, links, cursor, rows);
  if (moved !== null) return stay({ ...state, linkList: moved });
  const selected = settle(links, cursor, rows).selectedKey;
  switch (command) {
    case 'open':
    case 'openLink':
    case 'copyLink':
      return selected === null ? stay(state) : linkStep(state, command === 'copyLink' ? 'copyLink' : 'openLink', selected);
    case 'close':
    case 'quit':
    case 'showLinks':
      return stay({ ...state, linkList: null });
    case 'toggleHelp':
      return stay({ ...state, help: { scroll: 0 } });
    default:
      return stay(state);
  }
}

export interface LinkListView {
  title: string;
  rows: Array<{ key: string; number: number; selected: boolean }>;
}

export function linkListView(state: AppState): LinkListView {
  const links = detailLinks(state);
  const window = listWindow(links, state.linkList ?? EMPTY_CURSOR, fullBodyRows(state));
  const rows = links.slice(window.start, window.end).map((link, offset) => ({
    key: link,
    number: window.start + offset + 1,
    selected: window.start + offset === window.selected,
  }));
  return { title: `Links (${links.length})   Enter opens · y copies · Esc back`, rows };
}
