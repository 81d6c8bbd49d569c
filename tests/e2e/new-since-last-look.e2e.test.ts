// What arrived while livedesk was closed is marked NEW after a restart, as the
// README says: a feed that grew on the server and a live blog file that grew on
// disk, each read by the built CLI in a real terminal on top of a real archive.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { serveRss, type FeedServer } from '../net/feed-server.js';
import { runInPty, type PtyRun } from './pty-terminal.js';

function rss(count: number): string {
  const items = Array.from({ length: count }, (_, index) => count - index).map(
    (n) => `<item><title>Dispatch ${n}</title><guid>d-${n}</guid><pubDate>${new Date(Date.UTC(2020, 7, 18, 12, n)).toUTCString()}</pubDate></item>`,
  );
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>${items.join('')}</channel></rss>`;
}

function liveBlog(count: number): string {
  const entries = Array.from({ length: count }, (_, index) => count - index).map((n) => `1${n}:00 GMT – Entry ${n}\nText of entry ${n}.\n`);
  return `A live blog.\n\n18 August 2020\n\n${entries.join('\n')}`;
}

/** The timeline row that shows `title`, as drawn. */
/** The screen line showing this title; a title missing from the screen fails the test, so "not NEW" cannot pass on an empty row. */
function row(screen: string, title: string): string {
  const line = screen.split('\n').find((candidate) => candidate.includes(title));
  if (line === undefined) throw new Error(`"${title}" is not on the screen:\n${screen}`);
  return line;
}

let server: FeedServer | null = null;
let pty: PtyRun | null = null;
afterEach(async () => {
  pty?.kill();
  pty = null;
  await server?.close();
  server = null;
});

async function quit(run: PtyRun): Promise<void> {
  run.write('q');
  expect(await run.waitForExit()).toBe(0);
}

describe('after a restart', () => {
  it('marks NEW what a feed published while livedesk was closed, and only that', async () => {
    const archive = path.join(mkdtempSync(path.join(tmpdir(), 'livedesk-new-')), 'archive.db');
    let count = 3;
    server = await serveRss(() => rss(count));
    const url = server.url('/wire.rss');
    pty = runInPty(['--archive', archive, url], { columns: 100, rows: 24 });
    await pty.waitForText('Dispatch 3');
    await quit(pty);

    count = 5;
    pty = runInPty(['--archive', archive, url], { columns: 100, rows: 24 });
    const screen = await pty.waitForScreen((s) => s.includes('Dispatch 5') && s.includes('Dispatch 1'), 'the grown feed over its history');
    expect(row(screen, 'Dispatch 5'), screen).toContain('NEW');
    expect(row(screen, 'Dispatch 4'), screen).toContain('NEW');
    for (const old of ['Dispatch 3', 'Dispatch 2', 'Dispatch 1']) expect(row(screen, old), screen).not.toContain('NEW');
    await quit(pty);
  });

  it('marks NEW the entries a live blog file gained while livedesk was closed', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'livedesk-new-'));
    const archive = path.join(dir, 'archive.db');
    const blog = path.join(dir, 'live.txt');
    writeFileSync(blog, liveBlog(2));
    pty = runInPty(['--archive', archive, blog], { columns: 100, rows: 24 });
    await pty.waitForText('Entry 2');
    await quit(pty);

    writeFileSync(blog, liveBlog(3));
    pty = runInPty(['--archive', archive, blog], { columns: 100, rows: 24 });
    const screen = await pty.waitForScreen((s) => s.includes('Entry 3') && s.includes('Entry 1'), 'the grown live blog');
    expect(row(screen, 'Entry 3'), screen).toContain('NEW');
    for (const old of ['Entry 2', 'Entry 1']) expect(row(screen, old), screen).not.toContain('NEW');
    await quit(pty);
  });
});
