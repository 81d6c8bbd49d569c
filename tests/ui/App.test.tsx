import { afterEach, describe, expect, it } from 'vitest';
import { createDeskEvents } from '../../src/desk/desk-events.js';
import { App } from '../../src/ui/App.js';
import { makeReaction, makeSource, makeUpdates } from '../fixtures/make-updates.js';
import { KEYS, lineWith, renderApp, settle, waitFor } from './ink-harness.js';

const updates = makeUpdates(60);
updates[0] = { ...updates[0]!, body: Array.from({ length: 40 }, (_, i) => `Paragraph number ${i + 1}.`).join('\n\n') };
const reactions = [
  makeReaction(updates[2]!, 0, 'ECOWAS', 'return to their barracks without delay'),
  makeReaction(updates[5]!, 0, 'Boubou Cisse', 'reflects a certain frustration'),
];

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

async function start(columns = 80, rows = 24, onQuit?: () => void) {
  const app = await renderApp(
    <App sources={[makeSource()]} updates={updates} reactions={reactions} onQuit={onQuit} />,
    { columns, rows },
  );
  cleanup = () => app.instance.unmount();
  return app;
}

const selectedTitle = (frame: string) => /› .*?(Update \d+)/.exec(frame)?.[1];

describe('App', () => {
  it('shows the timeline, the reactions, the status bar and the key hints', async () => {
    const { frame } = await start();
    expect(frame()).toContain('Demo live blog');
    expect(selectedTitle(frame())).toBe('Update 60');
    expect(lineWith(frame(), 'ECOWAS')).toMatch(/ECOWAS 1 · says · 18 Aug 16:38/);
    expect(frame()).toContain('18 Aug 16:38 says: “return to their barracks');
    expect(frame()).toContain('60 updates (60 unread) · 2 reactions');
    expect(frame()).toContain('? help');
  });

  it('keeps the frame shorter than the terminal', async () => {
    const { frame } = await start(80, 24);
    expect(frame().split('\n').length).toBeLessThanOrEqual(23);
  });

  it('moves with ↓ ↑ j k and jumps with G g End Home', async () => {
    const { frame, press } = await start();
    await press(KEYS.down);
    expect(selectedTitle(frame())).toBe('Update 59');
    await press('j');
    expect(selectedTitle(frame())).toBe('Update 58');
    await press(KEYS.up);
    await press('k');
    expect(selectedTitle(frame())).toBe('Update 60');
    await press('G');
    expect(selectedTitle(frame())).toBe('Update 1');
    await press('g');
    expect(selectedTitle(frame())).toBe('Update 60');
    await press(KEYS.end);
    expect(selectedTitle(frame())).toBe('Update 1');
    await press(KEYS.home);
    expect(selectedTitle(frame())).toBe('Update 60');
  });

  it('pages with PgDn PgUp Ctrl-D Ctrl-U, rendering only the visible rows', async () => {
    const { frame, press } = await start();
    expect(frame()).not.toContain('Update 30');
    await press(KEYS.pageDown);
    const afterPgDn = selectedTitle(frame());
    expect(afterPgDn).not.toBe('Update 60');
    expect(frame()).not.toContain('Update 60');
    await press(KEYS.ctrlD);
    expect(Number(selectedTitle(frame())!.slice(7))).toBeLessThan(Number(afterPgDn!.slice(7)));
    await press(KEYS.ctrlU);
    expect(selectedTitle(frame())).toBe(afterPgDn);
    await press(KEYS.pageUp);
    expect(selectedTitle(frame())).toBe('Update 60');
  });

  it('switches panes with Tab and Shift-Tab', async () => {
    const { frame, press } = await start();
    expect(lineWith(frame(), 'ECOWAS')).toContain('· ');
    await press(KEYS.tab);
    expect(lineWith(frame(), 'ECOWAS')).toContain('› ');
    expect(lineWith(frame(), 'Update 60')).toContain('· ');
    await press(KEYS.shiftTab);
    expect(lineWith(frame(), 'Update 60')).toContain('› ');
  });

  it('opens the detail view with Enter, scrolls it, and closes it with Esc, Backspace or q', async () => {
    const { frame, press } = await start();
    for (const close of [KEYS.escape, KEYS.backspace, 'q']) {
      await press(KEYS.enter);
      expect(frame()).toContain('Paragraph number 1.');
      expect(frame()).toContain('Tue 18 Aug 2020 16:40');
      await press('j');
      await press(KEYS.pageDown);
      expect(frame()).not.toContain('Paragraph number 1.');
      await press(close);
      expect(selectedTitle(frame())).toBe('Update 60');
    }
  });

  it('switches the reactions between by-actor and time order with s', async () => {
    const { frame, press } = await start();
    expect(frame()).toContain('Reactions by actor');
    await press('s');
    expect(frame()).toContain('Reactions in time order');
    expect(frame()).toContain('ECOWAS says: “return to their barracks');
    await press('s');
    expect(frame()).toContain('Reactions by actor');
  });

  it('opens the update of a reaction from the reactions pane', async () => {
    const { frame, press } = await start();
    await press(KEYS.tab);
    await press(KEYS.down);
    await press(KEYS.enter);
    expect(frame()).toContain('Update 58');
    expect(frame()).toContain('Reactions (1)');
    expect(frame()).toContain('ECOWAS says: “return to their barracks without delay”');
  });

  it('filters the timeline with / and clears it with Esc', async () => {
    const { frame, press } = await start();
    await press('/');
    for (const char of 'update 4') await press(char);
    expect(frame()).toContain('/update 4');
    expect(frame()).toContain('11 of 60 updates');
    expect(selectedTitle(frame())).toBe('Update 49');
    await press(KEYS.enter);
    await press(KEYS.escape);
    expect(frame()).toContain('60 updates');
    expect(frame()).not.toContain('/update 4');
  });

  it('shows help generated from the keymap with ?', async () => {
    const { frame, press } = await start();
    await press('?');
    expect(frame()).toContain('Keys');
    expect(frame()).toContain('PgUp Ctrl-U');
    expect(frame()).toContain('Shift-Tab');
    await press('?');
    expect(frame()).not.toContain('Shift-Tab');
  });

  it('quits with q and with Ctrl-C', async () => {
    for (const key of ['q', KEYS.ctrlC]) {
      let quits = 0;
      const { press } = await start(80, 24, () => quits++);
      await press('j');
      expect(quits).toBe(0);
      await press(key, { expectChange: false });
      await waitFor(() => quits > 0, `quit after ${JSON.stringify(key)}`);
      expect(quits).toBe(1);
    }
  });

  it('places the panes side by side from 100 columns and stacks them below', async () => {
    const wide = await start(120, 30);
    expect(lineWith(wide.frame(), 'Update 60')).toContain('ECOWAS');
    wide.instance.unmount();
    const narrow = await start(80, 24);
    expect(lineWith(narrow.frame(), 'Update 60')).not.toContain('ECOWAS');
    expect(narrow.frame()).toContain('ECOWAS');
  });

  it('says the terminal is too small below 40×10', async () => {
    const { frame } = await start(39, 9);
    expect(frame()).toContain('Terminal too small');
  });
});

