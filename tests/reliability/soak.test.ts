// The soak in a shortened form: a few sources for six simulated hours on the fake
// clock, through the real poller, parser, reaction extractor and reducer. The full
// run is `node scripts/run-ts.mjs scripts/soak.ts --hours 72 --sources 100`.
import { describe, expect, it } from 'vitest';
import { runSoak, type SoakResult } from '../../scripts/soak/run-soak.js';
import { slope } from '../../scripts/soak/slope.js';
import { MEMORY_POLICY } from '../../src/desk/memory-policy.js';

const HOURS = 6;
const SOURCES = 3;

function soak(policy?: { perSource: number; total: number }): Promise<SoakResult> {
  // No wall-clock budget: the simulation is on a fake clock, and the test's timeout is the guard.
  return runSoak({ hours: HOURS, sources: SOURCES, intervalMs: 60_000, policy, wallBudgetMs: Number.POSITIVE_INFINITY });
}

/** Hour 0 is before any poll and holds start-up leftovers; the trend starts at hour 1. */
function steady(result: SoakResult) {
  return result.samples.filter((sample) => sample.hour >= 1);
}

function expectCleanEnd(result: SoakResult): void {
  expect(result.completed).toBe(true);
  expect(result.samples.map((sample) => sample.hour)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  // Stopping the pollers clears every timer and leaves no poll running.
  expect(result.timersAtEnd).toBe(0);
  expect(result.pollsInFlightAtEnd).toBe(0);
  // Nothing real is opened by polling: the count of Node handles does not move.
  const handles = steady(result).map((sample) => sample.handles);
  expect(Math.max(...handles) - Math.min(...handles)).toBe(0);
}

describe('soak: hours of polling on a fake clock', () => {
  it("under the dashboard's limits, every update polled in six hours stays in memory", async () => {
    const result = await soak();
    expectCleanEnd(result);
    const last = result.samples.at(-1)!;
    // About one poll per source per minute (the interval has ±jitter), one new item each.
    expect(last.polls).toBeGreaterThan(SOURCES * 60 * HOURS * 0.9);
    expect(last.polls).toBeLessThan(MEMORY_POLICY.perSource);
    expect(last.updates).toBe(last.polls);
  }, 40_000);

  it('once the limits are reached, updates and heap stay bounded', async () => {
    const policy = { perSource: 20, total: 50 };
    const result = await soak(policy);
    expectCleanEnd(result);
    // The cap, plus at most the items the newest arrival still lists (never dropped, or they would come back as NEW).
    for (const sample of result.samples) expect(sample.updates).toBeLessThanOrEqual(policy.total + 10);
    expect(result.samples.at(-1)!.updates).toBeGreaterThanOrEqual(policy.total);
    const heapSlope = slope(steady(result).map((sample) => [sample.hour, sample.heapMB]));
    console.info(`soak with limits ${policy.perSource}/${policy.total}: heap slope ${heapSlope.toFixed(3)} MB/hour`);
    expect(heapSlope).toBeLessThan(0.5);
  }, 40_000);
});
