// Real servers on 127.0.0.1 that misbehave on purpose, one path per fault, so that
// every fault case can run at the same time against one server.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export type Route = (request: IncomingMessage, response: ServerResponse) => void;

export interface FaultServer {
  url(path: string): string;
  /** Bytes the handler for `path` managed to hand to the socket. */
  bytesSent(path: string): number;
  addBytes(path: string, count: number): void;
  openConnections(): number;
  close(): Promise<void>;
}

type Server = http.Server | https.Server;

async function listen(server: Server, routes: Record<string, Route>, scheme: 'http' | 'https'): Promise<FaultServer> {
  const sockets = new Set<Socket>();
  const sent = new Map<string, number>();
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const route = routes[request.url ?? ''];
    if (route === undefined) {
      response.writeHead(599).end();
      return;
    }
    route(request, response);
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  // The TLS server counts its raw TCP sockets too, so a failed handshake is seen closing.
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (route) => `${scheme}://127.0.0.1:${port}${route}`,
    bytesSent: (route) => sent.get(route) ?? 0,
    addBytes: (route, count) => sent.set(route, (sent.get(route) ?? 0) + count),
    openConnections: () => sockets.size,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export function startFaultServer(routes: Record<string, Route>): Promise<FaultServer> {
  return listen(http.createServer(), routes, 'http');
}

export function startTlsServer(routes: Record<string, Route>, credentials: { key: Buffer; cert: Buffer }): Promise<FaultServer> {
  return listen(https.createServer(credentials), routes, 'https');
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

/** A throwaway self-signed certificate for 127.0.0.1, made with the openssl command line. */
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
