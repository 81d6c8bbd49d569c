import { appendFile, mkdtemp, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { watchFile } from '../../src/sources/watch-file.js';
import { waitFor } from '../wait-for.js';

/** Counts the changes reported for `file`; the watch is closed when the test ends. */
function countChanges(file: string, debounceMs: number): () => number {
  let changes = 0;
  const watch = watchFile(file, () => changes++, debounceMs);
  onTestFinished(() => watch.close());
  return () => changes;
}

function waitForCount(read: () => number, count: number): Promise<void> {
  return waitFor(() => read() >= count, () => `${count} change(s), saw ${read()}`, 3_000);
}

describe('watchFile', () => {
  it('reports an append once, however many writes it took', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'livedesk-watch-'));
    const file = path.join(dir, 'live.txt');
    await writeFile(file, 'Lead.\n');
    const changes = countChanges(file, 100);
    // A second watch of the same file that waits longer: when it reports, every event of
    // the two writes has reached the first watch too, and its shorter wait is over.
    const settled = countChanges(file, 300);
    await appendFile(file, '16:40 GMT – First\n');
    await appendFile(file, 'Body.\n');
    await waitForCount(settled, 1);
    expect(changes()).toBe(1);
  });

  it('keeps watching when an editor replaces the file by renaming', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'livedesk-watch-'));
    const file = path.join(dir, 'live.txt');
    await writeFile(file, 'one\n');
    const changes = countChanges(file, 50);
    for (const version of ['two\n', 'three\n']) {
      const before = changes();
      await writeFile(path.join(dir, '.live.txt.swp'), version);
      await rename(path.join(dir, '.live.txt.swp'), file);
      await waitForCount(changes, before + 1);
    }
    expect(changes()).toBe(2);
  });

  it('ignores other files in the same folder', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'livedesk-watch-'));
    const file = path.join(dir, 'live.txt');
    const other = path.join(dir, 'other.txt');
    await writeFile(file, 'one\n');
    await writeFile(other, '');
    // The other file's own watch sees the write; the events reach both watches at once, and
    // the first one would have reported within its shorter wait.
    const changes = countChanges(file, 1);
    const otherChanges = countChanges(other, 50);
    await writeFile(other, 'noise\n');
    await waitForCount(otherChanges, 1);
    expect(changes()).toBe(0);
  });
});
