// The seam between whatever produces updates (files, pollers, a replay) and the
// dashboard: a subscription to plain events that the reducer understands.
import type { Reaction, Source, SourceStatus, Update } from '../model.js';

export type DeskEvent =
  | { type: 'arrived'; sources: Source[]; updates: Update[]; reactions: Reaction[]; live: boolean }
  | { type: 'status'; status: SourceStatus };

export interface DeskEvents {
  subscribe(listener: (event: DeskEvent) => void): () => void;
}

/** A DeskEvents that anyone can publish to: used by the monitor and by tests. */
export function createDeskEvents(): DeskEvents & { publish(event: DeskEvent): void } {
  const listeners = new Set<(event: DeskEvent) => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    publish(event) {
      for (const listener of listeners) listener(event);
    },
  };
}
