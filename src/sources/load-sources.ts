// Loads every source given on the command line into one timeline. Sources fail
// one by one: a broken file becomes a source with an error, the rest still load.
import type { Reaction, Source, Update } from '../model.js';
import { compareNewestFirst } from '../normalise-updates.js';
import { extractReactions } from '../reactions/extract-reactions.js';
import { loadFileSource } from './load-source.js';
import { sourceTags } from './source-tags.js';

export interface Desk {
  sources: Source[];
  updates: Update[];
  reactions: Reaction[];
}

const URL_PATTERN = /^[a-z][a-z0-9+.-]*:\/\//i;

function unsupported(location: string, reason: string): Source {
  return { id: location, title: location, tag: location, kind: null, location, error: reason, summary: null };
}

export async function loadSources(locations: readonly string[]): Promise<Desk> {
  const loaded = await Promise.all(
    locations.map(async (location) =>
      URL_PATTERN.test(location)
        ? { source: unsupported(location, `${location}: only local files can be read in this version`), updates: [] }
        : loadFileSource(location),
    ),
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
