import { describe, expect, it } from 'vitest';
import { initialState } from '../../src/state/app-state.js';
import { replayClockTick, replayProgressed } from '../../src/state/replay-clock.js';

const EVENT = Date.UTC(2020, 7, 18, 16, 40, 30);
const WALL = Date.UTC(2026, 0, 1, 9, 0, 0);
const progress = (speed: number, done = false) => ({ speed, at: EVENT, played: 1, total: 5, done, wallTime: WALL });

describe('the replay’s event clock', () => {
  const state = initialState({ columns: 80, rows: 24 });

  it('wakes when the minute it shows changes, and at most once a second', () => {
    const slow = replayProgressed(state, progress(10));
    expect(slow.state.replay?.at).toBe(Date.UTC(2020, 7, 18, 16, 40));
    // 30 s of the event to the next minute, at 10×: 3 s.
    expect(slow.effects).toEqual([{ type: 'schedule', slot: 'replay', delayMs: 3_000, action: { type: 'replay-clock', now: WALL + 3_000 } }]);
    const fast = replayProgressed(state, progress(3000));
    expect(fast.effects[0]).toMatchObject({ delayMs: 1_000 });
    const later = replayClockTick(fast.state, WALL + 1_000);
    expect(later.state.replay?.at).toBe(Date.UTC(2020, 7, 18, 17, 30));
  });

  it('draws nothing when the minute has not changed, and stops once the replay has finished', () => {
    const started = replayProgressed(state, progress(10)).state;
    expect(replayClockTick(started, WALL + 500).state).toBe(started);
    const finished = replayProgressed(started, progress(10, true));
    expect(finished.effects).toEqual([]);
    expect(replayClockTick(finished.state, WALL + 60_000)).toEqual({ state: finished.state, effects: [] });
  });
});
