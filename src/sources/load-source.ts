// Reads one source once, through the ingest pipeline. Errors are values here: a
// file that cannot be read or parsed, or a URL that cannot be fetched, yields a
// Source with its error set.
import { createPipeline, type Pipeline } from '../ingest/pipeline.js';
import { failedSource, type LoadedSource } from '../ingest/loaded-source.js';
import { readLocalDocument, type SourceDocument } from '../ingest/source-document.js';
import { fetchFeed } from '../net/fetch-feed.js';
import type { ProxyEnvironment } from '../net/proxy-environment.js';
import { sanitizeLine } from '../text/sanitize-for-terminal.js';
import { emptySource } from './empty-source.js';
import { DEFAULT_READ_LIMITS, type ReadLimits } from './read-limits.js';

/** How URL sources are fetched: the --timeout and size cap, who we say we are, and through which proxy. */
export interface FetchSettings extends ReadLimits {
  userAgent: string;
  proxies?: ProxyEnvironment;
}

/** Reads and takes in a local file under the same limits as a download (--max-size, --timeout). */
export async function loadFileSource(location: string, limits: ReadLimits = DEFAULT_READ_LIMITS, pipeline: Pipeline = createPipeline()): Promise<LoadedSource> {
  let document: SourceDocument;
  try {
    document = await readLocalDocument(location, limits);
  } catch (error) {
    return failedSource(location, error);
  }
  return (await pipeline.ingest(document)).loaded;
}

/** One fetch of a URL source, for headless runs; the dashboard polls instead. */
export async function loadUrlSource(url: string, settings: FetchSettings, pipeline: Pipeline = createPipeline()): Promise<LoadedSource> {
  const result = await fetchFeed(url, { ...settings, validators: { etag: null, lastModified: null } });
  if (result.kind !== 'ok') {
    const reason = result.kind === 'error' ? result.message : 'the server answered 304 to a first request';
    return { source: { ...emptySource(url), error: sanitizeLine(`${url}: ${reason}`) }, updates: [], reactions: [], listed: [] };
  }
  const step = await pipeline.ingest({ location: url, content: { text: result.text }, fallbackDate: Date.now(), pageUrl: result.finalUrl });
  return step.loaded;
}
