// An idle dashboard and a long-polled one: a minute of 304s on a 10,000-item feed (its CPU,
// its renders, its resident memory once loaded), and 1,000 polls on timers shortened by
// fast-polls.mjs for the heap's trend. bench/README.md says how each is measured.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { slope } from '../soak/slope.js';
import { BENCH_DIR, CLI, closeAtEnd, log, notes, rows, runPty, serveFeeds, tmp } from './bench-context.js';
import { cpuMs, mb, ms, rssBytes, settle, sleep } from './measure.js';
import { monotonicUs, profiled } from './profiles.js';

const FAST_POLLS = pathToFileURL(path.join(BENCH_DIR, 'fast-polls.mjs')).href;
/** The newest generated item's title starts with this: "the items are on screen". */
const FIRST_TITLE = 'Update 0:';

// ---------------------------------------------------------------------------- idle

const IDLE_SECONDS = 60;

function readRenders(file: string): number[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => Number(line.split(' ')[0]));
}

/** `keepServer`: a profile of a miss will poll it again, so it is closed at the very end. */
export async function idle(feed: string, keepServer: boolean): Promise<void> {
  const server = await serveFeeds([['/idle.rss', feed]]);
  const rendersFile = tmp('idle-renders.txt');
  // A new archive each run: one that knows the feed's ETag would start on a 304.
  const argsWith = (archive: string) => ['--archive', tmp(archive), '--interval', '5s', server.url('/idle.rss')];
  const args = argsWith('idle.db');
  try {
    log(`idle: dashboard polling a 10,000-item feed every 5 s, ${IDLE_SECONDS} s measured`);
    // livedesk's own render log: one line per frame Ink draws.
    const probe = runPty(CLI, args, { env: { LIVEDESK_DEBUG_RENDERS: rendersFile } });
    try {
      const loadedAt = await probe.waitFor(() => probe.screen().includes(FIRST_TITLE), 'the first item title', 20_000);
      notes.push(`10,000 items over HTTP on screen after ${ms(loadedAt - probe.spawnedAt)} (first poll after start-up)`);
      await settle(probe, 1000);
      const rssLoaded = rssBytes(probe.pid);
      const startWall = performance.now();
      const startEpoch = Date.now();
      const startCpu = cpuMs(probe.pid);
      await sleep(IDLE_SECONDS * 1000);
      const cpu = cpuMs(probe.pid) - startCpu;
      const wall = performance.now() - startWall;
      const endEpoch = Date.now();
      const rssEnd = rssBytes(probe.pid);
      const cpuPercent = (cpu / wall) * 100;

      const notModified = server.requests.filter((a) => a.status === 304 && a.at >= startEpoch && a.at <= endEpoch);
      const renders = readRenders(rendersFile).filter((at) => at >= startEpoch && at <= endEpoch + 1000);
      // A render "caused by a 304" is one that follows a 304 within a second; nothing
      // else happens while idle, so any render in the window is suspect anyway.
      const after304 = renders.filter((at) => notModified.some((answer) => at >= answer.at && at - answer.at <= 1000));
      rows.push({
        measure: `idle CPU, ${IDLE_SECONDS} s, 304 every 5 s, 10,000 items`,
        figure: `${cpuPercent.toFixed(2)} %`,
        target: '≤ 0.5 %',
        pass: cpuPercent <= 0.5,
        profile: () =>
          profiled(`${IDLE_SECONDS} s idle with a 304 every 5 s (start-up left out)`, async (nodeArgs) => {
            const run = runPty(CLI, argsWith('idle-profile.db'), { nodeArgs });
            await run.waitFor(() => run.screen().includes(FIRST_TITLE), 'the first item title', 20_000);
            await settle(run, 1000);
            const since = monotonicUs();
            await sleep(IDLE_SECONDS * 1000);
            await run.stop();
            return since;
          }),
      });
      rows.push({
        measure: `renders during those ${IDLE_SECONDS} s (after a 304 / all)`,
        figure: `${after304.length} / ${renders.length} (${notModified.length} × 304)`,
        target: '0 after a 304',
        pass: after304.length === 0 && notModified.length > 0,
      });
      rows.push({ measure: 'resident memory, 10,000 items loaded', figure: `${mb(rssLoaded).toFixed(0)} MB`, target: '≤ 120 MB', pass: mb(rssLoaded) <= 120 });
      notes.push(`idle: resident memory at the end of the ${IDLE_SECONDS} s: ${mb(rssEnd).toFixed(0)} MB; CPU ${cpu.toFixed(0)} ms over ${(wall / 1000).toFixed(1)} s`);
    } finally {
      await probe.stop();
    }
  } finally {
    if (!keepServer) await server.close();
    else closeAtEnd.push(() => server.close());
  }
}

