// When to poll a source next, and how to say why — pure: no timers, no clock of its
// own, randomness injected. The poller feeds it outcomes; the status line reads it.
import { formatDuration } from '../net/format-amount.js';
import { formatClockSeconds } from '../text/format-time.js';

export const DEFAULT_INTERVAL_MS = 60_000;
export const MAX_BACKOFF_MS = 30 * 60_000;
/** ±10 % on a normal poll, so many sources started together drift apart. */
const SUCCESS_JITTER = 0.1;
/** Backoff delays fall in [80 %, 100 %] of the doubled base: spread, but never past the cap. */
const BACKOFF_JITTER = 0.2;
const MIN_INTERVAL_MS = 1000;
// Also the ceiling on Retry-After: years would overflow setTimeout, which fires at once
// for delays past ~24.8 days.
const MAX_INTERVAL_MS = 24 * 60 * 60_000;

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, min: 60_000, h: 3_600_000 };

/** "30s", "5m", "1h", "90" (seconds) → ms; null when unreadable, under 1 s or over a day. */
export function parseInterval(text: string): number | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|min|m|h)?\s*$/i.exec(text);
  if (!match) return null;
  const unit = UNIT_MS[(match[2] ?? 's').toLowerCase()] as number;
  const ms = Math.round(Number(match[1]) * unit);
  return ms >= MIN_INTERVAL_MS && ms <= MAX_INTERVAL_MS ? ms : null;
}

export interface PollState {
  intervalMs: number;
  /** Failures in a row; 0 after any success. */
  failures: number;
  /** Defaults to 30 min, or the interval when that is longer. */
  maxBackoffMs?: number;
}

export type PollOutcome =
  | { kind: 'success' }
  | { kind: 'failure'; retryAfterMs: number | null; permanent: boolean };

export interface PollDecision {
  state: PollState;
  /** Wait before the next poll, or null: never poll this source again. */
  delayMs: number | null;
}

/** A number in [0, 1) — `Math.random` in production, a constant in tests. */
export type Random = () => number;

export function nextDelay(state: PollState, outcome: PollOutcome, random: Random): PollDecision {
  if (outcome.kind === 'success') {
    const factor = 1 + (random() * 2 - 1) * SUCCESS_JITTER;
    return { state: { ...state, failures: 0 }, delayMs: Math.round(state.intervalMs * factor) };
  }
  const failures = state.failures + 1;
  if (outcome.permanent) return { state: { ...state, failures }, delayMs: null };

  // The first failure waits two intervals, then four, eight … up to the cap; a cap below
  // the interval would make a failing source polled faster than a healthy one.
  const cap = Math.max(state.maxBackoffMs ?? MAX_BACKOFF_MS, state.intervalMs);
  const base = Math.min(cap, state.intervalMs * 2 ** Math.min(failures, 30));
  const backoff = Math.round(base * (1 - random() * BACKOFF_JITTER));
  const retryAfter = outcome.retryAfterMs === null ? 0 : Math.min(outcome.retryAfterMs, MAX_INTERVAL_MS);
  return { state: { ...state, failures }, delayMs: Math.max(backoff, retryAfter) };
}

export interface LastError {
  message: string;
  httpStatus: number | null;
  retryAfterMs: number | null;
  permanent: boolean;
}

export interface SourceStatus {
  /** When the last 200 or 304 arrived. */
  lastSuccessAt: number | null;
  /** Null when no poll is scheduled (stopped, paused, gone, or one is running). */
  nextPollAt: number | null;
  /** Null after a success. */
  lastError: LastError | null;
  polling: boolean;
  paused: boolean;
  stopped: boolean;
}

/** `retryAt`: when the next try is due; written as a time of day, it stays true however long it is on screen. */
function describeError(error: LastError, retryAt: number | null): string {
  if (error.permanent) {
    return error.httpStatus === 410 ? 'gone (HTTP 410) — no longer polled' : `${error.message} — no longer polled`;
  }
  // When the server named the wait, its words explain the delay better than ours.
  if (error.retryAfterMs !== null && error.httpStatus !== null) {
    return `HTTP ${error.httpStatus} — server asked to wait ${formatDuration(error.retryAfterMs)}`;
  }
  return retryAt === null ? error.message : `${error.message} — retrying at ${formatClockSeconds(retryAt)}`;
}

// The UI refreshes this at most once a minute, so seconds would only be stale.
function formatAge(ms: number): string {
  return ms < 60_000 ? 'just now' : `${formatDuration(ms)} ago`;
}

/** One plain line per source: "timed out after 15 s — retrying at 16:07:31", "updated 3 min ago — next poll in 1 min". */
export function describeStatus(status: SourceStatus, now: number): string {
  const dueIn = status.nextPollAt === null ? null : formatDuration(Math.max(0, status.nextPollAt - now));
  if (status.lastError?.permanent) return describeError(status.lastError, null);
  if (status.stopped) return 'stopped';
  const activity = status.polling ? 'checking now' : status.paused ? 'paused' : null;
  if (status.lastError !== null) {
    const line = describeError(status.lastError, status.paused || status.polling ? null : status.nextPollAt);
    return activity === null ? line : `${line} — ${activity}`;
  }
  const updated = status.lastSuccessAt === null ? 'not fetched yet' : `updated ${formatAge(now - status.lastSuccessAt)}`;
  if (activity !== null) return `${updated} — ${activity}`;
  return dueIn === null ? updated : `${updated} — next poll in ${dueIn}`;
}
