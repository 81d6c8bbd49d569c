// What the reducer asks of the world outside the dashboard's state, as data: it
// returns these beside the new state, and the UI's runner carries them out. So the
// whole keyboard, effects included, is testable without Ink.
import type { MonitorRequest } from '../desk/desk-events.js';
import type { AppAction } from './app-action.js';
import type { AppState } from './app-state.js';

/** What the dashboard hands to whoever runs it: the monitor, the browser, the clipboard. */
export type AppRequest = MonitorRequest | { type: 'open-link'; url: string } | { type: 'copy-link'; url: string };

export type Effect =
  | { type: 'request'; request: AppRequest }
  /** Updates the reader opened or marked, for the archive. */
  | { type: 'mark-read'; keys: string[]; read: boolean }
  | { type: 'quit' }
  /** Search the archive; the answer comes back as a `search-answer` action. */
  | { type: 'search'; text: string }
  /**
   * An action to come back after `delayMs`: a notice that clears itself, the clock at
   * midnight. One timer per slot: a new one replaces the one waiting there.
   */
  | { type: 'schedule'; slot: TimerSlot; delayMs: number; action: AppAction };

export type TimerSlot = 'notice' | 'clock' | 'replay';

export interface AppStep {
  state: AppState;
  effects: Effect[];
}

export function stay(state: AppState): AppStep {
  return { state, effects: [] };
}

export function withEffects(step: AppStep, ...effects: Effect[]): AppStep {
  return effects.length === 0 ? step : { state: step.state, effects: [...step.effects, ...effects] };
}
