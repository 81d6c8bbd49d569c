// Times as pages print them beside an update: "12.50 BST", "Posted at 15:05",
// "19:02 (IST), Oct 02", "14 August 2023 10:01", "4:40 p.m. ET". The clock and zone
// rules are the plain-text live blog's; this adds the labels and dates around them.
import { matchDateAtStart, type PartialDay } from '../live-blog-dates.js';
import { matchClockAtStart } from '../parse-clock-time.js';

export interface ClockReading {
  minutesOfDay: number;
  /** Minutes east of UTC; null when no zone is written or the zone is not one we know. */
  offsetMinutes: number | null;
  /** US zones without a season ("ET") take their offset from the date. */
  usZone: UsZone | null;
  day: PartialDay | null;
  /** The text as the page shows it, label left out. */
  text: string;
}

type UsZone = 'ET' | 'CT' | 'MT' | 'PT';
const US_STANDARD_OFFSETS: Readonly<Record<UsZone, number>> = { ET: -300, CT: -360, MT: -420, PT: -480 };

const LABEL = /^(?:(?:last\s+|first\s+)?(?:posted|updated|published|modified|edited)|last update)\s*(?:at|on)?\s*:?\s*/i;
const JOINER = /^\s*(?:[,–—|·•]|-(?=\s))?\s*(?:at\s+|on\s+)?/i;
const ZONE_NAME = /(?:^|[\s(])([A-Za-z]{2,5})\)?(?:\s?[+-]\d{1,2}(?::?\d{2})?\)?)?$/;
// What may follow a reading in the same text: nothing but punctuation.
const EMPTY_TAIL = /^[\s.,;:)\]]*$/;

/** Reads a text that is only a time (and perhaps a date and a label), or null. */
export function readClockText(raw: string): ClockReading | null {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (text.length === 0 || text.length > 60) return null;
  const unlabelled = text.replace(LABEL, '');
  const leadingDate = matchDateAtStart(unlabelled);
  const afterDate = leadingDate === null ? unlabelled : unlabelled.slice(leadingDate.end).replace(JOINER, '');
  const clock = matchClockAtStart(afterDate);
  if (clock === null) return null;
  // A bare "3.45" is as likely a score or a price as a time; a colon, a zone or am/pm says time.
  const clockText = clock.text;
  if (!/:|[ap]\.?\s?m\.?|[A-Za-z]{2,}/i.test(clockText)) return null;
  let tail = afterDate.slice(clock.end);
  let day = leadingDate?.day ?? null;
  if (day === null) {
    const trailingDate = matchDateAtStart(tail.replace(JOINER, ''));
    if (trailingDate !== null) {
      day = trailingDate.day;
      tail = tail.replace(JOINER, '').slice(trailingDate.end);
    }
  }
  if (!EMPTY_TAIL.test(tail)) return null;
  const zone = zoneNameOf(clockText);
  const usZone = zone !== null && zone in US_STANDARD_OFFSETS ? (zone as UsZone) : null;
  return {
    minutesOfDay: clock.minutesOfDay,
    offsetMinutes: zone === null || usZone !== null ? null : clock.offsetMinutes,
    usZone,
    day,
    text: text === unlabelled ? text : text.slice(text.length - unlabelled.length),
  };
}

function zoneNameOf(clockText: string): string | null {
  const match = ZONE_NAME.exec(clockText);
  const name = match?.[1]?.toUpperCase() ?? null;
  return name === null || name === 'AM' || name === 'PM' ? null : name;
}

/** Offset of a US zone written without its season, on the given day (DST: 2nd Sunday of March to 1st Sunday of November). */
export function usZoneOffset(zone: UsZone, year: number, month: number, day: number): number {
  const daylight = isUsDaylightDay(year, month, day);
  return US_STANDARD_OFFSETS[zone] + (daylight ? 60 : 0);
}

function isUsDaylightDay(year: number, month: number, day: number): boolean {
  if (month < 3 || month > 11) return false;
  if (month > 3 && month < 11) return true;
  const firstSunday = 1 + ((7 - new Date(Date.UTC(year, month - 1, 1)).getUTCDay()) % 7);
  return month === 3 ? day >= firstSunday + 7 : day < firstSunday;
}

const RELATIVE =
  /^(?:(just now|now|moments? ago)|(an?|\d{1,3})\s*(s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?)\s+ago)$/i;
const UNIT_MS: Readonly<Record<string, number>> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** "4m ago", "2 hours ago", "just now" → how long ago in ms; null for any other text. */
export function readRelativeTime(raw: string): number | null {
  const match = RELATIVE.exec(raw.replace(/\s+/g, ' ').trim());
  if (match === null) return null;
  if (match[1] !== undefined) return 0;
  const count = /^an?$/i.test(match[2] ?? '') ? 1 : Number(match[2]);
  return count * (UNIT_MS[(match[3] ?? 's')[0]?.toLowerCase() ?? 's'] ?? 0);
}
