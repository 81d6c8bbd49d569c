// Every local source is read with a byte cap and a deadline, whatever it is: a
// regular file, a device that never ends, a named pipe nobody writes to.
import { execFileSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readLocalFile } from '../../src/sources/read-local-file.js';
import { loadFileSource } from '../../src/sources/load-source.js';

const MB = 1024 * 1024;
let dir = '';

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'livedesk-read-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function fifo(name: string): string {
  const file = path.join(dir, name);
  execFileSync('mkfifo', [file]);
  return file;
}

describe('readLocalFile', () => {
  it('reads a regular file whole, with its modification time', async () => {
    const file = path.join(dir, 'live.txt');
    await writeFile(file, '16:40 GMT – Protesters gather\n');
    const read = await readLocalFile(file, { maxBytes: MB, timeoutMs: 5_000 });
    expect(read.bytes.toString('utf8')).toBe('16:40 GMT – Protesters gather\n');
    expect(read.modified).toBeInstanceOf(Date);
  });

  it('refuses a file over the size limit from its size, before reading a byte', async () => {
    // Sparse: 600 MB on paper, nothing on disk.
    const file = path.join(dir, 'huge.xml');
    await writeFile(file, '');
    await truncate(file, 600 * MB);
    // The size in the message comes from the file's metadata: a capped read would only know "more than 20 MB".
    await expect(readLocalFile(file, { maxBytes: 20 * MB, timeoutMs: 5_000 })).rejects.toThrow(
      'the file is 600 MB, over the 20 MB limit (--max-size)',
    );
  });

  it.each(['/dev/zero', '/dev/urandom'])('stops reading %s at the size limit', async (device) => {
    await expect(readLocalFile(device, { maxBytes: MB, timeoutMs: 5_000 })).rejects.toThrow(
      'more than 1 MB came from it, over the limit (--max-size)',
    );
  });

  it('gives up on a named pipe that nobody writes to at the deadline', async () => {
    const pipe = fifo('empty.pipe');
    await expect(readLocalFile(pipe, { maxBytes: MB, timeoutMs: 300 })).rejects.toThrow(
      'nothing was written to it within 300 ms (--timeout)',
    );
  });

  it('reads what a writer sends through a named pipe', async () => {
    const pipe = fifo('feed.pipe');
    const reading = readLocalFile(pipe, { maxBytes: MB, timeoutMs: 10_000 });
    const writer = createWriteStream(pipe);
    writer.write('16:40 GMT – First\n');
    writer.end('16:50 GMT – Second\n');
    const read = await reading;
    expect(read.bytes.toString('utf8')).toBe('16:40 GMT – First\n16:50 GMT – Second\n');
  });

  it('gives up on a named pipe that never ends at the deadline', async () => {
    const pipe = fifo('drip.pipe');
    const reading = readLocalFile(pipe, { maxBytes: MB, timeoutMs: 400 });
    const writer = createWriteStream(pipe);
    const drip = setInterval(() => writer.write('x'), 20);
    try {
      await expect(reading).rejects.toThrow('still reading after 400 ms (--timeout)');
    } finally {
      clearInterval(drip);
      writer.destroy();
    }
  });
});

describe('loadFileSource under the limits', () => {
  it('names the file and the limit in the source’s error', async () => {
    const file = path.join(dir, 'big.rss');
    await writeFile(file, '');
    await truncate(file, 3 * MB);
    const loaded = await loadFileSource(file, { maxBytes: 2 * MB, timeoutMs: 5_000 });
    expect(loaded.source.error).toBe(`${file}: the file is 3 MB, over the 2 MB limit (--max-size)`);
    expect(loaded.updates).toEqual([]);
  });

  it('bounds /dev/zero by the limit it is given', async () => {
    const loaded = await loadFileSource('/dev/zero', { maxBytes: 2 * MB, timeoutMs: 5_000 });
    expect(loaded.source.error).toBe('/dev/zero: more than 2 MB came from it, over the limit (--max-size)');
  });
});
