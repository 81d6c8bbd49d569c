// A small stand-in page reader for the evaluation only: it turns a captured HTML page
// into updates (title + plain-text body) using a layout written by hand for that page
// (pages.json). The app's own reader for HTML pages replaces it once it exists; the
// extractor never sees anything but the updates.

import type { ParsedUpdate } from '../../src/model.js';
import { decodeEntities, htmlToText } from '../../src/parse/html-to-text.js';

export interface PageLayout {
  /** Start tags (their first characters) of the page's own head: headline, standfirst, summary. */
  head?: string[];
  /** Start tag of one update; every element that opens with it is one update. */
  update: string;
  /** Start tag of an update's title; the first h1–h4 when not given. */
  title?: string;
  /** Start tags of elements left out of an update (share bars, bylines, time stamps). */
  drop?: string[];
}

const TAG_NAME = /^<([a-zA-Z][a-zA-Z0-9-]*)/u;

/** [start, end) of the element that opens at `start`, counting nested elements of the same name. */
function elementAt(html: string, start: number): [number, number] {
  const name = TAG_NAME.exec(html.slice(start, start + 40))?.[1]?.toLowerCase() ?? 'div';
  const tags = new RegExp(`<(/?)${name}(?=[\\s>/])`, 'giu');
  tags.lastIndex = start + 1;
  let depth = 1;
  for (let m = tags.exec(html); m !== null; m = tags.exec(html)) {
    depth += m[1] === '/' ? -1 : 1;
    if (depth === 0) {
      const close = html.indexOf('>', m.index);
      return [start, close < 0 ? html.length : close + 1];
    }
  }
  return [start, html.length];
}

function elements(html: string, startTag: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (let i = html.indexOf(startTag); i >= 0; ) {
    const span = elementAt(html, i);
    found.push(span);
    i = html.indexOf(startTag, span[1]);
  }
  return found;
}

function without(html: string, startTags: readonly string[]): string {
  let out = html;
  for (const tag of startTags) {
    for (const [s, e] of elements(out, tag).reverse()) out = `${out.slice(0, s)}${out.slice(e)}`;
  }
  return out;
}

const HEADING = /<h[1-4](?=[\s>])/iu;

/** Text of an element's attribute-only content (`<meta itemprop="articleBody" content="…">`). */
function metaContent(html: string, prop: string): string | null {
  const m = new RegExp(`itemprop="${prop}"\\s+content\\s*=\\s*"([^"]*)"`, 'u').exec(html);
  return m?.[1] === undefined ? null : htmlToText(decodeEntities(m[1]));
}

function readUpdate(html: string, layout: PageLayout, id: string): ParsedUpdate {
  let inner = without(html, layout.drop ?? []);
  let title = '';
  const titleAt = layout.title !== undefined ? inner.indexOf(layout.title) : inner.search(HEADING);
  if (titleAt >= 0) {
    const [s, e] = elementAt(inner, titleAt);
    title = htmlToText(inner.slice(s, e)).replace(/\s+/gu, ' ');
    inner = `${inner.slice(0, s)}${inner.slice(e)}`;
  }
  let body = htmlToText(inner);
  if (body === '') body = metaContent(html, 'articleBody') ?? '';
  return { id, time: null, timeText: null, title, body, link: null, author: null };
}

/** The page's updates: one for its head (if the layout names one), then one per update element. */
export function readPage(html: string, layout: PageLayout): ParsedUpdate[] {
  const updates: ParsedUpdate[] = [];
  if (layout.head !== undefined) {
    const parts = layout.head.flatMap((tag) => elements(html, tag).slice(0, 1).map(([s, e]) => htmlToText(html.slice(s, e))));
    const [title = '', ...rest] = parts;
    updates.push({ id: 'head', time: null, timeText: null, title: title.replace(/\s+/gu, ' '), body: rest.join('\n\n'), link: null, author: null });
  }
  elements(html, layout.update).forEach(([s, e], n) => updates.push(readUpdate(html.slice(s, e), layout, `u${n + 1}`)));
  return updates;
}
