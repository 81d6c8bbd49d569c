import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedFeed } from '../../src/model.js';
import { describeStatus } from '../../src/monitor/poll-schedule.js';
import { formatClockSeconds } from '../../src/text/format-time.js';
import { SourcePoller, type PollEvent, type SourcePollerOptions } from '../../src/monitor/source-poller.js';
import { parseFeedText } from '../../src/parse/parse-feed-text.js';
import { closedPort, rss, startFeedServer, type FeedServer } from '../net/feed-server.js';

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(async () => {
  await server.close();
});

const pollers: SourcePoller[] = [];
afterEach(async () => {
  await Promise.all(pollers.splice(0).map((poller) => poller.stop()));
  const open = await server.waitForNoConnections();
  server.reset();
  expect(open).toBe(0);
});

/** A poller on the test server that records its events and every parse it makes. */
function watch(extra: Partial<SourcePollerOptions> = {}) {
  const events: PollEvent[] = [];
  let parses = 0;
  let wake: () => void = () => {};
  const poller = new SourcePoller({
    url: server.url(),
    intervalMs: 20,
    timeoutMs: 2000,
    maxBytes: 10 * 1024,
    userAgent: 'livedesk/0.0.0-test',
    random: () => 0.5,
    parse: (text: string, fetchedAt: Date): Promise<ParsedFeed> => {
      parses += 1;
      return parseFeedText(text, { fallbackDate: fetchedAt });
    },
    onResult: (event) => {
      events.push(event);
      wake();
    },
    ...extra,
  });
  pollers.push(poller);
  return {
    poller,
    events,
    parses: () => parses,
    async until(count: number): Promise<PollEvent[]> {
      while (events.length < count) await new Promise<void>((resolve) => (wake = resolve));
      return events;
    },
    /** The status line the UI would show right after the latest event. */
    line: () => describeStatus(poller.getStatus(), events.at(-1)?.at ?? Date.now()),
  };
}

function fetched(event: PollEvent | undefined): ParsedFeed {
  if (event?.type !== 'fetched') throw new Error(`expected a fetched event, got ${event?.type}`);
  return event.feed;
}

/** The retry as the status line writes it: a time of day, two minutes (the first backoff, no jitter) after the failure. */
function retryClock(event: { at: number; nextPollAt: number | null } | undefined): string {
  expect((event?.nextPollAt ?? 0) - (event?.at ?? 0)).toBe(120_000);
  return formatClockSeconds(event!.nextPollAt!);
}

describe('SourcePoller: conditional polling', () => {
  it('parses a 200, then on a 304 neither parses nor re-reports a feed, sending the exact validators', async () => {
    const etag = 'W/"caf\u00e9-1"';
    const lastModified = 'Mon, 01 Jan 2024 12:00:00 GMT';
    server.handle((request, response) => {
      if (request.headers['if-none-match'] === etag) response.writeHead(304).end();
      else response.writeHead(200, { ETag: etag, 'Last-Modified': lastModified }).end(rss([{ guid: 'a', title: 'First' }]));
    });
    const desk = watch();
    desk.poller.start();
    const [first, second] = await desk.until(2);
    expect(fetched(first).updates.map((update) => update.title)).toEqual(['First']);
    expect(second).toMatchObject({ type: 'not-modified', httpStatus: 304 });
    expect(desk.parses()).toBe(1);
    expect(server.requests[1]?.headers['if-none-match']).toBe(etag);
    expect(server.requests[1]?.headers['if-modified-since']).toBe(lastModified);
    expect(desk.line()).toBe('updated just now — next poll in 20 ms');
  });

  it('treats identical bytes from a server without validators as unchanged', async () => {
    server.handle((_request, response) => response.writeHead(200).end(rss([{ guid: 'a', title: 'Same' }])));
    const desk = watch();
    desk.poller.start();
    const events = await desk.until(3);
    expect(events.map((event) => event.type)).toEqual(['fetched', 'not-modified', 'not-modified']);
    expect(desk.parses()).toBe(1);
  });

  it('reports new items on a later poll', async () => {
    const items = [{ guid: 'a', title: 'First' }];
    server.handle((_request, response) => {
      response.writeHead(200, { ETag: `"${items.length}"` }).end(rss(items));
      items.push({ guid: 'b', title: 'Second' });
    });
    const desk = watch();
    desk.poller.start();
    const [first, second] = await desk.until(2);
    expect(fetched(first).updates.map((update) => update.id)).toEqual(['a']);
    expect(fetched(second).updates.map((update) => update.id)).toEqual(['a', 'b']);
    expect(server.requests[1]?.headers['if-none-match']).toBe('"1"');
  });

  it('reports an edited item under the same id', async () => {
    let title = 'Minister to speak';
    server.handle((_request, response) => {
      response.writeHead(200, { ETag: `"${title.length}"` }).end(rss([{ guid: 'story-1', title }]));
      title = 'Minister resigns';
    });
    const desk = watch();
    desk.poller.start();
    const [first, second] = await desk.until(2);
    expect(fetched(first).updates[0]).toMatchObject({ id: 'story-1', title: 'Minister to speak' });
    expect(fetched(second).updates[0]).toMatchObject({ id: 'story-1', title: 'Minister resigns' });
  });
});

