// What a list file says a source is called: a urls file's "~Custom title" and
// its tags. They stand over the feed's own title at every read, so a poll that
// brings the feed's title back does not undo the reader's name for it.
import type { Source } from '../model.js';
import { sourceIdFor } from '../sources/source-identity.js';

export interface ListedName {
  title: string | null;
  labels: readonly string[];
}

/** By source id, so every spelling of a location finds its name. */
export type ListedNames = ReadonlyMap<string, ListedName>;

export function listedName(location: string, title: string | null, labels: readonly string[] = []): [string, ListedName] {
  return [sourceIdFor(location), { title, labels }];
}

/** The source as the list names it; itself when the list says nothing of it. */
export function nameSource(source: Source, names: ListedNames): Source {
  const name = names.get(source.id);
  if (name === undefined) return source;
  const title = name.title ?? source.title;
  const labels = name.labels.length > 0 ? name.labels : undefined;
  if (title === source.title && labels === source.labels) return source;
  const { labels: _earlier, ...bare } = source;
  return labels === undefined ? { ...bare, title } : { ...bare, title, labels };
}

/** The names in force: a urls file read again while running replaces them. */
export interface SourceNaming {
  name(source: Source): Source;
  set(names: ListedNames): void;
}

export function sourceNaming(initial: ListedNames): SourceNaming {
  let names = initial;
  return {
    name: (source) => (names.size === 0 ? source : nameSource(source, names)),
    set: (next) => void (names = next),
  };
}
