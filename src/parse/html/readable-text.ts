// The words of an update or an article as a reader takes them in: paragraphs, quotes
// and lists, without the furniture around them — times and relative times, bylines,
// labels such as "KEY EVENT", photo captions and credits, share buttons, "Read more"
// links. Decided by what elements are and say, never by one outlet's class names.
import { type AnyNode, isTag, isText } from 'domhandler';
import { TextBuilder } from '../text-builder.js';
import { attr, descendants, type Element, isInvisible, textOf } from './dom.js';
import type { PageShape } from './page-shape.js';
import { readRelativeTime } from './read-clock-text.js';

/** Never part of the text: controls, media, and the page's own furniture. */
const FURNITURE = new Set([
  'button', 'form', 'input', 'select', 'textarea', 'nav', 'aside', 'header', 'footer', 'figure', 'figcaption',
  'picture', 'video', 'audio', 'img', 'canvas', 'dialog', 'menu', 'embed', 'map',
]);
const SENTENCE_PARENTS = new Set(['p', 'li', 'blockquote', 'td', 'dd', 'q']);

// Words in a class or id that name furniture in every CMS: share bars, bylines, credits, captions.
export const FURNITURE_NAME =
  /(?:^|[-_])(?:share|sharing|social|byline|author|contributor|credit|copyright|caption|related|advert|promo|newsletter|signup|visually-hidden|sr-only|button|btn)/i;
/** Containers whose words are mostly links: menus, tag lists, "trending" and "more on this" boxes. */
const LINK_LISTS = new Set(['div', 'section', 'ul', 'ol', 'nav', 'aside', 'table', 'dl', 'span']);
const LABEL =
  /^(?:breaking(?: news)?|key (?:event|update|point)s?|pinned(?: post)?|live|update[ds]?|just in|new|latest|watch(?: live)?|video|listen|analysis|explainer|opinion|exclusive|advertisement|sponsored|summary)$/i;
const CREDIT =
  /^\(?\s*(?:(?:photo(?:graph)?s?|pictures?|image|pic|credit|copyright|video|file|source)\s*(?:credit)?\s*:|©)\s*[^()]{1,60}\)?$|^\((?:[\p{Lu}][\p{L}&.'’ -]{1,40}?)(?: via [\p{L}&.' -]{2,30})?\)$/iu;
const SHARE_WORDS = new Set([
  'share', 'shares', 'facebook', 'twitter', 'x', 'whatsapp', 'linkedin', 'email', 'e-mail', 'mail', 'copy', 'link',
  'copied', 'reddit', 'pinterest', 'telegram', 'print', 'messenger', 'flipboard', 'tweet', 'this', 'on', 'post',
  'comments', 'comment', 'save', 'bluesky', 'threads',
]);
const READ_MORE = /^(?:read more|read also|also read|related|see also|more on this|recommended)\s*[:\-–—]/i;
const WIDGET_LINK = /^(?:javascript:|mailto:|whatsapp:|https?:\/\/(?:www\.)?(?:facebook\.com\/(?:sharer|dialog)|twitter\.com\/(?:intent|share)|x\.com\/intent|wa\.me|t\.me\/share|www\.linkedin\.com\/share|reddit\.com\/submit))/i;

const SIGN_OFF = /^\(?(?:additional )?(?:reporting|writing|editing) by\b[^()]*\)?$/i;
const SHORT_TEXT = 60;
const META_BOX_TEXT = 100;

export interface TextRules {
  shape: PageShape;
  /** Elements already used for something else (the title). */
  skip?: ReadonlySet<Element>;
  /** Keep printed times: the text will be read as a plain-text live blog, whose entries start with them. */
  keepTimes?: boolean;
}

function isShareText(text: string): boolean {
  const words = text.toLowerCase().split(/[\s,/|·•]+/).filter((word) => word !== '');
  return words.length > 0 && words.every((word) => SHARE_WORDS.has(word));
}

