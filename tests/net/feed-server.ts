// The one feed server of the tests, the benchmark and the soak: a real HTTP (or HTTPS)
// server on 127.0.0.1. A test swaps in its own handler or gives each path its own
// route (one path per fault, so fault cases share a server); every request is
// recorded with the status it got, the bytes each path sent are counted, and open
// connections are counted so a test can prove that nothing was left behind.
// A feed can also be asked without a socket (fetchFromFeed), for runs on a fake clock.
import { createHash } from 'node:crypto';
import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import type { FetchOptions, FetchResult } from '../../src/net/fetch-feed.js';

export { rss } from '../fixtures/rss.js';

export type Handler = (request: IncomingMessage, response: ServerResponse) => void;

export interface RecordedRequest {
  url: string;
  headers: IncomingHttpHeaders;
  /** When it arrived (Date.now()). */
  at: number;
  /** The status answered, once the answer is finished; null until then or when none was. */
  status: number | null;
}

export interface FeedServer {
  /** "http://127.0.0.1:PORT" + path (https with `tls`). */
  url(path?: string): string;
  /** The handler for every path without a route of its own. */
  handle(handler: Handler): void;
  route(path: string, handler: Handler): void;
  readonly requests: RecordedRequest[];
  /** Resolves once `count` requests have arrived in all. */
  waitForRequests(count: number): Promise<RecordedRequest[]>;
  /** Called as each answer finishes (the benchmark samples on it). */
  onAnswer: ((request: RecordedRequest) => void) | null;
  /** Body bytes the handlers of `path` handed to the socket. */
  bytesSent(path: string): number;
  openConnections(): number;
  /** Resolves with the count once it is 0, or after `withinMs` with whatever is left. */
  waitForNoConnections(withinMs?: number): Promise<number>;
  /** Back to no handler, no routes and no recorded requests. */
  reset(): void;
  close(): Promise<void>;
}

export interface FeedServerOptions {
  routes?: Record<string, Handler>;
  /** Serve HTTPS with this key and certificate (selfSignedCertificate() in tests/reliability/fault-server.ts). */
  tls?: { key: Buffer; cert: Buffer };
}

// Captured at load: a test that fakes the timers must not stop the server's own guards.
const realSetTimeout = globalThis.setTimeout;
const realClearTimeout = globalThis.clearTimeout;

const notConfigured: Handler = (_request, response) => {
  response.statusCode = 599;
  response.end();
};

/** The path of a request's target; a target that is no URL at all counts as its own path. */
function pathOf(target: string): string {
  try {
    return new URL(target, 'http://127.0.0.1').pathname;
  } catch {
    return target;
  }
}

