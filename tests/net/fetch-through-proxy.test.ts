// fetchFeed through a real proxy on 127.0.0.1: absolute-form requests for http,
// CONNECT tunnels for https, credentials, refusals, NO_PROXY on every redirect hop,
// and the same deadline and size cap as a direct request.
import net, { type AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fetchFeed, type FetchOptions, type FetchResult } from '../../src/net/fetch-feed.js';
import { readProxyEnvironment } from '../../src/net/proxy-environment.js';
import { hasOpenssl, selfSignedCertificate, startTlsServer, type FaultServer } from '../reliability/fault-server.js';
import { closedPort, rss, startFeedServer, type FeedServer } from './feed-server.js';
import { startTestProxy, type TestProxy } from './test-proxy.js';

let origin: FeedServer;
let proxy: TestProxy;
beforeAll(async () => {
  origin = await startFeedServer();
  proxy = await startTestProxy();
});
afterAll(async () => {
  await origin.close();
  await proxy.close();
});
afterEach(async () => {
  expect(await origin.waitForNoConnections()).toBe(0);
  expect(await proxy.waitForNoConnections()).toBe(0);
  origin.reset();
  proxy.requests.length = 0;
  proxy.requireCredentials(null);
  proxy.refuseTunnels(null);
});

const FEED = rss([{ guid: 'a', title: 'Through the proxy' }]);

function options(env: Record<string, string>, extra: Partial<FetchOptions> = {}): FetchOptions {
  return { timeoutMs: 3000, maxBytes: 64 * 1024, userAgent: 'livedesk/0.0.0-test', proxies: readProxyEnvironment(env), ...extra };
}

function serveFeed(): void {
  origin.handle((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'application/rss+xml' });
    response.end(FEED);
  });
}

function errorOf(result: FetchResult): string {
  if (result.kind !== 'error') throw new Error(`expected an error, got ${result.kind}`);
  return result.message;
}

describe('an http URL through http_proxy', () => {
  it('asks the proxy in absolute form, with our headers and the origin as Host', async () => {
    serveFeed();
    const result = await fetchFeed(origin.url('/live.rss'), options({ http_proxy: proxy.address() }));
    expect(result).toMatchObject({ kind: 'ok', status: 200, text: FEED, finalUrl: origin.url('/live.rss') });
    expect(proxy.requests).toHaveLength(1);
    expect(proxy.requests[0]).toMatchObject({ method: 'GET', target: origin.url('/live.rss') });
    expect(proxy.requests[0]?.headers.host).toBe(new URL(origin.url()).host);
    expect(proxy.requests[0]?.headers['user-agent']).toBe('livedesk/0.0.0-test');
    expect(proxy.requests[0]?.headers['proxy-authorization']).toBeUndefined();
    expect(origin.requests[0]?.url).toBe('/live.rss');
  });

  it('sends the credentials of the proxy address, and only to the proxy', async () => {
    serveFeed();
    proxy.requireCredentials('ann:s3cret');
    const result = await fetchFeed(origin.url(), options({ http_proxy: proxy.address('ann:s3cret') }));
    expect(result.kind).toBe('ok');
    expect(proxy.requests[0]?.headers['proxy-authorization']).toBe(`Basic ${Buffer.from('ann:s3cret').toString('base64')}`);
    expect(origin.requests[0]?.headers['proxy-authorization']).toBeUndefined();
  });

  it('says that the proxy wants credentials (407)', async () => {
    serveFeed();
    proxy.requireCredentials('ann:s3cret');
    const port = new URL(proxy.address()).port;
    expect(errorOf(await fetchFeed(origin.url(), options({ http_proxy: proxy.address() })))).toBe(
      `the proxy 127.0.0.1:${port} asks for a user name and password (HTTP 407); put them in http_proxy as http://user:password@host:port`,
    );
    expect(errorOf(await fetchFeed(origin.url(), options({ http_proxy: proxy.address('ann:wrong') })))).toBe(
      `the proxy 127.0.0.1:${port} refused the user name and password in http_proxy (HTTP 407)`,
    );
  });

  it('says that the proxy refused the connection', async () => {
    const port = await closedPort();
    expect(errorOf(await fetchFeed(origin.url(), options({ http_proxy: `http://127.0.0.1:${port}` })))).toBe(
      `the proxy 127.0.0.1:${port} (from http_proxy) refused the connection`,
    );
    expect(origin.requests).toHaveLength(0);
  });

  it('keeps the size cap through the proxy', async () => {
    origin.handle((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/rss+xml' });
      response.end('x'.repeat(200 * 1024));
    });
    expect(errorOf(await fetchFeed(origin.url(), options({ http_proxy: proxy.address() })))).toBe('response larger than 64 KB');
    expect(proxy.requests).toHaveLength(1);
  });
});

