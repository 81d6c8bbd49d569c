import { Box, Text, useApp, useInput, useStdout } from 'ink';
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { Reaction, Source, SourceStatus, Update } from '../model.js';
import { appReducer } from '../state/app-reducer.js';
import type { DeskEvents, AppRequest } from '../desk/desk-events.js';
import { requestsForKey } from '../state/requests-for-key.js';
import { newAboveCount } from '../state/arrivals.js';
import { initialState } from '../state/app-state.js';
import { statusHints } from '../state/keymap.js';
import type { TerminalSize } from '../state/layout.js';
import { listWindow } from '../state/list-cursor.js';
import {
  detailLines,
  hasSeveralSources,
  layoutOf,
  reactionKeys,
  reactionRows,
  sourceInView,
  duplicates,
  unreadCount,
  activity,
  visibleUpdateKeys,
  visibleUpdates,
} from '../state/selectors.js';
import { DetailView } from './DetailView.js';
import { FeedChooser } from './FeedChooser.js';
import { HelpOverlay } from './HelpOverlay.js';
import { PaneBoundary } from './PaneBoundary.js';
import { ReactionsPane } from './ReactionsPane.js';
import { StatusBar } from './StatusBar.js';
import { SOURCE_COLOURS, theme } from './theme.js';
import { TimelinePane } from './TimelinePane.js';
import { readSize, useTerminalResize } from './use-terminal-size.js';

export interface AppProps {
  sources: Source[];
  updates: Update[];
  reactions: Reaction[];
  /** Live updates and source statuses, when something is watching the sources. */
  events?: DeskEvents;
  /** Where r, R and p go: whatever polls the sources. */
  onRequest?: (request: AppRequest) => void;
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
}

