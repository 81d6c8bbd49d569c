// Output sent to a file is written whole, or the run says it was not. Under a file-size
// limit (ulimit -f) or on a full disk a write stops short without an error, and Node's
// stream for a file drops the rest silently: a cut-short record with exit 0. Only the
// next write fails (EFBIG, ENOSPC). So writes to a file loop until every byte is down.
import { fstatSync, writeSync } from 'node:fs';
import { formatBytes } from '../net/format-amount.js';

const REASONS: Readonly<Record<string, string>> = {
  EFBIG: 'the file reached its size limit (ulimit -f)',
  ENOSPC: 'no space is left on the device',
  EDQUOT: 'the disk quota is used up',
};

/** One line for a failed write of the output, after `written` bytes of it. */
export function outputFailure(error: unknown, written: number): string {
  const code = (error as { code?: unknown } | null)?.code;
  const reason = typeof code === 'string' && code in REASONS ? REASONS[code] : error instanceof Error ? (error.message.split('\n')[0] ?? String(code)) : String(error);
  return `cannot write the output: ${reason} after ${formatBytes(written)}`;
}

function isRegularFile(fd: number | undefined): fd is number {
  if (fd === undefined) return false;
  try {
    return fstatSync(fd).isFile();
  } catch {
    return false;
  }
}

/** A writer for stdout: to a file, synchronous and whole; to a terminal or pipe, the stream as it is. */
export function outputWriter(stream: NodeJS.WriteStream, fail: (message: string) => void): (text: string) => void {
  const fd = (stream as { fd?: number }).fd;
  if (!isRegularFile(fd)) return (text) => void stream.write(text);
  let written = 0;
  return (text) => {
    const bytes = Buffer.from(text);
    for (let offset = 0; offset < bytes.length; ) {
      let count: number;
      try {
        count = writeSync(fd, bytes, offset);
      } catch (error) {
        fail(outputFailure(error, written));
        return;
      }
      offset += count;
      written += count;
    }
  };
}
