// The seam between whatever produces updates (files, pollers, a replay) and the
// dashboard: a subscription to plain events that the reducer understands.
import type { AnnouncedFeed, Reaction, Source, SourceStatus, Update } from '../model.js';

export type DeskEvent =
  | {
      type: 'arrived';
      sources: Source[];
      /** New or changed updates (a first load: all of them), newest first. */
      updates: Update[];
      /** The reactions of `updates`. */
      reactions: Reaction[];
      /** False for what was there at start-up (or in the archive): nothing is NEW then. */
      live: boolean;
      /** Every key the source lists now, when that is more than `updates`: the memory policy keeps them all. */
      listed?: readonly string[];
    }
  | { type: 'status'; status: SourceStatus }
  /** A source turned out to be a web page that announces several feeds: the reader picks. */
  | { type: 'feeds-found'; sourceId: string; feeds: AnnouncedFeed[] }
  /** The archive's health: why it cannot keep what is shown, or null once it can again. */
  | { type: 'archive'; problem: string | null }
  /** How far a replay (--replay) has got. */
  | { type: 'replay'; progress: ReplayProgress }
  /** Sources no longer followed (taken out of a urls file): they leave the screen; the archive keeps them. */
  | { type: 'removed'; sourceIds: string[] };

export interface ReplayProgress {
  /** 60: an hour of the event in a minute. */
  speed: number;
  /** The event's time the replay has reached: the time of the last update played, or where it starts. */
  at: number | null;
  played: number;
  total: number;
  done: boolean;
  /** The wall clock when the replay reached `at`: the event's clock runs on from there at `speed`. */
  wallTime: number;
}

/** What the reader can ask of whatever keeps the sources current. */
export type MonitorRequest =
  | { type: 'refresh'; sourceId: string }
  | { type: 'refresh-all' }
  | { type: 'toggle-pause' }
  /** Follow these feeds that the web page `sourceId` announced. */
  | { type: 'follow-feeds'; sourceId: string; urls: string[] };

export interface DeskEvents {
  subscribe(listener: (event: DeskEvent) => void): () => void;
}

/**
 * A DeskEvents that anyone can publish to: used by the monitor and by tests.
 * Events published before anyone listens are held for the first listener, so a
 * fast first poll cannot finish before the dashboard has subscribed.
 */
export function createDeskEvents(): DeskEvents & { publish(event: DeskEvent): void } {
  const listeners = new Set<(event: DeskEvent) => void>();
  let held: DeskEvent[] | null = [];
  return {
    subscribe(listener) {
      listeners.add(listener);
      if (held !== null) {
        const pending = held;
        held = null;
        for (const event of pending) listener(event);
      }
      return () => {
        listeners.delete(listener);
      };
    },
    publish(event) {
      if (held !== null) held.push(event);
      else for (const listener of listeners) listener(event);
    },
  };
}
