// Parses a fetched feed: small ones here, big ones in a worker thread (see
// parse-worker.ts) when the bundled worker is there — the built CLI; tests that
// run from source parse everything here.
import { Worker } from 'node:worker_threads';
import { bundledWorker } from '../bundled-worker.js';
import type { ParsedFeed } from '../model.js';
import { parseFeedText } from './parse-feed-text.js';

/** Below this a parse takes a few milliseconds and a thread would cost more than it saves. */
export const OFF_THREAD_CHARS = 256 * 1024;

// Looked up on the first big feed, not when the monitor starts.
let workerFile: string | null | undefined;

export function parseOffThread(text: string, fetchedAt: Date, pageUrl?: string): Promise<ParsedFeed> {
  const file = text.length < OFF_THREAD_CHARS ? null : (workerFile ??= bundledWorker('parse-worker.js', import.meta.url));
  if (file === null) return parseFeedText(text, { fallbackDate: fetchedAt, pageUrl });
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, { workerData: { text, fetchedAt: fetchedAt.getTime(), pageUrl } });
    worker.once('message', (reply: { feed?: ParsedFeed; error?: string }) => {
      if (reply.feed !== undefined) resolve(reply.feed);
      else reject(new Error(reply.error ?? 'not a readable feed'));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the parser stopped (exit ${code})`)));
  });
}
