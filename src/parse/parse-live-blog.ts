// Plain-text live blog → ParsedFeed. The format: an optional title line, lead
// paragraphs, then entries that each start with a time line ("16:40 GMT – Title")
// and run until the next one. Any text parses; the worst case is 0 updates.

import type { ParsedFeed, ParsedUpdate } from '../model.js';
import { matchDateAtStart, parseDateLine, type DateLine, type PartialDay } from './live-blog-dates.js';
import { isProseLine, isTitleLike, toParagraphs } from './live-blog-prose.js';
import { matchClockAtStart, type ClockTime } from './parse-clock-time.js';

export interface ParseLiveBlogOptions {
  /** Day for times when the file names none: the file's modification date (read in UTC). */
  fallbackDate: Date;
}

interface TimeLine {
  date: PartialDay | null;
  clock: ClockTime;
  title: string;
}

type Item =
  | { kind: 'entry'; line: TimeLine }
  | ({ kind: 'date' } & DateLine)
  | { kind: 'text'; text: string };

interface Entry extends TimeLine {
  bodyLines: string[];
  /** Bare date line just above this entry, naming the day its run starts on. */
  header: PartialDay | null;
}

const MINUTES_PER_DAY = 24 * 60;
// "–" and "—" may touch the title; a hyphen needs a space after it so that a
// range such as "15:30-16:00" is not read as a separator.
const SEPARATOR = /^\s*(?:[–—]|-(?=\s)|:|\|)\s*/;
const DATE_TO_CLOCK = /^\s*(?:[,–—]|-(?=\s))?\s*(?:at\s+)?/i;
const CLOCK_ONLY_TAIL = /^\s*(?:[–—:|]|-)?\s*$/;

export function parseLiveBlog(text: string, options: ParseLiveBlogOptions): ParsedFeed {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const items = tokenize(lines);
  const firstEntry = items.findIndex((item) => item.kind === 'entry');
  const leadItems = firstEntry === -1 ? items : items.slice(0, firstEntry);

  const titleIndex = findTitleIndex(items);
  const titleItem = titleIndex === null ? undefined : items[titleIndex];
  const title = titleItem?.kind === 'text' ? titleItem.text.trim() : null;
  const leadLines = leadItems.map((item, index) =>
    item.kind === 'text' && index !== titleIndex && isProseLine(item.text) ? item.text : '',
  );
  const summary = toParagraphs(leadLines).join('\n\n');

  const { entries, anchors } = collectEntries(items);
  const times = assignTimes(entries, anchors, options.fallbackDate);
  const updates = entries.map(
    (entry, index): ParsedUpdate => ({
      id: null,
      time: times[index] ?? null,
      timeText: entry.clock.text,
      title: entry.title,
      body: toParagraphs(entry.bodyLines.map((line) => (isProseLine(line) ? line : ''))).join('\n\n'),
      link: null,
      author: null,
    }),
  );
  return { kind: 'live-blog', title, summary: summary === '' ? null : summary, link: null, updates };
}

/** A time line with its title on the same line, e.g. "16:07 GMT: Mali PM calls for dialogue". */
export function matchTimeLine(line: string): TimeLine | null {
  const text = line.trim();
  const date = matchDateAtStart(text);
  const rest = date ? text.slice(date.end).replace(DATE_TO_CLOCK, '') : text;
  const clock = matchClockAtStart(rest);
  if (!clock) return null;
  const separator = SEPARATOR.exec(rest.slice(clock.end));
  if (!separator) return null;
  const title = rest.slice(clock.end + separator[0].length).trim();
  return title === '' ? null : { date: date?.day ?? null, clock, title };
}

function tokenize(lines: readonly string[]): Item[] {
  const items: Item[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const timeLine = matchTimeLine(line);
    if (timeLine) {
      items.push({ kind: 'entry', line: timeLine });
      continue;
    }
    const split = matchSplitTimeLine(lines, i);
    if (split) {
      items.push({ kind: 'entry', line: split.line });
      i = split.titleIndex;
      continue;
    }
    const dateLine = parseDateLine(line);
    items.push(dateLine ? { kind: 'date', ...dateLine } : { kind: 'text', text: line });
  }
  return items;
}

/** A time alone on its line ("16:40 GMT"), with the title on the next non-blank line. */
function matchSplitTimeLine(lines: readonly string[], index: number): { line: TimeLine; titleIndex: number } | null {
  const text = (lines[index] ?? '').trim();
  const clock = matchClockAtStart(text);
  if (!clock || !CLOCK_ONLY_TAIL.test(text.slice(clock.end))) return null;
  let next = index + 1;
  while (next < lines.length && (lines[next] ?? '').trim() === '') next++;
  const title = (lines[next] ?? '').trim();
  const usable =
    title !== '' && isProseLine(title) && !matchTimeLine(title) && !parseDateLine(title) && !matchClockAtStart(title);
  return usable ? { line: { date: null, clock, title }, titleIndex: next } : null;
}

/**
 * The first non-blank line is the feed title when it reads like a headline and
 * stands alone: a blank line, a date line or an entry follows it. A wrapped
 * first line of the lead is followed by more lead text, so it never qualifies.
 */
