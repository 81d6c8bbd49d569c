// Starts loading local sources in a worker thread when the bundled worker is
// there (the built CLI), else on the main thread (tests run from source).
import { Worker } from 'node:worker_threads';
import { bundledWorker } from '../bundled-worker.js';
import { loadProgressively, type Arrived } from './load-progressively.js';
import type { ReadLimits } from './read-limits.js';

export interface BackgroundLoad {
  /** Resolves once every source has arrived whole. */
  done: Promise<void>;
  stop(): void;
}

export function loadInBackground(
  locations: readonly string[],
  limits: ReadLimits,
  onArrived: (arrived: Arrived) => void,
): BackgroundLoad {
  const workerFile = bundledWorker('load-worker.js', import.meta.url);
  if (locations.length > 0 && workerFile !== null) {
    const worker = new Worker(workerFile, { workerData: { locations, limits: { maxBytes: limits.maxBytes, timeoutMs: limits.timeoutMs } } });
    const done = new Promise<void>((resolve) => {
      worker.on('message', (arrived: Arrived) => onArrived(arrived));
      worker.on('exit', () => resolve());
      worker.on('error', () => resolve()); // load errors are values; a crashed worker just loads nothing more
    });
    return { done, stop: () => void worker.terminate() };
  }
  let stopped = false;
  const done = (async () => {
    for await (const arrived of loadProgressively(locations, limits)) {
      if (stopped) return;
      onArrived(arrived);
    }
  })();
  return { done, stop: () => (stopped = true) };
}
