import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fetchFeed, FEED_ACCEPT, type FetchOptions, type FetchResult } from '../../src/net/fetch-feed.js';
import { closedPort, rss, startFeedServer, type FeedServer } from './feed-server.js';

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(async () => {
  await server.close();
});

// Sockets and timers this process holds (both ends of every test connection live here).
function activeHandles(): { sockets: number; timers: number } {
  const info = process.getActiveResourcesInfo();
  return {
    sockets: info.filter((name) => name === 'TCPSocketWrap').length,
    timers: info.filter((name) => name === 'Timeout').length,
  };
}

// A closed connection takes a few ms to be released on the client side too: poll briefly.
async function socketsLeftOver(baseline: number): Promise<number> {
  const until = Date.now() + 1000;
  while (activeHandles().sockets > baseline && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 5));
  return activeHandles().sockets - baseline;
}

let handlesBefore = activeHandles();
afterEach(async () => {
  // Every fetch, whatever its ending, must leave no connection open on either side.
  const openOnServer = await server.waitForNoConnections();
  const leftOver = await socketsLeftOver(handlesBefore.sockets);
  server.reset();
  expect(openOnServer).toBe(0);
  expect(leftOver).toBe(0);
  handlesBefore = activeHandles();
});

const options = (extra: Partial<FetchOptions> = {}): FetchOptions => ({
  timeoutMs: 2000,
  maxBytes: 10 * 1024,
  userAgent: 'livedesk/0.0.0-test',
  ...extra,
});

function expectError(result: FetchResult): Extract<FetchResult, { kind: 'error' }> {
  if (result.kind !== 'error') throw new Error(`expected an error, got ${result.kind}`);
  return result;
}

const FEED = rss([{ guid: 'a', title: 'First' }]);

describe('fetchFeed: the happy path and conditional GET', () => {
  it('fetches a feed with our User-Agent and Accept headers and returns the validators', async () => {
    server.handle((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/rss+xml', ETag: '"v1"', 'Last-Modified': 'Wed, 21 Oct 2015 07:28:00 GMT' });
      response.end(FEED);
    });
    const result = await fetchFeed(server.url(), options());
    expect(result).toEqual({
      kind: 'ok',
      status: 200,
      text: FEED,
      finalUrl: server.url(),
      validators: { etag: '"v1"', lastModified: 'Wed, 21 Oct 2015 07:28:00 GMT' },
    });
    const headers = server.requests[0]?.headers;
    expect(headers?.['user-agent']).toBe('livedesk/0.0.0-test');
    expect(headers?.accept).toBe(FEED_ACCEPT);
    expect(headers?.['accept-encoding']).toBe('gzip, deflate, br');
    expect(headers?.['if-none-match']).toBeUndefined();
  });

  it('sends the stored validators back byte for byte and reports 304 as not-modified', async () => {
    // A weak ETag with a non-ASCII byte and an odd Last-Modified: both must round-trip untouched.
    const etag = 'W/"caf\u00e9-42"';
    const lastModified = 'Wed,  21 Oct 2015 07:28:00 GMT';
    server.handle((request, response) => {
      if (request.headers['if-none-match'] === etag) response.writeHead(304).end();
      else response.writeHead(200, { ETag: etag, 'Last-Modified': lastModified }).end(FEED);
    });
    const first = await fetchFeed(server.url(), options());
    if (first.kind !== 'ok') throw new Error(first.kind);
    expect(first.validators).toEqual({ etag, lastModified });

    const second = await fetchFeed(server.url(), options({ validators: first.validators }));
    expect(second).toEqual({ kind: 'not-modified', status: 304 });
    expect(server.requests[1]?.headers['if-none-match']).toBe(etag);
    expect(server.requests[1]?.headers['if-modified-since']).toBe(lastModified);
  });
});

