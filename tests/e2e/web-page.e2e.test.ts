// The built CLI following web pages served as text/html from 127.0.0.1, in a real
// terminal: a live-blog page that changes between polls, and a home page whose feeds
// the reader picks from.
import { afterEach, describe, expect, it } from 'vitest';
import { type FeedServer, startFeedServer } from '../net/feed-server.js';
import { type LiveEntry, livePage } from '../fixtures/live-page.js';
import { runInPty, type PtyRun } from './pty-terminal.js';

let server: FeedServer | null = null;
let run: PtyRun | null = null;
afterEach(async () => {
  run?.kill();
  run = null;
  await server?.close();
  server = null;
});

describe('livedesk following a web page in a real terminal', () => {
  it('marks an update added to the page NEW and one whose text changed edited', async () => {
    let entries: LiveEntry[] = [
      { id: 'e2', time: '2024-03-04T11:30:00Z', title: 'Ferries cancelled', paragraphs: ['Every crossing is off until tomorrow.'] },
      { id: 'e1', time: '2024-03-04T11:10:00Z', title: 'Gales arrive', paragraphs: ['Gusts of 90 km/h at the lighthouse.'] },
    ];
    server = await startFeedServer();
    server.handle((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(livePage('Storm Edda live', entries));
    });
    run = runInPty(['--no-archive', '--interval', '1s', server.url('/live/storm')], { columns: 100, rows: 24 });
    const first = await run.waitForText('Gales arrive');
    expect(first).toContain('Storm Edda live');
    expect(first).toContain('Ferries cancelled');

    entries = [
      { id: 'e3', time: '2024-03-04T11:50:00Z', title: 'Quay closed', paragraphs: ['“We will not reopen the quay tonight,” the harbour master said.'] },
      entries[0]!,
      { ...entries[1]!, paragraphs: ['Gusts of 90 km/h at the lighthouse.', 'The weather service has raised its warning to red.'] },
    ];
    const after = await run.waitForScreen((s) => /NEW Quay closed/.test(s) && /edited Gales arrive/.test(s), 'the new and the edited update');
    // The quote in the new update reaches the reactions pane.
    expect(after).toMatch(/says: “We will not reope/);
    run.write('q');
    expect(await run.waitForExit()).toBe(0);
  });

  it('asks which of a home page’s feeds to follow and follows the one picked', async () => {
    server = await startFeedServer();
    const site = server;
    site.handle((request, response) => {
      if (request.url === '/') {
        const links = ['/news.xml', '/sport.xml'].map((path) => `<link rel="alternate" type="application/rss+xml" title="Courier ${path.slice(1, -4)}" href="${path}">`);
        response.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><html><head><title>The Alder Courier</title>${links.join('')}</head><body><p>Welcome.</p></body></html>`);
        return;
      }
      const name = (request.url ?? '').slice(1, -4);
      response
        .writeHead(200, { 'content-type': 'application/rss+xml' })
        .end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Courier ${name}</title><item><title>Top of ${name}</title><guid>${name}-1</guid></item></channel></rss>`);
    });
    run = runInPty(['--no-archive', '--interval', '1s', site.url('/')], { columns: 100, rows: 24 });
    const question = await run.waitForText('It announces these feeds');
    expect(question).toContain('The Alder Courier is a web page');
    expect(question).toContain(`Courier news — ${site.url('/news.xml')}`);
    expect(question).toContain('All of them (2 feeds)');
    run.write('j');
    await run.waitForScreen((s) => s.includes(`› Courier sport — ${site.url('/sport.xml')}`), 'the second feed selected');
    run.write('\r');
    const followed = await run.waitForText('Top of sport');
    expect(followed).not.toContain('Top of news');
    expect(site.requests.some((request) => request.url === '/news.xml')).toBe(false);
    run.write('q');
    expect(await run.waitForExit()).toBe(0);
  });
});
