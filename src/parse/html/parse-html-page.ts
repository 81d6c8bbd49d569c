// A web page → ParsedFeed. A live blog gives its updates; an ordinary article gives
// one update; a page that is neither but announces feeds gives those feeds to follow
// instead; an error page or any other page is a plain-words error, never a silently
// empty live blog.
import type { ParsedFeed } from '../../model.js';
import { parsePage, textOf } from './dom.js';
import { readPageMeta } from './page-meta.js';
import { readPageShape } from './page-shape.js';
import { pageClock } from './page-times.js';
import { readArticle } from './read-article.js';
import { readFlatLiveBlog } from './read-flat-live-blog.js';
import { readJsonLd } from './read-json-ld.js';
import { readLiveBlog } from './read-live-blog.js';
import { readMicrodata } from './read-microdata.js';
import { mergeStructured } from './structured-data.js';

export interface PageContext {
  /** The address the page was read from, for its links; null for a local file. */
  pageUrl: string | null;
  /** When the page was fetched (or the file last changed): bare clocks are read up to this moment. */
  fallbackDate: Date;
}

export const UNTIMED_NOTE = 'This page gives no time for its updates: they are shown in page order.';

const ERROR_TITLE =
  /\b(?:400|401|403|404|410|429|500|502|503|504)\b|not found|(?:cannot|can't|could not) be found|does ?n[o']t exist|no longer (?:exists|available)|access denied|forbidden|server error|service unavailable|bad gateway|time-?out|(?:document|object|page) (?:has )?moved|moved permanently|\berror\b/i;
/** Error pages are short; a long page with "error" in its title is a story about one. */
const ERROR_PAGE_TEXT = 3000;

function quoted(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return `“${line.length > 80 ? `${line.slice(0, 79)}…` : line}”`;
}

/** Reads a web page; throws an Error whose message is one plain line when it holds nothing to follow. */
export function parseHtmlPage(html: string, context: PageContext): ParsedFeed {
  const document = parsePage(html);
  const meta = readPageMeta(document, context.pageUrl);
  const shape = readPageShape(document);
  const structured = mergeStructured([readJsonLd(document), readMicrodata(document)]);
  const headline = structured.liveBlog?.headline ?? meta.title;
  const dates = [structured.liveBlog?.modified, structured.liveBlog?.published, structured.article?.modified, meta.modified, meta.published];
  const clock = pageClock(dates.map((date) => date ?? null), context.fallbackDate);

  const liveBlog = readLiveBlog({ shape, structured, clock, url: meta.url ?? structured.liveBlog?.url ?? null, pageHeadline: headline, fetchedAt: context.fallbackDate.getTime() });
  if (liveBlog !== null) {
    const description = structured.liveBlog?.description ?? meta.description;
    const summary = [liveBlog.untimed ? UNTIMED_NOTE : null, description].filter((part) => part !== null).join('\n\n');
    return { kind: 'web-page', title: headline, summary: summary || null, link: meta.url, updates: liveBlog.updates };
  }

  // Its clocks are read on the day of the page's newest date, as a plain-text blog's on its file's.
  const pageDate = clock.newest === null ? context.fallbackDate : new Date(clock.newest);
  const flat = readFlatLiveBlog(document, shape, pageDate, structured.liveBlog !== null);
  if (flat !== null) {
    return { kind: 'web-page', title: headline, summary: structured.liveBlog?.description ?? meta.description, link: meta.url, updates: flat };
  }

  const bodyElement = shape.elements.find((element) => element.name === 'body');
  const pageText = bodyElement === undefined ? 0 : shape.shape(bodyElement).textLength;
  const heading = shape.elements.find((element) => element.name === 'h1');
  const errorLine = [meta.title, heading === undefined ? null : textOf(heading)].find((text) => text && ERROR_TITLE.test(text));
  if (errorLine && pageText < ERROR_PAGE_TEXT) throw new Error(`this is an error page, not a live blog: ${quoted(errorLine)}`);

  const article = readArticle({ document, shape, meta, article: structured.article });
  if (article !== null) {
    return { kind: 'web-page', title: article.title || meta.title, summary: meta.description, link: meta.url, updates: [article] };
  }
  if (meta.feeds.length > 0) {
    return { kind: 'web-page', title: meta.title, summary: meta.description, link: meta.url, updates: [], feeds: meta.feeds };
  }
  const named = meta.title === null ? '' : ` (${quoted(meta.title)})`;
  throw new Error(`this web page${named} holds no live blog or article and announces no feeds`);
}
