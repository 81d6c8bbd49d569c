// The built CLI polling a real HTTP server on 127.0.0.1, in a real terminal:
// an item appears on the server while the reader is scrolled down.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { REPO_ROOT, runInPty } from './pty-terminal.js';
import { rss } from '../fixtures/rss.js';
import { serveRss } from '../net/feed-server.js';

/** Bulletins 1 to `count`, a minute apart, newest first. */
function bulletins(count: number): string {
  const items = Array.from({ length: count }, (_, index) => {
    const n = count - index;
    return { guid: `b-${n}`, title: `Bulletin ${n}`, pubDate: Date.UTC(2020, 7, 18, 12, 0) + n * 60_000, description: `Text ${n}.` };
  });
  return rss(items, 'Local wire');
}

/** The feed's address, and the server, which closes when the test ends. */
async function serve(body: () => string) {
  const server = await serveRss(body);
  onTestFinished(() => server.close());
  return { url: server.url('/live.rss'), server };
}

describe('livedesk monitoring a URL in a real terminal', () => {
  it('keeps the reader’s selection and shows a banner when an item arrives above', async () => {
    let count = 30;
    const { url, server } = await serve(() => bulletins(count));
    const run = runInPty(['--interval', '1s', url], { columns: 80, rows: 24 });
    await run.waitForText('Bulletin 30');
    for (let i = 0; i < 15; i++) run.write('j');
    const before = await run.waitForScreen((s) => /› .*Bulletin 15\b/.test(s), 'the selection on Bulletin 15');
    const rowsBefore = before.split('\n').slice(2, 12);

    const polled = server.requests.length;
    count = 31;
    const after = await run.waitForText('↑ 1 new');
    expect(server.requests.length).toBeGreaterThan(polled);
    expect(after).toMatch(/› .*Bulletin 15\b/);
    expect(after.split('\n').slice(2, 12)).toEqual(rowsBefore);

    run.write('g');
    const top = await run.waitForScreen((s) => /› .*NEW Bulletin 31/.test(s), 'Bulletin 31 marked NEW at the top');
    expect(top).not.toContain('↑ 1 new');
    run.write('q');
    expect(await run.waitForExit()).toBe(0);
  });

  it('parses a big fetched feed in a worker thread, once while its bytes stay the same', async () => {
    const { generateRss } = await import('../fixtures/generate-feed.js');
    const big = generateRss(3000);
    const { url, server } = await serve(() => big);
    const dir = mkdtempSync(path.join(tmpdir(), 'livedesk-workers-'));
    const workers = path.join(dir, 'workers.log');
    writeFileSync(workers, '');
    const run = runInPty(['--no-archive', '--interval', '1s', url], {
      columns: 100,
      rows: 30,
      nodeArgs: ['--import', path.join(REPO_ROOT, 'tests', 'e2e', 'count-workers.mjs')],
      env: { LIVEDESK_TEST_WORKERS: workers },
    });
    await run.waitForScreen((s) => s.includes('1/3000'), 'all 3,000 items', 30_000);
    await server.waitForRequests(server.requests.length + 2);
    run.write('q');
    expect(await run.waitForExit()).toBe(0);
    expect(readFileSync(workers, 'utf8').split('\n').filter((line) => line === 'worker')).toHaveLength(1);
  }, 60_000);

  it('shows a dead server’s error in plain words and keeps the other source', async () => {
    const { url } = await serve(() => bulletins(3));
    const dead = 'http://127.0.0.1:9/gone.rss';
    const run = runInPty(['--interval', '1s', url, dead], { columns: 120, rows: 24 });
    const screen = await run.waitForScreen(
      (s) => s.includes('connection refused') && s.includes('Bulletin 3'),
      'the live source and the dead one’s error',
    );
    expect(screen).toMatch(/⚠ .*127\.0\.0\.1:9\/gone\.rss.*connection refused/);
    run.write('q');
    expect(await run.waitForExit()).toBe(0);
  });
});
