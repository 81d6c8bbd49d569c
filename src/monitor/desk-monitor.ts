// Keeps every source of the desk current: URL sources are polled, local files
// are watched, and every new read goes through the ingest pipeline. Whatever
// changes reaches the dashboard (or --follow) as DeskEvents; nothing here knows
// how it is shown.
import { existsSync, statSync } from 'node:fs';
import { createDeskEvents, type DeskEvent, type DeskEvents, type MonitorRequest } from '../desk/desk-events.js';
import type { IngestStep } from '../ingest/ingest-document.js';
import { arrivalOf, createPipeline, type Pipeline } from '../ingest/pipeline.js';
import { failedSource, type LoadedSource } from '../ingest/loaded-source.js';
import { readLocalDocument } from '../ingest/source-document.js';
import type { AnnouncedFeed, EarlierPolls, FetchRecord, Source, SourceStatus as ShownStatus } from '../model.js';
import { emptySource } from '../sources/empty-source.js';
import type { FetchSettings } from '../sources/load-source.js';
import { isUrl } from '../sources/location.js';
import { sourceIdFor } from '../sources/source-identity.js';
import { sourceTags } from '../sources/source-tags.js';
import { watchFile, type FileWatch } from '../sources/watch-file.js';
import { describeStatus, type SourceStatus as PollStatus } from './poll-schedule.js';
import { SourcePoller, type PollEvent, type SourcePollerOptions } from './source-poller.js';

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
  /**
   * A URL that turns out to be a web page announcing feeds: 'all' follows every one
   * (headless runs); 'ask' follows a lone feed and asks the reader about several.
   */
  discovery?: 'all' | 'ask';
  /** Where every read goes: what the desk knows already, and the archive. A pipeline of its own by default. */
  pipeline?: Pipeline;
}

/** What a watched file that was deleted (or moved away) says, beside what it showed. */
export const FILE_GONE = 'the file was deleted or moved: what it showed stays, and it is read again if it comes back';

export interface DeskMonitor extends DeskEvents {
  handle(request: MonitorRequest): void;
  /** Sources to follow from now on (a urls file edited): addresses are polled, files read and watched. */
  follow(locations: readonly string[]): Promise<void>;
  /** Sources to follow no more: their polls and watches end, and a `removed` event says so. */
  unfollow(sourceIds: readonly string[]): void;
  stop(): Promise<void>;
}

function isRegularFile(location: string): boolean {
  try {
    return statSync(location).isFile();
  } catch {
    return false;
  }
}

