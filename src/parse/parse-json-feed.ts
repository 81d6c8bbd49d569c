// JSON Feed 1.0 and 1.1 (https://jsonfeed.org) → ParsedFeed. rss-parser does not read
// JSON at all, and the format is small enough to map by hand.

import type { ParsedFeed, ParsedUpdate } from '../model.js';
import { parseFeedDate } from './feed-date.js';
import { looksLikeHtml } from './looks-like-html.js';

/** How titles and bodies are read: the HTML converter, or whitespace folding when a feed has no markup. */
interface MarkupReader {
  htmlToText(html: string): string;
  htmlToTextWithLinks(html: string): { text: string; links: string[] };
  htmlToLine(html: string): string;
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();
// What the HTML converter makes of text with no tag or reference in it.
const WITHOUT_MARKUP: MarkupReader = { htmlToText: oneLine, htmlToTextWithLinks: (html) => ({ text: oneLine(html), links: [] }), htmlToLine: oneLine };

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A non-empty trimmed string, or null for anything else (numbers, objects, blanks). */
function stringOrNull(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function idOf(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return stringOrNull(value);
}

/** Plain text with whitespace runs collapsed, as htmlToText would leave it, but no markup read. */
function plainText(value: string): string {
  return value
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

// 1.0 has a single `author`; 1.1 deprecates it in favour of `authors`.
function authorsOf(item: JsonObject): string | null {
  const list = Array.isArray(item['authors']) ? item['authors'] : [item['author']];
  const names = list
    .map((author) => (isObject(author) ? stringOrNull(author['name']) : null))
    .filter((name): name is string => name !== null);
  return names.length > 0 ? names.join(', ') : null;
}

function bodyOf(item: JsonObject, markup: MarkupReader): { text: string; links: string[] } {
  const html = stringOrNull(item['content_html']);
  if (html !== null) return markup.htmlToTextWithLinks(html);
  const text = stringOrNull(item['content_text']) ?? stringOrNull(item['summary']);
  return { text: text === null ? '' : plainText(text), links: [] };
}

function toUpdate(item: JsonObject, feedAuthor: string | null, markup: MarkupReader): ParsedUpdate {
  const timeText = stringOrNull(item['date_published']) ?? stringOrNull(item['date_modified']);
  const title = stringOrNull(item['title']);
  const body = bodyOf(item, markup);
  return {
    id: idOf(item['id']),
    time: parseFeedDate(timeText),
    timeText,
    title: title === null ? '' : markup.htmlToLine(title),
    body: body.text,
    link: stringOrNull(item['url']) ?? stringOrNull(item['external_url']),
    author: authorsOf(item) ?? feedAuthor,
    ...(body.links.length > 0 ? { links: body.links } : {}),
  };
}

/** True when some title, description or item body holds HTML, so the converter is needed. */
function carriesMarkup(document: JsonObject, items: readonly JsonObject[]): boolean {
  const strings = [document['title'], document['description']];
  for (const item of items) {
    if (stringOrNull(item['content_html']) !== null) return true;
    strings.push(item['title']);
  }
  return strings.some((value) => typeof value === 'string' && looksLikeHtml(value));
}

/** Parses a JSON Feed document; rejects with a plain-words Error when it is not one. */
export async function parseJsonFeed(text: string): Promise<ParsedFeed> {
  let document: unknown;
  try {
    document = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`not valid JSON: ${reason}`);
  }
  if (!isObject(document)) throw new Error('not a JSON Feed: the document is not a JSON object');
  const version = document['version'];
  const declaresJsonFeed = typeof version === 'string' && version.includes('jsonfeed.org');
  if (!declaresJsonFeed && !Array.isArray(document['items'])) {
    throw new Error('not a JSON Feed: it has no "version" from jsonfeed.org and no "items" list');
  }
  const items = (Array.isArray(document['items']) ? document['items'] : []).filter(isObject);
  // The HTML parser is loaded only for feeds that carry HTML.
  const markup = carriesMarkup(document, items) ? await import('./html-to-text.js') : WITHOUT_MARKUP;
  const feedAuthor = authorsOf(document);
  const title = stringOrNull(document['title']);
  const description = stringOrNull(document['description']);
  return {
    kind: 'json-feed',
    title: title === null ? null : markup.htmlToLine(title),
    summary: description === null ? null : markup.htmlToText(description),
    link: stringOrNull(document['home_page_url']),
    updates: items.map((item) => toUpdate(item, feedAuthor, markup)),
  };
}
