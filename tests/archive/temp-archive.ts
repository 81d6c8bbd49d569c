// A fresh directory per test, removed afterwards: archives are real files.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { isArchiveOpenError, openArchive, type Archive } from '../../src/archive/archive.js';

export function useTempDir(): () => string {
  let dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    dirs = [];
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), 'livedesk-archive-'));
    dirs.push(dir);
    return dir;
  };
}

/** Opens or fails the test with the archive's own message. */
export function mustOpen(path: string): Archive {
  const archive = openArchive(path);
  if (isArchiveOpenError(archive)) throw new Error(`${archive.kind}: ${archive.message}`);
  return archive;
}
