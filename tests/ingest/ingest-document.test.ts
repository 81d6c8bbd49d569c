// The CPU-bound part of the one ingest pipeline, run on this thread: bytes → decode →
// detect → parse → normalise → diff against what is known → reactions for what
// changed only. Real feeds, written by the fixtures; the extractor is the real one,
// counted.
import { describe, expect, it } from 'vitest';
import type { Reaction, Update } from '../../src/model.js';
import { ingestDocument, type IngestStep } from '../../src/ingest/ingest-document.js';
import { KnownUpdates } from '../../src/ingest/known-updates.js';
import type { SourceDocument } from '../../src/ingest/source-document.js';
import { extractReactions } from '../../src/reactions/extract-reactions.js';
import { generateRss, liveBlogItem } from '../fixtures/generate-feed.js';
import { rss } from '../fixtures/rss.js';

const START = Date.UTC(2020, 7, 18, 23, 0);
const LOCATION = 'https://example.org/live.rss';

function countingExtractor() {
  const seen: string[] = [];
  const extract = (update: Update): Reaction[] => {
    seen.push(update.title);
    return extractReactions(update);
  };
  return { extract, seen };
}

function document(text: string, asBytes = false): SourceDocument {
  return {
    location: LOCATION,
    content: asBytes ? { bytes: Buffer.from(text, 'utf8'), charset: null } : { text },
    fallbackDate: START,
  };
}

async function steps(doc: SourceDocument, known: KnownUpdates, extract: (update: Update) => Reaction[], preview = false): Promise<IngestStep[]> {
  const all: IngestStep[] = [];
  for await (const step of ingestDocument(doc, known.forSource(doc.location), { extract, preview })) all.push(step);
  return all;
}

/** A feed of `count` items with `fresh` newer ones on top, and item 3's words changed when `editThird`. */
function feed(count: number, fresh = 0, editThird = false): string {
  const newer = Array.from({ length: fresh }, (_, k) => ({ ...liveBlogItem(count + fresh - k, START), pubDate: START + (fresh - k) * 60_000 }));
  const items = Array.from({ length: count }, (_, index) => liveBlogItem(index, START));
  if (editThird) items[3] = { ...items[3]!, description: 'Correction: ECOWAS said talks would resume on Friday.' };
  return rss([...newer, ...items], 'Kati live');
}

describe('ingestDocument', () => {
  it('reads a whole feed from its bytes: every update new, each one read for reactions once', async () => {
    const { extract, seen } = countingExtractor();
    const [step, ...more] = await steps(document(feed(20), true), new KnownUpdates(), extract);
    expect(more).toEqual([]);
    expect(step!.failure).toBeNull();
    expect(step!.loaded.source).toMatchObject({ id: LOCATION, title: 'Kati live', kind: 'rss', error: null });
    expect(step!.loaded.updates).toHaveLength(20);
    expect(step!.loaded.listed.map(([key]) => key)).toEqual(step!.loaded.updates.map((update) => update.key));
    expect(seen).toHaveLength(20);
    expect(new Set(seen).size).toBe(20);
    expect(step!.loaded.reactions.length).toBeGreaterThan(20);
    expect(step!.work).toMatchObject({ location: LOCATION, items: 20, changed: 20, extracted: 20, complete: true });
  });

  it('reads only what changed for reactions: one new update and one edited, of twenty', async () => {
    const known = new KnownUpdates();
    const first = await steps(document(feed(20)), known, extractReactions);
    known.remember(LOCATION, first[0]!.loaded.listed, true);

    const { extract, seen } = countingExtractor();
    const [step] = await steps(document(feed(20, 1, true)), known, extract);
    const changed = step!.loaded.updates.map((update) => update.title);
    expect(changed).toEqual([expect.stringMatching(/^Update 21: /), expect.stringMatching(/^Update 3: /)]);
    expect(seen).toEqual(changed);
    expect(new Set(step!.loaded.reactions.map((reaction) => reaction.updateKey))).toEqual(new Set(step!.loaded.updates.map((update) => update.key)));
    // Every update the feed lists is named, so that what is kept knows it is still there.
    expect(step!.loaded.listed).toHaveLength(21);
    expect(step!.work).toMatchObject({ items: 21, changed: 2, extracted: 2 });
  });

  it('the same bytes again change nothing and read nothing for reactions', async () => {
    const known = new KnownUpdates();
    const [first] = await steps(document(feed(20)), known, extractReactions);
    known.remember(LOCATION, first!.loaded.listed, true);
    const { extract, seen } = countingExtractor();
    const [again] = await steps(document(feed(20)), known, extract);
    expect(again!.loaded.updates).toEqual([]);
    expect(again!.loaded.reactions).toEqual([]);
    expect(seen).toEqual([]);
  });

  it('gives a document that is not a feed as a source with its reason, never a throw', async () => {
    const [step] = await steps(document('{"name": "livedesk", "version": "0.1.0"}'), new KnownUpdates(), extractReactions);
    expect(step!.failure).toMatch(/JSON, but not a JSON Feed/);
    expect(step!.loaded.source.error).toMatch(/^https:\/\/example\.org\/live\.rss: .*JSON, but not a JSON Feed/);
    expect(step!.loaded.updates).toEqual([]);
  });

  it('previews a big feed by its first items, then reads the rest without reading those again', async () => {
    const text = generateRss(1000);
    expect(Buffer.byteLength(text)).toBeGreaterThan(256 * 1024);
    const { extract, seen } = countingExtractor();
    const [preview, whole, ...more] = await steps(document(text, true), new KnownUpdates(), extract, true);
    expect(more).toEqual([]);
    expect(preview!.work).toMatchObject({ complete: false, changed: 200, extracted: 200 });
    expect(preview!.loaded.updates[0]!.title).toMatch(/^Update 0: /);
    expect(whole!.work).toMatchObject({ complete: true, items: 1000, changed: 800, extracted: 800 });
    expect(seen).toHaveLength(1000);
    expect(new Set(seen).size).toBe(1000);
  });
});