function findTitleIndex(items: readonly Item[]): number | null {
  const first = items.findIndex((item) => item.kind !== 'text' || item.text.trim() !== '');
  const candidate = items[first];
  if (candidate?.kind !== 'text' || !isTitleLike(candidate.text)) return null;
  const next = items[first + 1];
  const standsAlone = next !== undefined && (next.kind !== 'text' || next.text.trim() === '');
  const hasMore = items.slice(first + 1).some((item) => item.kind !== 'text' || item.text.trim() !== '');
  return standsAlone && hasMore ? first : null;
}

interface Anchors {
  /** Bare date line in the lead, or after the last entry: the first run's start day. */
  header: PartialDay | null;
  /** "Last updated: …" — the day of the newest entry. */
  updated: PartialDay | null;
}

function collectEntries(items: readonly Item[]): { entries: Entry[]; anchors: Anchors } {
  const entries: Entry[] = [];
  const anchors: Anchors = { header: null, updated: null };
  let pendingHeader: PartialDay | null = null;
  for (const item of items) {
    const current = entries[entries.length - 1];
    if (item.kind === 'entry') {
      entries.push({ ...item.line, bodyLines: [], header: pendingHeader });
      pendingHeader = null;
    } else if (item.kind === 'date') {
      if (item.role === 'updated') anchors.updated ??= item.day;
      else pendingHeader = item.day;
      // A date line between paragraphs still separates them.
      current?.bodyLines.push('');
    } else {
      current?.bodyLines.push(item.text);
    }
  }
  // The lead's date line was handed to the first entry; a trailing one (a footer)
  // has no entry below it, so it dates the first run instead.
  anchors.header = entries[0]?.header ?? pendingHeader;
  if (entries[0]) entries[0].header = null;
  return { entries, anchors };
}

/**
 * Epoch ms for each entry. Entries are split into runs at each explicit date
 * (a date on the time line, or a date line between entries). Within a run the
 * day steps back whenever a newest-first blog's clock goes up (it crossed
 * midnight), or forward when an oldest-first blog's clock goes down.
 */
function assignTimes(entries: readonly Entry[], anchors: Anchors, fallbackDate: Date): (number | null)[] {
  const oldestFirst = isOldestFirst(entries.map((entry) => entry.clock.minutesOfDay));
  const fallbackYear = Number.isNaN(fallbackDate.getTime()) ? null : fallbackDate.getUTCFullYear();
  let contextYear = anchors.header?.year ?? anchors.updated?.year ?? fallbackYear;
  const times: (number | null)[] = [];

  for (let start = 0; start < entries.length; ) {
    let end = start + 1;
    while (end < entries.length && !startsRun(entries[end])) end++;
    const run = entries.slice(start, end);
    const relativeDays = [0];
    for (let k = 1; k < run.length; k++) {
      const step = dayStep(run[k - 1]?.clock.minutesOfDay ?? 0, run[k]?.clock.minutesOfDay ?? 0, oldestFirst);
      relativeDays.push((relativeDays[k - 1] ?? 0) + step);
    }
    const oldest = oldestFirst ? 0 : run.length - 1;
    const newest = oldestFirst ? run.length - 1 : 0;
    const first = run[0];
    // Which day is known, and which entry of the run it belongs to.
    let anchor: { day: PartialDay; index: number } | null = null;
    if (first?.date) anchor = { day: first.date, index: 0 };
    else if (first?.header) anchor = { day: first.header, index: oldest };
    else if (start === 0 && anchors.header) anchor = { day: anchors.header, index: oldest };
    else if (start === 0 && anchors.updated) anchor = { day: anchors.updated, index: newest };
    else if (fallbackYear !== null) anchor = { day: utcDay(fallbackDate), index: newest };

    const year = anchor ? (anchor.day.year ?? contextYear) : null;
    if (year !== null) contextYear = year;
    run.forEach((entry, k) => {
      const offset = entry.clock.offsetMinutes;
      if (!anchor || year === null || offset === null) {
        times.push(null);
        return;
      }
      const shift = (relativeDays[k] ?? 0) - (relativeDays[anchor.index] ?? 0);
      const { month, day } = anchor.day;
      times.push(Date.UTC(year, month - 1, day + shift, 0, entry.clock.minutesOfDay - offset));
    });
    start = end;
  }
  return times;
}

function startsRun(entry: Entry | undefined): boolean {
  return entry !== undefined && (entry.date !== null || entry.header !== null);
}

function dayStep(previous: number, current: number, oldestFirst: boolean): number {
  if (oldestFirst) return current < previous ? 1 : 0;
  return current > previous ? -1 : 0;
}

/**
 * A blog is oldest first when reading it that way implies shorter gaps between
 * consecutive entries than reading it newest first. Counting gaps rather than
 * rises and falls keeps a short blog that crosses midnight ("00:15", "23:50")
 * the right way round. Ties read as newest first, the usual live-blog order.
 */
export function isOldestFirst(clocks: readonly number[]): boolean {
  let newestFirstGaps = 0;
  let oldestFirstGaps = 0;
  for (let k = 1; k < clocks.length; k++) {
    const rise = (clocks[k] ?? 0) - (clocks[k - 1] ?? 0);
    newestFirstGaps += mod(-rise, MINUTES_PER_DAY);
    oldestFirstGaps += mod(rise, MINUTES_PER_DAY);
  }
  return oldestFirstGaps < newestFirstGaps;
}

function mod(value: number, modulus: number): number {
  return ((value % modulus) + modulus) % modulus;
}

function utcDay(date: Date): PartialDay {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
