// Loads local files so that the first screenful comes fast: a big XML feed is
// first read as a preview of its first items, then whole. Each step yields a
// complete arrival (source, updates, reactions) the dashboard can show. Each file
// is read once, under the --max-size and --timeout limits.
import { extractReactions } from '../reactions/extract-reactions.js';
import type { DeskEvent } from '../desk/desk-events.js';
import { decodeFeedBytes } from '../parse/decode-bytes.js';
import { previewFeedText } from '../parse/preview-feed.js';
import { failedSource, parseFileText, sourceFromFeed, type LoadedSource } from './load-source.js';
import type { ReadLimits } from './read-limits.js';
import { readLocalFile, type LocalFile } from './read-local-file.js';

export type Arrived = Extract<DeskEvent, { type: 'arrived' }>;

/** More than a screen, little enough to parse in tens of milliseconds. */
export const PREVIEW_ITEMS = 200;
/** Above this a file takes long enough to parse (about 0.3 ms an item) to be read after the first frame. */
export const BIG_FILE_BYTES = 256 * 1024;

function arrival(loaded: LoadedSource): Arrived {
  const reactions = loaded.updates.flatMap((update) => extractReactions(update));
  return { type: 'arrived', sources: [loaded.source], updates: loaded.updates, reactions, live: false };
}

async function preview(location: string, text: string): Promise<LoadedSource | null> {
  try {
    const cut = previewFeedText(text, PREVIEW_ITEMS);
    if (cut === null) return null;
    const { parseXmlFeed } = await import('../parse/parse-xml-feed.js');
    return sourceFromFeed(location, await parseXmlFeed(cut));
  } catch {
    return null; // the whole read below reports any problem properly
  }
}

export async function* loadProgressively(locations: readonly string[], limits: ReadLimits): AsyncGenerator<Arrived> {
  for (const location of locations) {
    let file: LocalFile;
    try {
      file = await readLocalFile(location, limits);
    } catch (error) {
      yield arrival(failedSource(location, error));
      continue;
    }
    const text = decodeFeedBytes(file.bytes);
    // Only big files are worth parsing twice.
    if (file.bytes.length > BIG_FILE_BYTES) {
      const first = await preview(location, text);
      if (first !== null) yield arrival(first);
    }
    yield arrival(await parseFileText(location, text, file.modified));
  }
}