describe('fetchFeed: bodies', () => {
  it.each([
    ['gzip', gzipSync],
    ['deflate', deflateSync],
    ['br', brotliCompressSync],
  ] as const)('decompresses a %s body', async (encoding, compress) => {
    server.handle((_request, response) => {
      response.writeHead(200, { 'Content-Encoding': encoding }).end(compress(Buffer.from(FEED)));
    });
    const result = await fetchFeed(server.url(), options());
    expect(result.kind === 'ok' && result.text).toBe(FEED);
  });

  it('says so when a body is not what its Content-Encoding claims', async () => {
    server.handle((_request, response) => {
      response.writeHead(200, { 'Content-Encoding': 'gzip' }).end('not gzip at all');
    });
    expect(expectError(await fetchFeed(server.url(), options())).message).toBe('could not decompress the response (gzip)');
  });

  it('decodes windows-1252 from the Content-Type charset (curly quotes 0x93 / 0x94)', async () => {
    const bytes = Buffer.concat([
      Buffer.from('<?xml version="1.0"?><rss version="2.0"><channel><title>'),
      Buffer.from([0x93, 0x4c, 0x69, 0x76, 0x65, 0x94, 0x20, 0x80]),
      Buffer.from('</title></channel></rss>'),
    ]);
    server.handle((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=windows-1252' }).end(bytes);
    });
    const result = await fetchFeed(server.url(), options());
    expect(result.kind === 'ok' && result.text).toContain('<title>“Live” €</title>');
  });

  it('refuses a body over the cap announced by Content-Length', async () => {
    server.handle((_request, response) => {
      response.writeHead(200, { 'Content-Length': 20_000 }).end('x'.repeat(20_000));
    });
    expect(expectError(await fetchFeed(server.url(), options())).message).toBe('response larger than 10 KB');
  });

  it('stops reading a chunked body once it passes the cap', async () => {
    server.handle((_request, response) => {
      response.writeHead(200);
      // Keeps sending until the client hangs up: only the cap can end this.
      const timer = setInterval(() => response.write('x'.repeat(4096)), 5);
      response.on('close', () => clearInterval(timer));
    });
    expect(expectError(await fetchFeed(server.url(), options())).message).toBe('response larger than 10 KB');
  });

  it('caps the decompressed size too (a small gzip bomb)', async () => {
    const bomb = gzipSync(Buffer.alloc(1024 * 1024, 0x20));
    expect(bomb.length).toBeLessThan(10 * 1024);
    server.handle((_request, response) => {
      response.writeHead(200, { 'Content-Encoding': 'gzip' }).end(bomb);
    });
    expect(expectError(await fetchFeed(server.url(), options())).message).toBe('response larger than 10 KB');
  });
});

describe('fetchFeed: the deadline', () => {
  // The deadline is fetchFeed's own timer: fake, so the test moves time instead of waiting for it.
  async function onFakeTime<T>(body: () => Promise<T>): Promise<T> {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      return await body();
    } finally {
      vi.useRealTimers();
    }
  }

  /** Resolves to whether `promise` has settled, after the microtasks already queued. */
  async function settled(promise: Promise<unknown>): Promise<boolean> {
    let done = false;
    void promise.then(() => (done = true));
    await vi.advanceTimersByTimeAsync(0);
    return done;
  }

  it('times out on a server that never answers, at the deadline and not before, and clears its timer', async () => {
    server.handle(() => {});
    await onFakeTime(async () => {
      const result = fetchFeed(server.url(), options({ timeoutMs: 300 }));
      // The request is in: nothing but the deadline can end it now.
      await server.waitForRequests(1);
      await vi.advanceTimersByTimeAsync(299);
      expect(await settled(result)).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(expectError(await result).message).toBe('timed out after 300 ms');
      expect(vi.getTimerCount()).toBe(0);
    });
    expect(await server.waitForNoConnections()).toBe(0);
  });

  it('times out on a body that drips one byte at a time: the deadline covers the body', async () => {
    let bodyStarted = () => {};
    const started = new Promise<void>((resolve) => (bodyStarted = resolve));
    server.handle((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/rss+xml' });
      let drips = 0;
      const timer = setInterval(() => {
        response.write('<');
        if (++drips === 3) bodyStarted();
      }, 20);
      response.on('close', () => clearInterval(timer));
    });
    await onFakeTime(async () => {
      const result = fetchFeed(server.url(), options({ timeoutMs: 350 }));
      // Headers and the first bytes are out: the deadline must still end what never ends.
      await started;
      await vi.advanceTimersByTimeAsync(349);
      expect(await settled(result)).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(expectError(await result).message).toBe('timed out after 350 ms');
    });
  });

  it('reports a caller abort as cancelled', async () => {
    server.handle(() => {});
    const controller = new AbortController();
    const result = fetchFeed(server.url(), options({ signal: controller.signal }));
    await server.waitForRequests(1);
    controller.abort();
    expect(expectError(await result).message).toBe('cancelled');
  });
});

