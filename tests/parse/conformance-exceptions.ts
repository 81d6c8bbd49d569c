// Where livedesk differs from an upstream project on purpose. Every entry names the
// file, the field and why; the conformance test fails when an entry stops being needed.

export type Field = 'title' | 'count' | 'item.title' | 'item.link' | 'item.id' | 'item.time';

interface FieldException {
  file: string;
  field: Field;
  reason: string;
}

const OUR_TITLES_ARE_PLAIN_TEXT = 'upstream keeps markup and character references in titles; we show plain text';

export const FIELD_EXCEPTIONS: readonly FieldException[] = [
  // Titles: we turn HTML into text.
  { file: 'rss-parser/test/input/craigslist.rss', field: 'item.title', reason: OUR_TITLES_ARE_PLAIN_TEXT },
  { file: 'feed-rs/feed-rs/fixture/jsonfeed/jsonfeed_elastic_1.1.json', field: 'title', reason: OUR_TITLES_ARE_PLAIN_TEXT },
  // Links: we keep the first link exactly as written.
  {
    file: 'gofeed/testdata/translator/rss/feed_item_links_-_rss_channel_item_links.xml',
    field: 'item.link',
    reason: 'gofeed promotes a later <link href>; we take the first <link>, as rss-parser does',
  },
  {
    file: 'feed-rs/feed-rs/fixture/jsonfeed/jsonfeed_elastic_1.1.json',
    field: 'item.link',
    reason: 'feed-rs normalises URLs (adds a trailing slash); we keep links as the feed wrote them',
  },
  {
    file: 'feed-rs/feed-rs/fixture/rss0/rss_0.91_encoding_1.xml',
    field: 'item.link',
    reason: 'feed-rs normalises URLs (lower-cases the host); we keep links as the feed wrote them',
  },
  // Dates: we are more lenient.
  {
    file: 'feed-rs/feed-rs/fixture/rss2/rss_2.0_nbcny.xml',
    field: 'item.time',
    reason: 'a date with no zone ("Sat, Dec 16 2023 02:02:33 PM") is read as UTC; feed-rs rejects it',
  },
];

export function exceptionsFor(file: string): Set<Field> {
  return new Set(FIELD_EXCEPTIONS.filter((entry) => entry.file === file).map((entry) => entry.field));
}

/**
 * Golden files written by reading ISO-8859-1 bytes as UTF-8: every accented letter
 * became U+FFFD. We decode them correctly, so there U+FFFD stands for any one
 * non-ASCII letter (or the no-break space we turn into a space).
 */
export const GOLDEN_WITH_REPLACEMENT_CHARACTERS: ReadonlySet<string> = new Set([
  'rss-parser/test/input/encoding.rss',
  'rss-parser/test/input/uolNoticias.rss',
]);

interface Rejection {
  /** What the reader is told; matched against the error message. */
  message: RegExp;
  reason: string;
}

const NOT_A_FEED = /^detected as live-blog, not a feed$/;

/** Inputs we refuse on purpose (we never parse these leniently). */
export const EXPECTED_REJECTIONS: Readonly<Record<string, Rejection>> = {
  'feed-rs/feed-rs/fixture/rss2/rss_2.0_invalid_1.xml': {
    message: /^not a valid RSS\/Atom document: unclosed root tag/,
    reason: 'truncated after a server error; feed-rs also reports an error',
  },
  'feed-rs/feed-rs/fixture/atom/atom_entry_1.xml': {
    message: NOT_A_FEED,
    reason: 'an Atom Entry Document (root <entry>) is one entry, not a feed to follow',
  },
  'feed-rs/feed-rs/fixture/xml/xml_iso8859.xml': { message: NOT_A_FEED, reason: 'generic XML sample, no feed root' },
  'feed-rs/feed-rs/fixture/xml/xml_sample_1.xml': { message: NOT_A_FEED, reason: 'generic XML sample, no feed root' },
  'feed-rs/feed-rs/fixture/xml/xml_sample_2.xml': { message: NOT_A_FEED, reason: 'generic XML sample, no feed root' },
  'rss-parser/test/input/unrecognized.rss': {
    message: /^detected as html, not a feed$/,
    reason: 'an HTML "Document Moved" page; rss-parser rejects it too',
  },
};

/** Inputs with no golden file upstream: we only require that they parse into a feed with items. */
export const PARSED_WITHOUT_GOLDEN: Readonly<Record<string, string>> = {
  'rss-parser/test/input/itunes-missing-image.rss': 'upstream only checks that feed.itunes.image is absent',
};

/** Charsets the upstream tests served over HTTP, standing in for a Content-Type header. */
export const SERVED_CHARSETS: Readonly<Record<string, string>> = {
  'rss-parser/test/input/encoding.rss': 'latin1',
};
