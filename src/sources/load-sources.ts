// Loads every source given on the command line into one timeline. Sources fail
// one by one: a broken file becomes a source with an error, the rest still load.
import type { Reaction, Source, Update } from '../model.js';
import { compareNewestFirst } from '../normalise-updates.js';
import { extractReactions } from '../reactions/extract-reactions.js';
import { emptySource, loadFileSource, loadUrlSource, type FetchSettings, type LoadedSource } from './load-source.js';
import { isUrl } from './location.js';
import { sourceTags } from './source-tags.js';

export interface Desk {
  sources: Source[];
  updates: Update[];
  reactions: Reaction[];
}

/**
 * Files are read at once, under the same limits as downloads. URLs are fetched once
 * when `fetchUrls` is set (headless runs); otherwise they start empty and the
 * monitor polls them, so the dashboard appears before any network.
 */
export async function loadSources(locations: readonly string[], settings: FetchSettings, fetchUrls: boolean): Promise<Desk> {
  const loaded = await Promise.all(
    locations.map(async (location): Promise<LoadedSource> => {
      if (!isUrl(location)) return loadFileSource(location, settings);
      if (fetchUrls) return loadUrlSource(location, settings);
      return { source: emptySource(location), updates: [] };
    }),
  );
  // Two files given twice are one source.
  const seen = new Set<string>();
  const unique = loaded.filter(({ source }) => (seen.has(source.id) ? false : (seen.add(source.id), true)));
  const updates = unique.flatMap((entry) => entry.updates).sort(compareNewestFirst);
  const reactions = updates.flatMap((update) => extractReactions(update));
  // Tags are only distinct among all sources, so they are given once all are known.
  const tags = sourceTags(unique.map((entry) => entry.source.location));
  const sources = unique.map((entry, index) => ({ ...entry.source, tag: tags[index] ?? entry.source.tag }));
  return { sources, updates, reactions };
}
