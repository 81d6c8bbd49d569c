// What a document that holds no feed and no time-stamped entry looks like, in one
// line a reader can act on ("this is an OPML file: follow it with --opml"). Any text
// parses as a live blog with no entries; shown as one, a wrong file looked like an
// empty live blog and its whole text became the summary.
import { formatBytes } from '../net/format-amount.js';
import { xmlRootName } from './detect-format.js';

const URL_LINE = /^(?:[a-z][a-z0-9+.-]*:\/\/|(?:exec|filter|query):)\S/i;
const MARKDOWN_HEADING = /^#{1,6}\s+\S/;
const CODE_FENCE = /^(?:```|~~~)/;
/** Elements a fragment of a web page starts with; a whole page (<html>) is told apart earlier. */
const HTML_ELEMENTS = new Set(
  ('a abbr article aside b blockquote br button caption code dd div dl dt em figure figcaption footer form ' +
    'h1 h2 h3 h4 h5 h6 header hr i iframe img input label li link main meta nav noscript ol p pre script ' +
    'section small span strong style sub sup table tbody td th thead title tr u ul').split(' '),
);
const FEED_ROOT_NAMES = new Set(['rss', 'feed', 'channel', 'rdf']);
const RSS_1_1_NAMESPACE = 'http://purl.org/net/rss1.1#';
const LIVE_BLOG_HINT = 'such as "16:40 GMT – Title"';

function withoutBom(text: string): string {
  return text.replace(/^\uFEFF/, '').trim();
}

/** A root element's name as the file wrote it, cut short: it is shown to the reader. */
function shownName(name: string): string {
  return name.length > 40 ? `${name.slice(0, 40)}…` : name;
}

function parsesAsJson(doc: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(doc) as unknown };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

// "[" also starts a bracketed tag ("[LIVE] …"): only a JSON-like character after it counts.
function startsLikeJson(doc: string): boolean {
  return doc.startsWith('{') || /^\[\s*(?:[[{"\]]|-?\d|true\b|false\b|null\b)/.test(doc);
}

function describeJson(doc: string): string | null {
  if (!startsLikeJson(doc)) return null;
  const parsed = parsesAsJson(doc);
  if ('error' in parsed) return `this looks like JSON, but it is not valid: ${parsed.error}`;
  if (Array.isArray(parsed.value)) return 'this is JSON (a list), not a JSON Feed';
  return 'this is JSON, but not a JSON Feed (it has no "version" from jsonfeed.org and no "items" list)';
}

function describeMarkup(doc: string): string | null {
  const root = xmlRootName(doc);
  if (root === null) return /^<(?:\?xml|!--|!doctype)/i.test(doc) ? 'this is XML with no element in it, not a feed' : null;
  const localName = root.slice(root.indexOf(':') + 1);
  if (root === 'opml') return 'this is an OPML file (a list of feeds): follow it with --opml';
  if (root === 'channel' && doc.slice(0, 2000).includes(RSS_1_1_NAMESPACE)) return 'this is an RSS 1.1 feed, which livedesk does not read';
  if (root === 'entry') return 'this is a single Atom entry, not a feed';
  if (root.includes(':') && FEED_ROOT_NAMES.has(localName)) {
    // xmlRootName lower-cases; show the prefix and name as written.
    const written = new RegExp(`<(${root.replace(/[.]/g, '\\.')})`, 'i').exec(doc)?.[1] ?? root;
    return `this feed writes its elements with a namespace prefix (<${shownName(written)}>), which livedesk does not read`;
  }
  if (HTML_ELEMENTS.has(root)) return 'this is a fragment of HTML, not a feed or a live blog';
  return `this is an XML document (its root element is <${shownName(root)}>), not RSS, Atom or a live blog`;
}

function nonBlankLines(doc: string): string[] {
  return doc
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Lines that are mostly feed addresses, with # comments: newsboat's urls file and the like. */
function isListOfUrls(lines: readonly string[]): boolean {
  const listed = lines.filter((line) => !line.startsWith('#'));
  const urls = listed.filter((line) => URL_LINE.test(line)).length;
  return urls > 0 && urls * 2 >= listed.length;
}

export function isUrlList(text: string): boolean {
  return isListOfUrls(nonBlankLines(withoutBom(text)));
}

function describeList(lines: readonly string[]): string | null {
  return isListOfUrls(lines) ? 'this is a list of feed addresses (a urls file): follow it with --urls' : null;
}

function describeText(doc: string, lines: readonly string[]): string {
  if (lines.length === 1 && doc.length > 1000) {
    return `this is one line of ${formatBytes(Buffer.byteLength(doc))} of text with no time-stamped entry, not a live blog`;
  }
  const headings = lines.filter((line) => MARKDOWN_HEADING.test(line)).length;
  const fenced = lines.some((line) => CODE_FENCE.test(line));
  if (headings >= 2 || (headings === 1 && (fenced || MARKDOWN_HEADING.test(lines[0] ?? '')))) {
    return 'this is Markdown (like a README) with no time-stamped entry, not a live blog';
  }
  const count = lines.length === 1 ? 'one line' : `${lines.length.toLocaleString('en')} lines`;
  return `${count} of text, none of them a time-stamped entry ${LIVE_BLOG_HINT}: not a live blog`;
}

/**
 * Why a document is neither a feed nor a live blog, saying what it looks like:
 * a list of feeds, JSON or XML of another kind, a fragment of HTML, Markdown, plain text.
 */
export function describeNonFeed(text: string): string {
  const doc = withoutBom(text);
  const lines = nonBlankLines(doc);
  return describeJson(doc) ?? describeMarkup(doc) ?? describeList(lines) ?? describeText(doc, lines);
}

/**
 * True for JSON and for XML that is not a fragment of HTML: lines inside them that
 * read like times ("16:40 GMT – …" in a string) are not a live blog's entries.
 */
export function isStructuredDocument(text: string): boolean {
  const doc = withoutBom(text);
  if (startsLikeJson(doc)) return 'value' in parsesAsJson(doc);
  const root = xmlRootName(doc);
  return root !== null && !HTML_ELEMENTS.has(root);
}
