import { Box, Text, useApp, useInput, useStdout } from 'ink';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DeskEvents } from '../desk/desk-events.js';
import type { Reaction, Source, SourceStatus, Update } from '../model.js';
import { appStep } from '../state/app-reducer.js';
import { newAboveCount } from '../state/arrivals.js';
import { initialState } from '../state/app-state.js';
import type { AppRequest, Effect } from '../state/effects.js';
import { actionForKey } from '../state/key-input.js';
import { splitKeyPresses, statusHints } from '../state/keymap.js';
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
import { createEffectRunner, REAL_TIMERS, type EffectRunner, type Timers } from './effect-runner.js';
import { FeedChooser } from './FeedChooser.js';
import { HelpOverlay } from './HelpOverlay.js';
import { PaneBoundary } from './PaneBoundary.js';
import { ReactionsPane } from './ReactionsPane.js';
import { StatusBar } from './StatusBar.js';
import { SOURCE_COLOURS, theme } from './theme.js';
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
}

export function App(props: AppProps) {
  const { sources, updates, reactions, events, alert = null, timers = REAL_TIMERS } = props;
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
  // The date rows compare against; fixed for the session so rows stay memoised.
  const [now] = useState(() => new Date());

  // Keys resolved once, each against the state the one before it left.
  useInput((input, key) => {
    for (const press of splitKeyPresses(input, key)) dispatch(actionForKey(store.current(), press.input, press.key));
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
    [events, dispatch],
  );
  const onResize = useCallback((next: TerminalSize) => dispatch({ type: 'resize', size: next }), [dispatch]);
  useTerminalResize(onResize);

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
      archiveProblem={state.archiveProblem}
      notice={state.notice}
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
  } else if (state.help !== null) {
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
