// The sources pane drawn: each source's unread count and health, and the timeline narrowed by Enter.
import { afterEach, describe, expect, it } from 'vitest';
import { createDeskEvents } from '../../src/desk/desk-events.js';
import { App } from '../../src/ui/App.js';
import { makeSource, makeUpdates } from '../fixtures/make-updates.js';
import { KEYS, lineWith, renderApp, settle } from './ink-harness.js';

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

const live = makeUpdates(5, 'live');
const wire = makeUpdates(3, 'wire').map((update, index) => ({ ...update, time: update.time! - 30_000, title: `Wire statement ${'abc'[index]}`, body: `Wire ${index}.` }));
const sources = [makeSource('live', 'Mutiny live'), { ...makeSource('wire', 'Sahel wire'), location: 'http://127.0.0.1:9/wire.rss' }];

describe('the sources pane in the dashboard', () => {
  it('opens with S, shows counts and health, and Enter narrows the timeline', async () => {
    const events = createDeskEvents();
    const app = await renderApp(<App sources={sources} updates={[...live, ...wire]} reactions={[]} events={events} />, { columns: 100, rows: 24 });
    cleanup = () => app.instance.unmount();
    events.publish({ type: 'status', status: { sourceId: 'wire', state: 'error', lastSuccessAt: null, nextPollAt: null, httpStatus: 503, message: 'HTTP 503 — retrying in 2 min' } });
    await settle();
    const pane = await app.press('S');
    expect(pane).toContain('Sources (2)');
    expect(lineWith(pane, 'All sources')).toMatch(/› All sources \(shown\)\s+8 unread of 8/);
    expect(lineWith(pane, 'Mutiny live')).toMatch(/5 unread of 5\s+file/);
    expect(lineWith(pane, 'Sahel wire')).toMatch(/3 unread of 3\s+⚠ HTTP 503 — retrying in 2 min/);
    await app.press('G');
    const narrowed = await app.press(KEYS.enter);
    expect(narrowed).toContain('Sahel wire 1/3');
    expect(narrowed).not.toContain('Update 5');
    const wide = await app.press(KEYS.escape);
    // The selection stays on the update it was on.
    expect(wide).toContain('Timeline 2/8');
    expect(wide).toContain('Update 5');
  });
});
