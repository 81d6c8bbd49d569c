// The full-screen dashboard: alternate screen in, Ink up, the monitor (or a
// replay) feeding it, the archive keeping what is shown, and every way out
// restoring the terminal.
import { render } from 'ink';
import { appendFileSync } from 'node:fs';
import type { ArchiveSession } from '../archive/archive-session.js';
import { startDeskMonitor, type MonitorOptions } from '../monitor/desk-monitor.js';
import { createDeskTracker } from '../desk/desk-tracker.js';
import { notificationFor } from '../monitor/notification.js';
import { startReplay } from '../monitor/replay.js';
import type { Desk } from '../desk/desk.js';
import type { Source } from '../model.js';
import { createDeskEvents, type DeskEvent, type DeskEvents } from '../desk/desk-events.js';
import type { IngestWork } from '../ingest/ingest-document.js';
import type { KnownUpdates } from '../ingest/known-updates.js';
import { arrivalOf, createPipeline } from '../ingest/pipeline.js';
import type { AppRequest } from '../state/effects.js';
import { App } from '../ui/App.js';
import { dashboardSearch } from './dashboard-search.js';
import { followUrlsFile, type UrlsFile } from './follow-urls-file.js';
import { openLink, osc52Copy } from './open-link.js';
import { enterAlternateScreen } from './terminal-screen.js';
import { sanitizeForTerminal } from '../text/sanitize-for-terminal.js';

const SIGNAL_EXIT_CODES: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

export interface DashboardOptions {
  monitor: MonitorOptions;
  replaySpeed: number | null;
  notify: boolean;
  alert: RegExp | null;
  archive: ArchiveSession | null;
  readKeys: ReadonlySet<string>;
  newSinceLastLook: ReadonlySet<string>;
  /** Local files to read after the first frame, off the main thread. */
  filesToLoad: readonly string[];
  /** Sources looked at in an earlier run: what their files bring now is marked NEW. */
  lookedBefore: ReadonlySet<string>;
  /** What the desk shows: every later read is compared with it. */
  known: KnownUpdates;
  onWork?: (work: IngestWork) => void;
  /** A urls file's name for a source, over the feed's own at every read. */
  nameSource?: (source: Source) => Source;
  /** --urls FILE, followed as it is edited. */
  urlsFile?: UrlsFile;
  /** Colours (the config's `colours`, NO_COLOR). */
  colour: boolean;
}

/** Rings the bell and raises an OSC 9 notification for each new update that matches. */
function notifier(desk: Desk, alert: RegExp | null): (event: DeskEvent) => void {
  const tracker = createDeskTracker();
  tracker.apply(desk.updates, []);
  return (event) => {
    if (event.type !== 'arrived') return;
    const { added } = tracker.apply(event.updates, [], event.listed);
    if (!event.live) return;
    for (const update of added) {
      const notification = notificationFor(update, alert);
      if (notification !== null) process.stdout.write(notification);
    }
  };
}

