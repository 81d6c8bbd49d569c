// livedesk behind a proxy, as a newsroom runs it: the proxy comes from the
// environment, the feeds are served from 127.0.0.1, and the proxy is a real one
// on 127.0.0.1 that forwards http and tunnels https.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasOpenssl } from '../reliability/fault-server.js';
import { CLI, REPO_ROOT } from '../reliability/run-cli.js';
import { rss, startFeedServer, type FeedServer } from '../net/feed-server.js';
import { startTestProxy, type TestProxy } from '../net/test-proxy.js';

const FEED = rss([
  { guid: 'a', title: 'Talks resume in Bamako' },
  { guid: 'b', title: 'Curfew lifted' },
]);

let origin: FeedServer;
let proxy: TestProxy;
beforeAll(async () => {
  origin = await startFeedServer();
  origin.handle((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'application/rss+xml' });
    response.end(FEED);
  });
  proxy = await startTestProxy();
});
afterAll(async () => {
  await origin.close();
  await proxy.close();
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The CLI with these environment variables added; killed if it outlives `killAfterMs`. */
function livedesk(args: string[], env: Record<string, string>, killAfterMs = 20_000): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, '--no-archive', ...args], { cwd: REPO_ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const guard = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(guard);
      resolve({ code, stdout, stderr });
    });
  });
}

function titles(run: Run): string[] {
  return (JSON.parse(run.stdout) as { updates: Array<{ title: string }> }).updates.map((update) => update.title).sort();
}

describe('livedesk --json behind a proxy', () => {
  it('fetches an http feed through http_proxy', async () => {
    proxy.requests.length = 0;
    const run = await livedesk(['--json', origin.url('/wire.rss')], { http_proxy: proxy.address() });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(titles(run)).toEqual(['Curfew lifted', 'Talks resume in Bamako']);
    expect(proxy.requests.map((request) => request.target)).toEqual([origin.url('/wire.rss')]);
  });

  it('goes direct for a host in NO_PROXY', async () => {
    proxy.requests.length = 0;
    const run = await livedesk(['--json', origin.url('/wire.rss')], { http_proxy: proxy.address(), NO_PROXY: '127.0.0.0/8' });
    expect(run.code).toBe(0);
    expect(proxy.requests).toEqual([]);
  });

  it('says plainly when the proxy wants credentials, and works with them in the address', async () => {
    proxy.requireCredentials('desk:pa55');
    try {
      const port = new URL(proxy.address()).port;
      const refused = await livedesk(['--json', origin.url('/wire.rss')], { http_proxy: proxy.address() });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toBe(
        `livedesk: ${origin.url('/wire.rss')}: the proxy 127.0.0.1:${port} asks for a user name and password (HTTP 407); put them in http_proxy as http://user:password@host:port\n`,
      );
      const allowed = await livedesk(['--json', origin.url('/wire.rss')], { http_proxy: proxy.address('desk:pa55') });
      expect(allowed.code).toBe(0);
      expect(titles(allowed)).toHaveLength(2);
    } finally {
      proxy.requireCredentials(null);
    }
  });

  it('polls through the proxy with --json --follow', async () => {
    proxy.requests.length = 0;
    const child = spawn(process.execPath, [CLI, '--no-archive', '--json', '--follow', '--interval', '1s', origin.url('/live.rss')], {
      cwd: REPO_ROOT,
      env: { ...process.env, http_proxy: proxy.address() },
    });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    try {
      const deadline = Date.now() + 20_000;
      while (!stdout.includes('Curfew lifted') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
      expect(stdout).toContain('"type":"update"');
      expect(proxy.requests[0]?.target).toBe(origin.url('/live.rss'));
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('close', resolve));
    }
  });
});

describe('an https feed through a CONNECT tunnel', () => {
  let dir = '';
  let server: https.Server | null = null;
  let url = '';
  beforeAll(async () => {
    if (!hasOpenssl()) return;
    dir = mkdtempSync(path.join(tmpdir(), 'livedesk-proxy-tls-'));
    const key = path.join(dir, 'key.pem');
    const cert = path.join(dir, 'cert.pem');
    // A certificate for the address itself, trusted by the child through NODE_EXTRA_CA_CERTS.
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'],
      { stdio: 'ignore' },
    );
    server = https.createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/rss+xml' });
      response.end(FEED);
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    url = `https://127.0.0.1:${(server.address() as AddressInfo).port}/secure.rss`;
  });
  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => (server === null ? resolve(null) : server.close(resolve)));
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  it('reads the feed with the origin’s certificate checked end to end', async (context) => {
    if (server === null) {
      console.warn('skipped: no `openssl` on this machine to make a certificate for the HTTPS origin');
      context.skip();
      return;
    }
    proxy.requests.length = 0;
    const run = await livedesk(['--json', url], { HTTPS_PROXY: proxy.address(), NODE_EXTRA_CA_CERTS: path.join(dir, 'cert.pem') });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(titles(run)).toEqual(['Curfew lifted', 'Talks resume in Bamako']);
    expect(proxy.requests).toEqual([expect.objectContaining({ method: 'CONNECT', target: new URL(url).host })]);
  });

  it('says when the proxy refuses the tunnel', async (context) => {
    if (server === null) {
      context.skip();
      return;
    }
    proxy.refuseTunnels(403);
    try {
      const run = await livedesk(['--json', url], { https_proxy: proxy.address() });
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(
        `livedesk: ${url}: the proxy ${new URL(proxy.address()).host} would not open a tunnel to ${new URL(url).host} (HTTP 403 Forbidden)\n`,
      );
    } finally {
      proxy.refuseTunnels(null);
    }
  });
});
