// The archive: one SQLite file holding everything livedesk has seen. Opening
// returns an error value instead of throwing, so a broken or foreign file is
// reported in plain words and never overwritten.
import { dirname } from 'node:path';
import { accessSync, constants } from 'node:fs';
import Database from 'better-sqlite3';
import type { BetterSqlite3 } from 'better-sqlite3';
import {
  BUSY_TIMEOUT_MS,
  classifyOpenFailure,
  corruptArchive,
  damagedArchive,
  isDamage,
  newerArchive,
  unwritableArchive,
  type ArchiveOpenError,
} from './archive-errors.js';
import { sourceStore } from './archive-sources.js';
import { updateStore } from './archive-updates.js';
import { searchStore } from './archive-search.js';
import { checkIsDue, quickCheck, recordCheck } from './archive-check.js';
import { makeFolder } from './make-folder.js';
import { inspect, migrate, SCHEMA_VERSION, type MigrationOutcome } from './migrations.js';

export type { ArchiveOpenError } from './archive-errors.js';
export { BUSY_TIMEOUT_MS, isArchiveOpenError } from './archive-errors.js';
export type { SaveResult, ArchivedVersion } from './archive-updates.js';
export type { ArchivedSource, FetchRecord, SourceHealth, Validators } from './archive-sources.js';


export type Archive = ReturnType<typeof updateStore> &
  ReturnType<typeof sourceStore> &
  ReturnType<typeof searchStore> & {
    readonly path: string;
    /** Why the file was opened read-only (it is not writable by this user), or null. */
    readonly readOnly: string | null;
    /** What the check at open found damaged, or null: then nothing may be written. */
    readonly damaged: string | null;
    /** SQLite's own check of every page; 'ok' or the problems it found. Slow on big files. */
    checkIntegrity(): string[];
    close(): void;
  };

function refusal(path: string, state: MigrationOutcome | { kind: 'behind' }): ArchiveOpenError | null {
  if (state.kind === 'newer-version') return newerArchive(path, state.found, SCHEMA_VERSION);
  if (state.kind === 'foreign') return corruptArchive(path, 'it is an SQLite file that belongs to another program');
  return null;
}

function configure(db: BetterSqlite3.Database, readOnly: boolean): void {
  // WAL lets one process read while another writes; persistent once set on the file.
  if (!readOnly) db.pragma('journal_mode = WAL');
  // In WAL mode NORMAL loses nothing when the process is killed, only on power loss,
  // and saves an fsync on every poll.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
}

/** Why this user may not write the file, or null when it may (or does not exist yet). */
function notWritable(path: string): string | null {
  try {
    accessSync(path, constants.W_OK);
    return null;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT') return null;
    return code === 'EROFS' ? 'it is on a read-only file system' : 'permission denied';
  }
}

export interface OpenOptions {
  /** The clock the integrity check's schedule runs on. */
  now?: number;
}

/** Runs quick_check when it is due; what it found damaged, or null. */
function checkWhenDue(db: BetterSqlite3.Database, now: number): { damage: string | null; checked: boolean } {
  if (!checkIsDue(db, now)) return { damage: null, checked: false };
  try {
    const problems = quickCheck(db);
    return { damage: problems.length === 0 ? null : `${problems.length === 1 ? 'SQLite finds' : `SQLite finds ${problems.length} problems, first`}: ${problems[0]}`, checked: true };
  } catch (error) {
    if (!isDamage(error)) throw error;
    return { damage: error instanceof Error ? error.message : String(error), checked: true };
  }
}

export function openArchive(path: string, options: OpenOptions = {}): Archive | ArchiveOpenError {
  const now = options.now ?? Date.now();
  try {
    makeFolder(dirname(path));
  } catch (error) {
    return classifyOpenFailure(path, error);
  }
  let db: BetterSqlite3.Database | null = null;
  // SQLite opens a file it may not write as read-only without a word, and every
  // write then fails: opened read-only on purpose, the history still shows.
  const readOnly = notWritable(path);
  try {
    // `timeout` is SQLite's busy_timeout: a locked file is waited for, not an error.
    db = new Database(path, { timeout: BUSY_TIMEOUT_MS, readonly: readOnly !== null });
    // Read before anything is written, so a newer or foreign file is left exactly as it was.
    const state = inspect(db);
    const early = refusal(path, state);
    if (early !== null || (readOnly !== null && state.kind === 'behind')) {
      db.close();
      return early ?? unwritableArchive(path, `${readOnly}, and it needs an upgrade that writes to it`);
    }
    configure(db, readOnly !== null);
    // Never migrate, nor write anything else, into a damaged file.
    const { damage, checked } = checkWhenDue(db, now);
    if (damage !== null && state.kind === 'behind') {
      db.close();
      return damagedArchive(path, damage);
    }
    // migrate() reads the schema state again under the write lock: only worth it when behind.
    const late = refusal(path, readOnly === null && damage === null && state.kind === 'behind' ? migrate(db) : state);
    if (late !== null) {
      db.close();
      return late;
    }
    if (checked && damage === null && readOnly === null) recordCheck(db, now);
    const opened = db;
    return {
      path,
      readOnly,
      damaged: damage,
      ...updateStore(opened),
      ...sourceStore(opened),
      ...searchStore(opened),
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
