// A feed server on 127.0.0.1 that behaves like a well-run live blog's: a strong ETag,
// 304 to a matching If-None-Match, and a log of every answer so the benchmark can
// count polls and line renders up with the 304s that might have caused them.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ServedAnswer {
  at: number;
  path: string;
  status: number;
}

export interface FeedServer {
  url(path: string): string;
  answers: ServedAnswer[];
  /** Called after each answer is sent; the benchmark hangs its sampling on it. */
  onAnswer: ((answer: ServedAnswer) => void) | null;
  close(): Promise<void>;
}

export async function startFeedServer(feeds: ReadonlyMap<string, string>): Promise<FeedServer> {
  const bodies = new Map([...feeds].map(([path, text]) => [path, Buffer.from(text, 'utf8')]));
  const server = http.createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const body = bodies.get(path);
    let status: number;
    if (body === undefined) {
      status = 404;
      response.writeHead(404).end();
    } else {
      const etag = `"${path.length}-${body.length}"`;
      if (request.headers['if-none-match'] === etag) {
        status = 304;
        response.writeHead(304, { ETag: etag }).end();
      } else {
        status = 200;
        response.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8', 'Content-Length': body.length, ETag: etag }).end(body);
      }
    }
    const answer = { at: Date.now(), path, status };
    result.answers.push(answer);
    result.onAnswer?.(answer);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const result: FeedServer = {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    answers: [],
    onAnswer: null,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return result;
}
