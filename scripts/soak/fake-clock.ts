// A clock and timer queue that only move when told to: 72 hours of one-minute polls
// run in minutes because nothing waits for real time. Timers fire in due order,
// ties in the order they were set, as Node's own do.
export interface FakeClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** Time of the earliest pending timer, or null when none is left. */
  nextDue(): number | null;
  /** Moves the clock to the earliest due time and fires every timer due then. */
  fireNext(): void;
  pending(): number;
}

interface Timer {
  id: number;
  at: number;
  callback: () => void;
}

export function createFakeClock(start: number): FakeClock {
  let now = start;
  let nextId = 1;
  // Few timers (one per source): a map scanned for the minimum is simpler than a heap and fast enough.
  const timers = new Map<number, Timer>();

  function earliest(): Timer | null {
    let best: Timer | null = null;
    for (const timer of timers.values()) if (best === null || timer.at < best.at || (timer.at === best.at && timer.id < best.id)) best = timer;
    return best;
  }

  return {
    now: () => now,
    setTimeout(callback, ms) {
      const id = nextId++;
      timers.set(id, { id, at: now + Math.max(0, ms), callback });
      return id;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    nextDue: () => earliest()?.at ?? null,
    fireNext() {
      const first = earliest();
      if (first === null) return;
      now = first.at;
      const due = [...timers.values()].filter((timer) => timer.at === now).sort((a, b) => a.id - b.id);
      for (const timer of due) {
        timers.delete(timer.id);
        timer.callback();
      }
    },
    pending: () => timers.size,
  };
}
