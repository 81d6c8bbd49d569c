// Derived views of the state. Each is memoised on its inputs' identities, so a
// key press that only moves the selection never refilters 10,000 updates.
import type { Reaction, Source, SourceStatus, Update } from '../model.js';
import type { AppState } from './app-state.js';
import type { FoundUpdate, SearchAnswer } from './desk-search.js';
import { buildDetailLines, buildSourceLines, type DetailLine } from './detail-lines.js';
import { DuplicateFinder, type DuplicateIndex } from '../desk/duplicates.js';
import { calculateLayout, type Layout } from './layout.js';
import { buildReactionRows, type ReactionRow } from './reaction-rows.js';
import { foldRepeatedReactions, type FoldedReactions } from './repeated-reactions.js';
import { activityCounts, sparkline } from '../text/sparkline.js';
import { linksOfUpdate } from './update-links.js';

/** Remembers the last result, recomputed only when an input is another object (or value). */
export function memoOne<A extends unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null;
  let lastResult!: R;
  return (...args: A) => {
    if (lastArgs !== null && args.length === lastArgs.length && args.every((arg, i) => arg === lastArgs![i])) {
      return lastResult;
    }
    lastArgs = args;
    lastResult = compute(...args);
    return lastResult;
  };
}

export const selectLayout = memoOne((columns: number, rows: number): Layout => calculateLayout({ columns, rows }));

export function layoutOf(state: AppState): Layout {
  return selectLayout(state.size.columns, state.size.rows);
}

/** Rows of a pane's list: what a page is, and how far the selection may go before the window scrolls. */
export function paneRows(state: AppState, pane: 'timeline' | 'reactions'): number {
  const layout = layoutOf(state);
  if (layout.kind !== 'panes') return 1;
  return pane === 'timeline' ? layout.timeline.bodyRows : layout.reactions.bodyRows;
}

/** Rows of the views that replace both panes: the detail view, the help. */
export function fullBodyRows(state: AppState): number {
  const layout = layoutOf(state);
  return layout.kind === 'panes' ? Math.max(1, layout.full.bodyRows) : 1;
}

const duplicateFinder = new DuplicateFinder();
const duplicatesOf = memoOne((updates: Update[]) => duplicateFinder.find(updates));

/** Which updates are other outlets' copies of one already shown. */
export function duplicates(state: AppState): DuplicateIndex {
  return duplicatesOf(state.updates);
}

const filterUpdates = memoOne(
  (updates: Update[], hidden: ReadonlySet<string>, text: string, sources: Source[], sourceId: string | null): Update[] => {
    const needle = text.trim().toLocaleLowerCase();
    // Narrowed to one source, its copies of other outlets' news show too: they are all it has.
    const shown =
      sourceId !== null
        ? updates.filter((update) => update.sourceId === sourceId)
        : hidden.size === 0
          ? updates
          : updates.filter((update) => !hidden.has(update.key));
    if (needle === '') return shown;
    // A source's title or tag, or one of a urls file's tags: "/news" keeps every update of the sources tagged news.
    const namedSources = new Set(
      sources
        .filter(
          (source) =>
            source.title.toLocaleLowerCase().includes(needle) ||
            source.tag.toLocaleLowerCase().includes(needle) ||
            (source.labels?.some((label) => label.toLocaleLowerCase().includes(needle)) ?? false),
        )
        .map((source) => source.id),
    );
    return shown.filter(
      (update) =>
        namedSources.has(update.sourceId) ||
        update.title.toLocaleLowerCase().includes(needle) ||
        update.body.toLocaleLowerCase().includes(needle),
    );
  },
);

export function visibleUpdates(state: AppState): Update[] {
  return filterUpdates(state.updates, duplicates(state).hidden, state.filter.text, state.sources, state.sourceFilter);
}

// One memo per list: a shared one would be evicted by the other list on every render.
const keysOf = (items: Array<{ key: string }>): string[] => items.map((item) => item.key);
const updateKeysOf = memoOne(keysOf);
const reactionRowKeysOf = memoOne(keysOf);

export function visibleUpdateKeys(state: AppState): string[] {
  return updateKeysOf(visibleUpdates(state));
}

const foldOf = memoOne(foldRepeatedReactions);

/** The reactions the pane lists: those another outlet's copy of an update repeats are folded into the version shown. */
export function shownReactions(state: AppState): FoldedReactions {
  return foldOf(state.reactions, duplicates(state).alsoReported);
}

const rowsOf = memoOne(buildReactionRows);

export function reactionRows(state: AppState): ReactionRow[] {
  const folded = shownReactions(state);
  return rowsOf(folded.reactions, state.reactionsView, folded.alsoIn);
}

export function reactionKeys(state: AppState): string[] {
  return reactionRowKeysOf(reactionRows(state));
}

const indexUpdates = memoOne((updates: Update[]) => new Map(updates.map((update) => [update.key, update])));

const indexFound = memoOne((answer: SearchAnswer | null | undefined) =>
  answer?.ok === true ? new Map(answer.found.map((found) => [found.update.key, found])) : new Map<string, FoundUpdate>(),
);

/** An update in memory, else one a search of the archive found (an event not followed now). */
export function updateByKey(state: AppState, key: string): Update | undefined {
  return indexUpdates(state.updates).get(key) ?? indexFound(state.search?.answer).get(key)?.update;
}

