import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { isArchiveOpenError, openArchive } from '../../src/archive/archive.js';
import { SCHEMA_VERSION } from '../../src/archive/migrations.js';
import { makeUpdates, START } from '../fixtures/make-updates.js';
import { mustOpen, useTempDir } from './temp-archive.js';

const tempDir = useTempDir();

describe('openArchive: files it must not use', () => {
  it('reports a file of random bytes as corrupt, in plain words, and leaves it alone', () => {
    const path = join(tempDir(), 'archive.db');
    const junk = randomBytes(64 * 1024);
    writeFileSync(path, junk);
    const result = openArchive(path);
    expect(isArchiveOpenError(result)).toBe(true);
    expect(result).toMatchObject({ kind: 'corrupt' });
    if (!isArchiveOpenError(result)) return;
    expect(result.message).toContain(path);
    expect(result.message).toMatch(/not a livedesk database/);
    expect(result.remedy).toMatch(/--archive/);
    expect(result.message + result.remedy).not.toMatch(/\n\s+at /);
    expect(readFileSync(path).equals(junk)).toBe(true);
  });

  it('refuses an archive from a newer livedesk without changing it', () => {
    const path = join(tempDir(), 'archive.db');
    mustOpen(path).close();
    const db = new Database(path);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const bytes = readFileSync(path);
    const result = openArchive(path);
    expect(result).toMatchObject({ kind: 'newer-version' });
    if (!isArchiveOpenError(result)) return;
    expect(result.message).toContain(`schema ${SCHEMA_VERSION + 1}`);
    expect(result.remedy).toMatch(/upgrade livedesk/);
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it("refuses another program's SQLite file instead of adding tables to it", () => {
    const path = join(tempDir(), 'other.db');
    const db = new Database(path);
    db.exec('CREATE TABLE notes (body TEXT)');
    db.close();
    const result = openArchive(path);
    expect(result).toMatchObject({ kind: 'corrupt' });
    if (isArchiveOpenError(result)) expect(result.message).toMatch(/another program/);
  });

  it('reports a folder it cannot create as unwritable', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'plain-file'), 'not a folder');
    const result = openArchive(join(dir, 'plain-file', 'archive.db'));
    expect(result).toMatchObject({ kind: 'unwritable' });
    if (isArchiveOpenError(result)) expect(result.remedy).toMatch(/--no-archive/);
  });

  it('starts a new archive in an empty file', () => {
    const path = join(tempDir(), 'archive.db');
    writeFileSync(path, '');
    const archive = mustOpen(path);
    archive.saveUpdates('demo', makeUpdates(1), [], START);
    expect(archive.loadDesk().updates).toHaveLength(1);
    archive.close();
  });

  it('uses WAL mode, foreign keys and the current schema version', () => {
    const path = join(tempDir(), 'archive.db');
    mustOpen(path).close();
    const db = new Database(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });
});
