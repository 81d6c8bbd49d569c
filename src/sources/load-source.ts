// Reads one local source and turns it into the model. Errors are values here:
// a file that cannot be read or parsed yields a Source with its error set.
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AnnouncedFeed, ParsedFeed, Source, Update } from '../model.js';
import { normaliseUpdates } from '../normalise-updates.js';
import { decodeFeedBytes } from '../parse/decode-bytes.js';
import { fetchFeed } from '../net/fetch-feed.js';
import { parseFeedText } from '../parse/parse-feed-text.js';
import { sanitizeForTerminal, sanitizeLine } from '../text/sanitize-for-terminal.js';
import { describeError } from './describe-error.js';
import { isUrl } from './location.js';
import { sourceTags } from './source-tags.js';

/** How URL sources are fetched: the --timeout and size cap, and who we say we are. */
export interface FetchSettings {
  timeoutMs: number;
  maxBytes: number;
  userAgent: string;
}

export interface LoadedSource {
  source: Source;
  updates: Update[];
  /** Feeds the source announces instead of updates of its own: it is a web page such as a home page. */
  feeds?: AnnouncedFeed[];
}

export function sourceIdFor(location: string): string {
  return location;
}

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

export function sourceFromFeed(location: string, feed: ParsedFeed): LoadedSource {
  const source = emptySource(location);
  const title = feed.title === null ? '' : sanitizeLine(feed.title);
  return {
    source: {
      ...source,
      title: title || source.title,
      kind: feed.kind,
      summary: feed.summary === null ? null : sanitizeForTerminal(feed.summary).trim() || null,
    },
    updates: normaliseUpdates(source.id, feed.updates),
    ...(feed.updates.length === 0 && feed.feeds !== undefined && feed.feeds.length > 0
      ? { feeds: feed.feeds.map((announced) => ({ ...announced, title: announced.title === null ? null : sanitizeLine(announced.title) || null })) }
      : {}),
  };
}

export async function loadFileSource(location: string): Promise<LoadedSource> {
  try {
    const [bytes, info] = await Promise.all([readFile(location), stat(location)]);
    const text = decodeFeedBytes(bytes);
    const feed = await parseFeedText(text, { fallbackDate: info.mtime });
    return sourceFromFeed(location, feed);
  } catch (error) {
    return { source: { ...emptySource(location), error: describeError(error, location) }, updates: [] };
  }
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
    return { source: { ...emptySource(url), error: describeError(error, url) }, updates: [] };
  }
}

/** A source before it is read; a local file that is not there says so at once. */
export function placeholderSource(location: string): Source {
  const source = emptySource(location);
  if (isUrl(location) || existsSync(location)) return source;
  return { ...source, error: sanitizeLine(`${location}: no such file`) };
}
