// The CPU-bound part of the one ingest pipeline, the same on either side of the
// worker boundary: bytes → decode → detect → parse → normalise → diff against what
// is known → reactions for the added and changed updates only. A big local feed is
// read twice — its first items as a preview for the first screen, then whole — and
// the whole read leaves out what the preview already brought.
import { threadId } from 'node:worker_threads';
import type { Reaction, Update } from '../model.js';
import { decodeFeedBytes } from '../parse/decode-bytes.js';
import { parseFeedText } from '../parse/parse-feed-text.js';
import { previewFeedText } from '../parse/preview-feed.js';
import { extractReactions } from '../reactions/extract-reactions.js';
import { fingerprintOf, type ListedUpdate } from './known-updates.js';
import { failedSource, sourceFromFeed, type LoadedSource, type NormalisedRead } from './loaded-source.js';
import { documentSize, type SourceDocument } from './source-document.js';

export type Extractor = (update: Update) => Reaction[];

/** What one step of the pipeline did, for the debug log and the tests: never shown. */
export interface IngestWork {
  location: string;
  /** 0 on the main thread. */
  thread: number;
  /** Updates the document lists (for a preview, those it holds). */
  items: number;
  /** New or changed against what was known. */
  changed: number;
  /** Updates read for reactions. */
  extracted: number;
  /** False for a preview: more of the same document follows. */
  complete: boolean;
}

export interface IngestStep {
  loaded: LoadedSource;
  /** Why the document could not be read (the source's error says it with its location), or null. */
  failure: string | null;
  work: IngestWork;
}

/** More than a screen, little enough to parse in tens of milliseconds. */
export const PREVIEW_ITEMS = 200;
/** Above this a feed takes long enough to parse (about 0.3 ms an item) to be worth a preview, and a worker. */
export const BIG_INPUT_BYTES = 256 * 1024;

function diff(read: NormalisedRead, known: ReadonlyMap<string, string>, extract: Extractor, complete: boolean, location: string): IngestStep {
  const listed: ListedUpdate[] = [];
  const changed: Update[] = [];
  for (const update of read.updates) {
    const fingerprint = fingerprintOf(update);
    listed.push([update.key, fingerprint]);
    if (known.get(update.key) !== fingerprint) changed.push(update);
  }
  const reactions = changed.flatMap((update) => extract(update));
  const loaded: LoadedSource = { source: read.source, updates: changed, reactions, listed, ...(read.feeds === undefined ? {} : { feeds: read.feeds }) };
  const work = { location, thread: threadId, items: listed.length, changed: changed.length, extracted: changed.length, complete };
  return { loaded, failure: null, work };
}

/** A read that failed: the source with its error, nothing known changes. */
export function failedStep(location: string, error: unknown): IngestStep {
  const failure = error instanceof Error ? error.message : String(error);
  return { loaded: failedSource(location, error), failure, work: { location, thread: threadId, items: 0, changed: 0, extracted: 0, complete: true } };
}

async function previewOf(document: SourceDocument, text: string): Promise<NormalisedRead | null> {
  try {
    const cut = previewFeedText(text, PREVIEW_ITEMS);
    if (cut === null) return null;
    const { parseXmlFeed } = await import('../parse/parse-xml-feed.js');
    return sourceFromFeed(document.location, await parseXmlFeed(cut));
  } catch {
    return null; // the whole read reports any problem properly
  }
}

export interface IngestOptions {
  /** A big document's first items first (local files at start, for the first screen). */
  preview?: boolean;
  /** For tests, which count what is read for reactions. */
  extract?: Extractor;
}

export async function* ingestDocument(
  document: SourceDocument,
  known: ReadonlyMap<string, string>,
  options: IngestOptions = {},
): AsyncGenerator<IngestStep> {
  const extract = options.extract ?? extractReactions;
  const { content, location } = document;
  const text = 'text' in content ? content.text : decodeFeedBytes(content.bytes, content.charset);
  let against = known;
  if (options.preview === true && documentSize(document) > BIG_INPUT_BYTES) {
    const preview = await previewOf(document, text);
    if (preview !== null) {
      const step = diff(preview, known, extract, false, location);
      yield step;
      // The whole read leaves out what the preview brought.
      against = new Map([...known, ...step.loaded.listed]);
    }
  }
  let read: NormalisedRead;
  try {
    const feed = await parseFeedText(text, { fallbackDate: new Date(document.fallbackDate), pageUrl: document.pageUrl });
    read = sourceFromFeed(location, feed);
  } catch (error) {
    yield failedStep(location, error);
    return;
  }
  yield diff(read, against, extract, true, location);
}
