import { Box, Text, useApp, useInput, useStdout } from 'ink';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { DeskEvents } from '../desk/desk-events.js';
import type { Reaction, Source, SourceStatus, Update } from '../model.js';
import { appStep } from '../state/app-reducer.js';
import { initialState, type AppState } from '../state/app-state.js';
import type { AppRequest, Effect } from '../state/effects.js';
import { dispatchKeys } from '../state/key-input.js';
import { statusHints } from '../state/status-hints.js';
import { MIN_COLUMNS, MIN_ROWS, type Layout, type TerminalSize } from '../state/layout.js';
import { listWindow } from '../state/list-cursor.js';
import {
  activity,
  detailLines,
  hasSeveralSources,
  layoutOf,
  reactionKeys,
  reactionRows,
  shownReactions,
  sourceInView,
  today,
  unreadCount,
  visibleUpdates,
} from '../state/selectors.js';
import { NOTHING_ARCHIVED, type SearchAnswer } from '../state/desk-search.js';
import { linkListView } from '../state/link-list.js';
import { searchView } from '../state/search-rows.js';
import { sourcesPaneView } from '../state/source-rows.js';
import { replayText } from '../state/status-line.js';
import { timelineView } from '../state/timeline-rows.js';
import { wrapText } from '../text/wrap-text.js';
import { DetailView } from './DetailView.js';
import { createEffectRunner, REAL_TIMERS, type EffectRunner, type Timers } from './effect-runner.js';
import { FeedChooser } from './FeedChooser.js';
import { HelpOverlay } from './HelpOverlay.js';
import { PaneBoundary } from './PaneBoundary.js';
import { ReactionsPane } from './ReactionsPane.js';
import { LinksPane } from './LinksPane.js';
import { SearchPane } from './SearchPane.js';
import { SourcesPane } from './SourcesPane.js';
import { StatusBar } from './StatusBar.js';
import { coloursWanted } from './theme.js';
import { ThemeContext, themeOf } from './theme-context.js';
import { TimelinePane } from './TimelinePane.js';
import { useAppStore } from './use-app-store.js';
import { readSize, useTerminalResize } from './use-terminal-size.js';

export interface AppProps {
  sources: Source[];
  updates: Update[];
  reactions: Reaction[];
  /** Live updates and source statuses, when something is watching the sources. */
  events?: DeskEvents;
  /** Where r, R, p, o and y go: whatever polls the sources, the browser, the clipboard. A problem comes back as a notice. */
  onRequest?: (request: AppRequest) => string | null | void;
  /** Updates already read, from the archive. */
  readKeys?: ReadonlySet<string>;
  /** Updates first seen since the reader last looked: shown NEW from the start. */
  newSinceLastLook?: ReadonlySet<string>;
  /** Told when updates are marked read or unread, to keep the archive in step. */
  onReadChange?: (keys: string[], read: boolean) => void;
  /** New updates matching this are marked in the timeline (--alert). */
  alert?: RegExp | null;
  /** Called once when the reader quits, before Ink unmounts. */
  onQuit?: () => void;
  /** The clock and timers the dashboard schedules with (midnight, a notice's end); real ones by default. */
  timers?: Timers;
  /** Searches the archive for f; without it a search says nothing is archived. */
  search?: (text: string) => SearchAnswer;
  /** Colours, or none (NO_COLOR, `colours: false` in the config); bold, inverse and marks stay. */
  colour?: boolean;
}

export function App(props: AppProps) {
  const { sources, updates, reactions, events, alert = null, timers = REAL_TIMERS, colour = coloursWanted(process.env) } = props;
  const { exit } = useApp();
  const { stdout } = useStdout();
  // Effects run with the props of the latest render.
  const handlers = useRef(props);
  handlers.current = props;
  const runner = useRef<EffectRunner | null>(null);
  const store = useAppStore(
    () =>
      appStep(
        {
          ...initialState(readSize(stdout), undefined, timers.now()),
          readKeys: props.readKeys ?? new Set(),
          newKeys: props.newSinceLastLook ?? new Set(),
          alert,
        },
        { type: 'arrived', live: false, sources, updates, reactions },
      ).state,
    (effect: Effect) => runner.current?.run(effect),
  );
  const { state, dispatch } = store;
  runner.current ??= createEffectRunner(
    {
      onRequest: (request) => handlers.current.onRequest?.(request),
      onReadChange: (keys, read) => handlers.current.onReadChange?.(keys, read),
      search: (text) => handlers.current.search?.(text) ?? NOTHING_ARCHIVED,
      quit: () => {
        handlers.current.onQuit?.();
        exit();
      },
      timers,
    },
    dispatch,
  );
  useEffect(() => {
    // The day the rows are written for, and a wake-up at midnight.
    dispatch({ type: 'clock', now: timers.now() });
    return () => runner.current?.dispose();
  }, [dispatch, timers]);
  // Keys resolved once, each against the state the one before it left.
  useInput((input, key) => dispatchKeys(input, key, store.current, dispatch));
  // Every poll's status, 304s included (the state keeps only those a reader would see change):
  // read when the sources page is drawn, never a render of its own. A copy, so the page's memo sees news.
  const latestStatuses = useRef(new Map<string, SourceStatus>());
  useEffect(
    () =>
      events?.subscribe((event) => {
        if (event.type === 'status') latestStatuses.current.set(event.status.sourceId, event.status);
        dispatch(event);
      }),
    [events, dispatch],
  );
  const onResize = useCallback((next: TerminalSize) => dispatch({ type: 'resize', size: next }), [dispatch]);
  useTerminalResize(onResize);

  const layout = layoutOf(state);
  const theme = useMemo(() => themeOf(colour), [colour]);
  let screen;
  if (layout.kind === 'too-small') {
    screen = (
      <Box width={layout.width} height={layout.height} overflow="hidden">
        <Text color={theme.colours.error} wrap="truncate-end">
          {wrapText(`Terminal too small (${state.size.columns}×${state.size.rows}): livedesk needs at least ${MIN_COLUMNS}×${MIN_ROWS}.`, layout.width).join('\n')}
        </Text>
      </Box>
    );
  } else {
    screen = (
      <Box flexDirection="column" width={layout.width} height={layout.height}>
        {mainView(state, layout, latestStatuses.current)}
        <StatusLine state={state} width={layout.width} />
      </Box>
    );
  }
  return <ThemeContext.Provider value={theme}>{screen}</ThemeContext.Provider>;
}

