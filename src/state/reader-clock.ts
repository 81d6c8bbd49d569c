// The day the timeline's rows are written for: "16:40" today, "18 Aug 16:40" before.
// It changes once a day, at local midnight, by one scheduled action: a dashboard left
// open for days shows dates, and draws nothing the rest of the time.
import type { AppState } from './app-state.js';
import type { AppStep } from './effects.js';

/** Local midnight at the start of the day `now` falls in. */
export function startOfDay(now: number): number {
  const date = new Date(now);
  date.setHours(0, 0, 0, 0);
  return date.getTime();
}

/** The next local midnight after `now` (days are 23 or 25 hours when the clocks change). */
export function nextMidnight(now: number): number {
  const date = new Date(now);
  date.setHours(24, 0, 0, 0);
  return date.getTime();
}

/** The clock read at `now`: the day moves on if it has turned, and midnight is awaited again. */
export function clockTick(state: AppState, now: number): AppStep {
  const today = startOfDay(now);
  const next = today === state.today ? state : { ...state, today };
  // A moment past midnight, so the timer never wakes a hair early into the old day.
  const delayMs = nextMidnight(now) - now + 1_000;
  return { state: next, effects: [{ type: 'schedule', slot: 'clock', delayMs, action: { type: 'clock', now: now + delayMs } }] };
}
