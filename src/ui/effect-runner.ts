// Carries out what the reducer asks for (state/effects.ts): requests to whoever runs
// the dashboard, read marks for the archive, leaving, and actions that come back
// later. One timer per slot; all of them cleared when the dashboard goes.
import type { AppAction } from '../state/app-action.js';
import { NOTHING_ARCHIVED, type SearchAnswer } from '../state/desk-search.js';
import type { AppRequest, Effect, TimerSlot } from '../state/effects.js';

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

export const REAL_TIMERS: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
  now: () => Date.now(),
};

export interface EffectHandlers {
  /** Searches the archive; none when nothing is archived (--no-archive). */
  search?: (text: string) => SearchAnswer;
  /** The monitor's requests, the browser and the clipboard; a problem comes back in one line, shown as a notice. */
  onRequest?: (request: AppRequest) => string | null | void;
  onReadChange?: (keys: string[], read: boolean) => void;
  quit(): void;
  timers: Timers;
}

export interface EffectRunner {
  run(effect: Effect): void;
  dispose(): void;
}

export function createEffectRunner(handlers: EffectHandlers, dispatch: (action: AppAction) => void): EffectRunner {
  const waiting = new Map<TimerSlot, unknown>();
  const { timers } = handlers;
  return {
    run(effect) {
      switch (effect.type) {
        case 'request': {
          const problem = handlers.onRequest?.(effect.request);
          if (typeof problem === 'string') dispatch({ type: 'notice', text: problem, tone: 'problem' });
          return;
        }
        case 'mark-read':
          handlers.onReadChange?.(effect.keys, effect.read);
          return;
        case 'quit':
          handlers.quit();
          return;
        case 'search': {
          dispatch({ type: 'search-answer', text: effect.text, answer: handlers.search?.(effect.text) ?? NOTHING_ARCHIVED });
          return;
        }
        case 'schedule': {
          const before = waiting.get(effect.slot);
          if (before !== undefined) timers.clearTimeout(before);
          const handle = timers.setTimeout(() => {
            waiting.delete(effect.slot);
            // A clock is read when the timer fires: a machine that slept wakes late.
            const { action } = effect;
            dispatch(action.type === 'clock' || action.type === 'replay-clock' ? { ...action, now: timers.now() } : action);
          }, effect.delayMs);
          waiting.set(effect.slot, handle);
          return;
        }
      }
    },
    dispose() {
      for (const handle of waiting.values()) timers.clearTimeout(handle);
      waiting.clear();
    },
  };
}
