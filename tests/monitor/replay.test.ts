import { describe, expect, it } from 'vitest';
import { startReplay } from '../../src/monitor/replay.js';
import type { DeskEvent } from '../../src/desk/desk-events.js';
import { makeReaction, makeSource, makeUpdates } from '../fixtures/make-updates.js';

// Timers the test fires by hand, so a replay of hours runs in no time.
function manualTimers() {
  const pending: Array<{ callback: () => void; ms: number }> = [];
  return {
    pending,
    setTimeout(callback: () => void, ms: number) {
      const timer = { callback, ms };
      pending.push(timer);
      return timer;
    },
    clearTimeout(handle: unknown) {
      const index = pending.indexOf(handle as (typeof pending)[number]);
      if (index !== -1) pending.splice(index, 1);
    },
    now: () => 0,
    fireNext() {
      const timer = pending.shift();
      timer?.callback();
      return timer?.ms;
    },
  };
}

describe('startReplay', () => {
  it('plays updates oldest first, spaced by their time divided by the speed', () => {
    const updates = makeUpdates(3); // one minute apart, newest first
    const reactions = [makeReaction(updates[2]!, 0, 'ECOWAS', 'return to barracks now')];
    const timers = manualTimers();
    const replay = startReplay({ sources: [makeSource()], updates, reactions }, 60, timers);
    const events: DeskEvent[] = [];
    replay.subscribe((event) => events.push(event));

    expect(events).toEqual([
      { type: 'arrived', sources: [makeSource()], updates: [], reactions: [], live: false },
      { type: 'replay', progress: { speed: 60, at: updates[2]!.time, played: 0, total: 3, done: false, wallTime: 0 } },
    ]);
    expect(timers.fireNext()).toBe(0);
    expect(timers.fireNext()).toBe(1000); // one minute at 60× is one second
    expect(timers.fireNext()).toBe(1000);
    const played = events.slice(1).flatMap((event) => (event.type === 'arrived' ? [event.updates.map((u) => u.title)] : []));
    expect(played).toEqual([['Update 1'], ['Update 2'], ['Update 3']]);
    expect(events.find((event) => event.type === 'arrived' && event.live)).toMatchObject({ reactions });
    // Where the replay is, before each update it plays: the last says it has finished.
    const clock = events.flatMap((event) => (event.type === 'replay' ? [event.progress] : []));
    expect(clock.map(({ played, at, done }) => [played, at, done])).toEqual([
      [0, updates[2]!.time, false],
      [1, updates[2]!.time, false],
      [2, updates[1]!.time, false],
      [3, updates[0]!.time, true],
    ]);
    expect(timers.pending).toHaveLength(0);
  });

  it('stops with nothing left scheduled', () => {
    const timers = manualTimers();
    const replay = startReplay({ sources: [], updates: makeUpdates(5), reactions: [] }, 60, timers);
    timers.fireNext();
    replay.stop();
    expect(timers.pending).toHaveLength(0);
  });
});
