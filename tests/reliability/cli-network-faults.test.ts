// The built CLI against servers on 127.0.0.1 that fail in every way a feed server
// can: `--json` must end with one plain line on stderr and exit 1. The failure path
// returns from main() without process.exit(), so a socket or timer left open would
// keep the child alive until the kill guard: exiting on its own is the proof that
// nothing was left open (a hang, not a slow machine, is what the guard catches; that
// the deadline fires at --timeout is tests/net/fetch-feed.test.ts's, on fake timers).
// The cases run one at a time: a dozen Node start-ups at once on a small CI machine
// would measure the machine, not livedesk.
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedPort } from '../net/feed-server.js';
import { hasOpenssl, selfSignedCertificate, startFaultServer, startTlsServer, type FaultServer } from './fault-server.js';
import { runCli, type CliRun } from './run-cli.js';

// Every timed-out case is a drip or a silence that never ends by itself.
const KILL_GUARD_MS = 30_000;
const MAX_BYTES = 1024 * 1024;

const FEED = '<?xml version="1.0"?><rss version="2.0"><channel><title>Fine</title><item><guid>a</guid><title>Fine item</title></item></channel></rss>';

function redirect(location: string) {
  return (_request: unknown, response: ServerResponse) => {
    response.writeHead(302, { Location: location }).end();
  };
}

function status(code: number, headers: Record<string, string> = {}) {
  return (_request: unknown, response: ServerResponse) => {
    response.writeHead(code, { 'Content-Type': 'text/plain', ...headers }).end('no feed here');
  };
}

let server: FaultServer;
let tls: FaultServer | null = null;

beforeAll(async () => {
  server = await startFaultServer({
    '/silence': (_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/rss+xml' });
      response.flushHeaders();
    },
    '/drip': (_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/rss+xml' });
      const timer = setInterval(() => response.write('<'), 1_000);
      response.once('close', () => clearInterval(timer));
    },
    '/reset': (_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/rss+xml', 'Content-Length': '100000' });
      response.write(FEED.slice(0, 60));
      // A TCP RST half-way through the promised body, not a polite close.
      setTimeout(() => response.socket?.resetAndDestroy(), 100);
    },
    '/to-file': redirect('file:///etc/passwd'),
    '/to-ftp': redirect('ftp://127.0.0.1/feed.rss'),
    '/loop-a': redirect('/loop-b'),
    '/loop-b': redirect('/loop-a'),
    '/404': status(404),
    '/410': status(410),
    '/429': status(429, { 'Retry-After': '120' }),
    '/503': status(503, { 'Retry-After': '30' }),
    '/endless': (_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/rss+xml' });
      const chunk = Buffer.alloc(64 * 1024, 'x');
      let open = true;
      response.once('close', () => (open = false));
      const pump = () => {
        while (open && server.bytesSent('/endless') < 1024 ** 3) {
          if (!response.write(chunk)) return void response.once('drain', pump);
        }
      };
      pump();
    },
  });
  if (hasOpenssl()) tls = await startTlsServer({ '/feed': (_request, response) => response.end(FEED) }, selfSignedCertificate());
});

afterAll(async () => {
  await server?.close();
  await tls?.close();
});

function json(url: string, ...extra: string[]): Promise<CliRun> {
  return runCli(['--json', '--no-archive', '--timeout', '2s', ...extra, url], KILL_GUARD_MS);
}

/** Exit 1 on its own, and exactly one line on stderr naming the address and the reason. */
function expectCleanFailure(run: CliRun, url: string, reason: RegExp): void {
  expect(run.killed, `still running after ${run.elapsedMs} ms`).toBe(false);
  expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]!.startsWith(`livedesk: ${url}: `), lines[0]).toBe(true);
  expect(lines[0]!.slice(`livedesk: ${url}: `.length)).toMatch(reason);
  expect(run.code).toBe(1);
  expect(run.stdout).toBe('');
}

const CASES: Array<[string, string, RegExp]> = [
  ['headers then silence', '/silence', /^timed out after 2 s$/],
  ['a body dripping one byte a second', '/drip', /^timed out after 2 s$/],
  ['a connection reset mid-body', '/reset', /^connection reset by the server$/],
  ['a redirect to file:', '/to-file', /^redirect to a non-http\(s\) address refused$/],
  ['a redirect to ftp:', '/to-ftp', /^redirect to a non-http\(s\) address refused$/],
  ['a redirect loop', '/loop-a', /^redirect loop$/],
  ['404', '/404', /^HTTP 404 Not Found$/],
  ['410', '/410', /^gone \(HTTP 410\)$/],
  ['429 with Retry-After', '/429', /^HTTP 429 Too Many Requests/],
  ['503 with Retry-After', '/503', /^HTTP 503 Service Unavailable/],
];

describe('livedesk --json against a failing server', () => {
  for (const [name, path, reason] of CASES) {
    it(`${name}: one line on stderr, exit 1`, async () => {
      const url = server.url(path);
      expectCleanFailure(await json(url), url, reason);
    });
  }

  it('a refused connection', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/feed`;
    expectCleanFailure(await json(url), url, /^connection refused$/);
  });

  it('an unknown host (.invalid never resolves)', async () => {
    const url = 'http://livedesk-fault-test.invalid/feed';
    // A resolver with no network may answer "temporary failure" or not at all; the deadline covers the lookup.
    expectCleanFailure(await json(url), url, /^(host not found|host lookup failed.*|timed out after 2 s)$/);
  });

  it('a self-signed certificate on loopback', async (context) => {
    if (tls === null) {
      console.warn('skipped the TLS case: no `openssl` on this machine to make a self-signed certificate');
      context.skip();
      return;
    }
    const url = tls.url('/feed');
    expectCleanFailure(await json(url), url, /^TLS error: .*self[- ]signed/i);
  });

  it('an endless body stops at --max-size', async () => {
    const url = server.url('/endless');
    const run = await json(url, '--max-size', '1MB');
    expectCleanFailure(run, url, /^response larger than 1 MB$/);
    expect(await server.waitForNoConnections()).toBe(0);
    // Loopback would carry gigabytes in two seconds; what got through is the cap plus
    // what the kernel's socket buffers hold, so the reader stopped at the cap.
    expect(server.bytesSent('/endless')).toBeLessThan(MAX_BYTES + 32 * 1024 * 1024);
  });

  it('a good local file and a bad address: exit 0, the file printed, the address’s problem on stderr', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/feed`;
    const run = await runCli(['--json', '--no-archive', '--timeout', '2s', 'feeds/kati-reactions.rss', url], KILL_GUARD_MS);
    expect(run.killed).toBe(false);
    expect(run.code).toBe(0);
    expect(run.stderr.trimEnd()).toBe(`livedesk: ${url}: connection refused`);
    const desk = JSON.parse(run.stdout) as { updates: unknown[] };
    expect(desk.updates.length).toBeGreaterThan(0);
  });
});
