// Loads local files so that the first screenful comes fast: a big XML feed is
// first read as a preview of its first items, then whole. Each step yields a
// complete arrival (source, updates, reactions) the dashboard can show.
import { readFile, stat } from 'node:fs/promises';
import { extractReactions } from '../reactions/extract-reactions.js';
import type { DeskEvent } from '../state/desk-events.js';
import { decodeFeedBytes } from '../parse/decode-bytes.js';
import { previewFeedText } from '../parse/preview-feed.js';
import { loadFileSource, sourceFromFeed, type LoadedSource } from './load-source.js';

export type Arrived = Extract<DeskEvent, { type: 'arrived' }>;

/** More than a screen, little enough to parse in tens of milliseconds. */
export const PREVIEW_ITEMS = 200;
/** Above this a file takes long enough to parse (about 0.3 ms an item) to be read after the first frame. */
export const BIG_FILE_BYTES = 256 * 1024;

function arrival(loaded: LoadedSource): Arrived {
  const reactions = loaded.updates.flatMap((update) => extractReactions(update));
  return { type: 'arrived', sources: [loaded.source], updates: loaded.updates, reactions, live: false };
}

async function preview(location: string): Promise<LoadedSource | null> {
  try {
    const text = decodeFeedBytes(await readFile(location));
    const cut = previewFeedText(text, PREVIEW_ITEMS);
    if (cut === null) return null;
    const { parseXmlFeed } = await import('../parse/parse-xml-feed.js');
    return sourceFromFeed(location, await parseXmlFeed(cut));
  } catch {
    return null; // the whole read below reports any problem properly
  }
}

export async function* loadProgressively(locations: readonly string[]): AsyncGenerator<Arrived> {
  for (const location of locations) {
    // Only big files are worth reading twice.
    const size = await stat(location).then((info) => info.size, () => 0);
    if (size > BIG_FILE_BYTES) {
      const first = await preview(location);
      if (first !== null) yield arrival(first);
    }
    yield arrival(await loadFileSource(location));
  }
}
