// Reads a response body with the size cap applied twice: to the bytes on the wire
// (a slow, huge download) and to the decompressed bytes (a small gzip bomb).
// Any failure destroys every stage, and with it the response and its socket.
import type { IncomingMessage } from 'node:http';
import { Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { formatBytes } from './format-amount.js';
import { sanitizeLine } from '../text/sanitize-for-terminal.js';
import { FetchFailure } from './fetch-failure.js';

export const ACCEPT_ENCODING = 'gzip, deflate, br';

type Decoder = () => Transform;

const DECODERS: Record<string, Decoder> = {
  gzip: () => zlib.createGunzip(),
  'x-gzip': () => zlib.createGunzip(),
  deflate: () => zlib.createInflate(),
  br: () => zlib.createBrotliDecompress(),
};

function tooLarge(maxBytes: number): FetchFailure {
  return new FetchFailure(`response larger than ${formatBytes(maxBytes)}`);
}

function byteLimit(maxBytes: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.length;
      if (seen > maxBytes) callback(tooLarge(maxBytes));
      else callback(null, chunk);
    },
  });
}

/** Decoders in the order they must run: the header lists codings in the order applied. */
function decodersFor(header: string | undefined): Transform[] {
  const codings = (header ?? '')
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== '' && coding !== 'identity');
  return codings.reverse().map((coding) => {
    const decoder = DECODERS[coding];
    if (decoder === undefined) throw new FetchFailure(`unsupported content encoding "${sanitizeLine(coding).slice(0, 20)}"`);
    return decoder();
  });
}

// zlib reports Z_DATA_ERROR / Z_BUF_ERROR, brotli ERR__ERROR_…, both with a numeric errno.
function isDecompressionError(error: unknown): boolean {
  const { code, errno } = (error ?? {}) as { code?: unknown; errno?: unknown };
  return typeof errno === 'number' && typeof code === 'string' && /^(Z_|ERR__)/.test(code);
}

export async function readBody(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);

  const decoders = decodersFor(response.headers['content-encoding']);
  const stages = decoders.length === 0 ? [byteLimit(maxBytes)] : [byteLimit(maxBytes), ...decoders, byteLimit(maxBytes)];
  const chunks: Buffer[] = [];
  const collect = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      callback();
    },
  });
  try {
    await pipeline([response, ...stages, collect]);
  } catch (error) {
    if (isDecompressionError(error)) {
      throw new FetchFailure(`could not decompress the response (${sanitizeLine(response.headers['content-encoding'] ?? '').slice(0, 20)})`);
    }
    throw error;
  }
  return Buffer.concat(chunks);
}
