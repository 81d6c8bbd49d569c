// livedesk beside newsboat, in the same run, on the same generated live blogs of 500 and
// 10,000 items served from 127.0.0.1: ingest (headless and in the full-screen program),
// the first screen with 10,000 items already stored, key → screen change at a person's
// pace, memory. Each livedesk figure is put against newsboat's as the ratio its target
// is stated in. bench/README.md says how each is measured.
import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { PtySession } from '../../tests/e2e/pty-session.js';
import { generateRss } from '../../tests/fixtures/generate-feed.js';
import { CLI, log, notes, runPty, serveFeeds, timeCli, tmp, type Timing } from './bench-context.js';
import { ARROW_KEYS, keyLatencies, PERSON } from './key-latency.js';
import { cpuMs, mb, median, ms, peakRssBytes, quantile, rssBytes, settle, sleep } from './measure.js';
import { newsboatHome, newsboatInPty, newsboatVersion, quitNewsboat, showsFeed, timeReload, type NewsboatHome } from './newsboat.js';
import { firstFrame } from './first-frame.js';
import type { Hello } from './hello.js';

const SIZES = [500, 10_000] as const;
const BIG = 10_000;
const FIRST_TITLE = 'Update 0:';
const feedTitle = (size: number) => `Benchmark live blog (${size})`;

export interface SideRow {
  measure: string;
  newsboat: string;
  livedesk: string;
  /** livedesk ÷ newsboat, as the target states it. */
  ratio: string;
  target: string;
  pass: boolean | null;
}

export const sideRows: SideRow[] = [];

const ratio = (ours: number, theirs: number) => (Number.isFinite(ours / theirs) ? `${(ours / theirs).toFixed(2)}×` : '—');
const megabytes = (bytes: number) => (Number.isNaN(bytes) ? '—' : `${mb(bytes).toFixed(0)} MB`);

/** Rows stored so far: livedesk's updates or newsboat's items; 0 while the file is locked or not there. */
function storedCount(file: string, table: 'updates' | 'rss_item'): number {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true, timeout: 0 });
    try {
      return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0;
  }
}

interface Loaded {
  /** Spawn to the later of: the items on screen, all of them stored. */
  ms: number;
  cpu: number;
  peak: number;
  /** Resident memory 1 s after that, once the output has settled. */
  rss: number;
}

/** Starts a program on an empty store and times it until `size` items are shown and stored. */
async function loadInPty(start: () => PtySession, shown: (session: PtySession) => boolean, stored: () => number, size: number): Promise<Loaded> {
  const session = start();
  try {
    const shownAt = await session.waitFor(() => shown(session), 'the items on screen', 60_000);
    const deadline = performance.now() + 60_000;
    while (stored() < size) {
      if (performance.now() > deadline) throw new Error(`${size} items on screen, but not all of them stored after a minute`);
      await sleep(20);
    }
    const done = Math.max(shownAt, performance.now());
    await settle(session, 500, 20_000);
    // From /proc/PID/stat: it counts the threads that have ended too (newsboat reloads in one).
    const cpu = cpuMs(session.pid);
    const peak = peakRssBytes(session.pid);
    await sleep(1000);
    return { ms: done - session.spawnedAt, cpu, peak, rss: rssBytes(session.pid) };
  } finally {
    await session.stop();
  }
}

function pushRow(measure: string, theirs: number | null, ours: number, format: (value: number) => string, target: string, pass: boolean | null): void {
  sideRows.push({ measure, newsboat: theirs === null ? 'not run' : format(theirs), livedesk: format(ours), ratio: theirs === null ? '—' : ratio(ours, theirs), target, pass });
}