/** A short text that is furniture whatever element it sits in. */
export function isFurnitureText(text: string): boolean {
  return (
    text.length <= SHORT_TEXT &&
    (LABEL.test(text) || readRelativeTime(text) !== null || /^(?:yesterday|today)$/i.test(text) || CREDIT.test(text) || isShareText(text))
  );
}

function inSentence(element: Element): boolean {
  const parent = element.parent;
  return parent !== null && isTag(parent) && SENTENCE_PARENTS.has(parent.name) && textOf(parent).length > textOf(element).length + 3;
}

function isHidden(element: Element): boolean {
  if (attr(element, 'hidden') !== null) return true;
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attr(element, 'style') ?? '');
}

/** A figure that holds a quote is an embedded post (a tweet): its words count, its caption does not. */
function isQuoteFigure(element: Element): boolean {
  return element.name === 'figure' && descendants(element).some((inner) => inner.name === 'blockquote');
}

function isFurniture(element: Element, root: Element, rules: TextRules): boolean {
  if (rules.skip?.has(element) || isInvisible(element) || isHidden(element)) return true;
  if (FURNITURE.has(element.name) && !isQuoteFigure(element)) return true;
  const names = `${attr(element, 'class') ?? ''} ${attr(element, 'id') ?? ''}`;
  if (names.trim() !== '' && names.split(/\s+/).some((name) => FURNITURE_NAME.test(name))) return true;
  if (element.name === 'a' && WIDGET_LINK.test((attr(element, 'href') ?? '').trim())) return true;
  const shape = rules.shape.shape(element);
  if (!rules.keepTimes) {
    const isTime = element.name === 'time' || attr(element, 'datetime') !== null || rules.shape.isAnchor(element);
    if (isTime && shape.textLength <= SHORT_TEXT && !inSentence(element)) return true;
    // A box with a time and a few words beside it — a name, "KEY EVENT" — and no prose is the update's header.
    const small = shape.textLength <= META_BOX_TEXT && shape.textLength * 2 < rules.shape.shape(root).textLength;
    if (shape.anchors > 0 && !shape.hasProse && small) return true;
  }
  if (LINK_LISTS.has(element.name) && shape.links >= 3 && shape.linkText >= shape.textLength * 0.7) return true;
  if (shape.textLength <= SHORT_TEXT * 2) {
    const text = textOf(element);
    if (isFurnitureText(text)) return true;
    if (element.name === 'p' && READ_MORE.test(text)) return true;
  }
  return false;
}

/**
 * The readable text under `root`: paragraphs separated by blank lines, quotes marked "> ".
 * The targets of the links in that text are added to `links`, when given.
 */
export function readableText(root: Element, rules: TextRules, links?: string[]): string {
  const out = new TextBuilder();
  // Closing tags travel on the same stack as nodes, so the walk needs no recursion.
  const stack: (AnyNode | { close: string })[] = [...root.children].reverse();
  while (stack.length > 0) {
    const item = stack.pop() as AnyNode | { close: string };
    if ('close' in item) {
      out.close(item.close);
    } else if (isText(item)) {
      out.text(item.data);
    } else if (isTag(item) && !isFurniture(item, root, rules)) {
      out.open(item.name, item.name === 'a' ? item.attribs.href : undefined);
      stack.push({ close: item.name });
      for (let i = item.children.length - 1; i >= 0; i--) stack.push(item.children[i] as AnyNode);
    }
  }
  links?.push(...out.links);
  // Rules drawn with characters ("___", "* * *") separate, they do not say anything; a wire
  // story's "(Reporting by …; Editing by …)" names its staff, who are not part of the news.
  return out
    .finish()
    .split('\n\n')
    .filter((paragraph) => /[\p{L}\p{N}]/u.test(paragraph) && !SIGN_OFF.test(paragraph))
    .join('\n\n');
}