export function App(props: AppProps) {
  const { sources, updates, reactions, events, onRequest, alert = null, onQuit, onReadChange } = props;
  const { exit } = useApp();
  const { stdout } = useStdout();
  const [state, dispatch] = useReducer(appReducer, undefined, () =>
    appReducer(
      {
        ...initialState(readSize(stdout)),
        readKeys: props.readKeys ?? new Set(),
        newKeys: props.newSinceLastLook ?? new Set(),
      },
      { type: 'arrived', live: false, sources, updates, reactions },
    ),
  );
  // The date rows compare against; fixed for the session so rows stay memoised.
  const [now] = useState(() => new Date());

  // The input handler must see the state of this render, not the first one.
  const stateRef = useRef(state);
  stateRef.current = state;
  useInput((input, key) => {
    for (const request of requestsForKey(stateRef.current, input, key)) onRequest?.(request);
    dispatch({ type: 'key', input, key });
  });
  // Every poll's status, 304s included (the state keeps only those a reader would see change):
  // read when the sources page is drawn, never a render of its own. A copy, so the page's memo sees news.
  const latestStatuses = useRef(new Map<string, SourceStatus>());
  useEffect(
    () =>
      events?.subscribe((event) => {
        if (event.type === 'status') latestStatuses.current.set(event.status.sourceId, event.status);
        dispatch(event);
      }),
    [events],
  );
  const onResize = useCallback((next: TerminalSize) => dispatch({ type: 'resize', size: next }), []);
  useTerminalResize(onResize);
  const readBefore = useRef(state.readKeys);
  useEffect(() => {
    const before = readBefore.current;
    readBefore.current = state.readKeys;
    if (before === state.readKeys || onReadChange === undefined) return;
    const read = [...state.readKeys].filter((key) => !before.has(key));
    const unread = [...before].filter((key) => !state.readKeys.has(key));
    if (read.length > 0) onReadChange(read, true);
    if (unread.length > 0) onReadChange(unread, false);
  }, [state.readKeys, onReadChange]);
  useEffect(() => {
    if (!state.quitRequested) return;
    onQuit?.();
    exit();
  }, [state.quitRequested, exit, onQuit]);

  const tags = useMemo(() => {
    if (!hasSeveralSources(state)) return null;
    return new Map(
      state.sources.map((source, index) => [
        source.id,
        { tag: source.tag, colour: SOURCE_COLOURS[index % SOURCE_COLOURS.length] ?? theme.tag },
      ]),
    );
  }, [state.sources]);

  const layout = layoutOf(state);
  if (layout.kind === 'too-small') {
    return (
      <Box width={layout.width} height={layout.height}>
        <Text color={theme.error} wrap="truncate-end">
          Terminal too small ({state.size.columns}×{state.size.rows}); livedesk needs at least 40×10.
        </Text>
      </Box>
    );
  }

  const shown = visibleUpdates(state);
  const inView = sourceInView(state);
  const status = (
    <StatusBar
      width={layout.width}
      sources={state.sources}
      updateCount={state.updates.length}
      shownCount={shown.length}
      reactionCount={state.reactions.length}
      unreadCount={unreadCount(state)}
      filter={state.filter}
      hints={statusHints(state.detail === null ? 'panes' : 'detail')}
      status={inView === undefined ? null : (state.statuses.get(inView.id) ?? null)}
      statusTag={tags === null || inView === undefined ? null : inView.tag}
      statuses={state.statuses}
      activity={activity(state)}
    />
  );

  let main;
  const choice = state.feedChoices[0];
  if (choice !== undefined) {
    const page = state.sources.find((source) => source.id === choice.sourceId);
    main = (
      <FeedChooser
        choice={choice}
        pageTitle={page?.title ?? choice.sourceId}
        width={layout.full.width}
        height={layout.full.height}
        bodyRows={layout.full.bodyRows}
      />
    );
  } else if (state.helpOpen) {
    main = <HelpOverlay width={layout.full.width} height={layout.full.height} bodyRows={layout.full.bodyRows} />;
  } else if (state.detail !== null) {
    main = (
      <PaneBoundary name="detail view" width={layout.full.width} height={layout.full.height}>
        <DetailView
          title={state.detail.updateKey === null ? 'Sources' : 'Update'}
          lines={detailLines(state, state.detail.updateKey === null ? new Map(latestStatuses.current) : undefined)}
          scroll={state.detail.scroll}
          width={layout.full.width}
          height={layout.full.height}
          bodyRows={layout.full.bodyRows}
        />
      </PaneBoundary>
    );
  } else {
    const title = state.sources.length === 1 ? (state.sources[0]?.title ?? 'Timeline') : 'Timeline';
    main = (
      <Box flexDirection={layout.direction}>
        <PaneBoundary name="timeline" width={layout.timeline.width} height={layout.timeline.height}>
          <TimelinePane
            title={title}
            updates={shown}
            window={listWindow(visibleUpdateKeys(state), state.timeline, layout.timeline.bodyRows)}
            focused={state.focus === 'timeline'}
            width={layout.timeline.width}
            height={layout.timeline.height}
            now={now}
            tags={tags}
            emptyMessage={state.filter.text !== '' ? 'No update matches the filter.' : 'No updates yet.'}
            newKeys={state.newKeys}
            editedKeys={state.earlierVersions}
            newAbove={newAboveCount(state)}
            readKeys={state.readKeys}
            alsoReported={duplicates(state).alsoReported}
            alert={alert}
          />
        </PaneBoundary>
        <PaneBoundary name="reactions pane" width={layout.reactions.width} height={layout.reactions.height}>
          <ReactionsPane
            rows={reactionRows(state)}
            view={state.reactionsView}
            window={listWindow(reactionKeys(state), state.reactionList, layout.reactions.bodyRows)}
            focused={state.focus === 'reactions'}
            width={layout.reactions.width}
            height={layout.reactions.height}
            now={now}
          />
        </PaneBoundary>
      </Box>
    );
  }

  return (
    <Box flexDirection="column" width={layout.width} height={layout.height}>
      {main}
      {status}
    </Box>
  );
}
