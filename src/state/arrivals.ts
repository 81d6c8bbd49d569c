// What happens to the dashboard when updates arrive. The first load simply
// fills it; live arrivals are marked NEW, edits are remembered with their
// earlier text, and the reader's view only follows when they are at the top.
import type { Reaction, Source, Update } from '../model.js';
import type { AppState } from './app-state.js';
import { listWindow, settle } from './list-cursor.js';
import { keepRecent } from './keep-recent.js';
import { mergeUpdates } from '../desk/merge-updates.js';
import { paneRows, reactionKeys, visibleUpdateKeys } from './selectors.js';

export interface Arrival {
  sources: Source[];
  updates: Update[];
  reactions: Reaction[];
  /** False for what was there at start-up (or in the archive): nothing is NEW then. */
  live: boolean;
  /** Every key the source lists now, when that is more than `updates`. */
  listed?: readonly string[];
}

const sameSource = (a: Source, b: Source): boolean =>
  a.title === b.title && a.kind === b.kind && a.location === b.location && a.error === b.error && a.summary === b.summary && a.labels === b.labels;

/**
 * A source read again keeps the tag it was given among the others at start: read
 * alone, two feeds on one host would both be tagged with the host.
 */
function mergeSources(known: Source[], incoming: Source[]): Source[] {
  if (incoming.length === 0) return known;
  const byId = new Map(known.map((source) => [source.id, source]));
  let changed = false;
  for (const source of incoming) {
    const before = byId.get(source.id);
    if (before !== undefined && sameSource(before, source)) continue;
    byId.set(source.id, before === undefined ? source : { ...source, tag: before.tag });
    changed = true;
  }
  return changed ? [...byId.values()] : known;
}

function mergeReactions(known: Reaction[], incoming: Reaction[], replaced: ReadonlySet<string>, updates: Update[]): Reaction[] {
  const kept = replaced.size === 0 ? known : known.filter((reaction) => !replaced.has(reaction.updateKey));
  if (incoming.length === 0 && kept === known) return known;
  const order = new Map(updates.map((update, index) => [update.key, index]));
  return kept.concat(incoming).sort((a, b) => (order.get(a.updateKey) ?? 0) - (order.get(b.updateKey) ?? 0));
}

function isAtTop(state: AppState): boolean {
  const keys = visibleUpdateKeys(state);
  return keys.length === 0 || listWindow(keys, state.timeline, paneRows(state, 'timeline')).selected === 0;
}

export function applyArrival(state: AppState, arrival: Arrival): AppState {
  const merged = mergeUpdates(state.updates, arrival.updates);
  const sources = mergeSources(state.sources, arrival.sources);
  if (merged.updates === state.updates && sources === state.sources) return state;

  const changed = new Set([...merged.added, ...merged.edited.map((edit) => edit.after)].map((update) => update.key));
  const changedReactions = arrival.reactions.filter((reaction) => changed.has(reaction.updateKey));
  const reactions = mergeReactions(state.reactions, changedReactions, changed, merged.updates);
  // At the top the list follows, whether the arrival is live news or a source filling in.
  const followTop = isAtTop(state);
  let next: AppState = { ...state, sources, updates: merged.updates, reactions };

  if (arrival.live && (merged.added.length > 0 || merged.edited.length > 0)) {
    const newKeys = new Set(state.newKeys);
    for (const update of merged.added) newKeys.add(update.key);
    const earlier = new Map(state.earlierVersions);
    // The first version seen is the one to compare against, however many edits follow.
    for (const { before } of merged.edited) if (!earlier.has(before.key)) earlier.set(before.key, before);
    next = { ...next, newKeys, earlierVersions: earlier };
  }

  next = keepRecent(next, new Set(arrival.listed ?? arrival.updates.map((update) => update.key)), next.memoryPolicy);
  const keys = visibleUpdateKeys(next);
  const timeline = followTop ? { selectedKey: keys[0] ?? null, topKey: keys[0] ?? null } : next.timeline;
  return {
    ...next,
    timeline: settle(keys, timeline, paneRows(next, 'timeline')),
    reactionList: settle(reactionKeys(next), next.reactionList, paneRows(next, 'reactions')),
  };
}

/** A key press means the reader has seen what is on screen: NEW marks there are cleared. */
export function markVisibleSeen(state: AppState): AppState {
  if (state.newKeys.size === 0 || state.detail !== null || state.help !== null) return state;
  const keys = visibleUpdateKeys(state);
  const window = listWindow(keys, state.timeline, paneRows(state, 'timeline'));
  let newKeys: Set<string> | null = null;
  for (let index = window.start; index < window.end; index++) {
    const key = keys[index]!;
    if (state.newKeys.has(key)) {
      newKeys ??= new Set(state.newKeys);
      newKeys.delete(key);
    }
  }
  return newKeys === null ? state : { ...state, newKeys };
}

/** How many NEW updates sit above the visible window: the "↑ 3 new" banner. */
export function newAboveCount(state: AppState): number {
  if (state.newKeys.size === 0) return 0;
  const keys = visibleUpdateKeys(state);
  const { start } = listWindow(keys, state.timeline, paneRows(state, 'timeline'));
  let count = 0;
  for (let index = 0; index < start; index++) if (state.newKeys.has(keys[index]!)) count++;
  return count;
}