describe('NO_PROXY', () => {
  it('reaches a listed host directly', async () => {
    serveFeed();
    const result = await fetchFeed(origin.url(), options({ http_proxy: proxy.address(), no_proxy: '127.0.0.1' }));
    expect(result.kind).toBe('ok');
    expect(proxy.requests).toHaveLength(0);
  });

  it('is decided again on every redirect hop, both ways', async () => {
    const port = new URL(origin.url()).port;
    origin.handle((request, response) => {
      if (request.url === '/moved') response.writeHead(302, { Location: `http://localhost:${port}/feed` }).end();
      else if (request.url === '/back') response.writeHead(302, { Location: `http://127.0.0.1:${port}/feed` }).end();
      else response.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(FEED);
    });
    // Proxied first, then a host NO_PROXY lists: the second hop goes direct.
    const out = await fetchFeed(`http://127.0.0.1:${port}/moved`, options({ http_proxy: proxy.address(), no_proxy: 'localhost' }));
    expect(out.kind).toBe('ok');
    expect(proxy.requests.map((request) => request.target)).toEqual([`http://127.0.0.1:${port}/moved`]);

    proxy.requests.length = 0;
    // Direct first, then a host that is not listed: the second hop goes through the proxy.
    const back = await fetchFeed(`http://localhost:${port}/back`, options({ http_proxy: proxy.address(), no_proxy: 'localhost' }));
    expect(back.kind).toBe('ok');
    expect(proxy.requests.map((request) => request.target)).toEqual([`http://127.0.0.1:${port}/feed`]);
  });
});

describe('an https URL through https_proxy', () => {
  let tls: FaultServer | null = null;
  beforeAll(async () => {
    if (hasOpenssl()) tls = await startTlsServer({ '/feed': (_request, response) => response.end(FEED) }, selfSignedCertificate());
  });
  afterAll(async () => {
    await tls?.close();
  });

  it('opens a CONNECT tunnel and speaks TLS to the origin through it', async (context) => {
    if (tls === null) {
      console.warn('skipped: no `openssl` on this machine to make a self-signed certificate for the origin');
      context.skip();
      return;
    }
    const url = tls.url('/feed');
    const { host } = new URL(url);
    // The origin's certificate is self-signed: that the TLS check reaches it proves the tunnel carried the handshake.
    expect(errorOf(await fetchFeed(url, options({ https_proxy: proxy.address() })))).toMatch(/^TLS error: .*self[- ]signed/i);
    expect(proxy.requests).toEqual([expect.objectContaining({ method: 'CONNECT', target: host })]);
    expect(proxy.requests[0]?.headers.host).toBe(host);
  });

  it('says that the proxy would not open the tunnel', async () => {
    proxy.refuseTunnels(403);
    const port = new URL(proxy.address()).port;
    expect(errorOf(await fetchFeed('https://127.0.0.1:9/feed', options({ https_proxy: proxy.address() })))).toBe(
      `the proxy 127.0.0.1:${port} would not open a tunnel to 127.0.0.1:9 (HTTP 403 Forbidden)`,
    );
  });

  it('says that the proxy wants credentials for the tunnel (407)', async () => {
    proxy.requireCredentials('ann:s3cret');
    const port = new URL(proxy.address()).port;
    expect(errorOf(await fetchFeed('https://127.0.0.1:9/feed', options({ HTTPS_PROXY: proxy.address() })))).toBe(
      `the proxy 127.0.0.1:${port} asks for a user name and password (HTTP 407); put them in HTTPS_PROXY as http://user:password@host:port`,
    );
  });

  it('keeps one deadline over a proxy that never answers the CONNECT', async () => {
    // Reads (and so notices our side closing) but never answers.
    const silent = net.createServer((socket) => socket.resume());
    const held = new Set<net.Socket>();
    silent.on('connection', (socket) => {
      held.add(socket);
      socket.once('close', () => held.delete(socket));
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const port = (silent.address() as AddressInfo).port;
      const result = await fetchFeed('https://127.0.0.1:9/feed', options({ https_proxy: `127.0.0.1:${port}` }, { timeoutMs: 300 }));
      expect(errorOf(result)).toBe('timed out after 300 ms');
      const until = Date.now() + 1000;
      while (held.size > 0 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 5));
      expect(held.size).toBe(0); // our side closed the connection to the proxy
    } finally {
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });

  it('refuses a proxy address it cannot use', async () => {
    expect(errorOf(await fetchFeed('https://127.0.0.1:9/feed', options({ https_proxy: 'socks5://127.0.0.1:1080' })))).toBe(
      'https_proxy names a socks5 proxy; livedesk speaks only to HTTP and HTTPS proxies',
    );
  });
});
