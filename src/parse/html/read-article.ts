// An ordinary article page → one update: its headline, its time, its author and the
// words of the story. The story is the element that schema.org names as the article
// body, else the one under which the most paragraph text gathers (a parent counts its
// paragraphs fully, a grandparent half), the way reading modes find it.
import type { ParsedUpdate } from '../../model.js';
import { attr, closest, type Document, type Element } from './dom.js';
import { isCommentsBox } from './find-post-blocks.js';
import { comparable } from './match-posts.js';
import type { PageMeta } from './page-meta.js';
import type { PageShape } from './page-shape.js';
import { readDateText } from './page-times.js';
import { readableText } from './readable-text.js';
import type { StructuredWork } from './structured-data.js';

const OUTSIDE_STORY = new Set(['nav', 'aside', 'footer', 'header', 'figure', 'form', 'blockquote']);
const MIN_PARAGRAPH = 25;
/** Without an article type or og:type, this much story text makes a page an article. */
const MIN_UNDECLARED_STORY = 600;

/** The element holding the story, or null when no paragraphs gather anywhere. */
export function storyRoot(document: Document, shape: PageShape): Element | null {
  const declared = shape.elements.find(
    (element) => element.name !== 'meta' && (attr(element, 'itemprop') ?? '').split(/\s+/).includes('articleBody'),
  );
  if (declared !== undefined && shape.shape(declared).textLength >= MIN_PARAGRAPH) return declared;
  const scores = new Map<Element, number>();
  for (const element of shape.elements) {
    if (element.name !== 'p') continue;
    const length = shape.shape(element).textLength;
    if (length < MIN_PARAGRAPH || closest(element, (e) => OUTSIDE_STORY.has(e.name) || isCommentsBox(e)) !== null) continue;
    const parent = element.parent !== document ? (element.parent as Element | null) : null;
    if (parent === null) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + length);
    const grandparent = parent.parent !== document ? (parent.parent as Element | null) : null;
    if (grandparent !== null) scores.set(grandparent, (scores.get(grandparent) ?? 0) + length / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [element, score] of scores) {
    if (score > bestScore) {
      best = element;
      bestScore = score;
    }
  }
  return best;
}

export interface ArticleContext {
  document: Document;
  shape: PageShape;
  meta: PageMeta;
  article: StructuredWork | null;
}

/** The page as one update, or null when it shows no story (a home page, a form, an error). */
export function readArticle({ document, shape, meta, article }: ArticleContext): ParsedUpdate | null {
  const root = storyRoot(document, shape);
  const declared = article !== null || (meta.ogType ?? '').toLowerCase() === 'article';
  let links: string[] = [];
  let body = root === null ? '' : readableText(root, { shape }, links);
  if (root !== null && !declared) {
    // A home page gathers text too, but most of it is links to other pages.
    const text = shape.shape(root).textLength;
    if (text < MIN_UNDECLARED_STORY || shape.shape(root).linkText > text * 0.3) body = '';
  }
  if (body.length < (article?.body?.length ?? 0) / 2) {
    body = article?.body ?? body;
    links = [];
  }
  if (body === '' || (!declared && body.length < MIN_UNDECLARED_STORY)) return null;
  const title = article?.headline ?? meta.title ?? '';
  const [first, ...rest] = body.split('\n\n');
  if (comparable(first ?? '') === comparable(title) && rest.length > 0) body = rest.join('\n\n');
  const dateText = article?.published ?? meta.published ?? article?.modified ?? meta.modified;
  return {
    id: meta.url ?? article?.url ?? null,
    time: readDateText(dateText)?.ms ?? null,
    timeText: dateText,
    title,
    body,
    link: meta.url ?? article?.url ?? null,
    author: article?.author ?? meta.author,
    ...(links.length > 0 ? { links } : {}),
  };
}
