// The main thread's end of the pipeline: every step is remembered as known, so the
// next read of the source extracts only what changed, and archived before its caller
// hears of it. On this thread here (the worker is tested in pipeline-worker.test.ts).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DeskEvent } from '../../src/desk/desk-events.js';
import type { IngestStep, IngestWork } from '../../src/ingest/ingest-document.js';
import { KnownUpdates } from '../../src/ingest/known-updates.js';
import { createPipeline } from '../../src/ingest/pipeline.js';
import type { SourceDocument } from '../../src/ingest/source-document.js';
import { DEFAULT_READ_LIMITS } from '../../src/sources/read-limits.js';
import { generateRss } from '../fixtures/generate-feed.js';
import { rss } from '../fixtures/rss.js';

const URL = 'https://example.org/live.rss';
let dir = '';
afterEach(async () => {
  if (dir !== '') await rm(dir, { recursive: true, force: true });
  dir = '';
});

function fetched(text: string): SourceDocument {
  return { location: URL, content: { text }, fallbackDate: Date.UTC(2020, 7, 18), pageUrl: URL };
}

function recorder() {
  const archived: DeskEvent[] = [];
  const work: IngestWork[] = [];
  const pipeline = createPipeline({ workerFile: null, archive: { record: (event) => archived.push(event) }, onWork: (done) => work.push(done) });
  return { pipeline, archived, work };
}

describe('the pipeline on the main thread', () => {
  it('remembers each read, so the next one brings only what changed, archived before it is handed back', async () => {
    const { pipeline, archived, work } = recorder();
    const first = await pipeline.ingest(fetched(rss([{ guid: 'a', title: 'Talks begin' }, { guid: 'b', title: 'Curfew lifted' }], 'Wire')));
    expect(first.loaded.updates.map((update) => update.title)).toEqual(['Talks begin', 'Curfew lifted']);
    expect(archived).toHaveLength(1);
    expect(archived[0]).toMatchObject({ type: 'arrived', updates: first.loaded.updates, listed: [`${URL}\u0000a`, `${URL}\u0000b`] });

    const second = await pipeline.ingest(fetched(rss([{ guid: 'c', title: 'ECOWAS says talks will resume' }, { guid: 'a', title: 'Talks begin' }, { guid: 'b', title: 'Curfew lifted' }], 'Wire')));
    expect(second.loaded.updates.map((update) => update.title)).toEqual(['ECOWAS says talks will resume']);
    expect(second.loaded.reactions.length).toBeGreaterThan(0);
    expect(new Set(second.loaded.reactions.map((reaction) => reaction.updateKey))).toEqual(new Set([`${URL}\u0000c`]));
    expect(archived[1]).toMatchObject({ updates: second.loaded.updates, listed: [`${URL}\u0000c`, `${URL}\u0000a`, `${URL}\u0000b`] });
    expect(work.map(({ changed, extracted, thread }) => ({ changed, extracted, thread }))).toEqual([
      { changed: 2, extracted: 2, thread: 0 },
      { changed: 1, extracted: 1, thread: 0 },
    ]);
  });

  it('compares a first read with what the desk already shows (the archive, an earlier read)', async () => {
    const items = [{ guid: 'a', title: 'Talks begin', pubDate: Date.UTC(2020, 7, 18, 16) }, { guid: 'b', title: 'Curfew lifted', pubDate: Date.UTC(2020, 7, 18, 15) }];
    const shown = (await createPipeline({ workerFile: null }).ingest(fetched(rss(items)))).loaded.updates;
    const pipeline = createPipeline({ workerFile: null, known: KnownUpdates.of(shown) });
    const step = await pipeline.ingest(fetched(rss([{ guid: 'c', title: 'Talks resume', pubDate: Date.UTC(2020, 7, 18, 17) }, ...items])));
    expect(step.loaded.updates.map((update) => update.title)).toEqual(['Talks resume']);
  });

  it('leaves what is known and archived alone when a read fails', async () => {
    const { pipeline, archived } = recorder();
    await pipeline.ingest(fetched(rss([{ guid: 'a', title: 'Talks begin' }])));
    const failed = await pipeline.ingest(fetched('<html><body>502 Bad Gateway</body></html>'));
    expect(failed.failure).not.toBeNull();
    expect(archived).toHaveLength(1);
    const again = await pipeline.ingest(fetched(rss([{ guid: 'a', title: 'Talks begin' }])));
    expect(again.loaded.updates).toEqual([]);
  });

  it('takes in local files one by one, a big one previewed first, and a missing one as its error', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'livedesk-pipeline-'));
    const big = path.join(dir, 'big.rss');
    await writeFile(big, generateRss(1000));
    const small = path.join(dir, 'small.rss');
    await writeFile(small, rss([{ guid: 'x', title: 'One item' }]));
    const { pipeline, archived } = recorder();
    const steps: IngestStep[] = [];
    await pipeline.ingestFiles([big, path.join(dir, 'missing.rss'), small], DEFAULT_READ_LIMITS, (step) => steps.push(step)).done;
    expect(steps.map((step) => [path.basename(step.work.location), step.work.complete, step.loaded.updates.length])).toEqual([
      ['big.rss', false, 200],
      ['big.rss', true, 800],
      ['missing.rss', true, 0],
      ['small.rss', true, 1],
    ]);
    expect(steps[2]!.loaded.source.error).toMatch(/missing\.rss: no such file$/);
    // The missing file too, as its source's error, as a read before the first frame would be.
    expect(archived.map((event) => (event.type === 'arrived' ? event.sources[0]!.error !== null : null))).toEqual([false, false, true, false]);
  });
});
