// The whole dashboard state: plain data, changed only by the reducer.
import type { Reaction, Source, SourceStatus, Update } from '../model.js';
import type { TerminalSize } from './layout.js';
import { EMPTY_CURSOR, type ListCursor } from './list-cursor.js';
import { MEMORY_POLICY, type MemoryPolicy } from '../desk/memory-policy.js';
import type { SearchState } from './desk-search.js';
import type { FeedChoice } from './feed-choice.js';
import type { Notice } from './notice.js';
import type { ReactionsView } from './reaction-rows.js';
import { startOfDay } from './reader-clock.js';
import type { ReplayView } from './replay-clock.js';

export type Pane = 'timeline' | 'reactions';
export const PANES: readonly Pane[] = ['timeline', 'reactions'];

export interface DetailState {
  /** The update shown, or null for the page about the sources themselves. */
  updateKey: string | null;
  /** First visible line of the detail view. */
  scroll: number;
  highlightReactionId: string | null;
}

export interface HelpState {
  /** First visible line of the key list. */
  scroll: number;
}

export interface FilterState {
  text: string;
  /** True while the reader is typing into the filter line. */
  editing: boolean;
}

export interface AppState {
  size: TerminalSize;
  sources: Source[];
  /** Newest first. */
  updates: Update[];
  /** Newest update first, document order within an update. */
  reactions: Reaction[];
  focus: Pane;
  timeline: ListCursor;
  reactionList: ListCursor;
  reactionsView: ReactionsView;
  detail: DetailState | null;
  filter: FilterState;
  /** The list of sources (S), when it is open: its selection. */
  sourcesPane: ListCursor | null;
  /** The list of the open update's links (l), when it is open: its selection, by address. */
  linkList: ListCursor | null;
  /** The search of the archive (f), while it is open. */
  search: SearchState | null;
  /** The one source the timeline is narrowed to, or null for all of them. */
  sourceFilter: string | null;
  /** The key list, when it is open. */
  help: HelpState | null;
  /** Updates that arrived while livedesk was open and have not been on screen since. */
  newKeys: ReadonlySet<string>;
  /** For edited updates: the version first seen, to show what changed. */
  earlierVersions: ReadonlyMap<string, Update>;
  /** Updates the reader has opened (or marked read with u, A or C). */
  readKeys: ReadonlySet<string>;
  /** What the last A or C marked read, while a u straight after can still undo it. */
  lastMarkMany: string[] | null;
  /** Polling status per source id; local files that are not polled have none. */
  statuses: ReadonlyMap<string, SourceStatus>;
  /** Why the archive cannot keep what is shown (writes failing, a damaged file), or null. */
  archiveProblem: string | null;
  /** A status-line message that clears itself. */
  notice: Notice | null;
  /** Local midnight of the reader's day: rows from other days show their date. */
  today: number;
  /** New updates matching this are marked in the timeline (--alert). */
  alert: RegExp | null;
  /** How many updates stay in memory (the archive keeps the rest). */
  memoryPolicy: MemoryPolicy;
  /** Web pages that announced several feeds, waiting for the reader to pick; the first is on screen. */
  feedChoices: FeedChoice[];
  /** How far a replay has got, when one runs (--replay). */
  replay: ReplayView | null;
}

export function initialState(size: TerminalSize, memoryPolicy: MemoryPolicy = MEMORY_POLICY, now: number = Date.now()): AppState {
  return {
    size,
    sources: [],
    updates: [],
    reactions: [],
    focus: 'timeline',
    timeline: EMPTY_CURSOR,
    reactionList: EMPTY_CURSOR,
    reactionsView: 'by-actor',
    detail: null,
    filter: { text: '', editing: false },
    help: null,
    sourcesPane: null,
    linkList: null,
    search: null,
    sourceFilter: null,
    newKeys: new Set(),
    earlierVersions: new Map(),
    statuses: new Map(),
    readKeys: new Set(),
    lastMarkMany: null,
    archiveProblem: null,
    notice: null,
    today: startOfDay(now),
    alert: null,
    memoryPolicy,
    feedChoices: [],
    replay: null,
  };
}
