import { afterEach, describe, expect, it } from 'vitest';
import { createDeskEvents } from '../../src/desk/desk-events.js';
import { App } from '../../src/ui/App.js';
import type { Timers } from '../../src/ui/effect-runner.js';
import { makeSource, makeUpdates } from '../fixtures/make-updates.js';
import { lineWith, renderApp, waitFor } from './ink-harness.js';

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

/** A clock the test moves: the timer due first fires when asked. */
function manualTimers(start: number) {
  let time = start;
  const pending = new Set<{ callback: () => void; at: number }>();
  const timers: Timers = {
    now: () => time,
    setTimeout(callback, ms) {
      const timer = { callback, at: time + ms };
      pending.add(timer);
      return timer;
    },
    clearTimeout: (handle) => void pending.delete(handle as { callback: () => void; at: number }),
  };
  return {
    timers,
    /** Moves the clock to the next timer and fires it; returns how far the clock moved. */
    fireNext(): number {
      const next = [...pending].sort((a, b) => a.at - b.at)[0]!;
      pending.delete(next);
      const moved = next.at - time;
      time = next.at;
      next.callback();
      return moved;
    },
  };
}

describe('a replay in the status line', () => {
  it('says it runs, at what speed and event time, how far it is, and that it finished', async () => {
    const updates = makeUpdates(3);
    const events = createDeskEvents();
    const wall = Date.UTC(2026, 0, 1, 9, 0, 0);
    const clock = manualTimers(wall);
    const { frame, instance } = await renderApp(<App sources={[makeSource()]} updates={[]} reactions={[]} events={events} timers={clock.timers} />, {
      columns: 80,
      rows: 24,
    });
    cleanup = () => instance.unmount();
    const progress = (played: number, done = false) => ({ speed: 120, at: updates[3 - Math.max(1, played)]!.time, played, total: 3, done, wallTime: clock.timers.now() });
    events.publish({ type: 'replay', progress: progress(0) });
    await waitFor(() => frame().includes('▶ replay'), 'the replay’s start');
    expect(lineWith(frame(), '▶ replay')).toMatch(/^▶ replay 120× · at 18 Aug 16:38 · 0\/3 · Demo live blog · 0 updates/);

    // Between updates the event's clock runs at the replay's speed: a second is two minutes.
    expect(clock.fireNext()).toBe(1_000);
    await waitFor(() => frame().includes('at 18 Aug 16:40'), 'the event clock two minutes on');

    events.publish({ type: 'replay', progress: progress(2) });
    events.publish({ type: 'arrived', sources: [], updates: updates.slice(1, 2), reactions: [], live: true });
    await waitFor(() => frame().includes('2/3'), 'the replay’s progress');
    expect(lineWith(frame(), '▶ replay')).toMatch(/^▶ replay 120× · at 18 Aug 16:39 · 2\/3 · /);

    events.publish({ type: 'replay', progress: progress(3, true) });
    await waitFor(() => frame().includes('replay finished'), 'the end of the replay');
    expect(lineWith(frame(), 'replay finished')).toMatch(/^■ replay finished · 3\/3 at 120× · /);
  });
});
