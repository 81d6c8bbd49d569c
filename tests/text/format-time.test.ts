import { describe, expect, it } from 'vitest';
import { formatFullTime, formatRowTime } from '../../src/text/format-time.js';

// tests/setup.ts pins TZ to UTC, so local and UTC clocks agree here.
const at = (iso: string) => Date.parse(iso);

describe('formatRowTime', () => {
  it('shows only the clock for today', () => {
    expect(formatRowTime(at('2020-08-18T16:40:00Z'), '16:40 GMT', new Date('2020-08-18T20:00:00Z'))).toBe('16:40');
  });

  it('adds the day for another day', () => {
    expect(formatRowTime(at('2020-08-18T16:40:00Z'), null, new Date('2026-11-29T10:00:00Z'))).toBe('18 Aug 16:40');
  });

  it('falls back to the source text when the time is unknown', () => {
    expect(formatRowTime(null, 'this morning', new Date())).toBe('this morning');
    expect(formatRowTime(null, null, new Date())).toBe('--:--');
  });
});

describe('formatFullTime', () => {
  it('gives the full date and the source’s own words', () => {
    expect(formatFullTime(at('2020-08-18T16:40:00Z'), '16:40 GMT')).toBe('Tue 18 Aug 2020 16:40 (16:40 GMT)');
  });
});
