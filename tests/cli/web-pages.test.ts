// Web pages given as URLs, as a script would run livedesk on them: the built CLI,
// pages served as text/html from 127.0.0.1, one JSON document on stdout.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../reliability/run-cli.js';
import { type FeedServer, startFeedServer } from '../net/feed-server.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url), 'utf8');

function rss(title: string, items: string[]): string {
  const entries = items
    .map((item, index) => `<item><title>${item}</title><guid>${title}-${index}</guid><pubDate>Tue, 05 Mar 2024 0${index}:00:00 GMT</pubDate></item>`)
    .join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title>${entries}</channel></rss>`;
}

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

/** Serves `pages` by path; anything else is a 404. */
function serve(pages: Record<string, { type: string; body: string }>) {
  server.handle((request, response) => {
    const page = pages[request.url ?? ''];
    if (page === undefined) response.writeHead(404).end();
    else response.writeHead(200, { 'content-type': page.type }).end(page.body);
  });
}

const html = (body: string) => ({ type: 'text/html; charset=utf-8', body });

async function json(...args: string[]) {
  const run = await runCli(['--json', '--no-archive', ...args], 20_000);
  return { ...run, desk: run.code === 0 ? JSON.parse(run.stdout) : null };
}

describe('livedesk --json on web pages', () => {
  it('reads a live-blog page served as text/html, linking updates to the address it came from', async () => {
    serve({ '/live/clocks': html(fixture('liveblog-clocks.html')) });
    const { code, desk, stderr } = await json(server.url('/live/clocks'));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(desk.sources).toEqual([
      { id: server.url('/live/clocks'), title: 'Storm Edda: night of gales on the coast', kind: 'web-page', location: server.url('/live/clocks'), error: null },
    ]);
    expect(desk.updates.map((u: { time: string; title: string }) => [u.time, u.title])).toEqual([
      ['2024-03-05T00:40:00.000Z', 'Coastguard rescues two from yacht'],
      ['2024-03-04T23:20:00.000Z', 'Midnight high tide passes'],
      ['2024-03-04T22:55:00.000Z', 'What the forecasters expect'],
      ['2024-03-04T22:30:00.000Z', 'Sea wall watch'],
    ]);
    expect(desk.updates[0].link).toBe(`${server.url('/live/clocks')}#post_8c1e02`);
    expect(desk.reactions.length).toBeGreaterThan(0);
  });

  it('follows every feed a home page announces, lists them as sources and says so on stderr', async () => {
    const home = fixture('home.html').replace('https://courier.example/feed.json', '/feed.json');
    serve({
      '/': html(home),
      '/rss/top.xml': { type: 'application/rss+xml', body: rss('Courier: top stories', ['Sea wall vote', 'Ferries back']) },
      '/feeds/sport.atom': {
        type: 'application/atom+xml',
        body: '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Courier: sport</title><entry><id>s1</id><title>Rovers lift the cup</title><updated>2024-03-05T21:10:00Z</updated></entry></feed>',
      },
      '/feed.json': { type: 'application/feed+json', body: JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Courier: everything', items: [{ id: 'e1', title: 'Everything at once', content_text: 'All of it.' }] }) },
    });
    const { code, desk, stderr } = await json(server.url('/'));
    expect(code).toBe(0);
    expect(stderr).toBe(
      `livedesk: ${server.url('/')}: a web page that announces 3 feeds; following ${server.url('/rss/top.xml')}, ${server.url('/feeds/sport.atom')}, ${server.url('/feed.json')}\n`,
    );
    expect(desk.sources.map((s: { location: string; kind: string; title: string }) => [s.location, s.kind, s.title])).toEqual([
      [server.url('/rss/top.xml'), 'rss', 'Courier: top stories'],
      [server.url('/feeds/sport.atom'), 'atom', 'Courier: sport'],
      [server.url('/feed.json'), 'json-feed', 'Courier: everything'],
    ]);
    expect(desk.updates.map((u: { title: string }) => u.title).sort()).toEqual(['Everything at once', 'Ferries back', 'Rovers lift the cup', 'Sea wall vote']);
  });

  it('reads an article page as one update', async () => {
    serve({ '/news/sea-wall': html(fixture('article.html')) });
    const { code, desk } = await json(server.url('/news/sea-wall'));
    expect(code).toBe(0);
    expect(desk.updates).toHaveLength(1);
    expect(desk.updates[0]).toMatchObject({ title: 'Port Alder to build a higher sea wall', author: 'Mari Holm', time: '2024-03-06T09:15:00.000Z' });
  });

  it('exits 1 with one plain line for an error page served as 200, and for a page with nothing to follow', async () => {
    serve({ '/gone': html(fixture('error-404.html')), '/club': html(fixture('plain-page.html')) });
    const run = await runCli(['--json', '--no-archive', server.url('/gone'), server.url('/club')], 20_000);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `livedesk: ${server.url('/gone')}: this is an error page, not a live blog: “404 – Page not found | The Alder Courier”\n` +
        `livedesk: ${server.url('/club')}: this web page (“Alder Harbour Rowing Club”) holds no live blog or article and announces no feeds\n`,
    );
  });
});
