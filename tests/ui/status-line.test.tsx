import { afterEach, describe, expect, it } from 'vitest';
import { createDeskEvents } from '../../src/desk/desk-events.js';
import type { SourceStatus } from '../../src/model.js';
import { App } from '../../src/ui/App.js';
import { makeSource, makeUpdates } from '../fixtures/make-updates.js';
import { lineWith, renderApp, waitFor } from './ink-harness.js';

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

const DOWN_URL = 'http://127.0.0.1:9/down.rss';
const failing = (message: string): SourceStatus => ({ sourceId: DOWN_URL, state: 'error', lastSuccessAt: null, nextPollAt: null, httpStatus: 503, message });

/** A readable live blog beside a URL never read, whose title is still its address. */
async function startWithFailingUrl(columns = 80) {
  const events = createDeskEvents();
  const down = { ...makeSource(DOWN_URL, DOWN_URL), tag: 'down', location: DOWN_URL, kind: null };
  const sources = [makeSource('wire', 'Wire service'), down];
  const app = await renderApp(<App sources={sources} updates={makeUpdates(30, 'wire')} reactions={[]} events={events} />, { columns, rows: 24 });
  cleanup = () => app.instance.unmount();
  events.publish({ type: 'status', status: failing('HTTP 503 — server asked to wait 10 min') });
  await waitFor(() => app.frame().includes('⚠'), 'the warning');
  return app;
}

describe('the status line', () => {
  it('keeps a failing source in view while a filter is active', async () => {
    const { press, frame } = await startWithFailingUrl();
    await press('/');
    await press('Update 2');
    await press('\r');
    const line = lineWith(frame(), '/Update 2');
    expect(line).toContain('11 of 30 updates');
    expect(line).toContain('⚠');
    expect(line).toContain('down.rss: HTTP 503');
  });

  it('never shows a failing URL where a source’s title would be', async () => {
    const { frame } = await startWithFailingUrl(160);
    const line = lineWith(frame(), '⚠');
    expect(line).toMatch(/^Wire service · 30 updates/);
    cleanup?.();
    // At 80 columns the problem leaves the update and unread counts whole.
    const narrow = await startWithFailingUrl(80);
    expect(lineWith(narrow.frame(), '⚠')).toMatch(/^30 updates \(30 unread\) ⚠ http:\/\/127\.0\.0\.1:9\/down\.rss: HTTP 503/);
    expect(line.slice(0, line.indexOf('⚠'))).not.toContain(DOWN_URL);
  });

  it('labels the tempo line, and at 80 columns cuts the tempo and names before the unread count', async () => {
    const events = createDeskEvents();
    const sources = [makeSource('wire', 'Wire service with a rather long name'), makeSource('blog', 'Live blog with a long name too')];
    const { frame, instance } = await renderApp(
      <App sources={sources} updates={[...makeUpdates(30, 'wire'), ...makeUpdates(20, 'blog')]} reactions={[]} events={events} />,
      { columns: 160, rows: 24 },
    );
    cleanup = () => instance.unmount();
    expect(lineWith(frame(), '50 updates')).toMatch(/· tempo [ ▁▂▃▄▅▆▇█]+$/u);
    instance.unmount();
    const narrow = await renderApp(
      <App sources={sources} updates={[...makeUpdates(30, 'wire'), ...makeUpdates(20, 'blog')]} reactions={[]} events={events} />,
      { columns: 80, rows: 24 },
    );
    cleanup = () => narrow.instance.unmount();
    const line = lineWith(narrow.frame(), '50 updates');
    expect(line).toContain('50 updates (50 unread)');
    expect(line.length).toBeLessThanOrEqual(80);
  });
});
