// What a list of feeds (OPML, a newsboat urls file) gives: locations to follow,
// and, in plain words, what was skipped and why.

export interface FeedListEntry {
  /** URL or path, as the list gave it. */
  location: string;
  title: string | null;
  /** A urls file's tags on the line ("news", "mali"): the filter matches them. */
  tags?: string[];
}

export interface FeedList {
  entries: FeedListEntry[];
  problems: string[];
}

/** Control characters never belong in a location; a list that has them is damaged or hostile. */
export function hasControlCharacters(text: string): boolean {
  return /[\u0000-\u001f\u007f-\u009f]/u.test(text);
}

/** Later duplicates are dropped: following one feed twice shows every update twice. */
export function dedupe(entries: readonly FeedListEntry[]): FeedListEntry[] {
  const seen = new Set<string>();
  return entries.filter((entry) => (seen.has(entry.location) ? false : (seen.add(entry.location), true)));
}
