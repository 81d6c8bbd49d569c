// The dashboard's own upkeep: colours chosen per dashboard (no shared object changed
// in place), a pane that failed drawn again once its input changes, a clock that turns
// the day at midnight with one frame, and a help list that scrolls at 80×24.
import chalk from 'chalk';
import { Text } from 'ink';
import { render } from 'ink-testing-library';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HELP_ROWS } from '../../src/state/help-rows.js';
import { App } from '../../src/ui/App.js';
import type { Timers } from '../../src/ui/effect-runner.js';
import { PaneBoundary } from '../../src/ui/PaneBoundary.js';
import { makeReaction, makeSource, makeUpdates, START } from '../fixtures/make-updates.js';
import { KEYS, lineWith, renderApp, settle, waitFor } from './ink-harness.js';

let cleanup: Array<() => void> = [];
afterEach(() => {
  for (const done of cleanup) done();
  cleanup = [];
});

/** Timers fired by hand, with a clock the test sets. */
function manualClock(start: number) {
  let now = start;
  const waiting = new Map<number, { callback: () => void; ms: number }>();
  let next = 1;
  const timers: Timers = {
    setTimeout: (callback, ms) => (waiting.set(next, { callback, ms }), next++),
    clearTimeout: (handle) => void waiting.delete(handle as number),
    now: () => now,
  };
  return {
    timers,
    delays: () => [...waiting.values()].map((entry) => entry.ms),
    fireAll(at: number) {
      now = at;
      const due = [...waiting.values()];
      waiting.clear();
      for (const entry of due) entry.callback();
    },
  };
}

describe('colours chosen per dashboard', () => {
  // Frames here are not a terminal's, so Ink's chalk would write no colour at all: ask for some.
  let level: typeof chalk.level;
  beforeEach(() => {
    level = chalk.level;
    chalk.level = 1;
  });
  afterEach(() => {
    chalk.level = level;
  });

  it('draws one dashboard in colour and another without, at the same time', async () => {
    const updates = makeUpdates(3);
    const coloured = await renderApp(<App sources={[makeSource()]} updates={updates} reactions={[]} colour />);
    const plain = await renderApp(<App sources={[makeSource()]} updates={updates} reactions={[]} colour={false} />);
    cleanup.push(() => coloured.instance.unmount(), () => plain.instance.unmount());
    // Both drawn again after the other started: neither changed the other's colours.
    await coloured.press('j');
    await plain.press('j');
    const colourCodes = /\x1b\[(?:3[0-7]|9[0-7]|38;)/;
    expect(coloured.frame()).toMatch(colourCodes);
    expect(plain.frame()).not.toMatch(colourCodes);
    expect(plain.frame()).toContain('› ');
  });
});

describe('a pane that could not be drawn', () => {
  beforeEach(() => void vi.spyOn(console, 'error').mockImplementation(() => {}));
  afterEach(() => vi.restoreAllMocks());

  function Fragile({ text }: { text: string }) {
    if (text.includes('\u0000')) throw new Error('a row that cannot be measured');
    return <Text>{text}</Text>;
  }

  it('is tried again when its input changes', () => {
    const draw = (text: string) => (
      <PaneBoundary name="timeline" width={90} height={4} input={text}>
        <Fragile text={text} />
      </PaneBoundary>
    );
    const { lastFrame, rerender, unmount } = render(draw('bad\u0000row'));
    cleanup.push(unmount);
    expect(lastFrame()).toContain('The timeline could not be drawn: a row that cannot be measured');
    rerender(draw('bad\u0000row'));
    expect(lastFrame()).toContain('could not be drawn');
    rerender(draw('Talks resume in Bamako'));
    expect(lastFrame()).toContain('Talks resume in Bamako');
    expect(lastFrame()).not.toContain('could not be drawn');
  });
});

describe('the reader’s clock', () => {
  it('writes dates on the day before’s rows at midnight, with one frame and no ticking in between', async () => {
    // The updates are from 16:40 on 18 Aug; the dashboard opens at 23:00 that day (UTC here).
    const clock = manualClock(Date.UTC(2020, 7, 18, 23, 0));
    const updates = makeUpdates(5);
    const reactions = [makeReaction(updates[0]!, 0, 'ECOWAS', 'return to barracks now')];
    const { frame, instance } = await renderApp(
      <App sources={[makeSource()]} updates={updates} reactions={reactions} timers={clock.timers} />,
      { columns: 120, rows: 24 },
    );
    cleanup.push(() => instance.unmount());
    expect(lineWith(frame(), 'Update 5')).toMatch(/ 16:40 +Update 5/);
    expect(lineWith(frame(), 'ECOWAS')).toContain('· 16:40');
    // One timer waits, for a second past midnight: nothing before it draws.
    expect(clock.delays()).toEqual([3_600_000 + 1_000]);
    const frames = instance.frames.length;
    clock.fireAll(Date.UTC(2020, 7, 19, 0, 0, 1));
    await waitFor(() => frame().includes('18 Aug 16:40'), 'the dates');
    await settle();
    expect(lineWith(frame(), 'Update 5')).toMatch(/18 Aug 16:40 +Update 5/);
    expect(lineWith(frame(), 'ECOWAS')).toContain('18 Aug 16:40');
    expect(instance.frames.length).toBe(frames + 1);
    expect(clock.delays()).toEqual([24 * 3_600_000]);
  });
});

describe('the help at 80×24', () => {
  it('scrolls to the keys below the fold', async () => {
    const { frame, press, instance } = await renderApp(<App sources={[makeSource()]} updates={makeUpdates(3)} reactions={[]} />, { columns: 80, rows: 24 });
    cleanup.push(() => instance.unmount());
    await press('?');
    const all = HELP_ROWS.length;
    expect(frame()).toContain(`Keys — 1–18 of ${all}, ↑↓ scroll`);
    expect(frame()).not.toContain('Pause or resume polling');
    await press(KEYS.end);
    for (const key of ['r ', 'R ', 'p ', 'i ', '? ']) expect(frame()).toMatch(new RegExp(`│ ${key.replace('?', '\\?')}`));
    expect(frame()).toContain('Pause or resume polling');
    expect(frame()).toContain(`Keys — ${all - 17}–${all} of ${all}`);
    await press('k');
    expect(frame()).toContain(`Keys — ${all - 18}–${all - 1} of ${all}`);
    await press('?');
    expect(frame()).not.toContain('Keys —');
  });
});
