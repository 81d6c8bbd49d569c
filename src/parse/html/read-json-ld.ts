// schema.org JSON-LD → StructuredPage. Pages put it in several blocks, in `@graph`,
// in arrays, with types as arrays or full URLs, with HTML (or HTML entities written
// twice) inside strings, and sometimes with comments that make it invalid JSON.
import { attr, descendants, type Document } from './dom.js';
import { parseLenientJson } from './lenient-json.js';
import { isArticleType, shortType, type StructuredPage, type StructuredPost, type StructuredWork } from './structured-data.js';
import { structuredLine, structuredText } from './structured-text.js';

type Thing = Record<string, unknown>;

// Far deeper than any real page nests; a hostile one stops here instead of at the stack's end.
const MAX_DEPTH = 64;

function isThing(value: unknown): value is Thing {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typesOf(thing: Thing): string[] {
  const type = thing['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((entry): entry is string => typeof entry === 'string').map(shortType);
}

/** Every typed object anywhere in the value, outermost first. */
function collectThings(value: unknown, found: Thing[], depth = 0): void {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(value)) {
    for (const entry of value) collectThings(entry, found, depth + 1);
    return;
  }
  if (!isThing(value)) return;
  if (typesOf(value).length > 0) found.push(value);
  for (const [key, child] of Object.entries(value)) {
    if (key !== '@context') collectThings(child, found, depth + 1);
  }
}

/** A string from a value that may be a string, a number, a list, or an object with a name or @value. */
function plain(value: unknown, depth = 0): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (depth > 3) return null;
  if (Array.isArray(value)) {
    for (const entry of value) {
      const text = plain(entry, depth + 1);
      if (text !== null) return text;
    }
    return null;
  }
  if (isThing(value)) return plain(value['@value'] ?? value['name'], depth + 1);
  return null;
}

function authorOf(value: unknown): string | null {
  const list = Array.isArray(value) ? value : [value];
  const names = list
    .map((author) => (typeof author === 'string' ? author : isThing(author) ? plain(author['name']) : null))
    .filter((name): name is string => name !== null)
    .map((name) => structuredLine(name))
    .filter((name) => name !== '');
  return names.length > 0 ? names.join(', ') : null;
}

function workOf(thing: Thing): StructuredWork {
  const headline = plain(thing['headline']) ?? plain(thing['name']);
  const description = plain(thing['description']);
  const body = plain(thing['articleBody']) ?? plain(thing['text']);
  return {
    headline: headline === null ? null : structuredLine(headline) || null,
    description: description === null ? null : structuredText(description) || null,
    body: body === null ? null : structuredText(body) || null,
    published: plain(thing['datePublished']) ?? plain(thing['dateCreated']),
    modified: plain(thing['dateModified']),
    author: authorOf(thing['author']),
    url: plain(thing['url']) ?? plain(thing['mainEntityOfPage']),
  };
}

function postOf(thing: Thing): StructuredPost {
  const work = workOf(thing);
  const id = plain(thing['@id']);
  const url = plain(thing['url']);
  return {
    id: id ?? url,
    url,
    headline: work.headline,
    body: work.body,
    published: work.published,
    modified: work.modified,
    author: work.author,
    element: null,
  };
}

function updatesOf(liveBlog: Thing): Thing[] {
  const updates = liveBlog['liveBlogUpdate'];
  return (Array.isArray(updates) ? updates : [updates]).filter(isThing);
}

/** Reads every JSON-LD block of the page; blocks that cannot be read are skipped, not fatal. */
export function readJsonLd(document: Document): StructuredPage {
  const things: Thing[] = [];
  for (const script of descendants(document)) {
    if (script.name !== 'script' || !/ld\+json/i.test(attr(script, 'type') ?? '')) continue;
    const text = script.children.map((child) => ('data' in child ? child.data : '')).join('');
    collectThings(parseLenientJson(text.trim()), things);
  }
  const liveBlogs = things.filter((thing) => typesOf(thing).includes('LiveBlogPosting'));
  const updates = new Set(liveBlogs.flatMap(updatesOf));
  const article = things.find((thing) => !updates.has(thing) && !liveBlogs.includes(thing) && typesOf(thing).some(isArticleType));
  return {
    liveBlog: liveBlogs[0] === undefined ? null : workOf(liveBlogs[0]),
    posts: [...updates].map(postOf),
    article: article === undefined ? null : workOf(article),
  };
}
