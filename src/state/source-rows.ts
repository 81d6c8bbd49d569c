// The sources pane as the screen shows it: "All sources" first, then each source
// with its unread count and how it is doing, built from the state so the component only draws.
import type { Source, SourceStatus } from '../model.js';
import { sanitizeLine } from '../text/sanitize-for-terminal.js';
import type { AppState } from './app-state.js';
import { EMPTY_CURSOR, listWindow } from './list-cursor.js';
import { countsBySource, fullBodyRows, memoOne, unreadCount } from './selectors.js';

/** The row that stands for every source. */
export const ALL_SOURCES = '\u0000all';

export interface SourceRow {
  /** A source id, or ALL_SOURCES. */
  key: string;
  title: string;
  tag: string | null;
  unread: number;
  total: number;
  /** "live", "paused", "file", or what is wrong. */
  health: string;
  bad: boolean;
  /** The source the timeline is narrowed to (or all, when it is not). */
  current: boolean;
  selected: boolean;
}

export interface SourcesPaneView {
  rows: SourceRow[];
  /** First row shown. */
  start: number;
  total: number;
}

const keysOf = memoOne((sources: Source[]) => [ALL_SOURCES, ...sources.map((source) => source.id)]);

/** The pane's row keys, in order. */
export function sourcePaneKeys(state: AppState): string[] {
  return keysOf(state.sources);
}

function healthOf(source: Source, status: SourceStatus | undefined): { health: string; bad: boolean } {
  if (source.error !== null) return { health: sanitizeLine(source.error), bad: true };
  if (status === undefined) return { health: /^https?:/i.test(source.location) ? 'first read pending' : 'file', bad: false };
  if (status.state === 'error' || status.state === 'stopped') return { health: sanitizeLine(status.message ?? status.state), bad: true };
  return { health: status.state === 'paused' ? 'paused' : 'live', bad: false };
}

export function sourcesPaneView(state: AppState): SourcesPaneView {
  const keys = sourcePaneKeys(state);
  const window = listWindow(keys, state.sourcesPane ?? EMPTY_CURSOR, fullBodyRows(state));
  const counts = countsBySource(state);
  const current = state.sourceFilter ?? ALL_SOURCES;
  const rows = keys.slice(window.start, window.end).map((key, offset): SourceRow => {
    const selected = window.start + offset === window.selected;
    if (key === ALL_SOURCES) {
      return { key, title: 'All sources', tag: null, unread: unreadCount(state), total: state.updates.length, health: '', bad: false, current: current === key, selected };
    }
    const source = state.sources.find((candidate) => candidate.id === key)!;
    const count = counts.get(key) ?? { unread: 0, total: 0 };
    return { key, title: source.title, tag: source.tag, ...count, ...healthOf(source, state.statuses.get(key)), current: current === key, selected };
  });
  return { rows, start: window.start, total: keys.length };
}
