// Requests through an HTTP proxy, done by hand like the direct ones: an http URL is
// asked of the proxy in absolute form ("GET http://host/path"); an https URL goes
// through a CONNECT tunnel, with TLS to the origin inside it, so the proxy never
// sees the feed. Every socket answers the fetch's one abort signal.
import http, { type ClientRequest, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import https from 'node:https';
import { isIP, type Socket } from 'node:net';
import tls from 'node:tls';
import { describeHttpStatus, describeNetworkError } from './describe-network-error.js';
import { FetchFailure } from './fetch-failure.js';
import type { Proxy } from './proxy-route.js';
import { responseOf } from './response-of.js';

function bare(host: string): string {
  return host.replace(/^\[|\]$/g, '');
}

/** A failure on the way to the proxy itself: refused, unknown host, its own TLS. */
function proxyFailure(proxy: Proxy, error: unknown): unknown {
  if (error instanceof FetchFailure || (error as { name?: unknown } | null)?.name === 'AbortError') return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ECONNREFUSED') return new FetchFailure(`the proxy ${proxy.label} (from ${proxy.variable}) refused the connection`);
  return new FetchFailure(`the proxy ${proxy.label} (from ${proxy.variable}): ${describeNetworkError(error)}`);
}

/** The proxy's 407, in words that say what to do. */
export function proxyWantsCredentials(proxy: Proxy): FetchFailure {
  if (proxy.authorization !== null) {
    return new FetchFailure(`the proxy ${proxy.label} refused the user name and password in ${proxy.variable} (HTTP 407)`);
  }
  return new FetchFailure(
    `the proxy ${proxy.label} asks for a user name and password (HTTP 407); put them in ${proxy.variable} as http://user:password@host:port`,
  );
}

function proxyRequest(proxy: Proxy, options: { method: string; path: string; headers: OutgoingHttpHeaders; signal: AbortSignal }): ClientRequest {
  const client = proxy.url.protocol === 'https:' ? https : http;
  const headers = proxy.authorization === null ? options.headers : { ...options.headers, 'Proxy-Authorization': proxy.authorization };
  return client.request({ ...options, headers, host: bare(proxy.url.hostname), port: proxy.url.port, agent: false });
}

/** Asks the proxy for a tunnel to `target`'s host and port; resolves with the open socket. */
function openTunnel(target: URL, proxy: Proxy, userAgent: string, signal: AbortSignal): Promise<Socket> {
  const authority = `${target.hostname}:${target.port || '443'}`;
  return new Promise((resolve, reject) => {
    const request = proxyRequest(proxy, { method: 'CONNECT', path: authority, headers: { Host: authority, 'User-Agent': userAgent }, signal });
    const refused = (status: number): FetchFailure =>
      status === 407
        ? proxyWantsCredentials(proxy)
        : new FetchFailure(`the proxy ${proxy.label} would not open a tunnel to ${authority} (${describeHttpStatus(status)})`);
    request.once('connect', (response: IncomingMessage, socket: Socket, head: Buffer) => {
      const status = response.statusCode ?? 0;
      if (status < 200 || status > 299) {
        socket.destroy();
        reject(refused(status));
        return;
      }
      const destroy = (): void => {
        socket.destroy();
      };
      signal.addEventListener('abort', destroy, { once: true });
      socket.once('close', () => signal.removeEventListener('abort', destroy));
      // Bytes the proxy sent past its answer belong to the origin.
      if (head.length > 0) socket.unshift(head);
      resolve(socket);
    });
    // Node hands some refusals over as an ordinary response rather than a 'connect'.
    request.once('response', (response: IncomingMessage) => {
      response.destroy();
      reject(refused(response.statusCode ?? 0));
    });
    request.once('error', (error) => reject(proxyFailure(proxy, error)));
    request.end();
  });
}

export async function sendThroughProxy(
  url: URL,
  headers: Record<string, string>,
  signal: AbortSignal,
  proxy: Proxy,
): Promise<IncomingMessage> {
  if (url.protocol === 'http:') {
    const request = proxyRequest(proxy, { method: 'GET', path: url.href, headers: { ...headers, Host: url.host }, signal });
    return responseOf(request, signal, (error) => proxyFailure(proxy, error));
  }
  const tunnel = await openTunnel(url, proxy, headers['User-Agent'] ?? '', signal);
  const host = bare(url.hostname);
  // No SNI for an address: RFC 6066 allows only names there.
  const secure = tls.connect({ socket: tunnel, host, servername: isIP(host) === 0 ? host : undefined, ALPNProtocols: ['http/1.1'] });
  const request = https.request(url, { method: 'GET', headers, signal, createConnection: () => secure });
  return responseOf(request, signal);
}
