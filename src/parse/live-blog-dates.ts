// Calendar dates in live blogs: "Tuesday 18 August 2020", "August 18, 2020",
// "2020-08-18", a leading date on a time line, or "Last updated: …" in the lead.

import { matchClockAtStart } from './parse-clock-time.js';

/** A calendar day in the writer's zone; month is 1–12; year null when not written. */
export interface PartialDay {
  year: number | null;
  month: number;
  day: number;
}

export interface DateMatch {
  day: PartialDay;
  /** Index in the input just past the date. */
  end: number;
}

/**
 * A line that only carries a date. A bare date names the day the coverage that
 * follows it starts on; an "updated" date names the day of the newest entry.
 */
export interface DateLine {
  day: PartialDay;
  role: 'header' | 'updated';
}

const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?';
const ORDINAL = '(?:st|nd|rd|th)?';
const YEAR = '(?:,?\\s+(\\d{4}))?';
// Stop before a clock so "May 16:40" is not read as 16 May.
const DATE_END = '(?![\\p{L}\\d]|[:.h]\\d)';
const DAY_MONTH = new RegExp(`^${WEEKDAY}(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?${MONTH}${YEAR}${DATE_END}`, 'iu');
const MONTH_DAY = new RegExp(`^${WEEKDAY}${MONTH}\\s+(\\d{1,2})${ORDINAL}${YEAR}${DATE_END}`, 'iu');
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?!\d)/;
const MONTH_KEYS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const UPDATED_PREFIX = /^(?:(?:last|first)\s+)?(?:updated|modified|published|posted)\b\s*(?:on\b|at\b)?\s*:?\s*/i;
const DATE_TO_CLOCK = /^\s*(?:[,–—]|-(?=\s))?\s*(?:at\s+)?/i;
// Date lines are short; the cap also keeps the word-by-word scan cheap.
const MAX_DATE_LINE = 200;

/** Matches a date at the very start of `text`, or null. */
export function matchDateAtStart(text: string): DateMatch | null {
  const iso = ISO_DATE.exec(text);
  if (iso) return checked(Number(iso[1]), Number(iso[2]), Number(iso[3]), iso[0].length);
  const dayMonth = DAY_MONTH.exec(text);
  if (dayMonth) {
    return checked(year(dayMonth[3]), monthNumber(dayMonth[2]), Number(dayMonth[1]), dayMonth[0].length);
  }
  const monthDay = MONTH_DAY.exec(text);
  if (monthDay) {
    return checked(year(monthDay[3]), monthNumber(monthDay[1]), Number(monthDay[2]), monthDay[0].length);
  }
  return null;
}

/** Recognises a line that is only a date (optionally with a clock), or an "updated" line. */
export function parseDateLine(line: string): DateLine | null {
  const text = line.trim();
  if (text === '' || text.length > MAX_DATE_LINE) return null;
  const prefix = UPDATED_PREFIX.exec(text);
  if (prefix) {
    const day = findDate(text.slice(prefix[0].length));
    return day ? { day, role: 'updated' } : null;
  }
  const date = matchDateAtStart(text);
  if (!date) return null;
  const rest = text.slice(date.end).replace(DATE_TO_CLOCK, '');
  if (isEmptyTail(rest)) return { day: date.day, role: 'header' };
  const clock = matchClockAtStart(rest);
  return clock && isEmptyTail(rest.slice(clock.end)) ? { day: date.day, role: 'header' } : null;
}

/** The first date that starts at a word boundary anywhere in `text`. */
function findDate(text: string): PartialDay | null {
  for (let i = 0; i < text.length; i++) {
    if (i > 0 && /[\p{L}\d]/u.test(text[i - 1] ?? '')) continue;
    const date = matchDateAtStart(text.slice(i));
    if (date) return date.day;
  }
  return null;
}

function isEmptyTail(text: string): boolean {
  return /^\s*\.?\s*$/.test(text);
}

function year(text: string | undefined): number | null {
  return text === undefined ? null : Number(text);
}

function monthNumber(text: string | undefined): number {
  return MONTH_KEYS.indexOf((text ?? '').slice(0, 3).toLowerCase()) + 1;
}

function checked(y: number | null, month: number, day: number, end: number): DateMatch | null {
  // 2000 is a leap year, so 29 February passes when the year is not written.
  const probe = new Date(Date.UTC(y ?? 2000, month - 1, day));
  if (month < 1 || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return { day: { year: y, month, day }, end };
}
