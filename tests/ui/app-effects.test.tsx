// What the dashboard asks of the world outside, carried out by its effect runner: a
// link that cannot be opened is a notice that clears itself (one frame, no ticking),
// read marks reach the archive's callback, the archive's health shows in the status bar.
import { afterEach, describe, expect, it } from 'vitest';
import { createDeskEvents } from '../../src/desk/desk-events.js';
import type { AppRequest } from '../../src/state/effects.js';
import { NOTICE_MS } from '../../src/state/notice.js';
import { App } from '../../src/ui/App.js';
import type { Timers } from '../../src/ui/effect-runner.js';
import { makeSource, makeUpdates } from '../fixtures/make-updates.js';
import { KEYS, lineWith, renderApp, settle, waitFor } from './ink-harness.js';

/** Timers the test fires by hand: what is waiting, for how long, and a clock it sets. */
function manualTimers() {
  let now = Date.UTC(2020, 7, 18, 17, 0);
  let next = 1;
  const waiting = new Map<number, { callback: () => void; ms: number }>();
  const timers: Timers = {
    setTimeout: (callback, ms) => {
      waiting.set(next, { callback, ms });
      return next++;
    },
    clearTimeout: (handle) => void waiting.delete(handle as number),
    now: () => now,
  };
  return {
    timers,
    waiting: () => [...waiting.values()].map((entry) => entry.ms),
    /** Moves the clock on by `ms` and fires what was due. */
    advance(ms: number) {
      now += ms;
      for (const [handle, entry] of [...waiting]) {
        if (entry.ms <= ms) {
          waiting.delete(handle);
          entry.callback();
        } else entry.ms -= ms;
      }
    },
  };
}

const updates = makeUpdates(5).map((update, index) => ({ ...update, link: index === 0 ? 'javascript:alert(1)' : `https://example.org/${update.id}` }));

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

describe('the dashboard’s effects', () => {
  it('shows a link it could not open as a notice, and clears it when its time is up, with one frame', async () => {
    const clock = manualTimers();
    const requests: AppRequest[] = [];
    const onRequest = (request: AppRequest) => {
      requests.push(request);
      return request.type === 'open-link' && !request.url.startsWith('http') ? 'only http and https links are opened' : null;
    };
    const { frame, press, instance } = await renderApp(
      <App sources={[makeSource()]} updates={updates} reactions={[]} onRequest={onRequest} timers={clock.timers} />,
      { columns: 100, rows: 24 },
    );
    cleanup = () => instance.unmount();
    await press('o');
    expect(requests).toEqual([{ type: 'open-link', url: 'javascript:alert(1)' }]);
    expect(lineWith(frame(), '⚠')).toContain('⚠ only http and https links are opened');
    expect(clock.waiting()).toContain(NOTICE_MS);
    const frames = instance.frames.length;
    clock.advance(NOTICE_MS);
    await waitFor(() => !frame().includes('only http and https'), 'the notice to clear');
    await settle();
    expect(instance.frames.length).toBe(frames + 1);
    // A link that opens says nothing.
    await press('j', { expectChange: true });
    await press('o', { expectChange: false });
    expect(requests.at(-1)).toEqual({ type: 'open-link', url: 'https://example.org/u4' });
    expect(frame()).not.toContain('⚠');
  });

  it('tells the archive’s callback what the reader opened and marked', async () => {
    const marks: Array<[string[], boolean]> = [];
    const { press, instance } = await renderApp(
      <App sources={[makeSource()]} updates={updates} reactions={[]} onReadChange={(keys, read) => marks.push([keys, read])} timers={manualTimers().timers} />,
    );
    cleanup = () => instance.unmount();
    await press(KEYS.enter);
    await press(KEYS.escape);
    await press('u');
    expect(marks).toEqual([
      [[updates[0]!.key], true],
      [[updates[0]!.key], false],
    ]);
  });

  it('shows the archive’s problem in the status bar, and drops it when writes work again', async () => {
    const events = createDeskEvents();
    const { frame, instance } = await renderApp(<App sources={[makeSource()]} updates={updates} reactions={[]} events={events} timers={manualTimers().timers} />);
    cleanup = () => instance.unmount();
    events.publish({ type: 'archive', problem: 'the archive at /data/a.db could not save new updates: disk full' });
    await waitFor(() => frame().includes('disk full'), 'the archive’s problem');
    expect(lineWith(frame(), '⚠')).toContain('⚠ the archive at /data/a.db could not save new updates: disk full');
    events.publish({ type: 'archive', problem: null });
    await waitFor(() => !frame().includes('disk full'), 'the problem to go');
  });
});
