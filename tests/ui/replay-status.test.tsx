import { afterEach, describe, expect, it } from 'vitest';
import { createDeskEvents } from '../../src/desk/desk-events.js';
import { App } from '../../src/ui/App.js';
import { makeSource, makeUpdates } from '../fixtures/make-updates.js';
import { lineWith, renderApp, waitFor } from './ink-harness.js';

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

describe('a replay in the status line', () => {
  it('says it runs, at what speed and event time, how far it is, and that it finished', async () => {
    const updates = makeUpdates(3);
    const events = createDeskEvents();
    const { frame, instance } = await renderApp(<App sources={[makeSource()]} updates={[]} reactions={[]} events={events} />, { columns: 80, rows: 24 });
    cleanup = () => instance.unmount();
    const progress = (played: number, done = false) => ({ speed: 120, at: updates[3 - Math.max(1, played)]!.time, played, total: 3, done });
    events.publish({ type: 'replay', progress: progress(0) });
    await waitFor(() => frame().includes('▶ replay'), 'the replay’s start');
    expect(lineWith(frame(), '▶ replay')).toMatch(/^▶ replay 120× · at 18 Aug 16:38 · 0\/3 · Demo live blog · 0 updates/);

    events.publish({ type: 'replay', progress: progress(2) });
    events.publish({ type: 'arrived', sources: [], updates: updates.slice(1, 2), reactions: [], live: true });
    await waitFor(() => frame().includes('2/3'), 'the replay’s progress');
    expect(lineWith(frame(), '▶ replay')).toMatch(/^▶ replay 120× · at 18 Aug 16:39 · 2\/3 · /);

    events.publish({ type: 'replay', progress: progress(3, true) });
    await waitFor(() => frame().includes('replay finished'), 'the end of the replay');
    expect(lineWith(frame(), 'replay finished')).toMatch(/^■ replay finished · 3\/3 at 120× · /);
  });
});