function shownStatus(sourceId: string, event: PollEvent<unknown> | null, status: PollStatus, now: number): ShownStatus {
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

/** The status a web page shows once its feeds are found: it is not polled itself any more. */
function pageStatus(sourceId: string, message: string, at: number): ShownStatus {
  return { sourceId, state: 'ok', lastSuccessAt: at, nextPollAt: null, httpStatus: 200, message };
}

export function startDeskMonitor(sources: readonly Source[], options: MonitorOptions): DeskMonitor {
  const events = createDeskEvents();
  const now = options.now ?? Date.now;
  const pipeline = options.pipeline ?? createPipeline({ now });
  const pollers = new Map<string, SourcePoller<IngestStep>>();
  const watches = new Map<string, FileWatch>();
  const locations = sources.map((source) => source.location);
  let paused = false;
  /** A urls file read again as livedesk closes adds nothing: no watch or poll outlives stop(). */
  let stopped = false;

  /** New bytes of a URL through the pipeline; a read that fails is the poll's error. */
  async function ingestFetched(location: string, text: string, fetchedAt: Date, pageUrl: string): Promise<IngestStep> {
    const step = await pipeline.ingest({ location, content: { text }, fallbackDate: fetchedAt.getTime(), pageUrl });
    if (step.failure !== null) throw new Error(step.failure);
    return step;
  }

  function pollUrl(source: Source): void {
    let fetchedBefore = false;
    const poller: SourcePoller<IngestStep> = new SourcePoller<IngestStep>({
      url: source.location,
      parse: (text, fetchedAt, pageUrl) => ingestFetched(source.location, text, fetchedAt, pageUrl),
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
        let announced: AnnouncedFeed[] = [];
        if (event.type === 'fetched') {
          const { loaded } = event.feed;
          announced = loaded.feeds ?? [];
          // The first fetch fills an empty source: nothing in it is news to the reader yet.
          events.publish(arrivalOf(loaded, fetchedBefore));
          fetchedBefore = true;
        }
        if (announced.length > 0) {
          foundFeeds(source.id, announced, event.at);
          return;
        }
        events.publish({ type: 'status', status: shownStatus(source.id, event, poller.getStatus(), now()) });
      },
    });
    pollers.set(source.id, poller);
    poller.start(0);
    if (paused) poller.pause();
  }

  /** A polled page turned out to be a home page: its feeds replace it. */
  function foundFeeds(sourceId: string, feeds: AnnouncedFeed[], at: number): void {
    void pollers.get(sourceId)?.stop();
    pollers.delete(sourceId);
    if (options.discovery !== 'ask' || feeds.length === 1) {
      followFeeds(sourceId, feeds.map((feed) => feed.url));
      return;
    }
    const message = `a web page that announces ${feeds.length} feeds: choose which to follow`;
    events.publish({ type: 'status', status: pageStatus(sourceId, message, at) });
    events.publish({ type: 'feeds-found', sourceId, feeds });
  }

  function followFeeds(sourceId: string, urls: readonly string[]): void {
    const fresh = [...new Set(urls)].filter((url) => isUrl(url) && !locations.includes(url));
    // Tags are told apart among every source, those already shown included.
    const tags = sourceTags([...locations, ...fresh]).slice(locations.length);
    fresh.forEach((url, index) => {
      locations.push(url);
      const source = { ...emptySource(url), tag: tags[index] ?? emptySource(url).tag };
      events.publish({ type: 'arrived', sources: [source], updates: [], reactions: [], live: false });
      pollUrl(source);
    });
    if (fresh.length === 0) return;
    const following = fresh.length === 1 ? 'a feed' : `${fresh.length} feeds`;
    events.publish({ type: 'status', status: pageStatus(sourceId, `a web page: following ${following} it announces`, now()) });
  }

  /** Watched files found gone: they say so until they read again. */
  const gone = new Set<string>();

  function fileStatus(sourceId: string, state: 'ok' | 'error', message: string): void {
    events.publish({ type: 'status', status: { sourceId, state, lastSuccessAt: null, nextPollAt: null, httpStatus: null, message } });
  }

  /** A watched file changed: read again, through the pipeline. */
  async function reread(source: Source): Promise<void> {
    let step: IngestStep;
    try {
      step = await pipeline.ingest(await readLocalDocument(source.location, options));
    } catch {
      // Unreadable for a moment (an editor's save) waits for the next change; a file that is not there says so.
      if (!existsSync(source.location) && !gone.has(source.id)) {
        gone.add(source.id);
        fileStatus(source.id, 'error', FILE_GONE);
      }
      return;
    }
    // A file caught half-written parses badly: keep what is shown and wait for the next change.
    // One no longer followed (its watch closed while it was read) stays off the screen.
    if (step.failure !== null || stopped || !watches.has(source.id)) return;
    if (gone.delete(source.id)) fileStatus(source.id, 'ok', 'the file is back and read again');
    events.publish(arrivalOf(step.loaded, true));
  }

  for (const source of sources) {
    if (isUrl(source.location)) {
      pollUrl(source);
    } else if (options.watchFiles && (source.error === null || isRegularFile(source.location))) {
      // A file that does not read as a feed yet (a live blog begun with its lead) is
      // watched too: its first entry brings it in.
      watches.set(source.id, watchFile(source.location, () => void reread(source)));
    }
  }

  /** A file first read while running: what it holds arrives (or why it cannot be read), then it is watched. */
  async function readAdded(source: Source): Promise<void> {
    let loaded: LoadedSource;
    try {
      loaded = (await pipeline.ingest(await readLocalDocument(source.location, options))).loaded;
    } catch (error) {
      loaded = failedSource(source.location, error);
    }
    // Taken out of the urls file again while it was being read: it stays out, unwatched.
    if (stopped || !locations.includes(source.location)) return;
    events.publish(arrivalOf({ ...loaded, source: { ...pipeline.name(loaded.source), tag: source.tag } }, false));
    watches.set(source.id, watchFile(source.location, () => void reread(source)));
  }

  async function follow(added: readonly string[]): Promise<void> {
    if (stopped) return;
    const fresh = [...new Set(added)].filter((location) => !locations.includes(location));
    const tags = sourceTags([...locations, ...fresh]).slice(locations.length);
    locations.push(...fresh);
    await Promise.all(
      fresh.map(async (location, index) => {
        const empty = emptySource(location);
        const source = { ...empty, tag: tags[index] ?? empty.tag };
        if (!isUrl(location)) return readAdded(source);
        events.publish({ type: 'arrived', sources: [pipeline.name(source)], updates: [], reactions: [], live: false });
        pollUrl(source);
      }),
    );
  }

  function unfollow(sourceIds: readonly string[]): void {
    const leaving = new Set(sourceIds);
    for (const id of leaving) {
      void pollers.get(id)?.stop();
      pollers.delete(id);
      watches.get(id)?.close();
      watches.delete(id);
    }
    const kept = locations.filter((location) => !leaving.has(sourceIdFor(location)));
    locations.splice(0, locations.length, ...kept);
    events.publish({ type: 'removed', sourceIds: [...leaving] });
  }

  function publishStatus(sourceId: string, poller: SourcePoller<IngestStep>) {
    events.publish({ type: 'status', status: shownStatus(sourceId, null, poller.getStatus(), now()) });
  }

  return {
    subscribe: events.subscribe,
    follow,
    unfollow,
    handle(request) {
      if (request.type === 'refresh') {
        void pollers.get(request.sourceId)?.refreshNow();
      } else if (request.type === 'refresh-all') {
        for (const poller of pollers.values()) void poller.refreshNow();
      } else if (request.type === 'follow-feeds') {
        followFeeds(request.sourceId, request.urls);
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
      stopped = true;
      for (const watch of watches.values()) watch.close();
      await Promise.all([...pollers.values()].map((poller) => poller.stop()));
    },
  };
}
