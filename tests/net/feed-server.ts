// A real HTTP server on 127.0.0.1 for the network tests: each test swaps in its own
// handler, every request is recorded, and open connections are counted so a test
// can prove that nothing was left behind.
import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Handler = (request: IncomingMessage, response: ServerResponse) => void;

export interface RecordedRequest {
  url: string;
  headers: IncomingHttpHeaders;
}

export interface FeedServer {
  /** "http://127.0.0.1:PORT" + path. */
  url(path?: string): string;
  handle(handler: Handler): void;
  readonly requests: RecordedRequest[];
  openConnections(): number;
  /** Resolves with the count once it is 0, or after `withinMs` with whatever is left. */
  waitForNoConnections(withinMs?: number): Promise<number>;
  reset(): void;
  close(): Promise<void>;
}

const notConfigured: Handler = (_request, response) => {
  response.statusCode = 599;
  response.end();
};

export async function startFeedServer(): Promise<FeedServer> {
  let handler: Handler = notConfigured;
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const server = http.createServer((request, response) => {
    requests.push({ url: request.url ?? '', headers: request.headers });
    handler(request, response);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: (path = '/feed') => `http://127.0.0.1:${port}${path}`,
    handle(next) {
      handler = next;
    },
    requests,
    openConnections: () => sockets.size,
    async waitForNoConnections(withinMs = 1000) {
      const until = Date.now() + withinMs;
      while (sockets.size > 0 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 5));
      return sockets.size;
    },
    reset() {
      handler = notConfigured;
      requests.length = 0;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A server that answers every request with `body()` as RSS. */
export async function serveRss(body: () => string): Promise<FeedServer> {
  const server = await startFeedServer();
  server.handle((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
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

export function rss(items: Array<{ guid: string; title: string }>, title = 'Desk test feed'): string {
  const entries = items
    .map((item) => `<item><guid>${item.guid}</guid><title>${item.title}</title><description>${item.title}.</description></item>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${title}</title>${entries}</channel></rss>`;
}
