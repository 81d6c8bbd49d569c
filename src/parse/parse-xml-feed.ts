// RSS 0.9x/1.0/2.0 and Atom → ParsedFeed through rss-parser. rss-parser hands back
// whatever xml2js built (strings, objects, arrays); everything here ends as a string.

import Parser from 'rss-parser';
import type { ParsedFeed, ParsedUpdate } from '../model.js';
import { xmlRootName } from './detect-format.js';
import { parseFeedDate } from './feed-date.js';
import { htmlToLine, htmlToText, htmlToTextWithLinks, namedEntity } from './html-to-text.js';

type Loose = Record<string, unknown>;

// rss-parser calls `new Date(published).toISOString()` on Atom entries, which throws
// RangeError for one bad date and loses the whole feed. Renaming those two tags while
// xml2js reads them hides them from rss-parser; we read them back as custom fields.
const HIDDEN_DATE_TAGS: ReadonlyMap<string, string> = new Map([
  ['published', 'livedesk-published'],
  ['updated', 'livedesk-updated'],
]);

// Publication before modification; RSS items may borrow Atom's elements.
const ITEM_DATE_FIELDS = [
  'livedesk-published', 'pubDate', 'issued', 'created', 'date', 'atom:published',
  'livedesk-updated', 'modified', 'atom:updated',
];
// All links of an item, for choosing the alternate one ourselves (rss-parser falls back to any).
const ALL_LINKS = 'livedesk-links';

function newParser(): Parser<Loose, Loose> {
  // A fresh parser per document: a reused one can report success after a failed parse (xml2js#365).
  return new Parser<Loose, Loose>({
    defaultRSS: 2, // <rss> without a version attribute is read as RSS 2.0
    xml2js: { tagNameProcessors: [(name: string) => HIDDEN_DATE_TAGS.get(name) ?? name] },
    customFields: {
      feed: ['subtitle', 'tagline'], // Atom 1.0 and 0.3 descriptions
      // Atom 0.3 and RSS-borrowed Atom dates, which rss-parser does not read, and the hidden ones.
      item: [
        'livedesk-published', 'livedesk-updated', 'issued', 'created', 'modified', 'atom:published', 'atom:updated',
        ['link', ALL_LINKS, { keepArray: true }],
      ],
    },
  });
}

/** Text out of anything xml2js may produce: strings, `{_: text}`, arrays, nested elements. */
function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    for (const entry of value) {
      const text = textOf(entry);
      if (text !== null) return text;
    }
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Loose;
  if (typeof record['_'] === 'string') return textOf(record['_']);
  if ('name' in record) return textOf(record['name']); // <author><name>…</name></author>
  // Mixed XHTML content: child text in document order is lost by xml2js; keep what is there.
  const parts = Object.entries(record)
    .filter(([key]) => key !== '$')
    .map(([, child]) => textOf(child))
    .filter((text): text is string => text !== null);
  return parts.length > 0 ? parts.join(' ') : null;
}

/** An href from a string or a `<link href="…">` element object. */
function linkOf(value: unknown): string | null {
  if (Array.isArray(value)) return linkOf(value[0]);
  if (typeof value === 'object' && value !== null) {
    const attributes = (value as Loose)['$'];
    if (typeof attributes === 'object' && attributes !== null) {
      const href = (attributes as Loose)['href'];
      if (typeof href === 'string' && href.trim() !== '') return href.trim();
    }
  }
  const text = textOf(value);
  return text === null ? null : text.trim();
}

/**
 * The item's main link: the first `<link>` that is text or an alternate (or rel-less)
 * href. Enclosures, "self" and "replies" links are not where a reader wants to go.
 */
function mainLinkOf(item: Loose): string | null {
  const links = item[ALL_LINKS];
  if (!Array.isArray(links)) return linkOf(item['link']);
  for (const link of links) {
    const attributes = typeof link === 'object' && link !== null ? (link as Loose)['$'] : undefined;
    const rel = typeof attributes === 'object' && attributes !== null ? (attributes as Loose)['rel'] : undefined;
    if (rel !== undefined && rel !== 'alternate') continue;
    const href = linkOf(link);
    if (href !== null) return href;
  }
  return null;
}

function firstText(record: Loose, keys: readonly string[]): string | null {
  for (const key of keys) {
    const text = textOf(record[key]);
    if (text !== null) return text.trim();
  }
  return null;
}

/** The longest plain text among the bodies the item offers, with its links; the first wins a tie. */
function richestBody(item: Loose): { text: string; links: string[] } {
  let best = { text: '', links: [] as string[] };
  for (const key of ['content:encoded', 'content', 'summary', 'description']) {
    const html = textOf(item[key]);
    if (html === null) continue;
    const read = htmlToTextWithLinks(html);
    if (read.text.length > best.text.length) best = read;
  }
  return best;
}

function toUpdate(item: Loose): ParsedUpdate {
  const timeText = firstText(item, ITEM_DATE_FIELDS);
  const title = textOf(item['title']);
  const itunes = item['itunes'];
  const itunesAuthor = typeof itunes === 'object' && itunes !== null ? textOf((itunes as Loose)['author']) : null;
  const author = firstText(item, ['creator', 'author', 'dc:creator']) ?? itunesAuthor;
  const body = richestBody(item);
  return {
    id: firstText(item, ['guid', 'id']),
    time: parseFeedDate(timeText),
    timeText,
    title: title === null ? '' : htmlToLine(title),
    body: body.text,
    link: mainLinkOf(item),
    author: author === null ? null : htmlToLine(author) || null,
    ...(body.links.length > 0 ? { links: body.links } : {}),
  };
}

