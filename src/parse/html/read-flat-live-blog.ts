// A live blog written as one run of paragraphs rather than one block per update:
// "<p><strong>16:40 BST</strong> – Soldiers seen near the palace</p><p>…</p>". Its
// text, times kept, reads like a plain-text live blog, so that parser reads it.
import type { ParsedUpdate } from '../../model.js';
import { parseLiveBlog } from '../parse-live-blog.js';
import type { Document } from './dom.js';
import type { PageShape } from './page-shape.js';
import { storyRoot } from './read-article.js';
import { readableText } from './readable-text.js';

/** Entries a page must show to be read this way when it does not say it is a live blog. */
const MIN_UNDECLARED_ENTRIES = 3;

export function readFlatLiveBlog(document: Document, shape: PageShape, fallbackDate: Date, declared: boolean): ParsedUpdate[] | null {
  const root = storyRoot(document, shape);
  if (root === null) return null;
  const { updates } = parseLiveBlog(readableText(root, { shape, keepTimes: true }), { fallbackDate });
  return updates.length >= (declared ? 1 : MIN_UNDECLARED_ENTRIES) ? updates : null;
}
