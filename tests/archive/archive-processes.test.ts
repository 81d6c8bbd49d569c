// Two livedesk processes on one archive, and a process killed mid-write: real
// child processes, because locking and crash safety only show between processes.
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { START } from '../fixtures/make-updates.js';
import { mustOpen, useTempDir } from './temp-archive.js';
import { bundleForTest } from '../bundle-for-test.js';

const WRITER = fileURLToPath(new URL('./archive-writer.mjs', import.meta.url));
const tempDir = useTempDir();
let bundled: { file: string; dir: string };

beforeAll(async () => {
  bundled = await bundleForTest('src/archive/archive.ts', 'archive');
});
afterAll(() => rmSync(bundled.dir, { recursive: true, force: true }));

function writer(archivePath: string, ...args: string[]): ChildProcess {
  return spawn(process.execPath, [WRITER, bundled.file, archivePath, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
}

function finished(child: ChildProcess): Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
}

describe('archive: several processes', () => {
  it('two processes writing at once both finish, and every write is kept', async () => {
    const path = join(tempDir(), 'archive.db');
    const perWriter = 300;
    // Both start on a file that does not exist yet, so they also race to create the schema.
    const results = await Promise.all([finished(writer(path, 'burst', 'one', String(perWriter))), finished(writer(path, 'burst', 'two', String(perWriter)))]);
    for (const result of results) expect(result).toMatchObject({ code: 0, stdout: 'done\n', stderr: '' });
    const archive = mustOpen(path);
    const ids = new Set(archive.loadDesk().updates.map((u) => u.id));
    expect(ids.size).toBe(2 * perWriter);
    for (let i = 0; i < perWriter; i += 1) {
      expect(ids.has(`one-${i}`) && ids.has(`two-${i}`)).toBe(true);
    }
    expect(archive.checkIntegrity()).toEqual(['ok']);
    archive.close();
  });

  it('a long ingest lets another process write between its batches, instead of holding the lock to the end', async () => {
    const path = join(tempDir(), 'archive.db');
    const total = 30_000;
    mustOpen(path).close();
    const child = writer(path, 'ingest', 'long', String(total));
    const done = finished(child);
    const archive = mustOpen(path);
    const count = () => archive.listSources().find((entry) => entry.source.id === 'shared')?.updates ?? 0;
    // Reads never wait (WAL); once the first part of the ingest is visible, it is under way.
    while (count() === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    // A write of our own, waiting on the lock as any second livedesk would.
    archive.recordFetch('other', { at: START, status: 200, validators: null, error: null });
    expect(count()).toBeLessThan(total);
    archive.close();
    expect(await done).toMatchObject({ code: 0, stdout: 'saving\ndone\n' });
    const after = mustOpen(path);
    expect(after.loadDesk(['shared']).updates).toHaveLength(total);
    after.close();
  });

  it('a process killed with SIGKILL mid-write loses no batch it reported', async () => {
    const path = join(tempDir(), 'archive.db');
    const batchSize = 50;
    const child = writer(path, 'loop', 'killed', String(batchSize));
    const done = finished(child);
    let reported = -1;
    await new Promise<void>((resolve) => {
      let buffer = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        for (const line of lines) reported = Number(line.replace('batch ', ''));
        // Killed while it keeps writing: the next transaction is most likely half done.
        if (reported >= 40 && !child.killed) {
          child.kill('SIGKILL');
          resolve();
        }
      });
    });
    const result = await done;
    expect(result.signal).toBe('SIGKILL');
    // Lines that arrived after the kill decision were committed too.
    const lastReported = Math.max(reported, ...result.stdout.split('\n').filter(Boolean).map((l) => Number(l.replace('batch ', ''))));

    const db = new Database(path);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    const archive = mustOpen(path);
    const ids = new Set(archive.loadDesk().updates.map((u) => u.id));
    for (let batch = 0; batch <= lastReported; batch += 1) {
      for (let i = 0; i < batchSize; i += 1) expect(ids.has(`killed-${batch}-${i}`)).toBe(true);
    }
    // Whole batches only: a transaction is all or nothing.
    expect(ids.size % batchSize).toBe(0);
    archive.close();
  });
});
