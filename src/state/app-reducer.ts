// Every change to the dashboard goes through here as an action, and comes back as
// the next state with the effects it asks for (state/effects.ts). Keys arrive as
// commands already resolved by the keymap (key-input.ts), so the whole keyboard
// behaviour is testable without Ink.
import type { SourceStatus } from '../model.js';
import type { AppAction } from './app-action.js';
import { applyArrival, markVisibleSeen } from './arrivals.js';
import type { AppState } from './app-state.js';
import { commandStep, scrollDetailTo } from './commands.js';
import { refilter } from './timeline-filter.js';
import { stay, type AppStep } from './effects.js';
import { newFeedChoice } from './feed-choice.js';
import { receiveAnswer, searchAgain, typeSearch } from './desk-search.js';
import { expireNotice, showNotice } from './notice.js';
import { clockTick } from './reader-clock.js';
import { removeSources } from './removed-sources.js';
import { replayClockTick, replayProgressed } from './replay-clock.js';

export type { AppAction } from './app-action.js';

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

/** The reducer: the next state, and what it asks of the world outside. */
export function appStep(state: AppState, action: AppAction): AppStep {
  switch (action.type) {
    case 'command': {
      // A key press means the reader has seen what is on screen: NEW marks there are cleared.
      const seen = markVisibleSeen(state);
      return action.command === null ? stay(seen) : commandStep(seen, action.command);
    }
    case 'filter-text':
      return stay(refilter(markVisibleSeen(state), state.filter.text + action.text, true));
    case 'search-text':
      return stay(typeSearch(state, action.text));
    case 'search-answer':
      return stay(receiveAnswer(state, action.text, action.answer));
    case 'resize': {
      const resized = { ...state, size: action.size };
      return stay(scrollDetailTo(resized, resized.detail?.scroll ?? 0));
    }
    case 'arrived': {
      const next = applyArrival(state, action);
      return next.updates === state.updates ? stay(next) : searchAgain(next);
    }
    case 'status':
      return stay(statusChanged(state, action.status));
    case 'feeds-found':
      if (state.feedChoices.some((choice) => choice.sourceId === action.sourceId)) return stay(state);
      return stay({ ...state, feedChoices: [...state.feedChoices, newFeedChoice(action.sourceId, action.feeds)] });
    case 'archive':
      return stay(action.problem === state.archiveProblem ? state : { ...state, archiveProblem: action.problem });
    case 'replay':
      return replayProgressed(state, action.progress);
    case 'replay-clock':
      return replayClockTick(state, action.now);
    case 'removed':
      return stay(removeSources(state, action.sourceIds));
    case 'notice':
      return showNotice(state, action.text, action.tone);
    case 'notice-expired':
      return stay(expireNotice(state, action.id));
    case 'clock':
      return clockTick(state, action.now);
  }
}

/** The state alone, for callers that carry out no effects (tests of state, the soak). */
export function appReducer(state: AppState, action: AppAction): AppState {
  return appStep(state, action).state;
}
