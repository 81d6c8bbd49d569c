// One update block of a live-blog page → its parts: a stable id, the title, the
// readable body, the time it carries (exact, or a clock that needs the page's day),
// and the name printed beside it.
import { isTag } from 'domhandler';
import { matchDateAtStart } from '../live-blog-dates.js';
import { attr, closest, descendants, type Element, textOf } from './dom.js';
import { dataAttributeTime, type PageShape } from './page-shape.js';
import { type PageInstant, readDateText } from './page-times.js';
import { type ClockReading, readClockText, readRelativeTime } from './read-clock-text.js';
import { isFurnitureText, readableText } from './readable-text.js';

export interface PostBlock {
  element: Element;
  /** The block's own id (or one just inside it); the key for edits across polls. */
  id: string | null;
  /** An `id` attribute the page has for the block, which a link can point at. */
  anchor: string | null;
  /** Every id-like string the block answers to: its ids and the fragments its links point at. */
  aliases: string[];
  title: string;
  titleElement: Element | null;
  body: string;
  /** Targets of the body's links, as written. */
  links: string[];
  author: string | null;
  /** A time written in full (an ISO attribute, an epoch). */
  exact: PageInstant | null;
  /** A clock as printed ("12.50 BST"), to be placed on the page's day. */
  clock: ClockReading | null;
  /** "4m ago" as printed, in ms before the page was fetched: the last resort. */
  ago: number | null;
  /** The time as the page prints it, for the reader. */
  timeText: string | null;
}

const HEADING = /^h[1-6]$/;
const NOT_TITLE_PLACES = new Set(['blockquote', 'figure', 'figcaption', 'aside', 'q']);
const UPDATED_LABEL = /\b(?:updated|modified|edited)\b/i;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
// "By Rey Doe", "Ana Lima Costa": two to five capitalised words.
const NAME = /^(?:by\s+)?(\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]+|de|da|di|du|van|von|der|den|al|bin|el|la|le|del|dos|ter)){1,4})$/u;

// "Rey Doe reports from Lisbon": the reporter's line opening an update.
const REPORTER_LINE = /^(?:by\s+)?(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s+(?:reports|reporting|writes|writing)\b[^.!?]{0,60}\.?$/u;

/** The body without an opening reporter's line, and the reporter it names. */
function withoutReporterLine(body: string): { body: string; reporter: string | null } {
  const [first, ...rest] = body.split('\n\n');
  const match = rest.length > 0 ? REPORTER_LINE.exec(first ?? '') : null;
  return match === null ? { body, reporter: null } : { body: rest.join('\n\n'), reporter: match[1] ?? null };
}

/** The block's `id` attribute, or that of the one element inside a wrapper that holds its text. */
function anchorOf(element: Element): string | null {
  const own = attr(element, 'id')?.trim();
  if (own) return own;
  const first = element.children.find(isTag);
  const inner = first !== undefined && textOf(first).length >= textOf(element).length * 0.8 ? attr(first, 'id')?.trim() : null;
  return inner || null;
}

function blockId(element: Element, anchor: string | null): string | null {
  if (anchor !== null) return anchor;
  for (const [name, value] of Object.entries(element.attribs)) {
    if (/^data-(?:[\w-]*-)?id$/.test(name) && value.trim() !== '') return value.trim();
  }
  return null;
}

function aliasesOf(element: Element, id: string | null): string[] {
  const aliases = new Set<string>(id === null ? [] : [id]);
  for (const inner of descendants(element)) {
    const href = attr(inner, 'href');
    const hash = href === null ? -1 : href.indexOf('#');
    if (href !== null && hash !== -1 && hash < href.length - 1) aliases.add(href.slice(hash + 1));
  }
  return [...aliases];
}

function titleOf(element: Element): Element | null {
  for (const inner of descendants(element)) {
    const heading = HEADING.test(inner.name) || attr(inner, 'itemprop') === 'headline';
    if (!heading || inner.name === 'meta') continue;
    if (closest(inner, (e) => NOT_TITLE_PLACES.has(e.name), element) !== null) continue;
    if (titleText(inner) !== '') return inner;
  }
  return null;
}

/** A heading's words without a label set beside them ("Breaking", "Key event"). */
function titleText(heading: Element): string {
  const parts = heading.children.filter(isTag);
  if (parts.length >= 2) {
    const kept = parts.map((part) => textOf(part)).filter((text) => text !== '' && !isFurnitureText(text));
    if (kept.length > 0) return kept.join(' ').trim();
  }
  const text = textOf(heading);
  return isFurnitureText(text) ? '' : text;
}

function exactTime(element: Element, shape: PageShape, pageOffset: number): PageInstant | null {
  const own = dataAttributeTime(element);
  let updated: PageInstant | null = null;
  for (const inner of [element, ...descendants(element)]) {
    if (closest(inner, (e) => e.name === 'blockquote', element) !== null) continue;
    const datetime = attr(inner, 'datetime');
    // A date alone ("2024-03-04") is a day, not a moment: it dates the clock printed beside it.
    const read = datetime === null || DATE_ONLY.test(datetime.trim()) ? null : readDateText(datetime, pageOffset);
    if (read === null) continue;
    // "Updated at 12.08 BST" is when the block changed, not when it was posted.
    if (UPDATED_LABEL.test(`${textOf(inner)} ${attr(inner, 'title') ?? ''}`)) updated ??= read;
    else return read;
  }
  if (own !== null) return { ms: own, offsetMinutes: null };
  for (const inner of descendants(element)) {
    const ms = shape.isAnchor(inner) ? dataAttributeTime(inner) : null;
    if (ms !== null) return { ms, offsetMinutes: null };
  }
  return updated;
}

/** The first printed relative time ("4m ago") outside the body's sentences. */
function printedAgo(element: Element, shape: PageShape): { ago: number; text: string } | null {
  for (const inner of descendants(element)) {
    if (!shape.isAnchor(inner) || closest(inner, (e) => e.name === 'p' || e.name === 'blockquote', element) !== null) continue;
    const text = textOf(inner);
    const ago = readRelativeTime(text);
    if (ago !== null) return { ago, text };
  }
  return null;
}

/** A short text that is only a date ("Oct 02", "November 02 2023"), or null. */
function dateOnly(text: string): ClockReading['day'] {
  const date = text.length <= 30 ? matchDateAtStart(text) : null;
  return date !== null && /^[\s.,)]*$/.test(text.slice(date.end)) ? date.day : null;
}

