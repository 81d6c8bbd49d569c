// A poll that brings one new update of 10,000: the dashboard on a 10,000-item feed, R
// pressed for each round, the time until the new update is on screen and the CPU the
// poll took until the program was quiet again.
import { performance } from 'node:perf_hooks';
import { conditionalFeed, serveFeed, startFeedServer } from '../../tests/net/feed-server.js';
import { liveBlogItem } from '../../tests/fixtures/generate-feed.js';
import { rss } from '../../tests/fixtures/rss.js';
import { CLI, log, rows, runPty, tmp } from './bench-context.js';
import { cpuMs, median, ms, settle } from './measure.js';

const POLL_ROUNDS = 5;
const FIRST_TITLE = 'Update 0:';

/** The 10,000-item feed with `extra` newer items on top ("Update -1: …", "Update -2: …"). */
function feedWithNew(extra: number): string {
  const start = Date.UTC(2020, 7, 18, 23, 0);
  const newer = Array.from({ length: extra }, (_, k) => {
    const number = extra - k;
    const item = liveBlogItem(number, start);
    return { ...item, title: item.title.replace(/^Update \d+:/, `Update -${number}:`), guid: `bench-new-${number}`, pubDate: start + number * 60_000 };
  });
  const items = [...newer, ...Array.from({ length: 10_000 }, (_, index) => liveBlogItem(index, start))];
  return rss(items, { title: 'Benchmark live blog (10000)', link: 'https://example.org/bench', description: 'Generated for livedesk benchmarks.' });
}

export async function pollOneNew(): Promise<void> {
  let extra = 0;
  let text = feedWithNew(0);
  const server = await startFeedServer({ routes: { '/poll.rss': serveFeed(conditionalFeed(() => text)) } });
  // An hour between polls: only R fetches, so each round is one poll that brings one new update.
  const probe = runPty(CLI, ['--archive', tmp('poll.db'), '--interval', '1h', server.url('/poll.rss')]);
  const walls: number[] = [];
  const cpus: number[] = [];
  try {
    log(`poll: a dashboard on a 10,000-item feed; ${POLL_ROUNDS} polls (R) that each bring one new update, one unmeasured first`);
    await probe.waitFor(() => probe.screen().includes(FIRST_TITLE), 'the first item title', 30_000);
    await settle(probe, 1000);
    for (let round = 0; round <= POLL_ROUNDS; round++) {
      extra++;
      text = feedWithNew(extra);
      const title = `Update -${extra}:`;
      const cpuBefore = cpuMs(probe.pid);
      const sentAt = performance.now();
      probe.write('R');
      const shownAt = await probe.waitFor(() => probe.screen().includes(title), `${title} on screen`, 30_000);
      // Whatever the poll still does after the frame (the archive, a worker ending) counts too.
      await settle(probe, 500);
      const cpu = cpuMs(probe.pid) - cpuBefore;
      if (round === 0) continue;
      walls.push(shownAt - sentAt);
      cpus.push(cpu);
    }
    log(`poll: wall ${walls.map((v) => v.toFixed(0)).join(' ')}; CPU ${cpus.map((v) => v.toFixed(0)).join(' ')}`);
    rows.push({
      measure: `poll bringing 1 new update of 10,000: on screen (median of ${POLL_ROUNDS})`,
      figure: `${ms(median(walls))} (CPU ${ms(median(cpus))})`,
      target: '—',
      pass: null,
    });
  } finally {
    await probe.stop();
    await server.close();
  }
}