export async function runDashboard(desk: Desk, options: DashboardOptions): Promise<number> {
  const { archive } = options;
  const replay = options.replaySpeed === null ? null : startReplay(desk, options.replaySpeed);
  // Every read from now on, polled, watched or loaded after the first frame, is archived
  // by the pipeline before it reaches the screen; a replay only plays what is archived already.
  const pipeline = createPipeline({ known: options.known, archive, onWork: options.onWork, nameSource: options.nameSource });
  const monitor =
    replay === null
      ? startDeskMonitor(desk.sources, {
          ...options.monitor,
          pipeline,
          // The reader is asked which of a home page's feeds to follow.
          discovery: 'ask',
          earlierPolls: archive === null ? undefined : (sourceId) => archive.earlierPolls(sourceId),
          onFetch: archive === null ? undefined : (sourceId, record) => archive.recordFetch(sourceId, record),
        })
      : null;
  const source: DeskEvents = replay ?? monitor!;
  const shown: Desk = replay === null ? desk : { sources: desk.sources, updates: [], reactions: [] };

  // One path for everything that reaches the screen: notified, then handed to the
  // dashboard, which is the only subscriber of `events`.
  const events = createDeskEvents();
  const notify = options.notify ? notifier(shown, options.alert) : null;
  // A source's first read fills it and is no news, unless the reader looked at it in an
  // earlier run: then what it brings beyond the archive arrived while livedesk was closed.
  const lookedAt = (event: DeskEvent) => event.type === 'arrived' && event.sources.some((source) => options.lookedBefore.has(source.id));
  // What is shown of each source, to name it again when the urls file changes.
  const shownSources = new Map(shown.sources.map((source) => [source.id, source]));
  const deliver = (arrived: DeskEvent) => {
    const event = arrived.type === 'arrived' && !arrived.live && lookedAt(arrived) ? { ...arrived, live: true } : arrived;
    if (event.type === 'arrived') for (const source of event.sources) shownSources.set(source.id, source);
    if (event.type === 'removed') for (const id of event.sourceIds) shownSources.delete(id);
    notify?.(event);
    events.publish(event);
  };
  archive?.onWriteProblem((problem) => events.publish({ type: 'archive', problem }));
  const urlsWatch =
    monitor === null || options.urlsFile === undefined
      ? null
      : followUrlsFile(options.urlsFile, desk.sources.map((source) => source.location), {
          follow: (locations) => monitor.follow(locations),
          unfollow: (ids) => monitor.unfollow(ids),
          rename: (name) => deliver({ type: 'arrived', sources: [...shownSources.values()].map(name), updates: [], reactions: [], live: false }),
        });
  const stopForwarding = source.subscribe(deliver);
  // The first frame shows the archive; the files fill in as they are parsed.
  const background = replay === null ? pipeline.ingestFiles(options.filesToLoad, options.monitor, (step) => deliver(arrivalOf(step.loaded, false))) : null;

  const screen = enterAlternateScreen(process.stdout, process.stdin);
  let instance: ReturnType<typeof render> | null = null;
  const shutDown = async () => {
    urlsWatch?.close();
    background?.stop();
    stopForwarding();
    replay?.stop();
    await monitor?.stop();
    archive?.finish(Date.now());
  };
  // Synchronous on purpose: Ink's signal-exit re-raises the signal once no other
  // listener is left, so the terminal must be restored and the exit code set now.
  const leave = (code: number, message?: string) => {
    instance?.unmount();
    screen.restore();
    if (message !== undefined) process.stderr.write(sanitizeForTerminal(message));
    process.exit(code);
  };
  for (const [signal, code] of Object.entries(SIGNAL_EXIT_CODES)) process.on(signal as NodeJS.Signals, () => leave(code));
  process.on('uncaughtException', (error) => leave(1, `livedesk: unexpected error: ${error.message}\n`));

  const onRequest = (request: AppRequest): string | null => {
    if (request.type === 'open-link') return openLink(request.url);
    if (request.type === 'copy-link') process.stdout.write(osc52Copy(request.url));
    else monitor?.handle(request);
    return null;
  };
  instance = render(
    <App
      sources={shown.sources}
      updates={shown.updates}
      reactions={shown.reactions}
      events={events}
      onRequest={onRequest}
      alert={options.alert}
      colour={options.colour}
      readKeys={options.readKeys}
      newSinceLastLook={replay === null ? options.newSinceLastLook : new Set()}
      onReadChange={archive === null ? undefined : (keys, read) => archive.markRead(keys, read)}
      search={archive === null ? undefined : dashboardSearch(archive)}
    />,
    { exitOnCtrlC: false, patchConsole: false, onRender: renderCounter(process.env.LIVEDESK_DEBUG_RENDERS) },
  );
  try {
    await instance.waitUntilExit();
  } finally {
    screen.restore();
    await shutDown();
  }
  return 0;
}

/**
 * LIVEDESK_DEBUG_RENDERS=FILE appends one line per frame Ink renders, so a
 * benchmark can prove that an idle dashboard (or a 304) renders nothing.
 */
function renderCounter(file: string | undefined): ((metrics: { renderTime: number }) => void) | undefined {
  if (file === undefined || file === '') return undefined;
  return (metrics) => appendFileSync(file, `${Date.now()} ${metrics.renderTime.toFixed(2)}\n`);
}
