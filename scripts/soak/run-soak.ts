// Days of polling in minutes: the dashboard's own desk monitor (pollers, parser,
// reaction extractor) on a fake clock, its fetches answered in process by the feed
// server's rolling feeds (no sockets), every event through the app
// reducer — what the dashboard's state goes through, minus Ink and the network.
// Heap and open handles are sampled once per simulated hour.
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { startDeskMonitor } from '../../src/monitor/desk-monitor.js';
import { seededRandom } from '../../tests/fixtures/seeded-random.js';
import { placeholderSource } from '../../src/sources/empty-source.js';
import { appReducer } from '../../src/state/app-reducer.js';
import { initialState, type AppState } from '../../src/state/app-state.js';
import type { MemoryPolicy } from '../../src/desk/memory-policy.js';
import { createRollingFeeds } from '../../tests/fixtures/rolling-feeds.js';
import { fetchFromFeed } from '../../tests/net/feed-server.js';
import { createFakeClock } from './fake-clock.js';

const HOUR_MS = 3_600_000;
// A fixed start, so runs compare: 2020-08-18 00:00 UTC.
const START = Date.UTC(2020, 7, 18);

export interface SoakOptions {
  hours: number;
  sources: number;
  intervalMs: number;
  /** The dashboard's memory policy (src/desk/memory-policy.ts), or smaller limits to reach them sooner. */
  policy?: MemoryPolicy;
  /** Stop early (and say so) once this much real time has passed. */
  wallBudgetMs: number;
  /** Simulated time between samples (default one hour). */
  sampleEveryMs?: number;
  onSample?(sample: SoakSample): void;
}

export interface SoakSample {
  /** Simulated hours since the start (fractions when sampling more often than hourly). */
  hour: number;
  heapMB: number;
  /** process.getActiveResourcesInfo(): what would keep Node alive. */
  handles: number;
  handleTypes: Record<string, number>;
  polls: number;
  updates: number;
  reactions: number;
  newKeys: number;
  /** Real seconds since the previous sample. */
  wallSeconds: number;
}

export interface SoakResult {
  samples: SoakSample[];
  completed: boolean;
  pollsInFlightAtEnd: number;
  timersAtEnd: number;
  gcAvailable: boolean;
}


/** Node's gc(), from --expose-gc or, failing that, switched on now (so vitest workers have it too). */
function findGc(): (() => void) | undefined {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed !== undefined) return exposed;
  try {
    v8.setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return undefined;
  }
}

const gc = findGc();

function measureHeapMB(): number {
  // Two passes: the first may only queue finalisers that free more on the second.
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

function activeHandles(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const type of process.getActiveResourcesInfo()) counts[type] = (counts[type] ?? 0) + 1;
  return counts;
}

const yieldToIo = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function runSoak(options: SoakOptions): Promise<SoakResult> {
  const clock = createFakeClock(START);
  const feeds = createRollingFeeds(clock.now);
  const fetchFeed = fetchFromFeed(feeds.feed);
  const random = seededRandom(72);
  let state: AppState = initialState({ columns: 120, rows: 40 }, options.policy);
  let inFlight = 0;

  // The dashboard's own monitor, on the fake clock and the fake feeds; every event goes
  // through the dashboard's reducer. A poll ends in exactly one status event.
  const sources = Array.from({ length: options.sources }, (_, index) => placeholderSource(feeds.url(index)));
  const monitor = startDeskMonitor(sources, {
    intervalMs: options.intervalMs,
    timeoutMs: 15_000,
    maxBytes: 20 * 1024 * 1024,
    userAgent: 'livedesk-soak',
    watchFiles: false,
    now: clock.now,
    seams: {
      random,
      setTimeout: clock.setTimeout,
      clearTimeout: clock.clearTimeout,
      fetch(url, fetchOptions) {
        inFlight++;
        return fetchFeed(url, fetchOptions);
      },
    },
  });
  monitor.subscribe((event) => {
    if (event.type === 'status') inFlight--;
    state = appReducer(state, event);
  });

  const samples: SoakSample[] = [];
  const started = Date.now();
  let hourStarted = started;
  const sample = (hour: number) => {
    const handleTypes = activeHandles();
    const entry: SoakSample = {
      hour,
      heapMB: measureHeapMB(),
      handles: Object.values(handleTypes).reduce((sum, count) => sum + count, 0),
      handleTypes,
      polls: feeds.polls(),
      updates: state.updates.length,
      reactions: state.reactions.length,
      newKeys: state.newKeys.size,
      wallSeconds: (Date.now() - hourStarted) / 1000,
    };
    hourStarted = Date.now();
    samples.push(entry);
    options.onSample?.(entry);
  };

  sample(0);
  const end = START + options.hours * HOUR_MS;
  const every = options.sampleEveryMs ?? HOUR_MS;
  let nextSampleAt = START + every;
  let completed = true;
  for (;;) {
    const due = clock.nextDue();
    if (due === null) break;
    while (due >= nextSampleAt && nextSampleAt <= end) {
      sample((nextSampleAt - START) / HOUR_MS);
      nextSampleAt += every;
    }
    if (due > end) break;
    if (Date.now() - started > options.wallBudgetMs) {
      // Out of real time: one last sample where the simulation got to, and say it stopped.
      completed = false;
      sample(Math.round(((clock.now() - START) / HOUR_MS) * 100) / 100);
      break;
    }
    clock.fireNext();
    // Each poll runs through promises (fetch, then parse): let them all finish first.
    while (inFlight > 0) await yieldToIo();
  }
  await monitor.stop();
  return { samples, completed, pollsInFlightAtEnd: inFlight, timersAtEnd: clock.pending(), gcAvailable: gc !== undefined };
}