describe('SourcePoller: failures end in a visible status', () => {
  it('backs off on 500s and recovers, resetting the backoff', async () => {
    let calls = 0;
    server.handle((_request, response) => {
      calls += 1;
      if (calls <= 2) response.writeHead(500).end();
      else response.writeHead(200).end(rss([{ guid: 'a', title: 'Back' }]));
    });
    const desk = watch();
    desk.poller.start();
    const events = await desk.until(3);
    // random() = 0.5: backoff is 90 % of 2× then 4× the 20 ms interval; success is the interval.
    expect(events.map((event) => [event.type, (event.nextPollAt ?? 0) - event.at])).toEqual([
      ['error', 36],
      ['error', 72],
      ['fetched', 20],
    ]);
    expect(events[0]).toMatchObject({ message: 'HTTP 500 Internal Server Error', httpStatus: 500 });
    expect(events[2]?.sourceStatus.lastError).toBeNull();
  });

  it('honours Retry-After on a 429 and says so', async () => {
    server.handle((_request, response) => response.writeHead(429, { 'Retry-After': '600' }).end());
    const desk = watch();
    desk.poller.start();
    const [event] = await desk.until(1);
    expect((event?.nextPollAt ?? 0) - (event?.at ?? 0)).toBe(600_000);
    expect(desk.line()).toBe('HTTP 429 — server asked to wait 10 min');
  });

  it('times out on a server that never answers', async () => {
    server.handle(() => {});
    const desk = watch({ intervalMs: 60_000, timeoutMs: 200, random: () => 0 });
    desk.poller.start();
    const [event] = await desk.until(1);
    expect(event).toMatchObject({ type: 'error', message: 'timed out after 200 ms', httpStatus: null });
    expect(desk.line()).toBe(`timed out after 200 ms — retrying at ${retryClock(event)}`);
  });

  it.each([
    [
      'a body that drips one byte every 100 ms',
      (_request, response) => {
        response.writeHead(200);
        const timer = setInterval(() => response.write(' '), 100);
        response.on('close', () => clearInterval(timer));
      },
      'timed out after 350 ms',
    ],
    ['a redirect loop', (request, response) => response.writeHead(302, { Location: request.url === '/feed' ? '/b' : '/feed' }).end(), 'redirect loop'],
    ['a redirect to file:', (_request, response) => response.writeHead(301, { Location: 'file:///etc/passwd' }).end(), 'redirect to a non-http(s) address refused'],
    ['an oversized body', (_request, response) => response.writeHead(200).end(' '.repeat(11 * 1024)), 'response larger than 10 KB'],
    ['a 404', (_request, response) => response.writeHead(404).end(), 'HTTP 404 Not Found'],
    ['a web page', (_request, response) => response.writeHead(200).end('<!doctype html><html><body>hi</body></html>'), 'this web page holds no live blog or article and announces no feeds'],
  ] satisfies Array<[string, Parameters<FeedServer['handle']>[0], string]>)('%s', async (_name, handler, message) => {
    server.handle(handler);
    const desk = watch({ intervalMs: 60_000, timeoutMs: 350, random: () => 0 });
    desk.poller.start();
    const [event] = await desk.until(1);
    expect(event).toMatchObject({ type: 'error', message, permanent: false });
    expect(desk.line()).toBe(`${message} — retrying at ${retryClock(event)}`);
  });

  it('says "connection refused" for a closed port', async () => {
    const port = await closedPort();
    const desk = watch({ url: `http://127.0.0.1:${port}/feed`, intervalMs: 60_000, random: () => 0 });
    desk.poller.start();
    const [event] = await desk.until(1);
    expect(desk.line()).toBe(`connection refused — retrying at ${retryClock(event)}`);
  });

  it('a server down at start still reports the last success an earlier run archived', async () => {
    const port = await closedPort();
    const lastSuccessAt = Date.UTC(2020, 7, 18, 16, 40, 5);
    const desk = watch({ url: `http://127.0.0.1:${port}/feed`, intervalMs: 60_000, random: () => 0, earlier: { validators: null, lastSuccessAt } });
    expect(desk.poller.getStatus().lastSuccessAt).toBe(lastSuccessAt);
    desk.poller.start();
    const [event] = await desk.until(1);
    expect(event).toMatchObject({ type: 'error' });
    expect(event?.sourceStatus.lastSuccessAt).toBe(lastSuccessAt);
  });

  it('stops polling a source that is gone (410)', async () => {
    server.handle((_request, response) => response.writeHead(410).end());
    const timers = manualTimers(1_000_000);
    const desk = watch(timers);
    desk.poller.start();
    timers.fireNext();
    const [event] = await desk.until(1);
    expect(event?.nextPollAt).toBeNull();
    // No timer left armed: nothing will ever poll it again by itself.
    expect(timers.armed()).toEqual([]);
    await desk.poller.refreshNow();
    expect(server.requests).toHaveLength(1);
    expect(desk.line()).toBe('gone (HTTP 410) — no longer polled');
  });
});

