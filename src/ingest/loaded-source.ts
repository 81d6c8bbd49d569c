// One read of one source as the desk takes it in: the source, what changed in it,
// the reactions of what changed, and every update it lists.
import type { AnnouncedFeed, ParsedFeed, Reaction, Source, Update } from '../model.js';
import { describeError } from '../sources/describe-error.js';
import { emptySource } from '../sources/empty-source.js';
import { sanitizeForTerminal, sanitizeLine } from '../text/sanitize-for-terminal.js';
import type { ListedUpdate } from './known-updates.js';
import { normaliseUpdates } from './normalise-updates.js';

export interface LoadedSource {
  source: Source;
  /** New or changed against what was known, newest first: all of them when nothing was. Only these are read for reactions and archived. */
  updates: Update[];
  /** The reactions of `updates`. */
  reactions: Reaction[];
  /** Every update the source lists now, newest first: what stays known, and what the memory policy must keep. */
  listed: ListedUpdate[];
  /** Feeds the source announces instead of updates of its own: it is a web page such as a home page. */
  feeds?: AnnouncedFeed[];
}

/** A parse turned into the model: the source's own title, kind and summary, and all its updates. */
export interface NormalisedRead {
  source: Source;
  updates: Update[];
  feeds?: AnnouncedFeed[];
}

/** A summary is a live blog's lead or a feed's description: a few paragraphs, never megabytes. */
const MAX_SUMMARY_CHARS = 4_000;

function shortened(text: string): string {
  if (text.length <= MAX_SUMMARY_CHARS) return text;
  const cut = text.slice(0, MAX_SUMMARY_CHARS);
  const lastSpace = cut.search(/\s\S*$/);
  return `${lastSpace > MAX_SUMMARY_CHARS / 2 ? cut.slice(0, lastSpace) : cut} …`;
}

export function sourceFromFeed(location: string, feed: ParsedFeed): NormalisedRead {
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

/** A source that could not be read: its error in one line, nothing else. */
export function failedSource(location: string, error: unknown): LoadedSource {
  return { source: { ...emptySource(location), error: describeError(error, location) }, updates: [], reactions: [], listed: [] };
}
