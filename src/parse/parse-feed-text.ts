// One entry point for every format: the content decides the parser, never the
// file name, so a live blog saved as .xml or an Atom feed saved as .rss both work.
import type { ParsedFeed } from '../model.js';
import { detectFormat } from './detect-format.js';
import { parseJsonFeed } from './parse-json-feed.js';
import { parseLiveBlog } from './parse-live-blog.js';

export interface ParseContext {
  /** Date for live-blog times that carry none (a file's modification time). */
  fallbackDate: Date;
  /** The address the text was fetched from, when it was: a web page's links are read against it. */
  pageUrl?: string;
}

export async function parseFeedText(text: string, context: ParseContext): Promise<ParsedFeed> {
  switch (detectFormat(text)) {
    case 'empty':
      throw new Error('the source is empty');
    case 'binary':
      throw new Error('this is binary data or an unsupported text encoding, not a feed or a live blog');
    case 'html': {
      // The HTML parser and the page reader load only when a page is met.
      const { parseHtmlPage } = await import('./html/parse-html-page.js');
      return parseHtmlPage(text, { pageUrl: context.pageUrl ?? null, fallbackDate: context.fallbackDate });
    }
    case 'json-feed':
      return parseJsonFeed(text);
    case 'xml': {
      // rss-parser and xml2js are a good part of the bundle: loaded only when a feed is XML,
      // so a plain-text live blog starts without them.
      const { parseXmlFeed } = await import('./parse-xml-feed.js');
      return parseXmlFeed(text);
    }
    case 'live-blog':
      return parseLiveBlog(text, { fallbackDate: context.fallbackDate });
  }
}