export async function sideBySide(hello: Hello): Promise<void> {
  const version = newsboatVersion();
  if (version === null) notes.push('newsboat is not installed (/usr/bin/newsboat): its column is empty. Debian and Ubuntu: apt-get install newsboat');
  else notes.push(`side by side with ${version} (Debian's package), the same feeds from the same server in the same run`);
  const texts = new Map(SIZES.map((size) => [size, generateRss(size)]));
  const server = await serveFeeds(SIZES.map((size) => [`/side-${size}.rss`, texts.get(size)!]));
  const url = (size: number) => server.url(`/side-${size}.rss`);
  const homes = new Map<number, NewsboatHome>(SIZES.map((size) => [size, newsboatHome(tmp(`newsboat-${size}`), [url(size)])]));
  /** The stores prepared by the headless ingest: newsboat's cache.db and livedesk's archive. */
  const cache = (size: number) => tmp(`newsboat-${size}/cache.db`);
  const archive = (size: number) => tmp(`side-archive-${size}.db`);
  try {
    // ---------------------------------------------------------------- ingest, headless
    for (const size of SIZES) {
      log(`side by side: ingest of ${size} items, headless, 3 runs each, interleaved`);
      const theirs: Timing[] = [];
      const ours: Timing[] = [];
      for (let run = 0; run < 3; run++) {
        if (version !== null) theirs.push(await timeReload(homes.get(size)!, tmp(`newsboat-${size}/ingest-${run}.db`)));
        ours.push(await timeCli(['--json', '--archive', tmp(`side-ingest-${size}-${run}.db`), url(size)]));
      }
      // The last runs' stores are the ones the first screens and keys start from.
      if (version !== null) copyFileSync(tmp(`newsboat-${size}/ingest-2.db`), cache(size));
      copyFileSync(tmp(`side-ingest-${size}-2.db`), archive(size));
      const wall = (timings: Timing[]) => (timings.length === 0 ? null : median(timings.map((t) => t.wall)));
      const peak = (timings: Timing[]) => (timings.length === 0 ? null : median(timings.map((t) => t.peak)));
      const theirWall = wall(theirs);
      const theirPeak = peak(theirs);
      const ourWall = wall(ours)!;
      const ourPeak = peak(ours)!;
      const big = size === BIG;
      pushRow(
        `ingest ${size.toLocaleString('en')} items, fetch + parse + store (newsboat -x reload / livedesk --json, new store; median of 3)`,
        theirWall,
        ourWall,
        ms,
        big ? '≤ 0.8×' : '—',
        big && theirWall !== null ? ourWall <= 0.8 * theirWall : null,
      );
      pushRow(
        `  its peak memory (maximum RSS)`,
        theirPeak,
        ourPeak,
        megabytes,
        big ? '≤ 1.2× newsboat + 40 MB' : '—',
        big && theirPeak !== null ? ourPeak <= 1.2 * theirPeak + 40 * 1024 * 1024 : null,
      );
      const cpu = (timings: Timing[]) => timings.map((t) => t.cpu.toFixed(0)).join(' ');
      notes.push(`ingest ${size.toLocaleString('en')} headless, CPU ms per run: newsboat ${cpu(theirs) || '—'}; livedesk ${cpu(ours)}`);
    }

    // ---------------------------------------------------------------- ingest, full screen
    log(`side by side: ingest of ${BIG.toLocaleString('en')} items in the full-screen program, new store, 3 runs each`);
    const theirLoads: Loaded[] = [];
    const ourLoads: Loaded[] = [];
    for (let run = 0; run < 3; run++) {
      if (version !== null) {
        const fresh = tmp(`newsboat-${BIG}/screen-${run}.db`);
        theirLoads.push(await loadInPty(() => newsboatInPty(homes.get(BIG)!, fresh, ['-r']), (s) => showsFeed(s, feedTitle(BIG)), () => storedCount(fresh, 'rss_item'), BIG));
      }
      const fresh = tmp(`side-screen-${run}.db`);
      ourLoads.push(await loadInPty(() => runPty(CLI, ['--archive', fresh, url(BIG)]), (s) => s.screen().includes(FIRST_TITLE), () => storedCount(fresh, 'updates'), BIG));
    }
    const loadFigure = (loads: Loaded[], pick: (load: Loaded) => number) => (loads.length === 0 ? null : median(loads.map(pick)));
    const theirLoad = loadFigure(theirLoads, (l) => l.ms);
    const ourLoad = loadFigure(ourLoads, (l) => l.ms)!;
    pushRow(
      `ingest ${BIG.toLocaleString('en')} items in the full-screen program: spawn to shown and stored (newsboat -r; median of 3)`,
      theirLoad,
      ourLoad,
      ms,
      '≤ 0.8×',
      theirLoad === null ? null : ourLoad <= 0.8 * theirLoad,
    );
    const theirPeak = loadFigure(theirLoads, (l) => l.peak);
    const ourPeak = loadFigure(ourLoads, (l) => l.peak)!;
    pushRow('  its peak memory (VmHWM)', theirPeak, ourPeak, megabytes, '≤ 1.2× newsboat + 40 MB', theirPeak === null ? null : ourPeak <= 1.2 * theirPeak + 40 * 1024 * 1024);
    const ourRss = loadFigure(ourLoads, (l) => l.rss)!;
    pushRow('  resident memory 1 s after (VmRSS)', loadFigure(theirLoads, (l) => l.rss), ourRss, megabytes, '≤ 120 MB', mb(ourRss) <= 120);
    notes.push(
      `ingest ${BIG.toLocaleString('en')} full screen, CPU ms to settled: newsboat ${theirLoads.map((l) => l.cpu.toFixed(0)).join(' ') || '—'}; livedesk ${ourLoads.map((l) => l.cpu.toFixed(0)).join(' ')}`,
    );

    // ---------------------------------------------------------------- first screen, stored
    log(`side by side: first screen with ${BIG.toLocaleString('en')} items stored; the hello, newsboat and livedesk interleaved, 1 + 5 runs`);
    const helloMs: number[] = [];
    const theirFirst: number[] = [];
    const ourFirst: number[] = [];
    for (let run = 0; run <= 5; run++) {
      const helloRun = await hello.firstFrame();
      let theirRun = NaN;
      if (version !== null) {
        const session = newsboatInPty(homes.get(BIG)!, cache(BIG));
        theirRun = (await firstFrame(session, () => showsFeed(session, feedTitle(BIG)), quitNewsboat)).wall;
      }
      const session = runPty(CLI, ['--archive', archive(BIG), url(BIG)]);
      const ourRun = await firstFrame(session, () => session.screen().includes(FIRST_TITLE));
      // The first round is unmeasured: it warms the page cache and writes the code caches.
      if (run === 0) continue;
      helloMs.push(helloRun.wall);
      theirFirst.push(theirRun);
      ourFirst.push(ourRun.wall);
    }
    const helloMedian = median(helloMs);
    const ourFirstMedian = median(ourFirst);
    pushRow(
      `first screen, ${BIG.toLocaleString('en')} items stored (newsboat: its feed list; livedesk: the items; median of 5)`,
      version === null ? null : median(theirFirst),
      ourFirstMedian,
      ms,
      `≤ 1.5× the hello (${ms(helloMedian)}): ${(ourFirstMedian / helloMedian).toFixed(2)}×`,
      ourFirstMedian <= 1.5 * helloMedian,
    );
    notes.push(`first screens, ms: hello ${helloMs.map((v) => v.toFixed(0)).join(' ')}; newsboat ${theirFirst.map((v) => v.toFixed(0)).join(' ')}; livedesk ${ourFirst.map((v) => v.toFixed(0)).join(' ')}`);

    // ---------------------------------------------------------------- keys
    for (const size of SIZES) {
      log(`side by side: ${ARROW_KEYS.length} key presses 120 ms apart at ${size} items, newsboat then livedesk`);
      let theirs: number[] | null = null;
      if (version !== null) {
        const session = newsboatInPty(homes.get(size)!, cache(size));
        try {
          await session.waitFor(() => showsFeed(session, feedTitle(size)), 'the feed list', 30_000);
          session.write('\r');
          await session.waitFor(() => session.screen().includes(FIRST_TITLE), 'the article list', 30_000);
          await settle(session, 300);
          theirs = await keyLatencies(session, ARROW_KEYS, PERSON);
        } finally {
          await quitNewsboat(session);
        }
      }
      const session = runPty(CLI, ['--archive', archive(size), url(size)]);
      let ours: number[];
      try {
        await session.waitFor(() => session.screen().includes(FIRST_TITLE), 'the first item', 30_000);
        await settle(session, 300);
        ours = await keyLatencies(session, ARROW_KEYS, PERSON);
      } finally {
        await session.stop();
      }
      const label = size.toLocaleString('en');
      for (const [what, q] of [
        ['median', 0.5],
        ['p95', 0.95],
      ] as const) {
        const theirFigure = theirs === null ? null : quantile(theirs, q);
        const ourFigure = quantile(ours, q);
        pushRow(`key → screen change, ${label} items, ${what} of ${ARROW_KEYS.length} (120 ms apart)`, theirFigure, ourFigure, ms, '≤ 2×', theirFigure === null ? null : ourFigure <= 2 * theirFigure);
      }
    }
  } finally {
    await server.close();
  }
}
