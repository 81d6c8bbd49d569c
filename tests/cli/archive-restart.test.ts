// Nothing seen is lost: the built CLI against a real server on 127.0.0.1, with a
// real archive file, across restarts, a feed that rolls items off, and a dead server.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { runInPty } from '../e2e/pty-terminal.js';
import { rss } from '../fixtures/rss.js';
import { serveRss } from '../net/feed-server.js';
import { runCli } from '../reliability/run-cli.js';

function dispatches(numbers: number[]): string {
  const items = numbers.map((n) => ({ guid: `d-${n}`, title: `Dispatch ${n}`, pubDate: Date.UTC(2020, 7, 18, 12, n), description: `Text ${n}.` }));
  return rss(items, 'Rolling wire');
}

const livedesk = (...args: string[]) => runCli(args);

describe('the archive across restarts', () => {
  it('keeps items that rolled off the feed, and shows them with the server down', async () => {
    const archive = path.join(await mkdtemp(path.join(tmpdir(), 'livedesk-archive-')), 'archive.db');
    let numbers = [5, 4, 3, 2, 1];
    const server = await serveRss(() => dispatches(numbers));
    onTestFinished(() => server.close());
    const url = server.url('/wire.rss');

    const first = await livedesk('--json', '--archive', archive, url);
    expect(JSON.parse(first.stdout).updates).toHaveLength(5);

    numbers = [7, 6]; // a short feed: 1–5 have rolled off
    const second = await livedesk('--json', '--archive', archive, url);
    expect(JSON.parse(second.stdout).updates.map((u: { title: string }) => u.title)).toEqual(
      [7, 6, 5, 4, 3, 2, 1].map((n) => `Dispatch ${n}`),
    );

    await server.close();
    const down = await livedesk('--json', '--archive', archive, url);
    expect(down.code).toBe(0);
    expect(down.stderr).toContain('connection refused');
    const desk = JSON.parse(down.stdout);
    expect(desk.updates).toHaveLength(7);
    expect(desk.sources[0]).toMatchObject({ title: 'Rolling wire', error: expect.stringContaining('connection refused') });

    // The dashboard opens on the history at once and says why nothing new arrives.
    const pty = runInPty(['--archive', archive, url], { columns: 100, rows: 24 });
    const screen = await pty.waitForScreen(
      (s) => s.includes('Dispatch 7') && s.includes('Dispatch 1') && s.includes('connection refused'),
      'the archived timeline and the error',
    );
    expect(screen, screen).toContain('Rolling wire');
    pty.write('q');
    expect(await pty.waitForExit()).toBe(0);
  });

  it('keeps read state across restarts', async () => {
    const archive = path.join(await mkdtemp(path.join(tmpdir(), 'livedesk-archive-')), 'archive.db');
    let pty = runInPty(['--archive', archive, 'feeds/kati-reactions.rss'], { columns: 100, rows: 30 });
    await pty.waitForText('7 updates (7 unread)');
    // Wait until keys are read (raw mode is on) before pressing Enter.
    pty.write('j');
    await pty.waitForScreen((s) => /› • 19 Aug 01:30/.test(s), 'the selection on the second row');
    pty.write('\r');
    await pty.waitForText('(Esc back)');
    pty.write('q');
    await pty.waitForText('7 updates (6 unread)');
    pty.write('q');
    expect(await pty.waitForExit()).toBe(0);

    pty = runInPty(['--archive', archive, 'feeds/kati-reactions.rss'], { columns: 100, rows: 30 });
    await pty.waitForText('7 updates (6 unread)');
    pty.write('q');
    expect(await pty.waitForExit()).toBe(0);
  });

  it('refuses a corrupt archive with a way forward and no stack trace', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'livedesk-archive-'));
    const archive = path.join(dir, 'archive.db');
    await writeFile(archive, Buffer.from('this is not a database at all, just text '.repeat(200)));
    const result = await livedesk('--json', '--archive', archive, 'feeds/kati-reactions.rss');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(archive);
    expect(result.stderr).toMatch(/--archive|--no-archive|move it aside/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    const without = await livedesk('--json', '--no-archive', 'feeds/kati-reactions.rss');
    expect(without.code).toBe(0);
  });
});
