// The worker boundary of the pipeline: a big input is decoded, parsed and read for
// reactions in a worker thread, with what is known sent along, so that only what
// changed is extracted and comes back. The worker is the real one, bundled.
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IngestStep, IngestWork } from '../../src/ingest/ingest-document.js';
import { createPipeline } from '../../src/ingest/pipeline.js';
import { DEFAULT_READ_LIMITS } from '../../src/sources/read-limits.js';
import { generateRss, liveBlogItem } from '../fixtures/generate-feed.js';
import { rss } from '../fixtures/rss.js';
import { bundleForTest } from '../bundle-for-test.js';

const URL = 'https://example.org/big.rss';
const START = Date.UTC(2020, 7, 18, 23, 0);
let worker: { file: string; dir: string };
beforeAll(async () => {
  worker = await bundleForTest('src/ingest/ingest-worker.ts', 'ingest-worker');
});
afterAll(() => rm(worker.dir, { recursive: true, force: true }));

/** 2,000 items (about 1 MB, well over the size that goes to a worker), with `fresh` newer ones on top. */
function bigFeed(fresh: number): string {
  const newer = Array.from({ length: fresh }, (_, k) => ({ ...liveBlogItem(2000 + fresh - k, START), pubDate: START + (fresh - k) * 60_000 }));
  return rss([...newer, ...Array.from({ length: 2000 }, (_, index) => liveBlogItem(index, START))], 'Big wire');
}

describe('the pipeline across the worker boundary', () => {
  it('reads a big fetched feed in a worker, and then only its one new update', async () => {
    const work: IngestWork[] = [];
    const pipeline = createPipeline({ workerFile: worker.file, onWork: (done) => work.push(done) });
    const first = await pipeline.ingest({ location: URL, content: { text: bigFeed(0) }, fallbackDate: START });
    expect(first.failure).toBeNull();
    expect(first.loaded.updates).toHaveLength(2000);
    const second = await pipeline.ingest({ location: URL, content: { text: bigFeed(1) }, fallbackDate: START });
    expect(second.loaded.updates.map((update) => update.title)).toEqual([expect.stringMatching(/^Update 2001: /)]);
    expect(new Set(second.loaded.reactions.map((reaction) => reaction.updateKey))).toEqual(new Set([second.loaded.updates[0]!.key]));
    expect(second.loaded.listed).toHaveLength(2001);
    // Both reads, reactions included, were done off the main thread (whose threadId is 0).
    expect(work.map(({ thread, items, changed, extracted }) => ({ offMain: thread !== 0, items, changed, extracted }))).toEqual([
      { offMain: true, items: 2000, changed: 2000, extracted: 2000 },
      { offMain: true, items: 2001, changed: 1, extracted: 1 },
    ]);
  });

  it('reads big local files in one worker: a preview first, then the rest', async () => {
    const file = path.join(worker.dir, 'big-local.rss');
    await writeFile(file, generateRss(1000));
    const steps: IngestStep[] = [];
    const pipeline = createPipeline({ workerFile: worker.file });
    await pipeline.ingestFiles([file], DEFAULT_READ_LIMITS, (step) => steps.push(step)).done;
    expect(steps.map((step) => [step.work.complete, step.work.changed, step.work.extracted, step.work.thread !== 0])).toEqual([
      [false, 200, 200, true],
      [true, 800, 800, true],
    ]);
  });

  it('gives a fetched page that is no feed as a failure from the worker, and keeps nothing of it', async () => {
    const pipeline = createPipeline({ workerFile: worker.file });
    const page = `<!doctype html><html><head><title>Down</title></head><body>${'<p>Service unavailable.</p>'.repeat(12_000)}</body></html>`;
    const step = await pipeline.ingest({ location: URL, content: { text: page }, fallbackDate: START });
    expect(step.failure).not.toBeNull();
    expect(step.work.thread).not.toBe(0);
    expect(pipeline.known.forSource(URL).size).toBe(0);
  });
});
