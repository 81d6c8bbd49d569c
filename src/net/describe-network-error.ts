// Node's network and TLS errors → one short phrase a reader can act on. Only known
// codes get a fixed wording; anything else keeps Node's first line, sanitised,
// because it may echo bytes a server sent.
import { STATUS_CODES } from 'node:http';
import { sanitizeLine } from '../text/sanitize-for-terminal.js';

const SOCKET_ERRORS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset by the server',
  EPIPE: 'connection closed by the server',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host lookup failed (temporary DNS failure)',
  EAI_FAIL: 'host lookup failed',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'connection timed out',
  EPROTO: 'TLS error: protocol error',
};

// OpenSSL certificate verification codes, as Node exposes them on `error.code`.
const CERTIFICATE_CODE = /CERT|^UNABLE_TO_|^ERR_TLS_|^ERR_SSL_|SELF_SIGNED/;

function firstLine(message: string): string {
  return sanitizeLine(message.split('\n')[0] ?? '').slice(0, 160);
}

export function describeNetworkError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (typeof code === 'string') {
    const known = SOCKET_ERRORS[code];
    if (known !== undefined) return known;
    if (CERTIFICATE_CODE.test(code)) return `TLS error: ${firstLine(message) || code}`;
    // llhttp rejected what came back: not HTTP, or broken chunking.
    if (code.startsWith('HPE_')) return 'the server sent a malformed HTTP response';
  }
  return firstLine(message) || 'the request failed';
}

/** "HTTP 503 Service Unavailable" — the reason phrase is ours, not the server's. */
export function describeHttpStatus(status: number): string {
  const reason = STATUS_CODES[status];
  return reason ? `HTTP ${status} ${reason}` : `HTTP ${status}`;
}