function byteLength(chunk: unknown, encoding?: unknown): number {
  if (typeof chunk === 'string') return Buffer.byteLength(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
  return chunk instanceof Uint8Array ? chunk.byteLength : 0;
}

export async function startFeedServer(options: FeedServerOptions = {}): Promise<FeedServer> {
  let fallback: Handler = notConfigured;
  const routes = new Map(Object.entries(options.routes ?? {}));
  const requests: RecordedRequest[] = [];
  const sent = new Map<string, number>();
  const sockets = new Set<Socket>();
  const requestWaiters = new Set<() => void>();
  const idleWaiters = new Set<() => void>();

  const onRequest = (request: IncomingMessage, response: ServerResponse) => {
    const record: RecordedRequest = { url: request.url ?? '', headers: request.headers, at: Date.now(), status: null };
    requests.push(record);
    for (const wake of requestWaiters) wake();
    const path = pathOf(record.url);
    // Counted as handed over, so a route can stop itself at a size.
    const count = (chunk: unknown, encoding: unknown) => sent.set(path, (sent.get(path) ?? 0) + byteLength(chunk, encoding));
    const write = response.write.bind(response) as (...args: unknown[]) => boolean;
    const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
    response.write = ((chunk: unknown, ...rest: unknown[]) => {
      count(chunk, rest[0]);
      return write(chunk, ...rest);
    }) as typeof response.write;
    response.end = ((chunk?: unknown, ...rest: unknown[]) => {
      count(chunk, rest[0]);
      return end(chunk, ...rest);
    }) as typeof response.end;
    response.once('finish', () => {
      record.status = response.statusCode;
      result.onAnswer?.(record);
    });
    (routes.get(record.url) ?? routes.get(path) ?? fallback)(request, response);
  };
  const server = options.tls === undefined ? http.createServer(onRequest) : https.createServer(options.tls, onRequest);
  // With TLS these are the raw TCP sockets, so a failed handshake is seen closing too.
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => {
      sockets.delete(socket);
      if (sockets.size === 0) for (const wake of idleWaiters) wake();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const scheme = options.tls === undefined ? 'http' : 'https';

  const result: FeedServer = {
    url: (path = '/feed') => `${scheme}://127.0.0.1:${port}${path}`,
    handle(next) {
      fallback = next;
    },
    route(path, handler) {
      routes.set(path, handler);
    },
    requests,
    waitForRequests(count) {
      return new Promise((resolve) => {
        const check = () => {
          if (requests.length < count) return;
          requestWaiters.delete(check);
          resolve(requests);
        };
        requestWaiters.add(check);
        check();
      });
    },
    onAnswer: null,
    bytesSent: (path) => sent.get(path) ?? 0,
    openConnections: () => sockets.size,
    waitForNoConnections(withinMs = 1000) {
      if (sockets.size === 0) return Promise.resolve(0);
      return new Promise((resolve) => {
        const done = () => {
          realClearTimeout(timer);
          idleWaiters.delete(done);
          resolve(sockets.size);
        };
        const timer = realSetTimeout(done, withinMs);
        idleWaiters.add(done);
      });
    },
    reset() {
      fallback = notConfigured;
      routes.clear();
      requests.length = 0;
      sent.clear();
    },
    /** Drops open connections too; closing a closed server does nothing. */
    async close() {
      if (!server.listening) return;
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return result;
}

export interface FeedAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** A feed as a server answers it: from the request to status, headers and body. */
export type Feed = (request: { path: string; headers: IncomingHttpHeaders }) => FeedAnswer;

const RSS_TYPE = 'application/rss+xml; charset=utf-8';

/**
 * How a well-run feed server answers: the body as it is now, with a strong ETag of its
 * bytes, and 304 with no body to a request whose If-None-Match matches it.
 */
export function conditionalFeed(body: () => string, contentType = RSS_TYPE): Feed {
  return ({ headers }): FeedAnswer => {
    const text = body();
    const etag = `"${createHash('sha1').update(text).digest('base64url')}"`;
    if (headers['if-none-match'] === etag) return { status: 304, headers: { ETag: etag }, body: '' };
    return { status: 200, headers: { 'Content-Type': contentType, ETag: etag }, body: text };
  };
}

/** The HTTP handler that serves a feed. */
export function serveFeed(feed: Feed): Handler {
  return (request, response) => {
    const answer = feed({ path: pathOf(request.url ?? '/'), headers: request.headers });
    const body = Buffer.from(answer.body, 'utf8');
    response.writeHead(answer.status, answer.status === 304 ? answer.headers : { ...answer.headers, 'Content-Length': body.length });
    response.end(answer.status === 304 ? undefined : body);
  };
}

/** The same answers with no socket, as fetchFeed would report them: for runs on a fake clock. */
export function fetchFromFeed(feed: Feed): (url: string, options: FetchOptions) => Promise<FetchResult> {
  return async (url, options) => {
    const headers: IncomingHttpHeaders = options.validators?.etag ? { 'if-none-match': options.validators.etag } : {};
    const answer = feed({ path: new URL(url).pathname, headers });
    if (answer.status === 304) return { kind: 'not-modified', status: 304 };
    if (answer.status !== 200) return { kind: 'error', status: answer.status, message: `HTTP ${answer.status}`, retryAfterMs: null, permanent: false };
    return { kind: 'ok', status: 200, text: answer.body, finalUrl: url, validators: { etag: answer.headers['ETag'] ?? null, lastModified: null } };
  };
}

/** A server that answers every request with `body()` as RSS. */
export async function serveRss(body: () => string): Promise<FeedServer> {
  const server = await startFeedServer();
  server.handle((_request, response) => {
    response.writeHead(200, { 'content-type': RSS_TYPE });
    response.end(body());
  });
  return server;
}

/** A port on 127.0.0.1 that nothing listens on: bound, then released. */
export async function closedPort(): Promise<number> {
  const probe = http.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
