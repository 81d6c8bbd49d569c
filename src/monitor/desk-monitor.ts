// Keeps every source of the desk current: URL sources are polled, local files
// are watched. Whatever changes reaches the dashboard (or --follow) as
// DeskEvents; nothing here knows how it is shown.
import { statSync } from 'node:fs';
import type { FetchRecord } from '../archive/archive-sources.js';
import type { Source, SourceStatus as ShownStatus } from '../model.js';
import { parseOffThread } from '../parse/parse-off-thread.js';
import { extractReactions } from '../reactions/extract-reactions.js';
import { createDeskEvents, type DeskEvent, type DeskEvents, type MonitorRequest } from '../state/desk-events.js';
import { loadFileSource, sourceFromFeed, type FetchSettings, type LoadedSource } from '../sources/load-source.js';
import { isUrl } from '../sources/location.js';
import { watchFile, type FileWatch } from '../sources/watch-file.js';
import { describeStatus, type SourceStatus as PollStatus } from './poll-schedule.js';
import { SourcePoller, type EarlierPolls, type PollEvent, type SourcePollerOptions } from './source-poller.js';

export interface MonitorOptions extends FetchSettings {
  intervalMs: number;
  /** Watch local files and re-read them when they change. */
  watchFiles: boolean;
  now?: () => number;
  /** What an earlier run knew: ETag / Last-Modified, so the first poll can be a 304, and the last success. */
  earlierPolls?: (sourceId: string) => EarlierPolls | null;
  /** Every poll's outcome, for the archive's poll history. */
  onFetch?: (sourceId: string, record: FetchRecord) => void;
  /** The pollers' network, timers and jitter, for running days of polling on a fake clock. */
  seams?: Pick<SourcePollerOptions, 'fetch' | 'setTimeout' | 'clearTimeout' | 'random'>;
}

export interface DeskMonitor extends DeskEvents {
  handle(request: MonitorRequest): void;
  stop(): Promise<void>;
}

function isRegularFile(location: string): boolean {
  try {
    return statSync(location).isFile();
  } catch {
    return false;
  }
}

function arrival(loaded: LoadedSource, live: boolean): DeskEvent {
  const reactions = loaded.updates.flatMap((update) => extractReactions(update));
  return { type: 'arrived', sources: [loaded.source], updates: loaded.updates, reactions, live };
}

function shownStatus(sourceId: string, event: PollEvent | null, status: PollStatus, now: number): ShownStatus {
  let state: ShownStatus['state'] = 'ok';
  if (status.stopped || status.lastError?.permanent) state = 'stopped';
  else if (status.paused) state = 'paused';
  else if (event?.type === 'error') state = 'error';
  else if (event?.type === 'not-modified') state = 'not-modified';
  return {
    sourceId,
    state,
    lastSuccessAt: status.lastSuccessAt,
    nextPollAt: status.nextPollAt,
    httpStatus: event === null ? null : event.httpStatus,
    message: describeStatus(status, now),
  };
}

export function startDeskMonitor(sources: readonly Source[], options: MonitorOptions): DeskMonitor {
  const events = createDeskEvents();
  const now = options.now ?? Date.now;
  const pollers = new Map<string, SourcePoller>();
  const watches: FileWatch[] = [];
  let paused = false;

  for (const source of sources) {
    if (isUrl(source.location)) {
      let fetchedBefore = false;
      const poller: SourcePoller = new SourcePoller({
        url: source.location,
        parse: parseOffThread,
        intervalMs: options.intervalMs,
        timeoutMs: options.timeoutMs,
        maxBytes: options.maxBytes,
        userAgent: options.userAgent,
        proxies: options.proxies,
        now,
        ...options.seams,
        earlier: options.earlierPolls?.(source.id) ?? undefined,
        onResult(event) {
          options.onFetch?.(source.id, {
            at: event.at,
            status: event.httpStatus,
            validators: event.type === 'error' ? null : poller.getValidators(),
            error: event.type === 'error' ? event.message : null,
          });
          if (event.type === 'fetched') {
            // The first fetch fills an empty source: nothing in it is news to the reader yet.
            events.publish(arrival(sourceFromFeed(source.location, event.feed), fetchedBefore));
            fetchedBefore = true;
          }
          events.publish({ type: 'status', status: shownStatus(source.id, event, poller.getStatus(), now()) });
        },
      });
      pollers.set(source.id, poller);
      poller.start(0);
    } else if (options.watchFiles && (source.error === null || isRegularFile(source.location))) {
      // A file that does not read as a feed yet (a live blog begun with its lead) is
      // watched too: its first entry brings it in.
      watches.push(
        watchFile(source.location, () => {
          void loadFileSource(source.location, options).then((loaded) => {
            // A file caught half-written parses badly: keep what is shown and wait for the next change.
            if (loaded.source.error === null) events.publish(arrival(loaded, true));
          });
        }),
      );
    }
  }

  function publishStatus(sourceId: string, poller: SourcePoller) {
    events.publish({ type: 'status', status: shownStatus(sourceId, null, poller.getStatus(), now()) });
  }

  return {
    subscribe: events.subscribe,
    handle(request) {
      if (request.type === 'refresh') {
        void pollers.get(request.sourceId)?.refreshNow();
      } else if (request.type === 'refresh-all') {
        for (const poller of pollers.values()) void poller.refreshNow();
      } else {
        paused = !paused;
        for (const [sourceId, poller] of pollers) {
          if (paused) poller.pause();
          else poller.resume();
          publishStatus(sourceId, poller);
        }
      }
    },
    async stop() {
      for (const watch of watches) watch.close();
      await Promise.all([...pollers.values()].map((poller) => poller.stop()));
    },
  };
}
