// Worker thread entry: parses one big fetched feed off the main thread. An XML parse
// of 10,000 items builds a tree many times the size of the text; done here, that
// peak lives and dies with this thread instead of staying reserved by the
// dashboard's heap, and the dashboard keeps answering keys meanwhile.
import { parentPort, workerData } from 'node:worker_threads';
import { parseFeedText } from './parse-feed-text.js';

const { text, fetchedAt, pageUrl } = workerData as { text: string; fetchedAt: number; pageUrl?: string };
try {
  parentPort?.postMessage({ feed: await parseFeedText(text, { fallbackDate: new Date(fetchedAt), pageUrl }) });
} catch (error) {
  parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
