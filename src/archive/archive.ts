// The archive: one SQLite file holding everything livedesk has seen. Opening
// returns an error value instead of throwing, so a broken or foreign file is
// reported in plain words and never overwritten.
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { BetterSqlite3 } from 'better-sqlite3';
import {
  classifyOpenFailure,
  corruptArchive,
  newerArchive,
  type ArchiveOpenError,
} from './archive-errors.js';
import { sourceStore } from './archive-sources.js';
import { updateStore } from './archive-updates.js';
import { makeFolder } from './make-folder.js';
import { inspect, migrate, SCHEMA_VERSION, type MigrationOutcome } from './migrations.js';

export type { ArchiveOpenError } from './archive-errors.js';
export { isArchiveOpenError } from './archive-errors.js';
export type { SaveResult, ArchivedVersion } from './archive-updates.js';
export type { ArchivedSource, FetchRecord, SourceHealth, Validators } from './archive-sources.js';

/** How long a write waits for another livedesk process's write before giving up. */
export const BUSY_TIMEOUT_MS = 5000;

export type Archive = ReturnType<typeof updateStore> &
  ReturnType<typeof sourceStore> & {
    readonly path: string;
    /** SQLite's own check of every page; 'ok' or the problems it found. Slow on big files. */
    checkIntegrity(): string[];
    close(): void;
  };

function refusal(path: string, state: MigrationOutcome | { kind: 'behind' }): ArchiveOpenError | null {
  if (state.kind === 'newer-version') return newerArchive(path, state.found, SCHEMA_VERSION);
  if (state.kind === 'foreign') return corruptArchive(path, 'it is an SQLite file that belongs to another program');
  return null;
}

function configure(db: BetterSqlite3.Database): void {
  // WAL lets one process read while another writes; persistent once set on the file.
  db.pragma('journal_mode = WAL');
  // In WAL mode NORMAL loses nothing when the process is killed, only on power loss,
  // and saves an fsync on every poll.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
}

export function openArchive(path: string): Archive | ArchiveOpenError {
  try {
    makeFolder(dirname(path));
  } catch (error) {
    return classifyOpenFailure(path, error);
  }
  let db: BetterSqlite3.Database | null = null;
  try {
    // `timeout` is SQLite's busy_timeout: a locked file is waited for, not an error.
    db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
    // Read before anything is written, so a newer or foreign file is left exactly as it was.
    const early = refusal(path, inspect(db));
    if (early !== null) {
      db.close();
      return early;
    }
    configure(db);
    const late = refusal(path, migrate(db));
    if (late !== null) {
      db.close();
      return late;
    }
    const opened = db;
    return {
      path,
      ...updateStore(opened),
      ...sourceStore(opened),
      checkIntegrity: () =>
        (opened.pragma('integrity_check') as Array<{ integrity_check: string }>).map((row) => row.integrity_check),
      close: () => {
        if (opened.open) opened.close();
      },
    };
  } catch (error) {
    if (db?.open === true) db.close();
    return classifyOpenFailure(path, error);
  }
}
