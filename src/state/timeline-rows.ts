// The timeline pane as the screen shows it: its title, and a view of each visible row
// (time, tag, marks, heading), built from the state so the component only draws. Rows
// only for the window on screen, so a key at 10,000 updates costs what it does at 100.
import { matchesAlert } from '../desk/alert.js';
import { formatRowTime } from '../text/format-time.js';
import { updateHeading } from '../text/update-heading.js';
import type { AppState } from './app-state.js';
import { newAboveCount } from './arrivals.js';
import { listWindow } from './list-cursor.js';
import { duplicates, hasSeveralSources, paneRows, sourceIndexes, sourceTags, today, visibleUpdateKeys, visibleUpdates } from './selectors.js';

export interface TimelineRow {
  key: string;
  /** Padded to the widest time on screen, so the columns line up. */
  time: string;
  /** The source's tag when there are several sources, else null. */
  tag: string | null;
  /** The source's place among the desk's sources: its colour. */
  sourceIndex: number;
  badge: 'NEW' | 'edited' | null;
  /** Matches --alert. */
  alerted: boolean;
  unread: boolean;
  /** How many other outlets reported the same development. */
  otherSources: number;
  /** The title, or the first words of the body. */
  heading: string;
  selected: boolean;
}

export interface TimelineView {
  title: string;
  rows: TimelineRow[];
  /** Width of the time column. */
  timeWidth: number;
  emptyMessage: string;
}

export function timelineView(state: AppState): TimelineView {
  const shown = visibleUpdates(state);
  const window = listWindow(visibleUpdateKeys(state), state.timeline, paneRows(state, 'timeline'));
  const visible = shown.slice(window.start, window.end);
  const day = today(state);
  const times = visible.map((update) => formatRowTime(update.time, update.timeText, day));
  const timeWidth = times.reduce((widest, time) => Math.max(widest, time.length), 5);
  const several = hasSeveralSources(state);
  const indexOf = sourceIndexes(state);
  const tags = several ? sourceTags(state) : null;
  const { alsoReported } = duplicates(state);
  const rows = visible.map((update, offset): TimelineRow => {
    const badge = state.newKeys.has(update.key) ? 'NEW' : state.earlierVersions.has(update.key) ? 'edited' : null;
    return {
      key: update.key,
      time: times[offset]!.padEnd(timeWidth),
      tag: tags?.get(update.sourceId) ?? null,
      sourceIndex: indexOf.get(update.sourceId) ?? 0,
      badge,
      alerted: state.alert !== null && matchesAlert(update, state.alert),
      unread: !state.readKeys.has(update.key),
      otherSources: alsoReported.get(update.key)?.length ?? 0,
      heading: updateHeading(update) || '(untitled)',
      selected: window.start + offset === window.selected,
    };
  });
  const narrowed = state.sourceFilter === null ? undefined : state.sources.find((source) => source.id === state.sourceFilter);
  const name = narrowed?.title ?? (state.sources.length === 1 ? (state.sources[0]?.title ?? 'Timeline') : 'Timeline');
  const position = shown.length === 0 ? '' : ` ${window.selected + 1}/${shown.length}`;
  const above = newAboveCount(state);
  const banner = above > 0 ? `   ↑ ${above} new (g)` : '';
  return {
    title: `${name}${position}${banner}`,
    rows,
    timeWidth,
    emptyMessage:
      state.filter.text !== '' ? 'No update matches the filter.' : narrowed !== undefined ? 'No updates from this source yet (S: all sources).' : 'No updates yet.',
  };
}