describe('SourcePoller: one poll at a time', () => {
  it('gzip and windows-1252 reach the parser decoded', async () => {
    const bytes = Buffer.concat([Buffer.from('<rss version="2.0"><channel><title>'), Buffer.from([0x93, 0x41, 0x94]), Buffer.from('</title></channel></rss>')]);
    server.handle((_request, response) => {
      response.writeHead(200, { 'Content-Encoding': 'gzip', 'Content-Type': 'application/rss+xml; charset=windows-1252' }).end(gzipSync(bytes));
    });
    const desk = watch();
    await desk.poller.refreshNow();
    expect(fetched(desk.events[0]).title).toBe('“A”');
  });

  it('coalesces refreshNow() calls with the poll in flight', async () => {
    // The answer waits until the refreshes have been asked for.
    let answer = () => {};
    server.handle((_request, response) => {
      answer = () => response.writeHead(200).end(rss([{ guid: 'a', title: 'Slow' }]));
    });
    const desk = watch({ intervalMs: 60_000 });
    desk.poller.start();
    await server.waitForRequests(1);
    const refreshes = [desk.poller.refreshNow(), desk.poller.refreshNow(), desk.poller.refreshNow()];
    expect(refreshes[1]).toBe(refreshes[0]);
    answer();
    await Promise.all(refreshes);
    expect(server.requests).toHaveLength(1);
    expect(desk.events).toHaveLength(1);
  });

  it('stop() aborts the request in flight and reports nothing more', async () => {
    server.handle(() => {});
    const desk = watch();
    desk.poller.start();
    await server.waitForRequests(1);
    await desk.poller.stop();
    expect(await server.waitForNoConnections()).toBe(0);
    expect(desk.events).toHaveLength(0);
    expect(desk.line()).toBe('stopped');
  });
});

/** Timers the test fires by hand: the schedule is checked without waiting for it. */
function manualTimers(start: number) {
  let clock = start;
  let nextId = 1;
  const pending = new Map<number, { callback: () => void; at: number }>();
  return {
    now: () => clock,
    setTimeout: (callback: () => void, ms: number) => {
      pending.set(nextId, { callback, at: clock + ms });
      return nextId++;
    },
    clearTimeout: (handle: unknown) => {
      pending.delete(handle as number);
    },
    /** Due times of the armed timers, relative to the start. */
    armed: () => [...pending.values()].map((timer) => timer.at - start),
    /** Moves the clock to the next timer and fires it. */
    fireNext() {
      const [id, timer] = [...pending.entries()].sort((a, b) => a[1].at - b[1].at)[0] ?? [];
      if (id === undefined || timer === undefined) throw new Error('no timer armed');
      pending.delete(id);
      clock = Math.max(clock, timer.at);
      timer.callback();
    },
    advance(ms: number) {
      clock += ms;
    },
  };
}

describe('SourcePoller: the chained timer', () => {
  it('keeps exactly one timer, pauses, resumes with the time left, and clears it on stop', async () => {
    server.handle((_request, response) => response.writeHead(200, { ETag: '"1"' }).end(rss([{ guid: 'a', title: 'A' }])));
    const timers = manualTimers(1_000_000);
    const desk = watch({ intervalMs: 60_000, ...timers });
    desk.poller.start();
    expect(timers.armed()).toEqual([0]);
    timers.fireNext();
    await desk.until(1);
    expect(timers.armed()).toEqual([60_000]);

    timers.advance(20_000);
    desk.poller.pause();
    expect(timers.armed()).toEqual([]);
    expect(desk.line()).toBe('updated just now — paused');
    desk.poller.resume();
    expect(timers.armed()).toEqual([60_000]);

    // A manual refresh replaces the pending timer instead of adding a second one.
    await desk.poller.refreshNow();
    expect(timers.armed()).toEqual([80_000]);
    expect(server.requests).toHaveLength(2);

    await desk.poller.stop();
    expect(timers.armed()).toEqual([]);
  });

  it('finishes a poll that started before pause() but arms nothing until resume()', async () => {
    server.handle((_request, response) => response.writeHead(200).end(rss([{ guid: 'a', title: 'A' }])));
    const timers = manualTimers(0);
    const desk = watch({ intervalMs: 60_000, ...timers });
    desk.poller.start();
    timers.fireNext();
    desk.poller.pause();
    await desk.until(1);
    expect(desk.events[0]?.nextPollAt).toBeNull();
    expect(timers.armed()).toEqual([]);
    desk.poller.resume();
    expect(timers.armed()).toEqual([60_000]);
  });
});
