// A feed server on 127.0.0.1 for the end-to-end tests: each request gets body() as RSS.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ServedFeed {
  url: string;
  requests(): number;
  close(): Promise<void>;
}

export async function serveFeed(body: () => string, pathname = '/live.rss'): Promise<ServedFeed> {
  let requests = 0;
  const server = http.createServer((_request, response) => {
    requests++;
    response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
    response.end(body());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${pathname}`,
    requests: () => requests,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
