// Reads each upstream project's golden file into one neutral shape, so the
// conformance test compares every corpus the same way. Nothing here looks at our output.

export interface ExpectedItem {
  title: string;
  link: string | null;
  /** Only set when the source document itself carries a guid / id. */
  id?: string;
  /** Instant in ms, or null when upstream found no date. */
  time: number | null;
}

export interface ExpectedFeed {
  title: string | null;
  items: ExpectedItem[];
}

type Json = Record<string, unknown>;

function str(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function instant(value: unknown): number | null {
  const text = str(value);
  if (text === null) return null;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? null : ms;
}

function list(value: unknown): Json[] {
  return Array.isArray(value) ? (value as Json[]) : [];
}

/** An id is only worth comparing when the source wrote it: upstream parsers invent the rest. */
function sourcedId(id: unknown, source: string): string | undefined {
  const text = typeof id === 'number' ? String(id) : str(id);
  return text !== null && source.includes(text) ? text : undefined;
}

/** gofeed's universal `gofeed.Feed` (omitempty: an absent key is the zero value). */
export function fromGofeed(golden: Json, source: string): ExpectedFeed {
  return {
    title: str(golden['title']),
    items: list(golden['items']).map((item) => ({
      title: str(item['title']) ?? '',
      link: str(item['link']),
      id: sourcedId(item['guid'], source),
      time: instant(item['publishedParsed']) ?? instant(item['updatedParsed']),
    })),
  };
}

function feedRsText(value: unknown): string | null {
  return typeof value === 'object' && value !== null ? str((value as Json)['content']) : null;
}

/** feed-rs's serde model; the first link is the one it treats as the entry's main link. */
export function fromFeedRs(golden: Json, source: string): ExpectedFeed {
  return {
    title: feedRsText(golden['title']),
    items: list(golden['entries']).map((entry) => ({
      title: feedRsText(entry['title']) ?? '',
      link: str(list(entry['links'])[0]?.['href']),
      id: sourcedId(entry['id'], source),
      time: instant(entry['published']) ?? instant(entry['updated']),
    })),
  };
}

/** rss-parser's own output: `{feed: {title, items: [{title, link, guid | id, isoDate}]}}`. */
export function fromRssParser(golden: Json, source: string): ExpectedFeed {
  const feed = (golden['feed'] ?? {}) as Json;
  return {
    title: str(feed['title']),
    items: list(feed['items']).map((item) => ({
      title: str(item['title']) ?? '',
      link: str(item['link']),
      id: sourcedId(item['guid'] ?? item['id'], source),
      time: instant(item['isoDate']),
    })),
  };
}

/** The JSON Feed spec examples carry no golden file: the spec text itself is the expectation. */
export function fromJsonFeedSpec(document: Json): ExpectedFeed {
  return {
    title: str(document['title']),
    items: list(document['items']).map((item) => ({
      title: str(item['title']) ?? '',
      link: str(item['url']) ?? str(item['external_url']),
      id: sourcedId(item['id'], JSON.stringify(document)),
      time: instant(item['date_published']) ?? instant(item['date_modified']),
    })),
  };
}
