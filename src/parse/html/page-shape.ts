// One pass over a parsed page that the readers lean on: which elements carry a time
// (an anchor), and for every element how much visible text, how many anchors and
// whether prose (paragraphs, quotes, lists, headings) lies under it.
import { isTag, isText } from 'domhandler';
import { attr, descendants, type Document, type Element, isInvisible, textOf } from './dom.js';
import { readEpoch, readDateText } from './page-times.js';
import { readClockText, readRelativeTime } from './read-clock-text.js';

export interface ElementShape {
  /** Visible characters under the element. */
  textLength: number;
  /** Anchors under it; an anchor inside another counts once. */
  anchors: number;
  hasProse: boolean;
  /** Visible characters under it that are the text of links, and how many links. */
  linkText: number;
  links: number;
}

export interface PageShape {
  /** Every element in document order. */
  elements: Element[];
  shape(element: Element): ElementShape;
  isAnchor(element: Element): boolean;
}

const PROSE = new Set(['p', 'blockquote', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'pre']);
// Data attributes that name a moment; the value decides whether it is one.
const TIME_ATTRIBUTE = /^data-.*(?:time|date|stamp|publish|posted|created|modified|updated|epoch)/;
const MICRODATA_DATES = new Set(['datePublished', 'dateCreated', 'uploadDate']);
const EMPTY: ElementShape = { textLength: 0, anchors: 0, hasProse: false, linkText: 0, links: 0 };

/** The epoch of the first time-like data-* attribute, publication before modification. */
export function dataAttributeTime(element: Element): number | null {
  let modified: number | null = null;
  for (const [name, value] of Object.entries(element.attribs)) {
    if (!TIME_ATTRIBUTE.test(name)) continue;
    const ms = readEpoch(value);
    if (ms === null) continue;
    if (!/modif|updat|edit/.test(name)) return ms;
    modified ??= ms;
  }
  return modified;
}

function carriesTime(element: Element): boolean {
  const datetime = attr(element, 'datetime');
  if (datetime !== null && readDateText(datetime) !== null) return true;
  if (dataAttributeTime(element) !== null) return true;
  if (element.name === 'meta') {
    const prop = attr(element, 'itemprop');
    return prop !== null && MICRODATA_DATES.has(prop) && attr(element, 'content') !== null;
  }
  // A short text that is only a time: "12.50 BST", "Posted at 15:05", "21:06 (IST)", "4m ago".
  const leaf = element.children.every((child) => !isTag(child) || ['span', 'b', 'strong', 'abbr', 'small'].includes(child.name));
  if (!leaf && element.name !== 'time') return false;
  const text = textOf(element);
  return text.length > 0 && text.length <= 60 && (readClockText(text) !== null || readRelativeTime(text) !== null);
}

export function readPageShape(document: Document): PageShape {
  const elements = descendants(document);
  const anchors = new Set<Element>();
  const shapes = new Map<Element, ElementShape>();
  // Children come after their parent in document order, so walking backwards sees them first.
  for (let i = elements.length - 1; i >= 0; i--) {
    const element = elements[i] as Element;
    if (isInvisible(element)) {
      shapes.set(element, EMPTY);
      continue;
    }
    let textLength = 0;
    let anchorCount = 0;
    let hasProse = PROSE.has(element.name);
    let linkText = 0;
    let links = 0;
    for (const child of element.children) {
      if (isText(child)) textLength += child.data.trim().length;
      else if (isTag(child)) {
        const shape = shapes.get(child) ?? EMPTY;
        textLength += shape.textLength;
        anchorCount += shape.anchors;
        hasProse ||= shape.hasProse;
        linkText += shape.linkText;
        links += shape.links;
      }
    }
    const anchor = carriesTime(element);
    if (anchor) anchors.add(element);
    const isLink = element.name === 'a' && attr(element, 'href') !== null;
    shapes.set(element, {
      textLength,
      anchors: anchor ? 1 : anchorCount,
      hasProse,
      linkText: isLink ? textLength : linkText,
      links: isLink ? links + 1 : links,
    });
  }
  return { elements, shape: (element) => shapes.get(element) ?? EMPTY, isAnchor: (element) => anchors.has(element) };
}
