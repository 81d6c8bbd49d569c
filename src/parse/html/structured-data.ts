// What a page says about itself in schema.org terms, whether it wrote it as JSON-LD
// or as microdata: is it a live blog, an article, and which updates does it list.
import type { Element } from './dom.js';

/** One update as the page's structured data describes it; strings are plain text. */
export interface StructuredPost {
  /** `@id` or the update's own URL: the key to match it with its HTML block. */
  id: string | null;
  url: string | null;
  headline: string | null;
  body: string | null;
  /** Dates exactly as written. */
  published: string | null;
  modified: string | null;
  author: string | null;
  /** The microdata element that carries the update, when it came from microdata. */
  element: Element | null;
}

/** A page-level thing: the live blog itself or an article. */
export interface StructuredWork {
  headline: string | null;
  description: string | null;
  body: string | null;
  published: string | null;
  modified: string | null;
  author: string | null;
  url: string | null;
}

export interface StructuredPage {
  /** The page calls itself a LiveBlogPosting. */
  liveBlog: StructuredWork | null;
  posts: StructuredPost[];
  /** The first article-like thing that is not one of the posts. */
  article: StructuredWork | null;
}

/** Article types of schema.org that mean "this page is one story". */
export function isArticleType(type: string): boolean {
  return /Article$/.test(type) || type === 'BlogPosting' || type === 'Report';
}

/** "https://schema.org/NewsArticle", "schema:NewsArticle", "NewsArticle" → "NewsArticle". */
export function shortType(type: string): string {
  return type.trim().replace(/^.*[/:#]/, '');
}

/** Ids that several updates share (pages that give each one the page's own address) identify none of them. */
function withUniqueIds(posts: readonly StructuredPost[]): StructuredPost[] {
  const counts = new Map<string, number>();
  for (const post of posts) if (post.id !== null) counts.set(post.id, (counts.get(post.id) ?? 0) + 1);
  return posts.map((post) => (post.id !== null && (counts.get(post.id) ?? 0) > 1 ? { ...post, id: null } : post));
}

export function mergeStructured(pages: readonly StructuredPage[]): StructuredPage {
  const posts: StructuredPost[] = [];
  const seen = new Set<string>();
  for (const page of pages) {
    for (const post of withUniqueIds(page.posts)) {
      // The same live blog is often described twice (JSON-LD and microdata, or two blocks).
      const key = post.id ?? `${post.published ?? ''}|${post.headline ?? ''}|${(post.body ?? '').slice(0, 80)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      posts.push(post);
    }
  }
  return {
    liveBlog: pages.find((page) => page.liveBlog !== null)?.liveBlog ?? null,
    posts,
    article: pages.find((page) => page.article !== null)?.article ?? null,
  };
}
