// Reads one local source and turns it into the model. Errors are values here:
// a file that cannot be read or parsed yields a Source with its error set.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { AnnouncedFeed, ParsedFeed, Source, Update } from '../model.js';
import { normaliseUpdates } from '../ingest/normalise-updates.js';
import { decodeFeedBytes } from '../parse/decode-bytes.js';
import { fetchFeed } from '../net/fetch-feed.js';
import type { ProxyEnvironment } from '../net/proxy-environment.js';
import { parseFeedText } from '../parse/parse-feed-text.js';
import { sanitizeForTerminal, sanitizeLine } from '../text/sanitize-for-terminal.js';
import { describeError } from './describe-error.js';
import { isUrl } from './location.js';
import { DEFAULT_READ_LIMITS, type ReadLimits } from './read-limits.js';
import { readLocalFile, type LocalFile } from './read-local-file.js';
import { sourceIdFor } from './source-identity.js';
import { sourceTags } from './source-tags.js';

/** How URL sources are fetched: the --timeout and size cap, who we say we are, and through which proxy. */
export interface FetchSettings extends ReadLimits {
  userAgent: string;
  proxies?: ProxyEnvironment;
}

export interface LoadedSource {
  source: Source;
  updates: Update[];
  /** Feeds the source announces instead of updates of its own: it is a web page such as a home page. */
  feeds?: AnnouncedFeed[];
}

export { sourceIdFor } from './source-identity.js';

/** What is known of a source before it has been read: its location. */
export function emptySource(location: string): Source {
  return {
    id: sourceIdFor(location),
    title: sanitizeLine(isUrl(location) ? location : path.basename(location)),
    tag: sourceTags([location])[0] ?? 'source',
    kind: null,
    location,
    error: null,
    summary: null,
  };
}

/** A summary is a live blog's lead or a feed's description: a few paragraphs, never megabytes. */
const MAX_SUMMARY_CHARS = 4_000;

function shortened(text: string): string {
  if (text.length <= MAX_SUMMARY_CHARS) return text;
  const cut = text.slice(0, MAX_SUMMARY_CHARS);
  const lastSpace = cut.search(/\s\S*$/);
  return `${lastSpace > MAX_SUMMARY_CHARS / 2 ? cut.slice(0, lastSpace) : cut} …`;
}

export function sourceFromFeed(location: string, feed: ParsedFeed): LoadedSource {
  const source = emptySource(location);
  const title = feed.title === null ? '' : sanitizeLine(feed.title);
  return {
    source: {
      ...source,
      title: title || source.title,
      kind: feed.kind,
      summary: feed.summary === null ? null : sanitizeForTerminal(shortened(feed.summary)).trim() || null,
    },
    updates: normaliseUpdates(source.id, feed.updates),
    ...(feed.updates.length === 0 && feed.feeds !== undefined && feed.feeds.length > 0
      ? { feeds: feed.feeds.map((announced) => ({ ...announced, title: announced.title === null ? null : sanitizeLine(announced.title) || null })) }
      : {}),
  };
}

export function failedSource(location: string, error: unknown): LoadedSource {
  return { source: { ...emptySource(location), error: describeError(error, location) }, updates: [] };
}

/** Parses a local file's text once read; a file that is not a feed or a live blog becomes a source with its error. */
export async function parseFileText(location: string, text: string, modified: Date): Promise<LoadedSource> {
  try {
    return sourceFromFeed(location, await parseFeedText(text, { fallbackDate: modified }));
  } catch (error) {
    return failedSource(location, error);
  }
}

/** Reads and parses a local file under the same limits as a download (--max-size, --timeout). */
export async function loadFileSource(location: string, limits: ReadLimits = DEFAULT_READ_LIMITS): Promise<LoadedSource> {
  let file: LocalFile;
  try {
    file = await readLocalFile(location, limits);
  } catch (error) {
    return failedSource(location, error);
  }
  return parseFileText(location, decodeFeedBytes(file.bytes), file.modified);
}

/** One fetch of a URL source, for headless runs; the dashboard polls instead. */
export async function loadUrlSource(url: string, settings: FetchSettings): Promise<LoadedSource> {
  const result = await fetchFeed(url, { ...settings, validators: { etag: null, lastModified: null } });
  if (result.kind !== 'ok') {
    const reason = result.kind === 'error' ? result.message : 'the server answered 304 to a first request';
    return { source: { ...emptySource(url), error: sanitizeLine(`${url}: ${reason}`) }, updates: [] };
  }
  try {
    return sourceFromFeed(url, await parseFeedText(result.text, { fallbackDate: new Date(), pageUrl: result.finalUrl }));
  } catch (error) {
    return failedSource(url, error);
  }
}

/** A source before it is read; a local file that is not there says so at once. */
export function placeholderSource(location: string): Source {
  const source = emptySource(location);
  if (isUrl(location) || existsSync(location)) return source;
  return { ...source, error: sanitizeLine(`${location}: no such file`) };
}
