// Keys resolved once: each press becomes one action, from the keymap, against the
// state it meets. Ink may hand over several presses as one chunk ("jj\r"); each is
// resolved and applied in turn, so each sees the state the one before left.
import type { AppAction } from './app-action.js';
import { appStep } from './app-reducer.js';
import type { AppState } from './app-state.js';
import type { AppStep } from './effects.js';
import { typingSearch } from './desk-search.js';
import { commandForKey, FILTER_KEYMAP, splitKeyPresses, type KeyPress } from './keymap.js';

export type KeyAction = Extract<AppAction, { type: 'command' | 'filter-text' | 'search-text' }>;

function isTypedText(input: string, key: KeyPress): boolean {
  return input !== '' && !key.ctrl && !key.meta && !key.return && !key.tab && !key.escape;
}

/** Whether keys are text for the filter line now. */
export function typingFilter(state: AppState): boolean {
  return state.filter.editing && state.help === null && state.detail === null && state.sourcesPane === null && state.linkList === null && state.search === null;
}

/** One key press, as the action it means in `state`. */
export function actionForKey(state: AppState, input: string, key: KeyPress): KeyAction {
  if (typingSearch(state)) {
    const editing = commandForKey(input, key, FILTER_KEYMAP);
    if (editing !== null) return { type: 'command', command: editing };
    if (isTypedText(input, key)) return { type: 'search-text', text: input };
  }
  if (typingFilter(state)) {
    const editing = commandForKey(input, key, FILTER_KEYMAP);
    if (editing !== null) return { type: 'command', command: editing };
    if (isTypedText(input, key)) return { type: 'filter-text', text: input };
  }
  return { type: 'command', command: commandForKey(input, key) };
}

/** A chunk of keys, press by press: each resolved against `current()`, the state the one before it left. */
export function dispatchKeys(input: string, key: KeyPress, current: () => AppState, dispatch: (action: KeyAction) => void): void {
  for (const press of splitKeyPresses(input, key)) dispatch(actionForKey(current(), press.input, press.key));
}

/** The same, stepped here: the state after all of them, and every effect on the way, in order. */
export function pressKeys(state: AppState, input: string, key: KeyPress): AppStep {
  let current = state;
  const effects: AppStep['effects'] = [];
  dispatchKeys(input, key, () => current, (action) => {
    const step = appStep(current, action);
    current = step.state;
    effects.push(...step.effects);
  });
  return { state: current, effects };
}