describe('App with live arrivals', () => {
  it('marks arrivals NEW, keeps the reader’s place and shows the ↑ new banner', async () => {
    const initial = updates.slice(5);
    const events = createDeskEvents();
    const { frame, press, instance } = await renderApp(
      <App sources={[makeSource()]} updates={initial} reactions={[]} events={events} />,
      { columns: 80, rows: 24 },
    );
    cleanup = () => instance.unmount();
    for (let i = 0; i < 12; i++) await press('j');
    const selectedBefore = selectedTitle(frame());
    const firstRowBefore = frame().split('\n')[2];
    events.publish({ type: 'arrived', live: true, sources: [], updates: updates.slice(0, 5), reactions: [] });
    await waitFor(() => frame().includes('↑ 5 new'), 'the banner');
    expect(selectedTitle(frame())).toBe(selectedBefore);
    expect(frame().split('\n')[2]).toBe(firstRowBefore);
    await press('g');
    expect(lineWith(frame(), 'Update 60')).toContain('NEW');
  });
});

describe('App: the sources page and polls that change nothing', () => {
  it('draws no frame for a 304, and shows its time when the page is drawn again', async () => {
    const source = makeSource();
    const events = createDeskEvents();
    const { frame, press, instance } = await renderApp(<App sources={[source]} updates={updates} reactions={[]} events={events} />, {
      columns: 100,
      rows: 30,
    });
    cleanup = () => instance.unmount();
    const at = (hh: number, mm: number, ss: number) => Date.UTC(2020, 7, 18, hh, mm, ss);
    const status = (state: 'ok' | 'not-modified', polled: number) => ({
      sourceId: source.id,
      state,
      lastSuccessAt: polled,
      nextPollAt: polled + 60_000,
      httpStatus: state === 'ok' ? 200 : 304,
      message: null,
    });
    events.publish({ type: 'status', status: status('ok', at(16, 0, 5)) });
    await press('i');
    await waitFor(() => frame().includes('last success 16:00:05 · next poll 16:01:05'), 'the first poll’s times');

    const frames = instance.frames.length;
    events.publish({ type: 'status', status: status('not-modified', at(16, 1, 6)) });
    // Then an arrival, which does draw: every frame since the 304 must be the arrival's.
    await settle();
    events.publish({ type: 'arrived', sources: [source], updates: makeUpdates(61).slice(0, 1), reactions: [], live: true });
    await waitFor(() => frame().includes('61 updates'), 'the arrival’s frame');
    expect(instance.frames.length).toBeGreaterThan(frames);
    expect(instance.frames.slice(frames).filter((drawn) => !drawn.includes('61 updates'))).toEqual([]);

    // Drawn again (back, then the page once more): the 304's times, not the first poll's.
    await press(KEYS.escape);
    const page = await press('i');
    expect(page).toContain('Polling · last success 16:01:06 · next poll 16:02:06');
  });
});

describe('App: a failing source in the status bar', () => {
  it('shows the whole problem before the counts, whose source names give way first', async () => {
    const events = createDeskEvents();
    const sources = [makeSource('wire', 'Wire service with a long name'), { ...makeSource('down', 'Down'), location: 'http://127.0.0.1:9/down.rss' }];
    const { frame, instance } = await renderApp(<App sources={sources} updates={makeUpdates(5, 'wire')} reactions={[]} events={events} />, {
      columns: 100,
      rows: 24,
    });
    cleanup = () => instance.unmount();
    const message = 'HTTP 503 — server asked to wait 10 min';
    events.publish({
      type: 'status',
      status: { sourceId: 'down', state: 'error', lastSuccessAt: null, nextPollAt: null, httpStatus: 503, message },
    });
    await waitFor(() => frame().includes('⚠'), 'the warning');
    const line = lineWith(frame(), '⚠');
    expect(line).toContain(`⚠ http://127.0.0.1:9/down.rss: ${message}`);
    expect(line).toMatch(/^Wire s… · 5 updates \(5 unread\) ⚠/);
  });
});