/** The first printed clock outside the body's sentences, with a date printed beside it when there is one. */
function printedClock(element: Element, shape: PageShape): { clock: ClockReading; text: string } | null {
  let found: { clock: ClockReading; text: string } | null = null;
  let date: ClockReading['day'] = null;
  for (const inner of descendants(element)) {
    const leaf = !inner.children.some(isTag);
    if (!shape.isAnchor(inner) && inner.name !== 'time' && !leaf) continue;
    if (closest(inner, (e) => e.name === 'p' || e.name === 'blockquote', element) !== null) continue;
    const text = textOf(inner);
    const clock = shape.isAnchor(inner) || inner.name === 'time' ? readClockText(text) : null;
    if (clock !== null && found === null && !UPDATED_LABEL.test(text)) found = { clock, text: clock.text };
    // "Oct 02" in a span of its own, "November 02 2023" printed in separate spans, or a datetime that is only a date.
    if (clock === null) date ??= dateOnly(inner.name === 'time' ? spaced(inner) : text);
    const day = DATE_ONLY.exec((attr(inner, 'datetime') ?? '').trim());
    if (day !== null) date ??= { year: Number(day[1]), month: Number(day[2]), day: Number(day[3]) };
  }
  if (found !== null && found.clock.day === null && date !== null) found = { ...found, clock: { ...found.clock, day: date } };
  return found;
}

/** The element's text with a space between its children: "<span>March</span><span>04</span>" → "March 04". */
function spaced(element: Element): string {
  return descendants(element).length === 0 ? textOf(element) : element.children.map((child) => textOf(child)).join(' ');
}

function isBylineBox(element: Element): boolean {
  if (['header', 'footer', 'mark', 'address'].includes(element.name) || attr(element, 'rel') === 'author') return true;
  return /(?:^|[-_\s])(?:byline|author|contributor)/i.test(`${attr(element, 'class') ?? ''} ${attr(element, 'id') ?? ''}`);
}

/** A name printed in the block's header, footer or byline box, or beside its time (not a label, not a time). */
function authorOf(element: Element, shape: PageShape, title: Element | null): string | null {
  for (const inner of descendants(element)) {
    if (inner === title || inner.children.some(isTag) || shape.shape(inner).textLength > 60) continue;
    const match = NAME.exec(textOf(inner));
    const name = match?.[1];
    if (name === undefined || isFurnitureText(name) || name === name.toUpperCase()) continue;
    const byline = closest(inner, isBylineBox, element);
    const box = byline ?? closest(inner, (e) => shape.shape(e).anchors > 0 && !shape.shape(e).hasProse, element);
    if (box !== null && box !== element && shape.shape(box).textLength <= 120) return name;
  }
  return null;
}

export function readPostBlock(element: Element, shape: PageShape, pageOffset: number): PostBlock {
  const anchor = anchorOf(element);
  const id = blockId(element, anchor);
  const titleElement = titleOf(element);
  const printed = printedClock(element, shape);
  const exact = exactTime(element, shape, pageOffset);
  const ago = exact === null && printed === null ? printedAgo(element, shape) : null;
  const links: string[] = [];
  const text = withoutReporterLine(readableText(element, { shape, skip: new Set(titleElement === null ? [] : [titleElement]) }, links));
  return {
    element,
    id,
    anchor,
    aliases: aliasesOf(element, id),
    title: titleElement === null ? '' : titleText(titleElement),
    titleElement,
    body: text.body,
    links,
    author: authorOf(element, shape, titleElement) ?? text.reporter,
    exact,
    clock: printed?.clock ?? null,
    ago: ago?.ago ?? null,
    timeText: printed?.text ?? ago?.text ?? null,
  };
}
