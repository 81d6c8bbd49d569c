// Where a live blog's updates are in its HTML, found from the shape of the page rather
// than from any outlet's class names: the element whose children repeat, each with a
// time of its own (an `id` each helps), and the most text among them. A key-events
// carousel repeats too, but its cards are headlines; a pinned copy sits elsewhere.
import { attr, childElements, closest, type Element } from './dom.js';
import type { PageShape } from './page-shape.js';

export interface PostBlocks {
  container: Element;
  posts: Element[];
  /** How many of the posts carry a time of their own. */
  timed: number;
}

/** A child with one to a few times in it: one update (its time, an "updated" time, a date beside a clock). */
const MAX_ANCHORS_PER_POST = 6;
const MIN_POST_TEXT = 20;
// Text counts with diminishing weight, so twenty long posts beat thirty headline cards
// without one very long article (a single anchored child) beating a real list.
const TEXT_CAP = 3000;
const OUTSIDE_CONTENT = new Set(['nav', 'aside', 'footer', 'header']);
// Readers' comments repeat with a time and an id each too, and are no one's live blog.
const COMMENTS = /(?:^|[-_\s])(?:comments?|replies|reply|discussion)(?:$|[-_\s])/i;

/** A box of readers' comments, by what its class or id calls it. */
export function isCommentsBox(element: Element): boolean {
  return COMMENTS.test(`${attr(element, 'class') ?? ''} ${attr(element, 'id') ?? ''}`);
}

/** Outside the page's own content: in its navigation, header or footer, or in its readers' comments. */
function outsideContent(element: Element): boolean {
  return closest(element, (e) => OUTSIDE_CONTENT.has(e.name) || isCommentsBox(e)) !== null;
}

function isTimedPost(child: Element, shape: PageShape): boolean {
  const { anchors, textLength } = shape.shape(child);
  return anchors >= 1 && anchors <= MAX_ANCHORS_PER_POST && textLength >= MIN_POST_TEXT;
}

function score(children: readonly Element[], shape: PageShape): number {
  let total = 0;
  let withIds = 0;
  for (const child of children) {
    total += Math.sqrt(Math.min(shape.shape(child).textLength, TEXT_CAP));
    if (attr(child, 'id') !== null) withIds++;
  }
  return withIds * 2 >= children.length ? total * 1.3 : total;
}

/** Siblings shaped like the timed posts (same tag and class) that carry no time: updates too, in page order. */
function untimedLikeThem(container: Element, timed: readonly Element[], shape: PageShape): Element[] {
  const kinds = new Set(timed.map((post) => `${post.name}|${attr(post, 'class') ?? ''}`));
  return childElements(container).filter(
    (child) =>
      timed.includes(child) ||
      (kinds.has(`${child.name}|${attr(child, 'class') ?? ''}`) && shape.shape(child).textLength >= MIN_POST_TEXT * 2),
  );
}

/** The best list of timed update blocks on the page, or null when none repeats. */
export function findTimedBlocks(shape: PageShape): PostBlocks | null {
  const candidates: { container: Element; posts: Element[]; score: number }[] = [];
  for (const element of shape.elements) {
    if (shape.shape(element).anchors < 2) continue;
    const posts = childElements(element).filter((child) => isTimedPost(child, shape));
    if (posts.length >= 2) candidates.push({ container: element, posts, score: score(posts, shape) });
  }
  candidates.sort((a, b) => b.score - a.score);
  const best = candidates.find((candidate) => !outsideContent(candidate.container));
  if (best === undefined) return null;
  return { container: best.container, posts: untimedLikeThem(best.container, best.posts, shape), timed: best.posts.length };
}

/**
 * For a page that says it is a live blog but prints no times: the children that
 * repeat with an `id` each and carry text, in page order.
 */
export function findIdentifiedBlocks(shape: PageShape): PostBlocks | null {
  let best: PostBlocks | null = null;
  let bestScore = 0;
  for (const element of shape.elements) {
    if (shape.shape(element).textLength < MIN_POST_TEXT * 6) continue;
    const children = childElements(element);
    if (children.length < 3) continue;
    const ids = new Set<string>();
    const posts = children.filter((child) => {
      const id = attr(child, 'id');
      if (id === null || ids.has(id) || shape.shape(child).textLength < MIN_POST_TEXT * 2) return false;
      ids.add(id);
      return true;
    });
    if (posts.length < 3 || outsideContent(element)) continue;
    const value = score(posts, shape);
    if (value > bestScore) {
      best = { container: element, posts, timed: 0 };
      bestScore = value;
    }
  }
  return best;
}
