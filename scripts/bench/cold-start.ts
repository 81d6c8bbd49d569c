// Start-up: spawn to first frame of the bare Ink hello and of livedesk, each started as
// livedesk starts today (a launcher compiling the app with V8's code cache) and, for each
// lever, without it: the launcher with no cache (a first run), and the app as ES modules
// in chunks, the way it was bundled before. Runs interleaved, so a slow moment of the
// machine hits every variant alike; wall time and the CPU time it took.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { bundleOptions } from '../bundle-options.mjs';
import { BUILD_TMP, CLI, log, notes, REPO, rows, runPty, timeCli, tmp } from './bench-context.js';
import { firstFrame, type FirstFrame } from './first-frame.js';
import { bundledHellos } from './hello.js';
import { median, ms } from './measure.js';
import { profiled } from './profiles.js';

// The seed live blog when it is beside the checkout; from a plain clone, the demo live
// blog in feeds/ stands in for it (the table says which).
const SHARED_SEED = path.resolve(REPO, '..', 'shared', 'seeds', 'mali-kati-mutiny-live.txt');
const SEED = existsSync(SHARED_SEED) ? SHARED_SEED : path.join(REPO, 'feeds', 'kati-mutiny-live.txt');
const SEED_NAME = SEED === SHARED_SEED ? 'seed live blog' : 'demo live blog (feeds/, no seed beside the checkout)';
const FIRST_TITLE = 'Update 0:';
const RUNS = 5;
const NO_CACHE = { LIVEDESK_CODE_CACHE: 'off' };

/** The CLI as it was bundled before the launcher: ES modules split into chunks, with its worker. */
async function bundleModuleCli(): Promise<string> {
  const outdir = path.join(BUILD_TMP, 'cli-modules');
  await build({
    ...bundleOptions,
    entryPoints: { cli: path.join(REPO, 'src/cli.tsx'), 'ingest-worker': path.join(REPO, 'src/ingest/ingest-worker.ts') },
    outdir,
    absWorkingDir: REPO,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
  });
  return path.join(outdir, 'cli.js');
}

/** The profile of a start that missed its target: spawn, under the profiler, to the frame `shown` waits for. */
const profileStart = (title: string, args: string[], shown: (session: { screen(): string }) => boolean) => () =>
  profiled(title, async (nodeArgs) => {
    const session = runPty(CLI, args, { nodeArgs });
    await session.waitFor(() => shown(session), title, 15_000);
    await session.stop();
  });

const figure = (runs: FirstFrame[]) => `${ms(median(runs.map((r) => r.wall)))} (CPU ${ms(median(runs.map((r) => r.cpu)))})`;
const list = (runs: FirstFrame[]) => runs.map((r) => `${r.wall.toFixed(0)}/${r.cpu.toFixed(0)}`).join(' ');

export async function coldStart(feedFile: (size: number) => string): Promise<void> {
  log('cold start: bundling the bare Ink hello both ways, and the CLI as ES modules');
  const hellos = await bundledHellos();
  const moduleCli = await bundleModuleCli();
  const seedArgs = ['--archive', tmp('seed.db'), SEED];
  // The dashboard names its sources: an error message is text on screen too, and must not pass for a frame.
  const seedShown = (session: { screen(): string }) => /kati/i.test(session.screen());
  const seed = (script: string, env: Record<string, string> = {}) => {
    const session = runPty(script, seedArgs, { env });
    return firstFrame(session, () => seedShown(session));
  };
  const variants: Array<[string, () => Promise<FirstFrame>]> = [
    ['hello', () => hellos.launched.firstFrame()],
    ['hello, one ES module', () => hellos.module.firstFrame()],
    ['hello, no code cache', () => hellos.launched.firstFrame({ env: NO_CACHE })],
    ['seed', () => seed(CLI)],
    ['seed, ES modules in chunks', () => seed(moduleCli)],
    ['seed, no code cache', () => seed(CLI, NO_CACHE)],
  ];
  const times = new Map<string, FirstFrame[]>(variants.map(([name]) => [name, []]));
  // One unmeasured round warms the page cache, writes the code caches and the seed's archive.
  log(`cold start: ${variants.length} variants interleaved, 1 + ${RUNS} rounds`);
  for (let round = 0; round <= RUNS; round++) {
    for (const [name, run] of variants) {
      const result = await run();
      if (round > 0) times.get(name)!.push(result);
    }
  }
  for (const [name, runs] of times) notes.push(`first frame, ${name}, wall/CPU ms: ${list(runs)}`);

  const hello = median(times.get('hello')!.map((r) => r.wall));
  const seedWall = median(times.get('seed')!.map((r) => r.wall));
  const ratio = seedWall / hello;
  rows.push({ measure: 'first frame, bare Ink hello: launcher + code cache (median of 5)', figure: figure(times.get('hello')!), target: 'baseline', pass: null });
  rows.push({ measure: '  the hello as one ES module (the bundling before)', figure: figure(times.get('hello, one ES module')!), target: '—', pass: null });
  rows.push({ measure: '  the hello, launcher without its code cache (a first run)', figure: figure(times.get('hello, no code cache')!), target: '—', pass: null });
  rows.push({
    measure: `first frame, ${SEED_NAME}: launcher + code cache (median of 5)`,
    figure: `${figure(times.get('seed')!)} = ${ratio.toFixed(2)}×`,
    target: '≤ 1.2× hello',
    pass: ratio <= 1.2,
    profile: profileStart('first frame on the seed', seedArgs, seedShown),
  });
  rows.push({ measure: '  the same, ES modules in chunks (the bundling before)', figure: figure(times.get('seed, ES modules in chunks')!), target: '—', pass: null });
  rows.push({ measure: '  the same, launcher without its code cache (a first run)', figure: figure(times.get('seed, no code cache')!), target: '—', pass: null });

  log('cold start: creating the 10,000-item archive with --json (also timed below)');
  const archiveBuild = await timeCli(['--json', '--archive', tmp('archive-10000.db'), feedFile(10_000)]);
  const archiveArgs = ['--archive', tmp('archive-10000.db'), feedFile(10_000)];
  const itemsShown = (session: { screen(): string }) => session.screen().includes(FIRST_TITLE);
  const archiveRuns: FirstFrame[] = [];
  for (let run = 0; run < 3; run++) {
    const session = runPty(CLI, archiveArgs);
    archiveRuns.push(await firstFrame(session, () => itemsShown(session)));
  }
  const archiveMedian = median(archiveRuns.map((r) => r.wall));
  rows.push({
    measure: '10,000-item feed file + its archive: items on screen (median of 3)',
    figure: figure(archiveRuns),
    target: '≤ 1500 ms',
    pass: archiveMedian <= 1500,
    profile: profileStart('start on a 10,000-item feed with its archive', archiveArgs, itemsShown),
  });
  notes.push(`archive creation (--json --archive, 10,000 items, new file): ${ms(archiveBuild.wall)} (CPU ${ms(archiveBuild.cpu)})`);
}
