// Reads the clock at the start of a live-blog time line: "16:40 GMT", "4.40pm",
// "4:40 p.m. EDT", "16h40", "18:40 GMT+2". Knows nothing about dates or titles.

/**
 * Minutes east of UTC for the zone abbreviations live blogs use. Where an
 * abbreviation is ambiguous we take the reading most common in English-language
 * news: IST is India, CST is US Central, BST is British Summer Time. AST is left
 * out on purpose (Atlantic or Arabia), so it counts as unknown.
 */
const ZONE_OFFSETS: Readonly<Record<string, number>> = {
  UTC: 0, GMT: 0, UT: 0, WET: 0, WEST: 60, BST: 60,
  CET: 60, CEST: 120, WAT: 60, CAT: 120, SAST: 120,
  EET: 120, EEST: 180, EAT: 180, MSK: 180, GST: 240,
  PKT: 300, IST: 330, ICT: 420, WIB: 420, HKT: 480, SGT: 480, AWST: 480,
  JST: 540, KST: 540, ACST: 570, AEST: 600, AEDT: 660, NZST: 720, NZDT: 780,
  BRT: -180, ART: -180, EST: -300, EDT: -240, CST: -360, CDT: -300,
  MST: -420, MDT: -360, PST: -480, PDT: -420, AKST: -540, AKDT: -480, HST: -600,
};

export interface ClockTime {
  /** Minutes since the writer's local midnight. */
  minutesOfDay: number;
  /**
   * Minutes east of UTC. A time written with no zone counts as UTC (0): the
   * parser cannot know the writer's zone and must give the same answer on every
   * machine. null when a zone is written but not one we know.
   */
  offsetMinutes: number | null;
  /** The clock and zone exactly as written, e.g. "4:40 p.m. EDT". */
  text: string;
  /** Index in the input just past the clock and zone. */
  end: number;
}

// The meridiem must not run into a word, so "16:40 Amid …" keeps its "Am".
const CLOCK = /^(\d{1,2})(?:([:.h])(\d{2}))?(?:\s*([ap])\.?\s?m\.?(?![a-z]))?/i;
const ZONE = /^\s*\(?([A-Za-z]{2,5})(?:\s?([+-])(\d{1,2})(?::?(\d{2}))?)?\)?(?![A-Za-z0-9])/;

/** Matches a clock (and optional zone) at the very start of `text`, or null. */
export function matchClockAtStart(text: string): ClockTime | null {
  const clock = CLOCK.exec(text);
  if (!clock) return null;
  const [clockText, hourText = '', , minuteText, meridiem] = clock;
  // A bare number is not a time; "4pm" is.
  if (minuteText === undefined && meridiem === undefined) return null;
  let hour = Number(hourText);
  const minute = minuteText === undefined ? 0 : Number(minuteText);
  if (minute > 59) return null;
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
  } else if (hour > 23) {
    return null;
  }

  let end = clockText.length;
  let offsetMinutes: number | null = 0;
  const zone = ZONE.exec(text.slice(end));
  if (zone) {
    const offset = zoneOffset(zone);
    if (offset !== undefined) {
      offsetMinutes = offset;
      end += zone[0].length;
    }
  }
  return { minutesOfDay: hour * 60 + minute, offsetMinutes, text: text.slice(0, end).trim(), end };
}

/**
 * Offset for a matched zone token; null for an unknown zone, undefined when the
 * token is not a zone at all (a lower- or mixed-case word we do not know).
 */
function zoneOffset(zone: RegExpExecArray): number | null | undefined {
  const [, name = '', sign, hours, minutes] = zone;
  const upper = name.toUpperCase();
  const base = ZONE_OFFSETS[upper];
  if (base === undefined) return name === upper ? null : undefined;
  if (sign === undefined) return base;
  const shift = Number(hours) * 60 + Number(minutes ?? 0);
  return base + (sign === '-' ? -shift : shift);
}
