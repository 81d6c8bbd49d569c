// Key → screen change, as a person sees it: before each press a snapshot of every cell
// (text, colours, attributes) and the cursor; after it, the time until the arrival of the
// output after which the screen differs. Works for any program in the pty harness.
import { performance } from 'node:perf_hooks';
import type { PtySession } from '../../tests/e2e/pty-session.js';
import { settle, sleep } from './measure.js';

export type Key = 'up' | 'down';

/**
 * ↓ 50, ↑ 50, twice: every press moves the mark in a list of 100 items or more, and the
 * runs cross the window's edge, so scrolling is measured along with moving the mark.
 */
export const ARROW_KEYS: readonly Key[] = Array.from({ length: 2 }, () => [...Array<Key>(50).fill('down'), ...Array<Key>(50).fill('up')]).flat();

export interface Pace {
  /** At least this long from one press to the next: 120 ms is a person's pace, 0 as fast as the screen settles. */
  everyMs: number;
  /**
   * And only once the output has been quiet this long (longer than Ink's 33 ms frame
   * throttle), so a press never waits out the frame of the one before.
   */
  quietMs: number;
}

export const PERSON: Pace = { everyMs: 120, quietMs: 40 };
export const QUICK: Pace = { everyMs: 0, quietMs: 40 };

/** Presses each key in turn; the latency of each, ms. */
export async function keyLatencies(session: PtySession, keys: readonly Key[], pace: Pace): Promise<number[]> {
  const latencies: number[] = [];
  let lastSent = -Infinity;
  for (const key of keys) {
    await settle(session, pace.quietMs);
    const wait = lastSent + pace.everyMs - performance.now();
    if (wait > 0) await sleep(wait);
    const before = session.snapshot();
    const sentAt = performance.now();
    // Sent as the terminal would send it now: curses programs ask for application cursor keys.
    session.write(session.cursorKey(key));
    const changedAt = await session.waitFor(() => session.snapshot() !== before, 'the screen to change after a key', 5_000);
    latencies.push(changedAt - sentAt);
    lastSent = sentAt;
  }
  return latencies;
}
