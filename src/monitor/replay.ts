// --replay: a local live blog played back in time order as if it were live,
// so the live behaviour can be watched with no network. SPEED 60 turns an
// hour of the event into a minute.
import type { Update } from '../model.js';
import { isUrl } from '../sources/location.js';
import type { Desk } from '../desk/desk.js';
import { createDeskEvents, type DeskEvents } from '../desk/desk-events.js';

export const NOT_REPLAYED = 'not replayed: --replay plays local files only';

/** An address is not fetched during a replay: one with nothing archived says why, instead of showing as unreadable. */
export function markAddressesNotReplayed(desk: Desk): Desk {
  const withUpdates = new Set(desk.updates.map((update) => update.sourceId));
  return {
    ...desk,
    sources: desk.sources.map((source) =>
      isUrl(source.location) && source.error === null && !withUpdates.has(source.id) ? { ...source, error: `${source.location}: ${NOT_REPLAYED}` } : source,
    ),
  };
}

export interface Replay extends DeskEvents {
  stop(): void;
}

export interface ReplayTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now?: () => number;
}

/** Oldest first; updates with no time come first, since nothing says when they happened. */
function playOrder(updates: readonly Update[]): Update[] {
  return [...updates].sort((a, b) => (a.time ?? -Infinity) - (b.time ?? -Infinity));
}

export function startReplay(desk: Desk, speed: number, timers: ReplayTimers = globalThis as unknown as ReplayTimers): Replay {
  const events = createDeskEvents();
  const order = playOrder(desk.updates);
  const start = order.find((update) => update.time !== null)?.time ?? 0;
  let handle: unknown = null;
  let next = 0;

  const progress = (played: number, at: number | null) =>
    events.publish({ type: 'replay', progress: { speed, at, played, total: order.length, done: played === order.length, wallTime: (timers.now ?? Date.now)() } });

  events.publish({ type: 'arrived', sources: desk.sources, updates: [], reactions: [], live: false });
  progress(0, order.length === 0 ? null : start);

  // One timer at a time, chained, so stopping clears exactly one handle.
  function scheduleNext() {
    const update = order[next];
    if (update === undefined) return;
    const previous = next === 0 ? start : (order[next - 1]!.time ?? start);
    const wait = Math.max(0, ((update.time ?? start) - previous) / speed);
    handle = timers.setTimeout(() => {
      next++;
      const reactions = desk.reactions.filter((reaction) => reaction.updateKey === update.key);
      // The clock first, so the frame that shows the update shows its time too.
      progress(next, update.time ?? previous);
      events.publish({ type: 'arrived', sources: [], updates: [update], reactions, live: true });
      scheduleNext();
    }, wait);
  }
  scheduleNext();

  return {
    subscribe: events.subscribe,
    stop() {
      if (handle !== null) timers.clearTimeout(handle);
      handle = null;
      next = order.length;
    },
  };
}
