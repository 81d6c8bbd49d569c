// What the <head> of a page says: its title, description, canonical address, dates,
// and the feeds it announces with <link rel="alternate">.
import type { AnnouncedFeed } from '../../model.js';
import { absoluteUrl, attr, descendants, type Document, type Element } from './dom.js';


export interface PageMeta {
  title: string | null;
  description: string | null;
  /** Where relative links resolve: <base href>, else the page's own address. */
  base: string | null;
  /** The page's canonical address, else the address it was read from. */
  url: string | null;
  ogType: string | null;
  published: string | null;
  modified: string | null;
  author: string | null;
  feeds: AnnouncedFeed[];
}

const FEED_TYPES = /^application\/(?:rss\+xml|atom\+xml|feed\+json|rdf\+xml|json)$/i;

function metaContent(metas: readonly Element[], ...names: string[]): string | null {
  for (const name of names) {
    const meta = metas.find((element) => (attr(element, 'property') ?? attr(element, 'name') ?? attr(element, 'itemprop')) === name);
    const content = meta === undefined ? null : attr(meta, 'content');
    if (content !== null && content.trim() !== '') return content.trim();
  }
  return null;
}

function feedLinks(links: readonly Element[], base: string | null): AnnouncedFeed[] {
  const feeds: AnnouncedFeed[] = [];
  const seen = new Set<string>();
  for (const link of links) {
    const rel = (attr(link, 'rel') ?? '').toLowerCase().split(/\s+/);
    const type = (attr(link, 'type') ?? '').trim();
    if (!rel.includes('alternate') || !FEED_TYPES.test(type)) continue;
    // A JSON alternate is a feed only when it says so: many are an API's view of the page.
    if (/\/json$/i.test(type) && !/feed/i.test(`${attr(link, 'title') ?? ''} ${attr(link, 'href') ?? ''}`)) continue;
    const url = absoluteUrl(attr(link, 'href'), base);
    if (url === null || seen.has(url)) continue;
    seen.add(url);
    feeds.push({ url, title: attr(link, 'title')?.trim() || null, type: type.toLowerCase() });
  }
  return feeds;
}

export function readPageMeta(document: Document, pageUrl: string | null): PageMeta {
  const elements = descendants(document);
  const metas = elements.filter((element) => element.name === 'meta');
  const links = elements.filter((element) => element.name === 'link');
  const baseElement = elements.find((element) => element.name === 'base' && attr(element, 'href') !== null);
  const base = absoluteUrl(baseElement === undefined ? null : attr(baseElement, 'href'), pageUrl) ?? pageUrl;
  const canonical = links.find((link) => (attr(link, 'rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'));
  const titleElement = elements.find((element) => element.name === 'title');
  // The <title> element's text is raw text, which textOf leaves out as invisible.
  const titleText = titleElement?.children.map((child) => ('data' in child ? child.data : '')).join('').replace(/\s+/g, ' ').trim();
  const title = metaContent(metas, 'og:title', 'twitter:title') ?? (titleText || null);
  const author = metaContent(metas, 'author', 'article:author');
  return {
    title,
    description: metaContent(metas, 'og:description', 'description', 'twitter:description'),
    base,
    url: absoluteUrl(canonical === undefined ? null : attr(canonical, 'href'), base) ?? metaContent(metas, 'og:url') ?? pageUrl,
    ogType: metaContent(metas, 'og:type'),
    published: metaContent(metas, 'article:published_time', 'datePublished', 'pubdate', 'publish-date', 'date'),
    modified: metaContent(metas, 'article:modified_time', 'og:updated_time', 'dateModified', 'last-modified'),
    author: author === null || /^https?:/i.test(author) ? null : author,
    feeds: feedLinks(links, base),
  };
}
