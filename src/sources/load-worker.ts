// Worker thread entry: reads and parses local sources off the main thread, so
// the dashboard answers keys while a 10,000-item feed is being parsed.
import { parentPort, workerData } from 'node:worker_threads';
import { loadProgressively } from './load-progressively.js';
import type { ReadLimits } from './read-limits.js';

const { locations, limits } = workerData as { locations: string[]; limits: ReadLimits };
for await (const arrived of loadProgressively(locations, limits)) parentPort?.postMessage(arrived);
