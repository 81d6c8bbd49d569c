// Copies everything still readable out of a damaged archive into a new file.
// SQLite stops reading a table at its first damaged page; walking each table by
// rowid, the copy steps over the damaged part and reads on from the first row
// after it. The damaged file is only ever opened read-only.
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { BetterSqlite3 } from 'better-sqlite3';
import {
  classifyOpenFailure,
  corruptArchive,
  isArchiveOpenError,
  isDamage,
  newerArchive,
  type ArchiveOpenError,
} from './archive-errors.js';
import { inspect, migrate, SCHEMA_VERSION } from './migrations.js';

/** The tables worth copying, parents first; `meta` is the copy's own. */
const TABLES = ['sources', 'updates', 'update_versions', 'reactions', 'read_state', 'validators', 'fetches'] as const;
const ROWS_PER_READ = 256;
const LAST_ROWID = 2 ** 53;

export interface SkippedPart {
  table: string;
  /** The last row read before the damage (null: from the start). */
  after: number | null;
  /** The first row read after it (null: to the end). */
  resumedAt: number | null;
}

export interface RecoverReport {
  from: string;
  into: string;
  copied: Record<string, number>;
  skipped: SkippedPart[];
  /** Sources whose own row was lost, put back under their id so their updates stay. */
  placeholders: number;
  /** Reactions, read marks and earlier versions whose update was lost. */
  orphansDropped: number;
}

type Row = Record<string, unknown> & { rowid: number };

function columnsOf(db: BetterSqlite3.Database, table: string): string[] {
  return db.prepare<{ name: string }>(`SELECT name FROM pragma_table_info('${table}')`).all().map((row) => row.name);
}

/** Copies one table, row by row in rowid order, stepping over what cannot be read. */
function copyTable(from: BetterSqlite3.Database, into: BetterSqlite3.Database, table: string, skipped: SkippedPart[]): number {
  const known = new Set(columnsOf(into, table));
  const columns = columnsOf(from, table).filter((name) => known.has(name));
  const list = columns.map((name) => `"${name}"`).join(', ');
  const read = from.prepare<Row>(`SELECT rowid AS rowid, ${list} FROM "${table}" WHERE rowid > ? ORDER BY rowid LIMIT ${ROWS_PER_READ}`);
  const first = from.prepare<Row>(`SELECT rowid AS rowid, ${list} FROM "${table}" WHERE rowid > ? ORDER BY rowid LIMIT 1`);
  const write = into.prepare(`INSERT OR IGNORE INTO "${table}" (rowid, ${list}) VALUES (@rowid, ${columns.map((name) => `@${name}`).join(', ')})`);
  const readable = (after: number) => {
    try {
      first.get(after);
      return true;
    } catch (error) {
      if (!isDamage(error)) throw error;
      return false;
    }
  };
  let copied = 0;
  let after = -LAST_ROWID;
  for (;;) {
    let count = 0;
    try {
      for (const row of read.iterate(after)) {
        write.run(row);
        after = row.rowid;
        count += 1;
      }
      copied += count;
      if (count < ROWS_PER_READ) return copied;
      continue;
    } catch (error) {
      if (!isDamage(error)) throw error;
      copied += count;
    }
    // Damage right after `after`: find a point past it, then the first such point.
    let step = 1;
    while (after + step < LAST_ROWID && !readable(after + step)) step *= 2;
    if (after + step >= LAST_ROWID) {
      skipped.push({ table, after: after === -LAST_ROWID ? null : after, resumedAt: null });
      return copied;
    }
    let bad = after;
    let good = after + step;
    while (good - bad > 1) {
      const middle = Math.floor((bad + good) / 2);
      if (readable(middle)) good = middle;
      else bad = middle;
    }
    const next = first.get(good);
    skipped.push({ table, after: after === -LAST_ROWID ? null : after, resumedAt: next?.rowid ?? null });
    if (next === undefined) return copied;
    after = good;
  }
}

/** Rows whose parent row was lost: sources get a placeholder, the rest are dropped. */
function mend(db: BetterSqlite3.Database): { placeholders: number; orphansDropped: number } {
  const placeholders = db
    .prepare(
      `INSERT INTO sources (id, title, tag, location, added_at)
       SELECT source_id, source_id, source_id, source_id, MIN(at) FROM (
         SELECT source_id, first_seen AS at FROM updates UNION ALL SELECT source_id, at FROM fetches
         UNION ALL SELECT source_id, 0 FROM validators)
       WHERE source_id NOT IN (SELECT id FROM sources) GROUP BY source_id`,
    )
    .run().changes;
  let orphansDropped = 0;
  for (const table of ['update_versions', 'reactions', 'read_state']) {
    const key = table === 'reactions' ? 'update_key' : 'key';
    orphansDropped += db.prepare(`DELETE FROM ${table} WHERE ${key} NOT IN (SELECT key FROM updates)`).run().changes;
  }
  return { placeholders, orphansDropped };
}

function openDamaged(from: string): BetterSqlite3.Database | ArchiveOpenError {
  try {
    return new Database(from, { readonly: true, fileMustExist: true });
  } catch (error) {
    return classifyOpenFailure(from, error);
  }
}

export function recoverArchive(from: string, into: string): RecoverReport | ArchiveOpenError {
  if (existsSync(into)) {
    return { kind: 'unwritable', message: `${into} already exists, and livedesk never writes over a file`, remedy: 'name a new file with --into NEW_PATH' };
  }
  const source = openDamaged(from);
  if (isArchiveOpenError(source)) return source;
  let target: BetterSqlite3.Database | null = null;
  try {
    const state = inspect(source);
    if (state.kind === 'newer-version') return newerArchive(from, state.found, SCHEMA_VERSION);
    if (state.kind === 'foreign') return corruptArchive(from, 'it is an SQLite file that belongs to another program');
    // The copy starts at its original's version; the next open upgrades it as usual.
    const version = state.kind === 'ok' ? state.version : state.found;
    try {
      target = new Database(into);
      target.pragma('journal_mode = WAL');
      migrate(target, version);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { kind: 'unwritable', message: `the copy cannot be written at ${into} (${reason})`, remedy: 'name a file in a folder you may write with --into NEW_PATH' };
    }
    const copied: Record<string, number> = {};
    const skipped: SkippedPart[] = [];
    const present = new Set(source.prepare<string>("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all());
    // Rows come over before the parents they point to may be known to be lost; mend() settles that.
    target.pragma('foreign_keys = OFF');
    const copyAll = target.transaction(() => {
      for (const table of TABLES) if (present.has(table)) copied[table] = copyTable(source, target!, table, skipped);
      return mend(target!);
    });
    const mended = copyAll.immediate();
    return { from, into, copied, skipped, ...mended };
  } catch (error) {
    if (isDamage(error)) return corruptArchive(from, `even its list of tables is damaged, so nothing can be read (${error instanceof Error ? error.message : String(error)})`);
    return classifyOpenFailure(from, error);
  } finally {
    source.close();
    target?.close();
  }
}
