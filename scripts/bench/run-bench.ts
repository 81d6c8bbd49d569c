// `npm run bench`: livedesk's performance figures in one run, each marked against its
// target, and beside newsboat's where the two do the same thing. Not a test: it measures
// the built CLI (dist/cli.js) as a person runs it, in a real pseudo-terminal, on generated
// live-blog feeds served from 127.0.0.1, and prints the tables. bench/README.md says how
// each figure is measured.
//
//   node scripts/run-ts.mjs scripts/bench/run-bench.ts [--only=PARTS] [--profile] [--sources-minutes=N | --long]
//
// PARTS: cold, keys, ingest, json, poll, search, idle, memory, newsboat, archive100k, sources100.
// --profile: for every missed target, re-run its scenario under `node --cpu-prof` and
// print the top self-time functions and modules. LIVEDESK_BENCH_POLLS=4000 runs the
// memory-growth scenario longer, to tell warm-up from a leak. --long runs the
// 100-source part for 30 minutes instead of its default few.
import { existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { isArchiveOpenError } from '../../src/archive/archive.js';
import { openArchiveSession } from '../../src/archive/archive-session.js';
import type { DeskEvent } from '../../src/desk/desk-events.js';
import { createPipeline } from '../../src/ingest/pipeline.js';
import { fetchFeed } from '../../src/net/fetch-feed.js';
import type { FeedServer } from '../../tests/net/feed-server.js';
import { generateRss } from '../../tests/fixtures/generate-feed.js';
import { archiveOpen } from './archive-open.js';
import { CLI, closeAtEnd, COLUMNS, log, notes, removeTmp, ROWS, rows, runPty, serveFeeds, timeCli, tmp, type Timing } from './bench-context.js';
import { printTable } from './bench-table.js';
import { coldStart } from './cold-start.js';
import { bundledHellos } from './hello.js';
import { idle, memoryGrowth } from './idle-and-growth.js';
import { ARROW_KEYS, keyLatencies, QUICK } from './key-latency.js';
import { mean, median, ms, quantile, settle } from './measure.js';
import { pollOneNew } from './poll-one-new.js';
import { monotonicUs, profiled } from './profiles.js';
import { searchBench } from './search-bench.js';
import { sideBySide, sideRows } from './side-by-side.js';
import { sourcesSoak } from './sources-soak.js';

/** The newest generated item's title starts with this: "the items are on screen". */
const FIRST_TITLE = 'Update 0:';

const flags = process.argv.slice(2);
const only = flags.find((flag) => flag.startsWith('--only='))?.slice('--only='.length).split(',') ?? null;
const wantProfiles = flags.includes('--profile');
const runs = (section: string) => only === null || only.includes(section);
const sourcesMinutes = flags.includes('--long') ? 30 : Number(flags.find((flag) => flag.startsWith('--sources-minutes='))?.split('=')[1] ?? 6);

// ---------------------------------------------------------------------------- inputs

const SIZES = [100, 1_000, 10_000] as const;
const feedText = new Map<number, string>();
for (const size of SIZES) {
  feedText.set(size, generateRss(size));
  writeFileSync(tmp(`feed-${size}.rss`), feedText.get(size)!);
}
const feedFile = (size: number) => tmp(`feed-${size}.rss`);

/** Runs the CLI headless to completion; resolves with its wall time in ms. */
const runCli = async (args: string[], nodeArgs: string[] = []) => (await timeCli(args, nodeArgs)).wall;

// ---------------------------------------------------------------------------- keys

async function keyRun(size: number, nodeArgs: string[] = [], onReady?: () => void): Promise<number[]> {
  const session = runPty(CLI, ['--no-archive', feedFile(size)], { nodeArgs });
  try {
    await session.waitFor(() => session.screen().includes(FIRST_TITLE), 'the first frame', 15_000);
    await settle(session, 300);
    onReady?.();
    return await keyLatencies(session, ARROW_KEYS, QUICK);
  } finally {
    await session.stop();
  }
}

async function keys(): Promise<void> {
  log('keys: 50 presses in the bare Ink hello, for the floor of Ink, the pty and this harness');
  const hello = runPty((await bundledHellos()).launched.script, []);
  let floor: number[];
  try {
    await hello.waitFor(() => /\S/.test(hello.screen()), 'the hello', 15_000);
    await settle(hello, 300);
    floor = await keyLatencies(hello, ARROW_KEYS.slice(0, 50), QUICK);
  } finally {
    await hello.stop();
  }
  log('keys: 200 presses at 100 items');
  const small = await keyRun(100);
  log('keys: 200 presses at 10,000 items');
  const large = await keyRun(10_000);
  const smallMedian = median(small);
  const largeMedian = median(large);
  const ratio = largeMedian / smallMedian;
  const profile = () =>
    profiled('200 key presses at 10,000 items (start-up left out)', async (nodeArgs) => {
      let since = 0;
      await keyRun(10_000, nodeArgs, () => (since = monotonicUs()));
      return since;
    });
  rows.push({ measure: 'key → frame, bare Ink hello (median / p95 of 50)', figure: `${ms(median(floor))} / ${ms(quantile(floor, 0.95))}`, target: 'baseline', pass: null });
  rows.push({ measure: 'key → frame, 100 items (median / p95)', figure: `${ms(smallMedian)} / ${ms(quantile(small, 0.95))}`, target: '—', pass: null });
  rows.push({
    measure: 'key → frame, 10,000 items (median / p95)',
    figure: `${ms(largeMedian)} / ${ms(quantile(large, 0.95))}`,
    target: 'median ≤ 16 ms',
    pass: largeMedian <= 16,
    profile,
  });
  rows.push({ measure: 'key → frame, 10,000 vs 100 items (medians)', figure: `${ratio.toFixed(2)}×`, target: '≤ 1.5×', pass: ratio <= 1.5, profile });
}

// ---------------------------------------------------------------------------- ingest

interface IngestTimes {
  fetch: number;
  /** The pipeline from decoding to reactions. */
  pipeline: number;
  archive: number;
  total: number;
  /** CPU time of this process over the whole run. */
  cpu: number;
}

/** A fetch, then the ingest pipeline on this thread with a new archive file, as a poll of a new source takes it in. */
async function ingestOnce(server: FeedServer, size: number, archivePath: string): Promise<IngestTimes> {
  const url = server.url(`/feed-${size}.rss`);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const fetched = await fetchFeed(url, { timeoutMs: 15_000, maxBytes: 20 * 1024 * 1024, userAgent: 'livedesk-bench' });
  if (fetched.kind !== 'ok') throw new Error(`fetch failed: ${JSON.stringify(fetched)}`);
  const t1 = performance.now();
  const session = openArchiveSession(archivePath);
  if (isArchiveOpenError(session)) throw new Error(session.message);
  let archive = 0;
  const timedArchive = {
    record(event: DeskEvent, now: number) {
      const started = performance.now();
      session.record(event, now);
      archive += performance.now() - started;
    },
  };
  const pipeline = createPipeline({ workerFile: null, archive: timedArchive });
  const step = await pipeline.ingest({ location: url, content: { text: fetched.text }, fallbackDate: Date.now(), pageUrl: fetched.finalUrl });
  const closing = performance.now();
  session.finish(Date.now());
  archive += performance.now() - closing;
  const t2 = performance.now();
  if (step.loaded.updates.length !== size) throw new Error(`expected ${size} updates, got ${step.loaded.updates.length}`);
  const cpu = process.cpuUsage(cpu0);
  return { fetch: t1 - t0, pipeline: t2 - t1 - archive, archive, total: t2 - t0, cpu: (cpu.user + cpu.system) / 1000 };
}

async function ingest(): Promise<void> {
  const server = await serveFeeds(SIZES.map((size) => [`/feed-${size}.rss`, feedText.get(size)!]));
  try {
    for (const size of [1_000, 10_000]) {
      log(`ingest: ${size} items, 3 runs in process`);
      const results: IngestTimes[] = [];
      // A new archive file each run: the first save of a feed is the expensive one.
      for (let run = 0; run < 3; run++) results.push(await ingestOnce(server, size, tmp(`ingest-${size}-${run}.db`)));
      const chosen = [...results].sort((a, b) => a.total - b.total)[1]!;
      const rate = size / (chosen.total / 1000);
      const stages = (['fetch', 'pipeline', 'archive'] as const).map((stage) => `${stage} ${ms(chosen[stage])}`).join(', ');
      notes.push(`ingest ${size.toLocaleString('en')} (median run): ${stages}; first run ${ms(results[0]!.total)}`);
      rows.push({
        measure: `ingest ${size.toLocaleString('en')} items (median of 3)`,
        figure: `${Math.round(rate).toLocaleString('en')} items/s (${ms(chosen.total)}; CPU ${ms(chosen.cpu)})`,
        target: size === 10_000 ? '≤ 1200 ms' : '—',
        pass: size === 10_000 ? chosen.total <= 1200 : null,
        profile:
          size === 10_000
            ? () =>
                profiled('ingest of 10,000 items: --json with a new archive, as the CLI does it', async (nodeArgs) => {
                  await runCli(['--json', '--archive', tmp(`prof-ingest-${Date.now()}.db`), server.url('/feed-10000.rss')], nodeArgs);
                })
            : undefined,
      });
    }
  } finally {
    // The profile of a miss fetches from this server, so it is closed only at the very end.
    if (!wantProfiles) await server.close();
    else closeAtEnd.push(() => server.close());
  }
}

// ---------------------------------------------------------------------------- --json

async function json(): Promise<void> {
  log('--json: 10,000 items');
  const plain: Timing[] = [];
  const fresh: Timing[] = [];
  const existing: Timing[] = [];
  for (let run = 0; run < 3; run++) plain.push(await timeCli(['--json', '--no-archive', feedFile(10_000)]));
  for (let run = 0; run < 2; run++) fresh.push(await timeCli(['--json', '--archive', tmp(`json-${run}.db`), feedFile(10_000)]));
  for (let run = 0; run < 2; run++) existing.push(await timeCli(['--json', '--archive', tmp('json-0.db'), feedFile(10_000)]));
  const both = (timings: Timing[], average: (values: number[]) => number) =>
    `${ms(average(timings.map((t) => t.wall)))} (CPU ${ms(average(timings.map((t) => t.cpu)))})`;
  rows.push({ measure: '--json, 10,000 items, --no-archive (median of 3)', figure: both(plain, median), target: '—', pass: null });
  rows.push({ measure: '--json, 10,000 items, new archive (mean of 2)', figure: both(fresh, mean), target: '—', pass: null });
  rows.push({ measure: '--json, 10,000 items, existing archive (mean of 2)', figure: both(existing, mean), target: '—', pass: null });
}

// ---------------------------------------------------------------------------- main

async function main(): Promise<void> {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first');
  const started = performance.now();
  log(`${os.cpus().length} CPUs, Node ${process.version}, ${COLUMNS}×${ROWS} terminal, inputs in ${path.dirname(tmp('x'))}`);
  // Other work on the machine shows in every wall-clock figure: say how busy it was.
  const loadBefore = os.loadavg()[0]!.toFixed(2);
  // Cheap, short scenarios first; the minute of idling and the polling run, then the long parts, last.
  if (runs('cold')) await coldStart(feedFile);
  if (runs('keys')) await keys();
  if (runs('ingest')) await ingest();
  if (runs('json')) await json();
  if (runs('poll')) await pollOneNew();
  if (runs('search')) rows.push(...(await searchBench(CLI, log)));
  if (runs('newsboat')) await sideBySide((await bundledHellos()).launched);
  // The polling run overlaps the idle minute to keep the whole run short. Neither figure is
  // a wall-clock time: idle CPU is the idle process's own CPU time and its renders are
  // counted, growth is heap bytes; so sharing the two cores disturbs neither much.
  await Promise.all([runs('idle') ? idle(feedText.get(10_000)!, wantProfiles) : null, runs('memory') ? memoryGrowth(feedText.get(10_000)!) : null]);
  if (runs('archive100k')) await archiveOpen();
  if (runs('sources100')) await sourcesSoak(sourcesMinutes);
  notes.push(
    `whole run: ${((performance.now() - started) / 1000).toFixed(0)} s on ${os.cpus().length} CPUs; ` +
      `1-minute load average ${loadBefore} at the start, ${os.loadavg()[0]!.toFixed(2)} at the end`,
  );
  printTable(rows, sideRows, notes);

  if (wantProfiles) {
    const seen = new Set<() => Promise<string>>();
    for (const row of rows) {
      if (row.pass !== false || row.profile === undefined || seen.has(row.profile)) continue;
      seen.add(row.profile);
      log(`profiling: ${row.measure}`);
      process.stdout.write('\n' + (await row.profile()) + '\n');
    }
  }
  for (const close of closeAtEnd) await close();
}

try {
  await main();
} finally {
  removeTmp();
}
