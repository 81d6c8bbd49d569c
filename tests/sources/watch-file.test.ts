import { appendFile, mkdtemp, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchFile, type FileWatch } from '../../src/sources/watch-file.js';

let watch: FileWatch | null = null;
afterEach(() => {
  watch?.close();
  watch = null;
});

function waitForCount(read: () => number, count: number, timeoutMs = 3_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const check = () => {
      if (read() >= count) resolve();
      else if (Date.now() > deadline) reject(new Error(`expected ${count} change(s), saw ${read()}`));
      else setTimeout(check, 20);
    };
    check();
  });
}

describe('watchFile', () => {
  it('reports an append once, however many writes it took', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'livedesk-watch-'));
    const file = path.join(dir, 'live.txt');
    await writeFile(file, 'Lead.\n');
    let changes = 0;
    watch = watchFile(file, () => changes++, 100);
    await appendFile(file, '16:40 GMT – First\n');
    await appendFile(file, 'Body.\n');
    await waitForCount(() => changes, 1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(changes).toBe(1);
  });

  it('keeps watching when an editor replaces the file by renaming', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'livedesk-watch-'));
    const file = path.join(dir, 'live.txt');
    await writeFile(file, 'one\n');
    let changes = 0;
    watch = watchFile(file, () => changes++, 50);
    for (const version of ['two\n', 'three\n']) {
      const before = changes;
      await writeFile(path.join(dir, '.live.txt.swp'), version);
      await rename(path.join(dir, '.live.txt.swp'), file);
      await waitForCount(() => changes, before + 1);
    }
    expect(changes).toBe(2);
  });

  it('ignores other files in the same folder', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'livedesk-watch-'));
    const file = path.join(dir, 'live.txt');
    await writeFile(file, 'one\n');
    let changes = 0;
    watch = watchFile(file, () => changes++, 50);
    await writeFile(path.join(dir, 'other.txt'), 'noise\n');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(changes).toBe(0);
  });
});
