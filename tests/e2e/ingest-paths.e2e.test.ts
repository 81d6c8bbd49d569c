// The dashboard's ways of reading a source, each through the one ingest pipeline, seen
// from outside through LIVEDESK_DEBUG_INGEST (one line per step): big inputs are read,
// reactions included, on a worker thread (thread ≠ 0), and only what changed is read
// for reactions. The built CLI in a real terminal, feeds from 127.0.0.1.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { IngestWork } from '../../src/ingest/ingest-document.js';
import { generateRss, liveBlogItem } from '../fixtures/generate-feed.js';
import { rss } from '../fixtures/rss.js';
import { conditionalFeed, serveFeed, startFeedServer } from '../net/feed-server.js';
import { waitFor } from '../wait-for.js';
import { runInPty } from './pty-terminal.js';

function workspace() {
  const dir = mkdtempSync(path.join(tmpdir(), 'livedesk-ingest-e2e-'));
  return { dir, log: path.join(dir, 'ingest.jsonl'), archive: path.join(dir, 'archive.db') };
}

function steps(log: string): IngestWork[] {
  if (!existsSync(log)) return [];
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as IngestWork);
}

const summary = (work: IngestWork[]) => work.map(({ items, changed, extracted, complete, thread }) => ({ items, changed, extracted, complete, offMain: thread !== 0 }));

describe('the dashboard reads through the pipeline', () => {
  it('reads a big file after the first frame in a worker, preview first; started again, it reads nothing for reactions', async () => {
    const { dir, log, archive } = workspace();
    const file = path.join(dir, 'big.rss');
    writeFileSync(file, generateRss(3000));
    const first = runInPty(['--archive', archive, file], { columns: 100, rows: 30, env: { LIVEDESK_DEBUG_INGEST: log } });
    await first.waitForScreen((s) => s.includes('1/3000'), 'all 3,000 items', 30_000);
    first.write('q');
    expect(await first.waitForExit()).toBe(0);
    expect(summary(steps(log))).toEqual([
      { items: 200, changed: 200, extracted: 200, complete: false, offMain: true },
      { items: 3000, changed: 2800, extracted: 2800, complete: true, offMain: true },
    ]);

    // The archive knows every update now: the first frame shows them, and the file's read finds nothing new.
    const second = runInPty(['--archive', archive, file], { columns: 100, rows: 30, env: { LIVEDESK_DEBUG_INGEST: log } });
    await second.waitForScreen((s) => s.includes('1/3000'), 'the archived items', 30_000);
    await waitFor(() => steps(log).length === 4, () => `the second run's reads: ${JSON.stringify(steps(log))}`, 30_000);
    second.write('q');
    expect(await second.waitForExit()).toBe(0);
    expect(summary(steps(log).slice(2))).toEqual([
      { items: 200, changed: 0, extracted: 0, complete: false, offMain: true },
      { items: 3000, changed: 0, extracted: 0, complete: true, offMain: true },
    ]);
  }, 90_000);

  it('reads a big polled feed in a worker, and a poll that brings one new update reads only that one', async () => {
    const { log } = workspace();
    const start = Date.UTC(2020, 7, 18, 23, 0);
    let text = generateRss(3000, start);
    const server = await startFeedServer();
    onTestFinished(() => server.close());
    server.handle(serveFeed(conditionalFeed(() => text)));
    const run = runInPty(['--no-archive', '--interval', '1h', server.url('/big.rss')], { columns: 100, rows: 30, env: { LIVEDESK_DEBUG_INGEST: log } });
    await run.waitForScreen((s) => s.includes('1/3000'), 'all 3,000 items', 30_000);
    const fresh = { ...liveBlogItem(0, start), guid: 'fresh-1', title: 'Fresh: talks resume in Bamako', pubDate: start + 60_000 };
    text = rss([fresh, ...Array.from({ length: 3000 }, (_, index) => liveBlogItem(index, start))], 'Benchmark live blog (3000)');
    run.write('R');
    await run.waitForScreen((s) => /NEW Fresh: talks resume/.test(s) && s.includes('1/3001'), 'the new update, marked NEW', 30_000);
    run.write('q');
    expect(await run.waitForExit()).toBe(0);
    expect(summary(steps(log))).toEqual([
      { items: 3000, changed: 3000, extracted: 3000, complete: true, offMain: true },
      { items: 3001, changed: 1, extracted: 1, complete: true, offMain: true },
    ]);
  }, 90_000);

  it('a replay plays what the pipeline read', async () => {
    const { log } = workspace();
    const run = runInPty(['--no-archive', '--replay', '100000', 'feeds/kati-mutiny-live.txt'], { columns: 100, rows: 30, env: { LIVEDESK_DEBUG_INGEST: log } });
    await run.waitForScreen((s) => /Timeline|Kati/.test(s) && s.includes('NEW'), 'updates played back', 30_000);
    run.write('q');
    expect(await run.waitForExit()).toBe(0);
    const [read, ...more] = steps(log);
    expect(more).toEqual([]);
    expect(read).toMatchObject({ location: 'feeds/kati-mutiny-live.txt', complete: true });
    expect(read!.changed).toBe(read!.items);
    expect(read!.extracted).toBe(read!.items);
  }, 60_000);
});