// ---------------------------------------------------------------------------- memory over polls

const POLLS = Number(process.env.LIVEDESK_BENCH_POLLS ?? 1_000);
const SAMPLE_EVERY = 100;

export async function memoryGrowth(feed: string): Promise<void> {
  const server = await serveFeeds([['/memory.rss', feed]]);
  const memoryFile = tmp('memory.jsonl');
  const rendersFile = tmp('memory-renders.txt');
  const args = ['--archive', tmp('memory.db'), '--interval', '1s', server.url('/memory.rss')];
  log(`memory: ${POLLS} polls answered 304, 10,000 items, poll timers shortened to 40 ms`);
  const probe = runPty(CLI, args, {
    nodeArgs: ['--expose-gc', '--import', FAST_POLLS],
    env: { LIVEDESK_BENCH_POLL_MS: '40', LIVEDESK_BENCH_MEMORY: memoryFile, LIVEDESK_DEBUG_RENDERS: rendersFile },
  });
  try {
    await probe.waitFor(() => probe.screen().includes(FIRST_TITLE), 'the first item title', 20_000);
    const samples: Array<{ polls: number; rss: number; heap: number; usage: NodeJS.MemoryUsage }> = [];
    let polls = 0;
    let sampling = Promise.resolve();
    const sample = (at: number) => {
      // GC in the child, then read both figures once it has written its line.
      sampling = sampling.then(async () => {
        const linesBefore = existsSync(memoryFile) ? readFileSync(memoryFile, 'utf8').split('\n').length : 1;
        process.kill(probe.pid, 'SIGUSR2');
        for (let waited = 0; waited < 5000; waited += 5) {
          if (existsSync(memoryFile) && readFileSync(memoryFile, 'utf8').split('\n').length > linesBefore) break;
          await sleep(5);
        }
        const usage = JSON.parse(readFileSync(memoryFile, 'utf8').trim().split('\n').at(-1)!) as NodeJS.MemoryUsage;
        samples.push({ polls: at, rss: rssBytes(probe.pid), heap: usage.heapUsed, usage });
      });
    };
    const done = new Promise<void>((resolve) => {
      server.onAnswer = (answer) => {
        if (answer.status !== 304) return;
        polls++;
        if (polls % SAMPLE_EVERY === 0 || polls === 1) sample(polls === 1 ? 0 : polls);
        if (polls >= POLLS) resolve();
      };
    });
    const started = performance.now();
    await done;
    await sampling;
    const elapsed = performance.now() - started;
    const renders = readRenders(rendersFile).length;
    // The first 100 polls are left out of the trend: caches filling once is not growth.
    const steady = samples.filter((entry) => entry.polls >= SAMPLE_EVERY);
    const heapSlope = slope(steady.map((entry) => [entry.polls / 100, mb(entry.heap)] as const));
    const rssSlope = slope(steady.map((entry) => [entry.polls / 100, mb(entry.rss)] as const));
    const first = steady[0]!;
    const last = steady.at(-1)!;
    rows.push({
      measure: `memory growth over ${POLLS.toLocaleString('en')} polls (heap after GC / RSS)`,
      figure: `${heapSlope >= 0 ? '+' : ''}${heapSlope.toFixed(3)} / ${rssSlope >= 0 ? '+' : ''}${rssSlope.toFixed(2)} MB per 100 polls`,
      target: 'no upward trend (heap ≤ +0.02)',
      pass: heapSlope <= 0.02,
      profile: undefined,
    });
    notes.push(
      `memory: heap after GC ${mb(first.heap).toFixed(1)} → ${mb(last.heap).toFixed(1)} MB, RSS ${mb(first.rss).toFixed(0)} → ${mb(last.rss).toFixed(0)} MB ` +
        `(polls ${first.polls}–${last.polls}); ${renders} renders for ${polls} polls in ${(elapsed / 1000).toFixed(1)} s`,
    );
    // Where resident memory goes once garbage is collected: the JS heap is only part of it.
    const settled = samples[0]!.usage;
    notes.push(
      `memory after the first 304 and a full GC: RSS ${mb(settled.rss).toFixed(0)} MB = JS heap ${mb(settled.heapUsed).toFixed(0)} used of ` +
        `${mb(settled.heapTotal).toFixed(0)} reserved, external ${mb(settled.external).toFixed(0)} MB (array buffers ${mb(settled.arrayBuffers).toFixed(0)}), ` +
        `the rest code, stacks and native allocations`,
    );
    notes.push(`memory samples (polls: heap MB / RSS MB): ${samples.map((s) => `${s.polls}: ${mb(s.heap).toFixed(1)}/${mb(s.rss).toFixed(0)}`).join(', ')}`);
  } finally {
    server.onAnswer = null;
    await probe.stop();
    await server.close();
  }
}
