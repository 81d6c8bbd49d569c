// JSON Feed 1.0 and 1.1 (https://jsonfeed.org) → ParsedFeed. rss-parser does not read
// JSON at all, and the format is small enough to map by hand.

import type { ParsedFeed, ParsedUpdate } from '../model.js';
import { parseFeedDate } from './feed-date.js';
import { htmlToLine, htmlToText } from './html-to-text.js';

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

function bodyOf(item: JsonObject): string {
  const html = stringOrNull(item['content_html']);
  if (html !== null) return htmlToText(html);
  const text = stringOrNull(item['content_text']) ?? stringOrNull(item['summary']);
  return text === null ? '' : plainText(text);
}

function toUpdate(item: JsonObject, feedAuthor: string | null): ParsedUpdate {
  const timeText = stringOrNull(item['date_published']) ?? stringOrNull(item['date_modified']);
  const title = stringOrNull(item['title']);
  return {
    id: idOf(item['id']),
    time: parseFeedDate(timeText),
    timeText,
    title: title === null ? '' : htmlToLine(title),
    body: bodyOf(item),
    link: stringOrNull(item['url']) ?? stringOrNull(item['external_url']),
    author: authorsOf(item) ?? feedAuthor,
  };
}

/** Parses a JSON Feed document; throws an Error with a plain-words message when it is not one. */
export function parseJsonFeed(text: string): ParsedFeed {
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
  const items = Array.isArray(document['items']) ? document['items'] : [];
  const feedAuthor = authorsOf(document);
  const title = stringOrNull(document['title']);
  const description = stringOrNull(document['description']);
  return {
    kind: 'json-feed',
    title: title === null ? null : htmlToLine(title),
    summary: description === null ? null : htmlToText(description),
    link: stringOrNull(document['home_page_url']),
    updates: items.filter(isObject).map((item) => toUpdate(item, feedAuthor)),
  };
}
