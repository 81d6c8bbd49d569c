import { describe, expect, it } from 'vitest';
import { describeStatus, nextDelay, parseInterval, type PollState, type SourceStatus } from '../../src/monitor/poll-schedule.js';
import { formatClockSeconds } from '../../src/text/format-time.js';

const MIN = 60_000;
const failure = (retryAfterMs: number | null = null, permanent = false) => ({ kind: 'failure', retryAfterMs, permanent }) as const;

describe('parseInterval', () => {
  it.each([
    ['1s', 1000],
    ['30s', 30_000],
    ['5m', 5 * MIN],
    ['90', 90_000],
    ['1.5m', 90_000],
    ['2h', 2 * 60 * MIN],
    [' 10 S ', 10_000],
    ['1500ms', 1500],
  ])('reads %j as %i ms', (text, ms) => {
    expect(parseInterval(text)).toBe(ms);
  });

  it.each(['', 'soon', '-5s', '0', '500ms', '2d', '25h', '5 m s'])('refuses %j', (text) => {
    expect(parseInterval(text)).toBeNull();
  });
});

describe('nextDelay', () => {
  const state: PollState = { intervalMs: MIN, failures: 0 };

  it('waits the interval ±10 % after a success', () => {
    expect(nextDelay(state, { kind: 'success' }, () => 0).delayMs).toBe(54_000);
    expect(nextDelay(state, { kind: 'success' }, () => 0.5).delayMs).toBe(MIN);
    expect(nextDelay(state, { kind: 'success' }, () => 0.999_999).delayMs).toBe(66_000);
  });

  it('doubles on each failure up to 30 min, and resets on success', () => {
    let current = state;
    const delays: Array<number | null> = [];
    for (let i = 0; i < 6; i += 1) {
      const decision = nextDelay(current, failure(), () => 0);
      delays.push(decision.delayMs);
      current = decision.state;
    }
    expect(delays).toEqual([2 * MIN, 4 * MIN, 8 * MIN, 16 * MIN, 30 * MIN, 30 * MIN]);
    const recovered = nextDelay(current, { kind: 'success' }, () => 0.5);
    expect(recovered).toEqual({ state: { ...state, failures: 0 }, delayMs: MIN });
    expect(nextDelay(recovered.state, failure(), () => 0).delayMs).toBe(2 * MIN);
  });

  it('jitters a backoff downwards only, so the cap holds', () => {
    const capped = { ...state, failures: 10 };
    expect(nextDelay(capped, failure(), () => 0).delayMs).toBe(30 * MIN);
    expect(nextDelay(capped, failure(), () => 0.5).delayMs).toBe(27 * MIN);
  });

  it('never backs off to less than a long interval', () => {
    expect(nextDelay({ intervalMs: 120 * MIN, failures: 0 }, failure(), () => 0).delayMs).toBe(120 * MIN);
  });

  it('takes the longer of the backoff and Retry-After', () => {
    expect(nextDelay(state, failure(10 * MIN), () => 0).delayMs).toBe(10 * MIN);
    expect(nextDelay(state, failure(5_000), () => 0).delayMs).toBe(2 * MIN);
  });

  it('caps an absurd Retry-After at one day', () => {
    expect(nextDelay(state, failure(10 ** 12), () => 0).delayMs).toBe(24 * 60 * MIN);
  });

  it('stops on a permanent failure', () => {
    expect(nextDelay(state, failure(null, true), () => 0)).toEqual({ state: { ...state, failures: 1 }, delayMs: null });
  });
});

describe('describeStatus', () => {
  const now = Date.UTC(2024, 0, 1, 12);
  const base: SourceStatus = { lastSuccessAt: null, nextPollAt: null, lastError: null, polling: false, paused: false, stopped: false };
  const error = (message: string, httpStatus: number | null, retryAfterMs: number | null = null, permanent = false) => ({
    message,
    httpStatus,
    retryAfterMs,
    permanent,
  });

  it('says when the source was updated and when it is polled next', () => {
    expect(describeStatus({ ...base, lastSuccessAt: now - 5_000, nextPollAt: now + MIN }, now)).toBe('updated just now — next poll in 1 min');
    expect(describeStatus({ ...base, lastSuccessAt: now - 3 * MIN, nextPollAt: now + 30_000 }, now)).toBe('updated 3 min ago — next poll in 30 s');
    expect(describeStatus({ ...base, polling: true }, now)).toBe('not fetched yet — checking now');
  });

  it('puts the last error first, with the retry', () => {
    const status = { ...base, lastSuccessAt: now - 10 * MIN, nextPollAt: now + 2 * MIN, lastError: error('timed out after 15 s', null) };
    // A time of day, not "in 2 min": it stays true however long the line is on screen.
    expect(describeStatus(status, now)).toBe(`timed out after 15 s — retrying at ${formatClockSeconds(now + 2 * MIN)}`);
    expect(describeStatus({ ...status, nextPollAt: null, paused: true }, now)).toBe('timed out after 15 s — paused');
  });

  it('quotes the wait the server asked for', () => {
    const status = { ...base, nextPollAt: now + 10 * MIN, lastError: error('HTTP 503 Service Unavailable', 503, 10 * MIN) };
    expect(describeStatus(status, now)).toBe('HTTP 503 — server asked to wait 10 min');
  });

  it('says a gone source is no longer polled', () => {
    expect(describeStatus({ ...base, lastError: error('gone (HTTP 410)', 410, null, true) }, now)).toBe('gone (HTTP 410) — no longer polled');
    expect(describeStatus({ ...base, lastError: error('not an http(s) address', null, null, true) }, now)).toBe(
      'not an http(s) address — no longer polled',
    );
  });
});
