// A monitor left open on a hundred sources: the dashboard on 100 live blogs of 1,000 items
// each, served from 127.0.0.1 and polled every 5 s, every poll bringing one new item (the
// oldest rolls off). Resident memory and CPU time are read from /proc every 10 s; memory
// should be flat once the first minutes are over, and the CPU used small.
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { serveFeed, startFeedServer } from '../../tests/net/feed-server.js';
import { createRollingFeeds } from '../../tests/fixtures/rolling-feeds.js';
import { slope } from '../soak/slope.js';
import { CLI, log, notes, rows, runPty, tmp } from './bench-context.js';
import { cpuMs, mb, rssBytes, sleep } from './measure.js';

const SOURCES = 100;
const ITEMS = 1_000;
const SAMPLE_MS = 10_000;
const A_TITLE = /: (talks resume|port strike|flood warnings|budget vote)/;

interface Sample {
  /** Minutes since the first items were on screen. */
  minute: number;
  rss: number;
  cpu: number;
  polls: number;
}

/**
 * `minutes` of polling after the first items are on screen. Warm-up lasts until every source
 * has been read twice (the first reads take in 100 × 1,000 items, over a minute of CPU) and
 * at least a sixth of the run (5 minutes of 30); what is measured is the rest.
 */
export async function sourcesSoak(minutes: number): Promise<void> {
  const leastWarmUp = Math.min(5, minutes / 6);
  const feeds = createRollingFeeds(Date.now, { itemsPerFeed: ITEMS, firstPoll: ITEMS });
  const server = await startFeedServer();
  server.handle(serveFeed(feeds.feed));
  const urls = tmp('sources-urls');
  writeFileSync(urls, Array.from({ length: SOURCES }, (_, source) => server.url(`/source-${source}.rss`)).join('\n') + '\n');
  log(`100 sources: ${SOURCES} × ${ITEMS.toLocaleString('en')} items, polled every 5 s, a new item each poll, ${minutes} minutes (at least ${leastWarmUp.toFixed(1)} of warm-up)`);
  const session = runPty(CLI, ['--archive', tmp('sources.db'), '--interval', '5s', '--urls', urls]);
  const ownCpu = process.cpuUsage();
  try {
    await session.waitFor(() => A_TITLE.test(session.screen()), 'the first items', 120_000);
    const startedAt = performance.now();
    const samples: Sample[] = [];
    const take = () => samples.push({ minute: (performance.now() - startedAt) / 60_000, rss: rssBytes(session.pid), cpu: cpuMs(session.pid), polls: feeds.polls() });
    take();
    while (performance.now() - startedAt < minutes * 60_000) {
      await sleep(Math.min(SAMPLE_MS, startedAt + minutes * 60_000 - performance.now()));
      if (session.exited()) throw new Error(`livedesk ended after ${((performance.now() - startedAt) / 60_000).toFixed(1)} minutes`);
      take();
    }
    const readTwice = samples.find((sample) => sample.polls >= 2 * SOURCES)?.minute ?? Infinity;
    const warmUp = Math.max(leastWarmUp, readTwice);
    const steady = samples.filter((sample) => sample.minute >= warmUp);
    if (steady.length < 3) {
      rows.push({ measure: `100 sources × 1,000 items, ${minutes} min`, figure: `every source read twice only after ${readTwice.toFixed(1)} min: too short to measure`, target: 'a longer run', pass: false });
      notes.push(`100 sources, polls answered by minute: ${samples.filter((_, index) => index % 6 === 0).map((s) => `${s.minute.toFixed(0)}: ${s.polls}`).join(', ')}`);
      return;
    }
    const first = steady[0]!;
    const last = samples.at(-1)!;
    const perTenMinutes = slope(steady.map((sample) => [sample.minute / 10, mb(sample.rss)] as const));
    const cpuShare = (last.cpu - first.cpu) / ((last.minute - first.minute) * 60_000);
    const warmShare = (first.cpu - samples[0]!.cpu) / Math.max(1, (first.minute - samples[0]!.minute) * 60_000);
    const pollRate = (last.polls - first.polls) / ((last.minute - first.minute) * 60);
    const label = `100 sources × 1,000 items, a new item every poll (5 s), ${minutes} min`;
    // A desk that answers fewer polls than asked is behind: its memory can look flat, or fall, while it is not keeping up.
    const keptUp = pollRate >= 0.9 * (SOURCES / 5);
    const least = Math.min(...steady.map((sample) => sample.rss));
    const most = Math.max(...steady.map((sample) => sample.rss));
    rows.push({
      measure: `${label}: resident memory after ${warmUp.toFixed(1)} min`,
      figure: `${perTenMinutes >= 0 ? '+' : ''}${perTenMinutes.toFixed(1)} MB per 10 min (${mb(first.rss).toFixed(0)} → ${mb(last.rss).toFixed(0)} MB, ${mb(least).toFixed(0)}–${mb(most).toFixed(0)})${keptUp ? '' : ', polls not kept up'}`,
      target: '≤ 1 MB per 10 min, every poll answered',
      pass: perTenMinutes <= 1 && keptUp,
    });
    rows.push({ measure: `${label}: CPU after ${warmUp.toFixed(1)} min`, figure: `${(cpuShare * 100).toFixed(1)} %`, target: '≤ 5 %', pass: cpuShare <= 0.05 });
    const own = process.cpuUsage(ownCpu);
    notes.push(
      `100 sources: ${pollRate.toFixed(1)} polls/s answered after warm-up (${SOURCES / 5} asked for); CPU during warm-up ${(warmShare * 100).toFixed(0)} %; ` +
        `the benchmark's own CPU (server, feeds) ${((own.user + own.system) / 1000 / (last.minute * 60_000) * 100).toFixed(0)} % of the run`,
    );
    notes.push(`100 sources, RSS MB by minute: ${samples.filter((_, index) => index % 6 === 0).map((s) => `${s.minute.toFixed(0)}: ${mb(s.rss).toFixed(0)}`).join(', ')}`);
  } finally {
    await session.stop();
    await server.close();
  }
}
