// The event's clock during a replay: it runs at the replay's speed between the
// updates played, so the status line says where in the event the replay is. It
// wakes only when the minute it shows changes, and at most once a second; a
// finished replay, like an idle dashboard, draws nothing.
import type { ReplayProgress } from '../desk/desk-events.js';
import type { AppState } from './app-state.js';
import type { AppStep } from './effects.js';

export interface ReplayView {
  progress: ReplayProgress;
  /** The event time shown, to the minute, or null when the event has no times. */
  at: number | null;
}

const MINUTE = 60_000;
const AT_MOST_EVERY_MS = 1_000;

function eventTime(progress: ReplayProgress, now: number): number | null {
  // A finished replay's clock stops at its last update.
  if (progress.at === null || progress.done) return progress.at;
  return progress.at + Math.max(0, now - progress.wallTime) * progress.speed;
}

/** The replay's clock read at `now`, and the wake-up for when its minute next changes. */
function readClock(state: AppState, progress: ReplayProgress, now: number): AppStep {
  const time = eventTime(progress, now);
  const at = time === null ? null : Math.floor(time / MINUTE) * MINUTE;
  const before = state.replay;
  const next = before !== null && before.progress === progress && before.at === at ? state : { ...state, replay: { progress, at } };
  if (progress.done || time === null) return { state: next, effects: [] };
  const delayMs = Math.max(AT_MOST_EVERY_MS, Math.ceil((at! + MINUTE - time) / progress.speed));
  return { state: next, effects: [{ type: 'schedule', slot: 'replay', delayMs, action: { type: 'replay-clock', now: now + delayMs } }] };
}

/** The replay played an update (or started, or finished). */
export function replayProgressed(state: AppState, progress: ReplayProgress): AppStep {
  return readClock(state, progress, progress.wallTime);
}

export function replayClockTick(state: AppState, now: number): AppStep {
  return state.replay === null ? { state, effects: [] } : readClock(state, state.replay.progress, now);
}
