// 100,000 archived items: ten live blogs of 10,000 items each, taken in once with
// `--json` into a new archive, then the dashboard opened on that archive with the same
// sources (their server answers 304: nothing new), timed to the first items on screen,
// with its memory. The in-memory limits (10,000 a source, 20,000 in all) apply on load.
import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { deskItem } from '../../tests/fixtures/rolling-feeds.js';
import { itemXml, rssOfItemXml } from '../../tests/fixtures/rss.js';
import { CLI, closeAtEnd, log, notes, rows, runPty, serveFeeds, timeCli, tmp } from './bench-context.js';
import { firstFrame, type FirstFrame } from './first-frame.js';
import { mb, median, ms, peakRssBytes, rssBytes, settle, sleep } from './measure.js';
import { profiled } from './profiles.js';

const SOURCES = 10;
const ITEMS = 10_000;
// Every generated title ends in one of the rolling feeds' topics.
const A_TITLE = /: (talks resume|port strike|flood warnings|budget vote)/;

export async function archiveOpen(): Promise<void> {
  log(`archive of ${(SOURCES * ITEMS).toLocaleString('en')} items: generating ${SOURCES} live blogs of ${ITEMS.toLocaleString('en')}`);
  const start = Date.UTC(2020, 7, 18);
  const feeds = Array.from({ length: SOURCES }, (_, source) =>
    rssOfItemXml(
      Array.from({ length: ITEMS }, (_, k) => itemXml(deskItem(source, ITEMS - 1 - k, start - k * 60_000))),
      `Archive source ${source}`,
    ),
  );
  const server = await serveFeeds(feeds.map((text, source) => [`/source-${source}.rss`, text]));
  const urls = tmp('archive-urls');
  writeFileSync(urls, feeds.map((_, source) => server.url(`/source-${source}.rss`)).join('\n') + '\n');
  // A profile of a miss opens the archive again: the server is closed at the very end.
  closeAtEnd.push(() => server.close());
  const archive = tmp('archive-100k.db');
  log('archive of 100,000 items: taking them in with --json');
  const taken = await timeCli(['--json', '--archive', archive, '--urls', urls]);
  const db = new Database(archive, { readonly: true });
  const stored = (db.prepare('SELECT count(*) AS n FROM updates').get() as { n: number }).n;
  db.close();
  notes.push(`the 100,000-item archive: taken in with --json in ${ms(taken.wall)} (CPU ${ms(taken.cpu)}), peak ${mb(taken.peak).toFixed(0)} MB; ${stored.toLocaleString('en')} updates stored`);

  const args = ['--archive', archive, '--urls', urls];
  const opens: Array<FirstFrame & { peak: number; rss: number }> = [];
  log('archive of 100,000 items: opening the dashboard on it, 1 + 3 runs');
  for (let run = 0; run <= 3; run++) {
    const session = runPty(CLI, args);
    let memory = { peak: NaN, rss: NaN };
    const frame = await firstFrame(
      session,
      () => A_TITLE.test(session.screen()),
      async (s) => {
        // What the open costs, once what it started has settled.
        await settle(s, 500, 20_000);
        await sleep(1000);
        memory = { peak: peakRssBytes(s.pid), rss: rssBytes(s.pid) };
        await s.stop();
      },
    );
    if (run > 0) opens.push({ ...frame, ...memory });
  }
  const wall = median(opens.map((o) => o.wall));
  const peak = median(opens.map((o) => o.peak));
  const openProfile = () =>
    profiled('opening a 100,000-item archive', async (nodeArgs) => {
      const session = runPty(CLI, args, { nodeArgs });
      await session.waitFor(() => A_TITLE.test(session.screen()), 'the first items', 30_000);
      await settle(session, 500, 20_000);
      await session.stop();
    });
  rows.push({
    measure: '100,000 archived items (10 sources): dashboard open, items on screen (median of 3)',
    figure: `${ms(wall)} (CPU ${ms(median(opens.map((o) => o.cpu)))})`,
    target: '≤ 2000 ms',
    pass: wall <= 2000,
    profile: openProfile,
  });
  rows.push({
    measure: '  its peak memory (VmHWM) / resident 1 s after it settled',
    figure: `${mb(peak).toFixed(0)} MB / ${mb(median(opens.map((o) => o.rss))).toFixed(0)} MB`,
    target: 'peak ≤ 300 MB',
    pass: mb(peak) <= 300,
    profile: openProfile,
  });
  notes.push(`100,000-item archive opens, wall/CPU ms: ${opens.map((o) => `${o.wall.toFixed(0)}/${o.cpu.toFixed(0)}`).join(' ')}`);
}