type PanesLayout = Extract<Layout, { kind: 'panes' }>;

/** The question about a page's feeds, the help, the detail view, or the two panes. */
function mainView(state: AppState, layout: PanesLayout, latestStatuses: ReadonlyMap<string, SourceStatus>) {
  const { full } = layout;
  const choice = state.feedChoices[0];
  if (choice !== undefined) {
    const page = state.sources.find((source) => source.id === choice.sourceId);
    return <FeedChooser choice={choice} pageTitle={page?.title ?? choice.sourceId} width={full.width} height={full.height} bodyRows={full.bodyRows} />;
  }
  if (state.help !== null) return <HelpOverlay scroll={state.help.scroll} width={full.width} height={full.height} bodyRows={full.bodyRows} />;
  if (state.sourcesPane !== null) return <SourcesPane view={sourcesPaneView(state)} width={full.width} height={full.height} />;
  if (state.linkList !== null && state.detail !== null) return <LinksPane view={linkListView(state)} width={full.width} height={full.height} />;
  if (state.search !== null && state.detail === null) return <SearchPane view={searchView(state)} width={full.width} height={full.height} />;
  if (state.detail !== null) {
    const lines = detailLines(state, state.detail.updateKey === null ? new Map(latestStatuses) : undefined);
    return (
      <PaneBoundary name="detail view" width={full.width} height={full.height} input={lines}>
        <DetailView
          title={state.detail.updateKey === null ? 'Sources' : 'Update'}
          lines={lines}
          scroll={state.detail.scroll}
          width={full.width}
          height={full.height}
          bodyRows={full.bodyRows}
        />
      </PaneBoundary>
    );
  }
  const rows = reactionRows(state);
  // Too short for both: the focused pane alone, and Tab shows the other.
  const shows = (pane: AppState['focus']) => !layout.oneAtATime || state.focus === pane;
  return (
    <Box flexDirection={layout.direction}>
      {shows('timeline') && <PaneBoundary name="timeline" width={layout.timeline.width} height={layout.timeline.height} input={visibleUpdates(state)}>
        <TimelinePane view={timelineView(state)} focused={state.focus === 'timeline'} width={layout.timeline.width} height={layout.timeline.height} />
      </PaneBoundary>}
      {shows('reactions') && <PaneBoundary name="reactions pane" width={layout.reactions.width} height={layout.reactions.height} input={rows}>
        <ReactionsPane
          rows={rows}
          view={state.reactionsView}
          window={listWindow(reactionKeys(state), state.reactionList, layout.reactions.bodyRows)}
          focused={state.focus === 'reactions'}
          width={layout.reactions.width}
          height={layout.reactions.height}
          now={today(state)}
        />
      </PaneBoundary>}
    </Box>
  );
}

function hintsFor(state: AppState): Parameters<typeof statusHints>[0] {
  if (state.sourcesPane !== null) return 'list';
  if (state.detail !== null) return state.linkList !== null ? 'list' : 'detail';
  if (state.search !== null) return state.search.editing ? 'prompt' : 'list';
  return 'panes';
}

function StatusLine({ state, width }: { state: AppState; width: number }) {
  const inView = sourceInView(state);
  const several = hasSeveralSources(state);
  return (
    <StatusBar
      width={width}
      sources={state.sources}
      updateCount={state.updates.length}
      shownCount={visibleUpdates(state).length}
      reactionCount={shownReactions(state).reactions.length}
      unreadCount={unreadCount(state)}
      filter={state.filter}
      hints={statusHints(hintsFor(state))}
      status={inView === undefined ? null : (state.statuses.get(inView.id) ?? null)}
      statusTag={!several || inView === undefined ? null : inView.tag}
      statuses={state.statuses}
      archiveProblem={state.archiveProblem}
      notice={state.notice}
      activity={activity(state)}
      replay={replayText(state.replay, today(state))}
    />
  );
}
