// A real forward proxy on 127.0.0.1 for the proxy tests: absolute-form requests are
// forwarded to the origin, CONNECT opens a tunnel to it. It records what it was asked,
// can demand credentials (407) or refuse tunnels (403), and counts its connections
// so a test can prove that nothing was left open.
import http, { type IncomingHttpHeaders } from 'node:http';
import net, { type AddressInfo, type Socket } from 'node:net';

export interface ProxiedRequest {
  method: string;
  /** The request target as sent: absolute-form ("http://host/path") or authority-form ("host:443"). */
  target: string;
  headers: IncomingHttpHeaders;
}

export interface TestProxy {
  /** "http://127.0.0.1:PORT", or with credentials when given. */
  address(credentials?: string): string;
  readonly requests: ProxiedRequest[];
  /** Credentials to demand ("user:password"); null accepts anyone. */
  requireCredentials(credentials: string | null): void;
  /** Answer every CONNECT with this status instead of opening a tunnel. */
  refuseTunnels(status: number | null): void;
  waitForNoConnections(withinMs?: number): Promise<number>;
  close(): Promise<void>;
}

export async function startTestProxy(): Promise<TestProxy> {
  const requests: ProxiedRequest[] = [];
  const sockets = new Set<Socket>();
  let credentials: string | null = null;
  let tunnelStatus: number | null = null;

  const authorised = (headers: IncomingHttpHeaders): boolean =>
    credentials === null || headers['proxy-authorization'] === `Basic ${Buffer.from(credentials).toString('base64')}`;

  const server = http.createServer((request, response) => {
    requests.push({ method: request.method ?? '', target: request.url ?? '', headers: request.headers });
    if (!authorised(request.headers)) {
      response.writeHead(407, { 'Proxy-Authenticate': 'Basic realm="test proxy"' }).end();
      return;
    }
    const { ['proxy-authorization']: _auth, ...forwarded } = request.headers;
    const upstream = http.request(request.url ?? '', { method: request.method, headers: forwarded, agent: false }, (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    });
    upstream.on('error', () => response.writeHead(502).end());
    request.pipe(upstream);
  });

  server.on('connect', (request: http.IncomingMessage, client: Socket, head: Buffer) => {
    requests.push({ method: 'CONNECT', target: request.url ?? '', headers: request.headers });
    client.on('error', () => client.destroy());
    if (!authorised(request.headers)) {
      client.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="test proxy"\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    if (tunnelStatus !== null) {
      client.end(`HTTP/1.1 ${tunnelStatus} ${http.STATUS_CODES[tunnelStatus] ?? ''}\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    const [host = '', port = ''] = (request.url ?? '').split(/:(?=\d+$)/);
    const origin = net.connect(Number(port), host.replace(/^\[|\]$/g, ''), () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) origin.write(head);
      origin.pipe(client);
      client.pipe(origin);
    });
    sockets.add(origin);
    origin.once('close', () => sockets.delete(origin));
    origin.on('error', () => client.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n'));
    client.once('close', () => origin.destroy());
  });

  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    address: (userinfo) => `http://${userinfo === undefined ? '' : `${userinfo}@`}127.0.0.1:${port}`,
    requests,
    requireCredentials(next) {
      credentials = next;
    },
    refuseTunnels(status) {
      tunnelStatus = status;
    },
    async waitForNoConnections(withinMs = 1000) {
      const until = Date.now() + withinMs;
      while (sockets.size > 0 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 5));
      return sockets.size;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
