// Servers that misbehave on purpose are the feed server (tests/net/feed-server.ts) with a
// route per fault, over HTTP or HTTPS. Here: the throwaway certificate for HTTPS, made with
// the openssl command line (tests that need one say they are skipped without it), and the
// shorthands some tests start their fault servers with.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startFeedServer, type FeedServer, type Handler } from '../net/feed-server.js';

export type FaultServer = FeedServer;

/** The feed server with one route per fault. */
export function startFaultServer(routes: Record<string, Handler>): Promise<FaultServer> {
  return startFeedServer({ routes });
}

/** The same over HTTPS, with `credentials` from selfSignedCertificate(). */
export function startTlsServer(routes: Record<string, Handler>, credentials: { key: Buffer; cert: Buffer }): Promise<FaultServer> {
  return startFeedServer({ routes, tls: credentials });
}

/** True when an `openssl` binary can be run. */
export function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** A self-signed certificate for 127.0.0.1. */
export function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(path.join(tmpdir(), 'livedesk-tls-'));
  try {
    const keyFile = path.join(dir, 'key.pem');
    const certFile = path.join(dir, 'cert.pem');
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyFile, '-out', certFile, '-days', '1', '-subj', '/CN=127.0.0.1'],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(keyFile), cert: readFileSync(certFile) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