describe('fetchFeed: redirects', () => {
  it('follows up to five redirects and reports the final address', async () => {
    server.handle((request, response) => {
      const step = Number(request.url?.slice('/hop/'.length));
      if (step < 5) response.writeHead(302, { Location: `/hop/${step + 1}` }).end();
      else response.writeHead(200).end(FEED);
    });
    const result = await fetchFeed(server.url('/hop/0'), options());
    expect(result.kind === 'ok' && result.finalUrl).toBe(server.url('/hop/5'));
  });

  it('gives up after five redirects', async () => {
    server.handle((request, response) => {
      const step = Number(request.url?.slice('/hop/'.length));
      response.writeHead(301, { Location: `/hop/${step + 1}` }).end();
    });
    expect(expectError(await fetchFeed(server.url('/hop/0'), options())).message).toBe('too many redirects (more than 5)');
    expect(server.requests).toHaveLength(6);
  });

  it('detects a redirect loop', async () => {
    server.handle((request, response) => {
      response.writeHead(307, { Location: request.url === '/a' ? '/b' : '/a' }).end();
    });
    expect(expectError(await fetchFeed(server.url('/a'), options())).message).toBe('redirect loop');
    expect(server.requests.map((request) => request.url)).toEqual(['/a', '/b']);
  });

  it('refuses a redirect to file:', async () => {
    server.handle((_request, response) => {
      response.writeHead(302, { Location: 'file:///etc/passwd' }).end();
    });
    expect(expectError(await fetchFeed(server.url(), options())).message).toBe('redirect to a non-http(s) address refused');
  });

  it('refuses a non-http(s) address outright, for good', async () => {
    expect(expectError(await fetchFeed('ftp://127.0.0.1/feed', options()))).toMatchObject({ message: 'not an http(s) address', permanent: true });
  });
});

describe('fetchFeed: errors as values', () => {
  it('says "connection refused" for a closed port', async () => {
    const port = await closedPort();
    expect(expectError(await fetchFeed(`http://127.0.0.1:${port}/feed`, options()))).toMatchObject({
      status: null,
      message: 'connection refused',
      permanent: false,
    });
  });

  it('names the HTTP status, not the reason phrase the server made up', async () => {
    server.handle((_request, response) => {
      response.writeHead(404, 'Nope, not here').end('missing');
    });
    expect(expectError(await fetchFeed(server.url(), options()))).toMatchObject({ status: 404, message: 'HTTP 404 Not Found', permanent: false });
  });

  it('marks 410 as permanent', async () => {
    server.handle((_request, response) => response.writeHead(410).end());
    expect(expectError(await fetchFeed(server.url(), options()))).toMatchObject({ status: 410, message: 'gone (HTTP 410)', permanent: true });
  });

  it('reads Retry-After in seconds on a 503', async () => {
    server.handle((_request, response) => response.writeHead(503, { 'Retry-After': '120' }).end());
    expect(expectError(await fetchFeed(server.url(), options()))).toMatchObject({
      message: 'HTTP 503 Service Unavailable',
      retryAfterMs: 120_000,
    });
  });

  it('reads Retry-After as an HTTP date against the server clock on a 429', async () => {
    server.handle((_request, response) => {
      response.sendDate = false;
      response.writeHead(429, { Date: 'Wed, 21 Oct 2015 07:28:00 GMT', 'Retry-After': 'Wed, 21 Oct 2015 07:38:00 GMT' }).end();
    });
    expect(expectError(await fetchFeed(server.url(), options()))).toMatchObject({
      status: 429,
      message: 'HTTP 429 Too Many Requests',
      retryAfterMs: 10 * 60_000,
    });
  });
});
