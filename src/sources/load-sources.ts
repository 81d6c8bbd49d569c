// Loads every source given on the command line into one timeline, through the
// ingest pipeline. Sources fail one by one: a broken file becomes a source with an
// error, the rest still load.
import type { Desk } from '../desk/desk.js';
import { compareNewestFirst } from '../desk/timeline-order.js';
import type { LoadedSource } from '../ingest/loaded-source.js';
import { createPipeline, type Pipeline } from '../ingest/pipeline.js';
import type { Reaction } from '../model.js';
import { emptySource } from './empty-source.js';
import { loadFileSource, loadUrlSource, type FetchSettings } from './load-source.js';
import { isUrl } from './location.js';
import { sourceTags } from './source-tags.js';

/**
 * A web page that announces feeds instead of holding updates (a home page) stands for
 * those feeds: each is fetched in its place. One level only: a "feed" that is a web page
 * again says so.
 */
async function followAnnouncedFeeds(
  loaded: readonly LoadedSource[],
  given: readonly string[],
  fetchUrls: FetchSettings,
  onNote: (line: string) => void,
  pipeline: Pipeline,
): Promise<LoadedSource[]> {
  const seen = new Set(given);
  const expanded = await Promise.all(
    loaded.map(async (entry): Promise<LoadedSource[]> => {
      if (entry.feeds === undefined) return [entry];
      const urls = entry.feeds.map((feed) => feed.url).filter((url) => !seen.has(url) && (seen.add(url), true));
      const page = entry.source.location;
      onNote(`${page}: a web page that announces ${entry.feeds.length} feed${entry.feeds.length === 1 ? '' : 's'}; following ${listed(urls)}`);
      const feeds = await Promise.all(urls.map((url) => loadUrlSource(url, fetchUrls, pipeline)));
      return feeds.map((feed) =>
        feed.feeds === undefined ? feed : withError(feed, `${feed.source.location}: announced as a feed by ${page}, but it is a web page`),
      );
    }),
  );
  return expanded.flat();
}

function withError(entry: LoadedSource, error: string): LoadedSource {
  return { source: { ...entry.source, error }, updates: [], reactions: [], listed: [] };
}

/** A few addresses for a one-line message. */
function listed(urls: readonly string[]): string {
  if (urls.length === 0) return 'none new';
  return urls.length <= 3 ? urls.join(', ') : `${urls.slice(0, 3).join(', ')} and ${urls.length - 3} more`;
}

/** A saved web page whose feeds are not fetched here (the dashboard polls only what it was given) says what it announces. */
function pageWithoutFeedsFollowed(entry: LoadedSource): LoadedSource {
  if (entry.feeds === undefined) return entry;
  const urls = listed(entry.feeds.map((feed) => feed.url));
  return withError(entry, `${entry.source.location}: a web page with no live blog or article; it announces ${urls}`);
}

/**
 * Files are read at once, under the same limits as downloads. URLs are fetched once
 * when `fetchUrls` is set (headless runs); otherwise they start empty and the
 * monitor polls them, so the dashboard appears before any network. `onNote` hears
 * of home pages whose feeds were followed instead. The desk holds what changed
 * against what `pipeline` knows (everything, when it knows nothing).
 */
export async function loadSources(
  locations: readonly string[],
  settings: FetchSettings,
  fetchUrls: boolean,
  onNote: (line: string) => void = () => {},
  pipeline: Pipeline = createPipeline(),
): Promise<Desk> {
  const read = await Promise.all(
    locations.map(async (location): Promise<LoadedSource> => {
      if (!isUrl(location)) return loadFileSource(location, settings, pipeline);
      if (fetchUrls) return loadUrlSource(location, settings, pipeline);
      return { source: emptySource(location), updates: [], reactions: [], listed: [] };
    }),
  );
  const loaded = fetchUrls ? await followAnnouncedFeeds(read, locations, settings, onNote, pipeline) : read.map(pageWithoutFeedsFollowed);
  // Two files given twice are one source.
  const seen = new Set<string>();
  const unique = loaded.filter(({ source }) => (seen.has(source.id) ? false : (seen.add(source.id), true)));
  const updates = unique.flatMap((entry) => entry.updates).sort(compareNewestFirst);
  // Reactions follow their updates: newest update first, reading order within one.
  const byUpdate = new Map<string, Reaction[]>();
  for (const reaction of unique.flatMap((entry) => entry.reactions)) {
    const list = byUpdate.get(reaction.updateKey);
    if (list === undefined) byUpdate.set(reaction.updateKey, [reaction]);
    else list.push(reaction);
  }
  const reactions = updates.flatMap((update) => byUpdate.get(update.key) ?? []);
  // Tags are only distinct among all sources, so they are given once all are known.
  const tags = sourceTags(unique.map((entry) => entry.source.location));
  const sources = unique.map((entry, index) => ({ ...entry.source, tag: tags[index] ?? entry.source.tag }));
  return { sources, updates, reactions };
}
