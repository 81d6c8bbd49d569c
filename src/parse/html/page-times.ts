// Instants from what a page writes: ISO dates in attributes and structured data,
// epoch numbers in data-* attributes, and bare clocks ("21:00") that need the page's
// day and zone, and a walk down the page so that a blog crossing midnight rolls back.
import { parseFeedDate } from '../feed-date.js';
import type { PartialDay } from '../live-blog-dates.js';
import { isOldestFirst } from '../parse-live-blog.js';
import { type ClockReading, usZoneOffset } from './read-clock-text.js';

export interface PageInstant {
  ms: number;
  /** Minutes east of UTC as written; null when the text names no zone. */
  offsetMinutes: number | null;
}

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** An ISO 8601 date or another feed date; a time with no zone is read in `defaultOffset`. */
export function readDateText(text: string | null, defaultOffset = 0): PageInstant | null {
  const trimmed = (text ?? '').trim();
  if (trimmed === '') return null;
  const iso = ISO.exec(trimmed);
  if (iso === null) {
    const ms = parseFeedDate(trimmed);
    return ms === null ? null : { ms, offsetMinutes: null };
  }
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '0', zone] = iso;
  const offsetMinutes = zone === undefined ? null : zoneMinutes(zone);
  const local = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Number(fraction.slice(0, 3).padEnd(3, '0')));
  if (Number.isNaN(local)) return null;
  return { ms: local - (offsetMinutes ?? defaultOffset) * 60_000, offsetMinutes };
}

function zoneMinutes(zone: string): number {
  if (zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0'));
}

// 2001-09-09 to 2286 in seconds, or the same span in milliseconds.
const EPOCH = /^\d{10}(?:\d{3})?$/;

/** An epoch value in seconds or milliseconds, or null for anything else. */
export function readEpoch(value: string): number | null {
  const trimmed = value.trim();
  if (!EPOCH.test(trimmed)) return null;
  const number = Number(trimmed);
  return trimmed.length === 10 ? number * 1000 : number;
}

/** Where bare clocks on the page are read: its zone, and the newest moment it can describe. */
export interface PageClock {
  offsetMinutes: number;
  /** The newest moment the page's own dates name, or null when it names none. */
  newest: number | null;
  /** No update can be later than this: the page's last change (with slack) or the fetch time. */
  latest: number;
}

// Pages are cached and their dateModified lags their newest update by minutes, sometimes hours.
const LATEST_SLACK_MS = 2 * 60 * 60_000;

export function pageClock(dates: readonly (string | null)[], fallback: Date): PageClock {
  const read = dates.map((date) => readDateText(date)).filter((date): date is PageInstant => date !== null);
  // The outlet's zone shows in an offset it writes; "Z" says nothing about where it is.
  const zoned = read.find((date) => date.offsetMinutes !== null && date.offsetMinutes !== 0);
  const newest = read.length === 0 ? null : Math.max(...read.map((date) => date.ms));
  return { offsetMinutes: zoned?.offsetMinutes ?? 0, newest, latest: newest === null ? fallback.getTime() : newest + LATEST_SLACK_MS };
}

const DAY_MS = 24 * 60 * 60_000;

function dayOf(ms: number, offsetMinutes: number): { year: number; month: number; day: number } {
  const local = new Date(ms + offsetMinutes * 60_000);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

function instantOn(day: { year: number; month: number; day: number }, reading: ClockReading, pageOffset: number): number {
  const offset =
    reading.offsetMinutes ??
    (reading.usZone === null ? pageOffset : usZoneOffset(reading.usZone, day.year, day.month, day.day));
  return Date.UTC(day.year, day.month - 1, day.day) + (reading.minutesOfDay - offset) * 60_000;
}

function withYear(day: PartialDay, near: number, offsetMinutes: number): { year: number; month: number; day: number } {
  if (day.year !== null) return { year: day.year, month: day.month, day: day.day };
  const { year } = dayOf(near, offsetMinutes);
  // A date without a year is the latest one not after the page's newest moment.
  const guess = Date.UTC(year, day.month - 1, day.day);
  return { year: guess > near + DAY_MS ? year - 1 : year, month: day.month, day: day.day };
}

/**
 * Instants for clocks read from blocks in page order. Pages list newest first or
 * oldest first; walking from the newest, a clock later than the one above it
 * belongs to the day before.
 */
export function assignClockTimes(readings: readonly (ClockReading | null)[], clock: PageClock): (number | null)[] {
  const order = readings.map((_, index) => index);
  if (readsOldestFirst(readings)) order.reverse();
  const times: (number | null)[] = readings.map(() => null);
  let bound = clock.latest;
  // The first clock must not pass the page's newest moment; later ones may run a little
  // out of order (a post moved up, an edited time) before that means the day before.
  let slack = 0;
  for (const index of order) {
    const reading = readings[index];
    if (reading === null || reading === undefined) continue;
    let ms: number;
    if (reading.day !== null) {
      ms = instantOn(withYear(reading.day, clock.latest, clock.offsetMinutes), reading, clock.offsetMinutes);
    } else {
      ms = instantOn(dayOf(bound, clock.offsetMinutes), reading, clock.offsetMinutes);
      if (ms > bound + slack) ms -= DAY_MS;
    }
    times[index] = ms;
    bound = Math.min(bound, ms);
    slack = OUT_OF_ORDER_MS;
  }
  return times;
}

const OUT_OF_ORDER_MS = 60 * 60_000;

/**
 * Which way the page runs: by the printed dates when there are several (clocks alone
 * cannot tell "23:00 on the 1st" from "10:00 on the 3rd"), else by the gaps between clocks.
 */
function readsOldestFirst(readings: readonly (ClockReading | null)[]): boolean {
  const dated = readings.filter((reading): reading is ClockReading => reading !== null && reading.day !== null);
  if (dated.length >= 2) {
    const keys = dated.map((reading) => ((reading.day?.month ?? 0) * 32 + (reading.day?.day ?? 0)) * 1440 + reading.minutesOfDay);
    let rising = 0;
    for (let i = 1; i < keys.length; i++) rising += Math.sign((keys[i] as number) - (keys[i - 1] as number));
    return rising > 0;
  }
  return isOldestFirst(readings.filter((reading): reading is ClockReading => reading !== null).map((reading) => reading.minutesOfDay));
}