const groupReactions = memoOne((reactions: Reaction[]) => {
  const byUpdate = new Map<string, Reaction[]>();
  for (const reaction of reactions) {
    const list = byUpdate.get(reaction.updateKey);
    if (list === undefined) byUpdate.set(reaction.updateKey, [reaction]);
    else list.push(reaction);
  }
  return byUpdate;
});

const NO_REACTIONS: Reaction[] = [];

export function reactionsOfUpdate(state: AppState, key: string): Reaction[] {
  return groupReactions(state.reactions).get(key) ?? indexFound(state.search?.answer).get(key)?.reactions ?? NO_REACTIONS;
}

export function sourceById(state: AppState, id: string): Source | undefined {
  return state.sources.find((source) => source.id === id);
}

// One object per hit, so the detail view's memo holds while it is open.
const hitSources = new WeakMap<FoundUpdate, Source>();

/** The source of an update: one followed now, else as the archive named it for a search hit. */
function sourceOfUpdate(state: AppState, update: Update): Source | undefined {
  const followed = sourceById(state, update.sourceId);
  const found = followed === undefined ? indexFound(state.search?.answer).get(update.key) : undefined;
  if (found === undefined) return followed;
  let source = hitSources.get(found);
  if (source === undefined) {
    source = { id: update.sourceId, title: found.hit.sourceTitle, tag: found.hit.sourceTag, kind: null, location: update.sourceId, error: null, summary: null };
    hitSources.set(found, source);
  }
  return source;
}

const indexSources = memoOne((sources: Source[]) => new Map(sources.map((source, index) => [source.id, index])));

/** Each source's place among the desk's sources: its colour. */
export function sourceIndexes(state: AppState): ReadonlyMap<string, number> {
  return indexSources(state.sources);
}

const tagSources = memoOne((sources: Source[]) => new Map(sources.map((source) => [source.id, source.tag])));

/** Each source's tag, built once per list of sources rather than once per render. */
export function sourceTags(state: AppState): ReadonlyMap<string, string> {
  return tagSources(state.sources);
}

export function hasSeveralSources(state: AppState): boolean {
  return state.sources.length > 1;
}

const detailLinesMemo = memoOne(buildDetailLines);

const linksOf = memoOne(linksOfUpdate);

/** The links of the update open in the detail view. */
export function detailLinks(state: AppState): string[] {
  const key = state.detail?.updateKey ?? null;
  const update = key === null ? undefined : updateByKey(state, key);
  return update === undefined ? [] : linksOf(update);
}

const sourceLinesMemo = memoOne(buildSourceLines);

/** Width of text inside the detail view's border and padding. */
export function detailTextWidth(layout: Layout): number {
  return layout.kind === 'panes' ? Math.max(1, layout.full.width - 4) : 1;
}

/**
 * `latestStatuses`: every poll's status, 304s included, which the state leaves out so that
 * they cost no render; the sources page shows them as of when it is drawn.
 */
export function detailLines(state: AppState, latestStatuses?: ReadonlyMap<string, SourceStatus>): DetailLine[] {
  const detail = state.detail;
  if (detail === null) return [];
  if (detail.updateKey === null) {
    return sourceLinesMemo(state.sources, detailTextWidth(layoutOf(state)), latestStatuses ?? state.statuses);
  }
  const update = updateByKey(state, detail.updateKey);
  if (update === undefined) return [];
  return detailLinesMemo(
    update,
    reactionsOfUpdate(state, update.key),
    sourceOfUpdate(state, update),
    detailTextWidth(layoutOf(state)),
    detail.highlightReactionId,
    state.earlierVersions.get(update.key),
    duplicates(state).alsoReported.get(update.key),
    state.sources,
    linksOf(update),
  );
}

/** The source the reader is looking at: the open or selected update's, else the first. */
export function sourceInView(state: AppState): Source | undefined {
  const key = state.detail?.updateKey ?? state.timeline.selectedKey;
  const update = key === null || key === undefined ? undefined : updateByKey(state, key);
  return update === undefined ? state.sources[0] : sourceById(state, update.sourceId);
}

const dateOf = memoOne((today: number) => new Date(today));

/** The reader's day as a Date, the same object all day, so rows memoised on it stay memoised. */
export function today(state: AppState): Date {
  return dateOf(state.today);
}

const activityOf = memoOne((updates: Update[]) => sparkline(activityCounts(updates.map((update) => update.time), 12)));

/** Updates per ten minutes over the last two hours of the event. */
export function activity(state: AppState): string {
  return activityOf(state.updates);
}

const countUnread = memoOne((updates: Update[], readKeys: ReadonlySet<string>) =>
  updates.reduce((count, update) => count + (readKeys.has(update.key) ? 0 : 1), 0),
);

export function unreadCount(state: AppState): number {
  return countUnread(state.updates, state.readKeys);
}

export interface SourceCounts {
  unread: number;
  total: number;
}

const countBySource = memoOne((updates: Update[], readKeys: ReadonlySet<string>) => {
  const counts = new Map<string, SourceCounts>();
  for (const update of updates) {
    const count = counts.get(update.sourceId) ?? { unread: 0, total: 0 };
    count.total += 1;
    if (!readKeys.has(update.key)) count.unread += 1;
    counts.set(update.sourceId, count);
  }
  return counts;
});

/** Each source's updates in memory, and how many are unread. */
export function countsBySource(state: AppState): ReadonlyMap<string, SourceCounts> {
  return countBySource(state.updates, state.readKeys);
}
