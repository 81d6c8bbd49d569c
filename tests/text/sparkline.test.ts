import { describe, expect, it } from 'vitest';
import { activityCounts, sparkline } from '../../src/text/sparkline.js';

const minute = 60_000;
const t0 = Date.UTC(2020, 7, 18, 16, 0);

describe('activityCounts', () => {
  it('counts updates per ten minutes, ending at the newest', () => {
    const times = [t0 + 55 * minute, t0 + 51 * minute, t0 + 45 * minute, t0 + 5 * minute, null];
    expect(activityCounts(times, 6)).toEqual([1, 0, 0, 0, 1, 2]);
  });

  it('drops what is older than the window', () => {
    expect(activityCounts([t0, t0 + 200 * minute], 3)).toEqual([0, 0, 1]);
  });
});

describe('sparkline', () => {
  it('scales to the busiest ten minutes and leaves quiet ones blank', () => {
    expect(sparkline([1, 0, 2, 8])).toBe('▁ ▂█');
    expect(sparkline([0, 0])).toBe('');
  });
});
