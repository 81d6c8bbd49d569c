// Reads a local source with the same two limits as a download: a byte cap and one
// deadline. A regular file over the cap is refused from its size before a byte is
// read; a device that never ends (/dev/zero) stops at the cap; a named pipe waits
// for its writer only until the deadline. The file is opened non-blocking, so no
// read ever parks a thread of Node's pool on a pipe or a device.
import { constants, type Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { formatBytes, formatDuration } from '../net/format-amount.js';
import type { ReadLimits } from './read-limits.js';

export interface LocalFile {
  bytes: Buffer;
  /** For live-blog times that name no day. */
  modified: Date;
}

const CHUNK_BYTES = 1024 * 1024;
/** How often a pipe or device with nothing to read yet is asked again. */
const IDLE_POLL_MS = 20;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function isWouldBlock(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'EAGAIN' || code === 'EWOULDBLOCK';
}

export function overSize(limits: ReadLimits): Error {
  return new Error(`more than ${formatBytes(limits.maxBytes)} came from it, over the limit (--max-size)`);
}

export function pastDeadline(limits: ReadLimits, received: number): Error {
  const after = formatDuration(limits.timeoutMs);
  return new Error(received === 0 ? `nothing was written to it within ${after} (--timeout)` : `still reading after ${after} (--timeout)`);
}

export async function readLocalFile(location: string, limits: ReadLimits): Promise<LocalFile> {
  const info: Stats = await stat(location);
  if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  if (info.isFile() && info.size > limits.maxBytes) {
    throw new Error(`the file is ${formatBytes(info.size)}, over the ${formatBytes(limits.maxBytes)} limit (--max-size)`);
  }
  // A pipe read before its writer has opened it reports the end at once: keep asking
  // until something comes or the deadline passes.
  const waitsForWriter = info.isFIFO();
  const deadline = Date.now() + limits.timeoutMs;
  const handle = await open(location, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const chunks: Buffer[] = [];
    let received = 0;
    for (;;) {
      if (Date.now() > deadline) throw pastDeadline(limits, received);
      // One byte more than the cap proves the source is over it.
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, limits.maxBytes + 1 - received));
      let bytesRead: number;
      try {
        ({ bytesRead } = await handle.read(chunk, 0, chunk.length, null));
      } catch (error) {
        if (!isWouldBlock(error)) throw error;
        await sleep(IDLE_POLL_MS);
        continue;
      }
      if (bytesRead === 0) {
        if (waitsForWriter && received === 0) {
          await sleep(IDLE_POLL_MS);
          continue;
        }
        return { bytes: Buffer.concat(chunks, received), modified: info.mtime };
      }
      received += bytesRead;
      if (received > limits.maxBytes) throw overSize(limits);
      chunks.push(chunk.subarray(0, bytesRead));
    }
  } finally {
    await handle.close();
  }
}
