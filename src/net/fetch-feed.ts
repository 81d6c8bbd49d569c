// One conditional GET of a feed, done by hand with node:http(s) so that every limit is
// ours: one deadline for the whole exchange (a dripping body included), redirects
// followed one hop at a time, a size cap while streaming, and validators sent back
// byte for byte, directly or through the environment's proxy. Errors are values:
// this function never throws or rejects.
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { Validators } from '../model.js';
import { decodeFeedBytes } from '../parse/decode-bytes.js';
import { describeHttpStatus, describeNetworkError } from './describe-network-error.js';
import { FetchFailure } from './fetch-failure.js';
import { formatDuration } from './format-amount.js';
import { ACCEPT_ENCODING, readBody } from './read-body.js';
import type { ProxyEnvironment } from './proxy-environment.js';
import { proxyRoute, type Proxy } from './proxy-route.js';
import { parseRetryAfter } from './retry-after.js';
import { responseOf } from './response-of.js';
import { proxyWantsCredentials, sendThroughProxy } from './send-through-proxy.js';

export interface FetchOptions {
  /** Deadline for everything: lookup, connect, every redirect hop and the whole body. */
  timeoutMs: number;
  /** Cap on the bytes received and, separately, on the bytes after decompression. */
  maxBytes: number;
  maxRedirects?: number;
  validators?: Validators;
  userAgent: string;
  signal?: AbortSignal;
  /** Clock for Retry-After dates when the server sends no Date header. */
  now?: () => number;
  /** The environment's proxies (https_proxy, NO_PROXY …); none when absent. */
  proxies?: ProxyEnvironment;
}

export type FetchResult =
  | { kind: 'ok'; status: number; text: string; finalUrl: string; validators: Validators }
  | { kind: 'not-modified'; status: 304 }
  | { kind: 'error'; status: number | null; message: string; retryAfterMs: number | null; permanent: boolean };

export const DEFAULT_MAX_REDIRECTS = 5;

// Some servers answer 406 to rss-parser's narrow Accept; this one names every feed
// type first and still takes anything.
export const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8';

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

function errorResult(message: string, extra: Partial<Extract<FetchResult, { kind: 'error' }>> = {}): FetchResult {
  return { kind: 'error', status: null, message, retryAfterMs: null, permanent: false, ...extra };
}

function parseHttpUrl(text: string): URL | null {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

function requestHeaders(options: FetchOptions): Record<string, string> {
  const headers: Record<string, string> = {
    'User-Agent': options.userAgent,
    Accept: FEED_ACCEPT,
    'Accept-Encoding': ACCEPT_ENCODING,
  };
  // Exactly as received: Node keeps header values as latin1 strings both ways, so the
  // bytes a server sent are the bytes it gets back.
  if (options.validators?.etag) headers['If-None-Match'] = options.validators.etag;
  if (options.validators?.lastModified) headers['If-Modified-Since'] = options.validators.lastModified;
  return headers;
}

function send(url: URL, headers: Record<string, string>, signal: AbortSignal, proxy: Proxy | null): Promise<IncomingMessage> {
  if (proxy !== null) return sendThroughProxy(url, headers, signal, proxy);
  const client = url.protocol === 'https:' ? https : http;
  // agent: false → a fresh connection closed after the answer; polls are a minute
  // apart, and nothing is left open behind a finished fetch.
  return responseOf(client.request(url, { method: 'GET', headers, agent: false, signal }), signal);
}

function contentTypeCharset(contentType: string | undefined): string | null {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return match ? (match[1] as string) : null;
}

async function exchange(startUrl: URL, options: FetchOptions, signal: AbortSignal): Promise<FetchResult> {
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const headers = requestHeaders(options);
  const visited = new Set<string>();
  let url = startUrl;
  for (let hop = 0; ; hop += 1) {
    visited.add(url.href);
    // Decided at every hop: a redirect may lead into or out of NO_PROXY.
    const proxy = proxyRoute(url, options.proxies);
    const response = await send(url, headers, signal, proxy);
    const status = response.statusCode ?? 0;
    if (status === 407 && proxy !== null) {
      response.destroy();
      throw proxyWantsCredentials(proxy);
    }

    if (REDIRECT_STATUSES.has(status)) {
      response.destroy();
      const location = response.headers.location;
      if (!location) throw new FetchFailure(`${describeHttpStatus(status)} without a Location to follow`);
      let next: URL;
      try {
        next = new URL(location, url);
      } catch {
        throw new FetchFailure('redirect to an invalid address');
      }
      if (next.protocol !== 'http:' && next.protocol !== 'https:') {
        throw new FetchFailure('redirect to a non-http(s) address refused');
      }
      if (visited.has(next.href)) throw new FetchFailure('redirect loop');
      if (hop + 1 > maxRedirects) throw new FetchFailure(`too many redirects (more than ${maxRedirects})`);
      url = next;
      continue;
    }

    if (status === 304) {
      response.destroy();
      return { kind: 'not-modified', status: 304 };
    }

    if (status < 200 || status > 299) {
      response.destroy();
      const retryAfterMs = parseRetryAfter(
        response.headers['retry-after'],
        response.headers.date,
        (options.now ?? Date.now)(),
      );
      const message = status === 410 ? 'gone (HTTP 410)' : describeHttpStatus(status);
      return errorResult(message, { status, retryAfterMs, permanent: status === 410 });
    }

    const bytes = await readBody(response, options.maxBytes);
    return {
      kind: 'ok',
      status,
      text: decodeFeedBytes(bytes, contentTypeCharset(response.headers['content-type'])),
      finalUrl: url.href,
      validators: {
        etag: response.headers.etag ?? null,
        lastModified: response.headers['last-modified'] ?? null,
      },
    };
  }
}

export async function fetchFeed(url: string, options: FetchOptions): Promise<FetchResult> {
  const start = parseHttpUrl(url);
  if (start === null) return errorResult('not an http(s) address', { permanent: true });
  if (options.signal?.aborted) return errorResult('cancelled');

  // One controller for both ways a fetch can be cut short: our deadline, the caller's stop.
  const controller = new AbortController();
  let timedOut = false;
  const deadline = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  const forwardAbort = (): void => controller.abort();
  options.signal?.addEventListener('abort', forwardAbort, { once: true });

  try {
    return await exchange(start, options, controller.signal);
  } catch (error) {
    if (timedOut) return errorResult(`timed out after ${formatDuration(options.timeoutMs)}`);
    if (options.signal?.aborted) return errorResult('cancelled');
    if (error instanceof FetchFailure) return errorResult(error.message, { permanent: error.permanent });
    return errorResult(describeNetworkError(error));
  } finally {
    clearTimeout(deadline);
    options.signal?.removeEventListener('abort', forwardAbort);
    // Whatever is still open (a body we stopped reading) goes with the controller.
    controller.abort();
  }
}
