// Every way the built CLI reads a source goes through the one ingest pipeline, and
// reads for reactions only the updates that are new or changed: seen from outside
// through LIVEDESK_DEBUG_INGEST, one line per step of the pipeline, next to the
// output a person gets. Headless runs and --follow here; the dashboard's paths are in
// tests/e2e/ingest-paths.e2e.test.ts.
import { spawn } from 'node:child_process';
import { appendFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { IngestWork } from '../../src/ingest/ingest-document.js';
import { CLI, REPO_ROOT } from '../e2e/pty-terminal.js';
import { rss } from '../fixtures/rss.js';
import { conditionalFeed, serveFeed, startFeedServer, type FeedServer } from '../net/feed-server.js';
import { waitFor } from '../wait-for.js';

async function workspace() {
  const dir = await mkdtemp(path.join(tmpdir(), 'livedesk-ingest-'));
  return { dir, log: path.join(dir, 'ingest.jsonl'), archive: path.join(dir, 'archive.db') };
}

async function steps(log: string): Promise<IngestWork[]> {
  if (!existsSync(log)) return [];
  return (await readFile(log, 'utf8'))
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as IngestWork);
}

function start(args: string[], log: string) {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: REPO_ROOT, env: { ...process.env, LIVEDESK_DEBUG_INGEST: log } });
  onTestFinished(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { stdout: () => stdout, stderr: () => stderr, exited, kill: () => child.kill('SIGTERM') };
}

async function run(args: string[], log: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = start(args, log);
  const code = await child.exited;
  return { code, stdout: child.stdout(), stderr: child.stderr() };
}

const BLOG = `Kati live

16:00 GMT – Roads closed around the base
The bridge to the capital is shut. “We ask everyone to stay at home,” the mayor said.

15:30 GMT – Gunfire heard at Kati
Residents reported shots before dawn. ECOWAS condemned the mutiny.
`;

async function serve(body: () => string, contentType?: string): Promise<FeedServer> {
  const server = await startFeedServer();
  onTestFinished(() => server.close());
  server.handle(serveFeed(conditionalFeed(body, contentType)));
  return server;
}

describe('headless runs through the pipeline', () => {
  it('reads a file whole the first time; after that only what changed, the rest from the archive', async () => {
    const { dir, log, archive } = await workspace();
    const file = path.join(dir, 'live.txt');
    await writeFile(file, BLOG);

    const first = await run(['--json', '--archive', archive, file], log);
    expect(first.code).toBe(0);
    const again = await run(['--json', '--archive', archive, file], log);
    expect(again.code).toBe(0);
    // Nothing changed: nothing is read for reactions, and the output is the same to the byte.
    expect(again.stdout).toBe(first.stdout);
    expect(JSON.parse(again.stdout).reactions.length).toBeGreaterThan(0);

    await appendFile(file, '\n15:00 GMT – Soldiers seen on the road\n“The situation is under control,” the army said.\n');
    const third = await run(['--json', '--archive', archive, file], log);
    expect(JSON.parse(third.stdout).updates).toHaveLength(3);
    expect((await steps(log)).map(({ location, items, changed, extracted, complete }) => ({ location, items, changed, extracted, complete }))).toEqual([
      { location: file, items: 2, changed: 2, extracted: 2, complete: true },
      { location: file, items: 2, changed: 0, extracted: 0, complete: true },
      { location: file, items: 3, changed: 1, extracted: 1, complete: true },
    ]);
  });

  it('fetches a URL once through it, and a home page’s announced feeds too', async () => {
    const { log } = await workspace();
    const server = await startFeedServer();
    onTestFinished(() => server.close());
    const home = `<!doctype html><html><head><title>Alder News</title><link rel="alternate" type="application/rss+xml" href="/news.xml"></head><body><p>Home.</p></body></html>`;
    server.route('/news.xml', serveFeed(conditionalFeed(() => rss([{ guid: 'n1', title: 'Talks resume in Bamako' }], 'News'))));
    server.route('/', serveFeed(conditionalFeed(() => home, 'text/html')));
    const result = await run(['--json', '--no-archive', server.url('/')], log);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).updates.map((update: { title: string }) => update.title)).toEqual(['Talks resume in Bamako']);
    expect((await steps(log)).map(({ location, changed, extracted }) => ({ location, changed, extracted }))).toEqual([
      { location: server.url('/'), changed: 0, extracted: 0 },
      { location: server.url('/news.xml'), changed: 1, extracted: 1 },
    ]);
  });
});

describe('--follow through the pipeline', () => {
  it('a poll that brings one new update reads that one for reactions, nothing else', async () => {
    const { log } = await workspace();
    let items = [
      { guid: 'a', title: 'Roads closed', description: '“Stay at home,” the mayor said.', pubDate: Date.UTC(2020, 7, 18, 12, 1) },
      { guid: 'b', title: 'Gunfire at Kati', description: 'ECOWAS condemned the mutiny.', pubDate: Date.UTC(2020, 7, 18, 12, 0) },
    ];
    const server = await serve(() => rss(items, 'Wire'));
    const follow = start(['--json', '--follow', '--no-archive', '--interval', '1s', server.url('/feed.rss')], log);
    await waitFor(() => follow.stdout().includes('Gunfire at Kati'), () => `the first read; ${follow.stderr()}`, 20_000);
    items = [{ guid: 'c', title: 'Talks begin', description: '“We want calm,” the envoy said.', pubDate: Date.UTC(2020, 7, 18, 12, 2) }, ...items];
    await waitFor(() => follow.stdout().includes('We want calm'), () => `the new update's reaction; ${follow.stdout()}`, 20_000);
    follow.kill();
    expect(await follow.exited).toBe(0);
    const work = await steps(log);
    expect(work.map(({ items: listed, changed, extracted }) => ({ listed, changed, extracted }))).toEqual([
      { listed: 2, changed: 2, extracted: 2 },
      { listed: 3, changed: 1, extracted: 1 },
    ]);
    // The stream says each update once: the poll's new one, not the two it already told.
    const told = follow.stdout().split('\n').filter((line) => line.startsWith('{"type":"update"'));
    expect(told).toHaveLength(3);
  });

  it('a watched file read again after an append reads only the appended entry for reactions', async () => {
    const { dir, log } = await workspace();
    const file = path.join(dir, 'live.txt');
    await writeFile(file, BLOG);
    const follow = start(['--json', '--follow', '--no-archive', file], log);
    await waitFor(() => follow.stdout().includes('Gunfire heard at Kati'), () => `the first read; ${follow.stderr()}`, 20_000);
    await appendFile(file, '\n15:00 GMT – Soldiers seen on the road\n“The situation is under control,” the army said.\n');
    await waitFor(() => follow.stdout().includes('Soldiers seen on the road'), () => `the appended entry; ${follow.stdout()}`, 20_000);
    follow.kill();
    expect(await follow.exited).toBe(0);
    expect((await steps(log)).map(({ location, items, changed, extracted }) => ({ location, items, changed, extracted }))).toEqual([
      { location: file, items: 2, changed: 2, extracted: 2 },
      { location: file, items: 3, changed: 1, extracted: 1 },
    ]);
  });
});