function toParsedFeed(feed: Loose, kind: 'rss' | 'atom'): ParsedFeed {
  const title = textOf(feed['title']);
  const summary = firstText(feed, ['description', 'subtitle', 'tagline']);
  const items = Array.isArray(feed['items']) ? (feed['items'] as unknown[]) : [];
  return {
    kind,
    title: title === null ? null : htmlToLine(title),
    summary: summary === null ? null : htmlToText(summary) || null,
    link: linkOf(feed['link']),
    updates: items
      .filter((item): item is Loose => typeof item === 'object' && item !== null)
      .map(toUpdate),
  };
}

/** xml2js errors span lines ("Unexpected close tag\nLine: 4\n…"); keep one readable line. */
function shortReason(error: unknown): string {
  // rss-parser dereferences `channel[0]` unchecked, so a well-formed <rss> or <rdf:RDF>
  // without a <channel> surfaces as "cannot read properties of undefined (reading '0')".
  if (error instanceof TypeError) return 'it has no <channel> or other required element';
  if (error instanceof RangeError && /call stack/i.test(error.message)) return 'the markup is nested too deeply';
  const message = error instanceof Error ? error.message : String(error);
  const [first = 'unknown error', ...rest] = message.split('\n');
  const line = rest.find((part) => part.startsWith('Line:'));
  const reason = first.trim().replace(/\.$/, '').toLowerCase();
  return line ? `${reason} (line ${Number(line.slice(5).trim()) + 1})` : reason;
}

// HTML entities XML does not know (&nbsp; &eacute; …) and bare '&' make strict XML fail;
// many real feeds have them. Rewrite them, outside CDATA, for one lenient retry.
function repairEntities(xml: string): string {
  return xml
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part.replace(/&(?:(#\d+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);)?/g, (whole, ref?: string) => {
            if (ref === undefined) return '&amp;';
            if (ref.startsWith('#') || ['amp', 'lt', 'gt', 'quot', 'apos'].includes(ref)) return whole;
            const char = namedEntity(ref);
            if (char === undefined) return `&amp;${ref};`;
            // A few names stand for two code points (&NotEqualTilde;): write each one.
            return [...char].map((point) => `&#${point.codePointAt(0)};`).join('');
          }),
    )
    .join('');
}

async function parseWithRssParser(xml: string): Promise<Loose> {
  try {
    return await newParser().parseString(xml);
  } catch (firstError) {
    const repaired = repairEntities(xml);
    if (repaired === xml) throw firstError;
    try {
      return await newParser().parseString(repaired);
    } catch {
      throw firstError;
    }
  }
}

// Text elements that feeds fill with HTML, sometimes without escaping it.
const TEXT_ELEMENTS = /<(title|description|summary|subtitle|tagline|content|content:encoded)(\s[^>]*)?>([\s\S]*?)<\/\1\s*>/g;

/**
 * "<title>Talks <b>collapse</b> in Bamako</title>": xml2js reads the <b> as a child
 * element and hands rss-parser only "Talks  in Bamako" — words lost. Such markup is
 * turned into character data first, so the HTML converter sees all of it.
 */
export function keepInlineMarkup(xml: string): string {
  // Most feeds escape their HTML: then the document is handed on as it is, not copied.
  let rewritten = '';
  let copiedTo = 0;
  TEXT_ELEMENTS.lastIndex = 0;
  for (let match = TEXT_ELEMENTS.exec(xml); match !== null; match = TEXT_ELEMENTS.exec(xml)) {
    const [whole, name, attributes, inner = ''] = match;
    if (!inner.includes('<') || inner.includes('<![CDATA[')) continue;
    rewritten += xml.slice(copiedTo, match.index) + `<${name}${attributes ?? ''}><![CDATA[${inner.replaceAll(']]>', ']]]]><![CDATA[>')}]]></${name}>`;
    copiedTo = match.index + whole.length;
  }
  return copiedTo === 0 ? xml : rewritten + xml.slice(copiedTo);
}

/**
 * Parses an RSS or Atom document. Rejects with "not a valid RSS/Atom document: …"
 * for malformed XML or a document that is not a feed; never throws synchronously.
 */
export async function parseXmlFeed(text: string): Promise<ParsedFeed> {
  // Strict XML forbids anything before the declaration; real feeds often start with a newline.
  const xml = keepInlineMarkup(text.replace(/^\uFEFF/, '').trimStart());
  const root = xmlRootName(xml);
  if (root === null) throw new Error('not a valid RSS/Atom document: it does not start with an XML element');
  if (root !== 'rss' && root !== 'rdf:rdf' && root !== 'feed') {
    throw new Error(`not a valid RSS/Atom document: the root element is <${root}>, not <rss>, <rdf:RDF> or <feed>`);
  }
  try {
    // Mapping sits inside the try too: absurdly deep markup can overflow the stack there.
    return toParsedFeed(await parseWithRssParser(xml), root === 'feed' ? 'atom' : 'rss');
  } catch (error) {
    throw new Error(`not a valid RSS/Atom document: ${shortReason(error)}`);
  }
}
