// Search in the dashboard (f): a prompt over the whole archive, its answer listed like
// timeline rows and opened like them. The answer is held by update key, so a search run
// again when updates arrive keeps the reader's selection where it was.
import type { SearchHit } from '../archive/archive-search.js';
import type { Reaction, Update } from '../model.js';
import type { AppState } from './app-state.js';
import { stay, withEffects, type AppStep } from './effects.js';
import type { Command } from './keymap.js';
import { cursorMovedBy, EMPTY_CURSOR, settle, type ListCursor } from './list-cursor.js';
import { fullBodyRows } from './selectors.js';

/** A hit, with the update it names and that update's reactions, so it opens like a timeline row. */
export interface FoundUpdate {
  hit: SearchHit;
  update: Update;
  reactions: Reaction[];
}

export type SearchAnswer = { ok: true; found: FoundUpdate[]; more: boolean } | { ok: false; message: string };

export const NOTHING_ARCHIVED: SearchAnswer = { ok: false, message: 'Nothing is archived in this run (--no-archive): there is nothing to search.' };

export interface SearchState {
  /** What is typed on the prompt. */
  text: string;
  /** True while the reader types. */
  editing: boolean;
  /** What the answer is for; null before the first Enter. */
  query: string | null;
  answer: SearchAnswer | null;
  cursor: ListCursor;
}

const NO_KEYS: string[] = [];
const keysCache = new WeakMap<FoundUpdate[], string[]>();

/** The keys of the updates found, best first. */
export function searchKeys(state: AppState): string[] {
  const answer = state.search?.answer;
  if (answer === undefined || answer === null || !answer.ok) return NO_KEYS;
  let keys = keysCache.get(answer.found);
  if (keys === undefined) {
    keys = answer.found.map((found) => found.update.key);
    keysCache.set(answer.found, keys);
  }
  return keys;
}

/** Whether keys are text for the search prompt now. */
export function typingSearch(state: AppState): boolean {
  return state.search?.editing === true && state.help === null && state.detail === null;
}

export function openSearch(state: AppState): AppState {
  const search = state.search;
  return { ...state, search: search === null ? { text: '', editing: true, query: null, answer: null, cursor: EMPTY_CURSOR } : { ...search, editing: true } };
}

/** Enter on the prompt: the archive is asked; an empty prompt asks nothing. */
function runSearch(state: AppState): AppStep {
  const search = state.search!;
  const text = search.text.trim();
  if (text === '') return stay({ ...state, search: { ...search, editing: true } });
  return withEffects(stay({ ...state, search: { ...search, editing: false, query: text } }), { type: 'search', text });
}

export function typeSearch(state: AppState, text: string): AppState {
  const search = state.search!;
  return { ...state, search: { ...search, text: search.text + text } };
}

/** The archive's answer; one for a query no longer asked is dropped. */
export function receiveAnswer(state: AppState, text: string, answer: SearchAnswer): AppState {
  const search = state.search;
  if (search === null || search.query !== text) return state;
  const next: AppState = { ...state, search: { ...search, answer } };
  return { ...next, search: { ...next.search!, cursor: settle(searchKeys(next), search.cursor, fullBodyRows(next)) } };
}

/** New updates are archived before they are shown: an open answer is asked for again. */
export function searchAgain(state: AppState): AppStep {
  const query = state.search?.answer?.ok === true ? state.search.query : null;
  return query === null ? stay(state) : withEffects(stay(state), { type: 'search', text: query });
}

/** Keys on the prompt: Enter asks, Esc closes, Backspace deletes (on an empty prompt, stops typing). */
export function searchPromptCommand(state: AppState, command: 'keepFilter' | 'clearFilter' | 'deleteFilterChar'): AppStep {
  const search = state.search!;
  if (command === 'keepFilter') return runSearch(state);
  if (command === 'clearFilter') return stay(search.answer === null ? { ...state, search: null } : { ...state, search: { ...search, editing: false, text: search.query ?? '' } });
  if (search.text === '') return stay(search.answer === null ? { ...state, search: null } : { ...state, search: { ...search, editing: false } });
  return stay({ ...state, search: { ...search, text: search.text.slice(0, -1) } });
}

/** Keys in the list of results; `open` is how a row is opened (the detail view). */
export function searchListCommand(state: AppState, command: Command, open: (state: AppState, found: FoundUpdate) => AppStep): AppStep {
  const search = state.search!;
  const keys = searchKeys(state);
  const rows = fullBodyRows(state);
  const moved = cursorMovedBy(command, keys, search.cursor, rows);
  if (moved !== null) return stay({ ...state, search: { ...search, cursor: moved } });
  switch (command) {
    case 'open': {
      const key = settle(keys, search.cursor, rows).selectedKey;
      const answer = search.answer;
      const found = answer?.ok === true ? answer.found.find((candidate) => candidate.update.key === key) : undefined;
      return found === undefined ? stay(state) : open(state, found);
    }
    case 'startSearch':
    case 'startFilter':
      return stay(openSearch(state));
    case 'close':
    case 'quit':
      return stay({ ...state, search: null });
    case 'toggleHelp':
      return stay({ ...state, help: { scroll: 0 } });
    default:
      return stay(state);
  }
}
