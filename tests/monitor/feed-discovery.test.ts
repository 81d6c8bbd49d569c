// A polled URL that turns out to be a home page: the desk monitor stops polling it and
// follows the feeds it announces — all of them, or the ones the reader picks — with a
// real server on 127.0.0.1 standing in for the site.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Source } from '../../src/model.js';
import { startDeskMonitor, type DeskMonitor } from '../../src/monitor/desk-monitor.js';
import { emptySource } from '../../src/sources/empty-source.js';
import type { DeskEvent } from '../../src/desk/desk-events.js';
import { type FeedServer, startFeedServer } from '../net/feed-server.js';
import { waitFor } from '../wait-for.js';

let server: FeedServer;
let monitor: DeskMonitor | null = null;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());
afterEach(async () => {
  await monitor?.stop();
  monitor = null;
  server.reset();
});

function homePage(feeds: string[]): string {
  const links = feeds.map((path, index) => `<link rel="alternate" type="application/rss+xml" title="Feed ${index + 1}" href="${path}">`);
  return `<!doctype html><html><head><title>Alder News</title>${links.join('')}</head><body><h1>Alder News</h1><ul><li><a href="/a">A story</a></li></ul></body></html>`;
}

function rss(title: string): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title><item><title>${title}: first item</title><guid>${title}-1</guid></item></channel></rss>`;
}

function serveSite(feeds: string[]) {
  server.handle((request, response) => {
    if (request.url === '/') response.writeHead(200, { 'content-type': 'text/html' }).end(homePage(feeds));
    else if (feeds.includes(request.url ?? '')) response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(request.url ?? ''));
    else response.writeHead(404).end();
  });
}

function watch(discovery: 'all' | 'ask') {
  const events: DeskEvent[] = [];
  const source: Source = emptySource(server.url('/'));
  monitor = startDeskMonitor([source], {
    intervalMs: 60_000,
    timeoutMs: 5_000,
    maxBytes: 1_000_000,
    userAgent: 'livedesk-test',
    watchFiles: false,
    discovery,
  });
  monitor.subscribe((event) => events.push(event));
  const until = (predicate: (all: DeskEvent[]) => boolean, what: string): Promise<void> =>
    waitFor(() => predicate(events), () => `${what}: ${JSON.stringify(events).slice(0, 600)}`, 10_000);
  const titles = () =>
    events.flatMap((event) => (event.type === 'arrived' ? event.updates.map((update) => update.title) : [])).sort();
  return { events, until, titles };
}

const statusOf = (events: DeskEvent[], sourceId: string) =>
  events.filter((event) => event.type === 'status' && event.status.sourceId === sourceId).map((event) => (event.type === 'status' ? event.status.message : null));

describe('feed discovery in the desk monitor', () => {
  it('follows every announced feed when told to take them all, and stops polling the page', async () => {
    serveSite(['/news.xml', '/sport.xml']);
    const desk = watch('all');
    await desk.until(() => desk.titles().length === 2, 'both feeds');
    expect(desk.titles()).toEqual(['/news.xml: first item', '/sport.xml: first item']);
    expect(statusOf(desk.events, server.url('/'))).toContain('a web page: following 2 feeds it announces');
    const sources = desk.events.flatMap((event) => (event.type === 'arrived' ? event.sources.map((s) => s.location) : []));
    expect(sources).toEqual(expect.arrayContaining([server.url('/'), server.url('/news.xml'), server.url('/sport.xml')]));
    expect(server.requests.filter((request) => request.url === '/')).toHaveLength(1);
  });

  it('asks about several feeds, then follows the one the reader picks', async () => {
    serveSite(['/news.xml', '/sport.xml']);
    const desk = watch('ask');
    await desk.until((all) => all.some((event) => event.type === 'feeds-found'), 'the question');
    const found = desk.events.find((event) => event.type === 'feeds-found');
    expect(found).toEqual({
      type: 'feeds-found',
      sourceId: server.url('/'),
      feeds: [
        { url: server.url('/news.xml'), title: 'Feed 1', type: 'application/rss+xml' },
        { url: server.url('/sport.xml'), title: 'Feed 2', type: 'application/rss+xml' },
      ],
    });
    expect(statusOf(desk.events, server.url('/'))).toContain('a web page that announces 2 feeds: choose which to follow');
    expect(desk.titles()).toEqual([]);
    monitor?.handle({ type: 'follow-feeds', sourceId: server.url('/'), urls: [server.url('/sport.xml')] });
    await desk.until(() => desk.titles().length === 1, 'the chosen feed');
    expect(desk.titles()).toEqual(['/sport.xml: first item']);
    expect(server.requests.some((request) => request.url === '/news.xml')).toBe(false);
  });

  it('follows a lone feed without asking', async () => {
    serveSite(['/only.xml']);
    const desk = watch('ask');
    await desk.until(() => desk.titles().length === 1, 'the one feed');
    expect(desk.events.some((event) => event.type === 'feeds-found')).toBe(false);
    expect(statusOf(desk.events, server.url('/'))).toContain('a web page: following a feed it announces');
  });
});
