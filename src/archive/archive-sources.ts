// Sources, their HTTP validators and poll history, and "last looked" marks.
import type { BetterSqlite3 } from 'better-sqlite3';
import type { FetchRecord, Source, Validators } from '../model.js';
import { sourceFromRow, type SourceRow } from './archive-rows.js';
import { mergeSourceRows, removeSourceRows, type RemovedSource } from './merge-sources.js';

export type { FetchRecord, Validators };

export type SourceHealth = 'ok' | 'failing' | 'never-fetched';

export interface ArchivedSource {
  source: Source;
  updates: number;
  unread: number;
  reactions: number;
  newestUpdate: number | null;
  lastFetchAt: number | null;
  lastStatus: number | null;
  lastError: string | null;
  lastSuccessAt: number | null;
  health: SourceHealth;
}

// One poll every 30 s is ~2,900 a day: keep enough history to see a pattern, not forever.
export const FETCH_HISTORY_PER_SOURCE = 1000;

interface FetchRow {
  source_id: string;
  at: number;
  status: number | null;
  error: string | null;
}

export function sourceStore(db: BetterSqlite3.Database) {
  const upsert = db.prepare(
    `INSERT INTO sources (id, title, tag, kind, location, error, summary, added_at)
     VALUES (@id, @title, @tag, @kind, @location, @error, @summary, @at)
     ON CONFLICT(id) DO UPDATE SET
       -- A source that failed this time has no title or kind of its own: keep what it had.
       title = CASE WHEN excluded.error IS NULL THEN excluded.title ELSE sources.title END,
       kind = CASE WHEN excluded.error IS NULL THEN excluded.kind ELSE sources.kind END,
       summary = CASE WHEN excluded.error IS NULL THEN excluded.summary ELSE sources.summary END,
       tag = excluded.tag, location = excluded.location, error = excluded.error`,
  );
  const ensureSource = db.prepare(
    'INSERT OR IGNORE INTO sources (id, title, tag, location, added_at) VALUES (@id, @id, @id, @id, @at)',
  );
  const insertFetch = db.prepare(
    `INSERT INTO fetches (source_id, at, status, etag, last_modified, error)
     VALUES (@sourceId, @at, @status, @etag, @lastModified, @error)`,
  );
  const pruneFetches = db.prepare(
    `DELETE FROM fetches WHERE source_id = @id AND seq <=
       (SELECT seq FROM fetches WHERE source_id = @id ORDER BY seq DESC LIMIT 1 OFFSET ${FETCH_HISTORY_PER_SOURCE})`,
  );
  const storeValidators = db.prepare(
    `INSERT INTO validators (source_id, etag, last_modified) VALUES (?, ?, ?)
     ON CONFLICT(source_id) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified`,
  );
  const selectValidators = db.prepare<{ etag: string | null; last_modified: string | null }>(
    'SELECT etag, last_modified FROM validators WHERE source_id = ?',
  );
  const selectLastSuccess = db.prepare<number | null>('SELECT MAX(at) FROM fetches WHERE source_id = ? AND error IS NULL').pluck();
  const selectLooked = db.prepare<number | null>('SELECT last_looked FROM sources WHERE id = ?').pluck();
  const selectSource = db.prepare('SELECT 1 FROM sources WHERE id = ?');
  const updateLooked = db.prepare('UPDATE sources SET last_looked = ? WHERE id = ?');
  const allSources = db.prepare<SourceRow>('SELECT * FROM sources ORDER BY added_at, rowid');
  const counts = db.prepare<{ source_id: string; updates: number; unread: number; newest: number | null }>(
    `SELECT u.source_id, COUNT(*) AS updates, COUNT(*) - COUNT(r.key) AS unread, MAX(u.time) AS newest
     FROM updates u LEFT JOIN read_state r ON r.key = u.key GROUP BY u.source_id`,
  );
  const reactionCounts = db.prepare<{ source_id: string; reactions: number }>(
    'SELECT u.source_id, COUNT(*) AS reactions FROM reactions x JOIN updates u ON u.key = x.update_key GROUP BY u.source_id',
  );
  const lastFetches = db.prepare<FetchRow>(
    'SELECT f.source_id, f.at, f.status, f.error FROM fetches f WHERE f.seq IN (SELECT MAX(seq) FROM fetches GROUP BY source_id)',
  );
  const lastSuccesses = db.prepare<{ source_id: string; at: number }>(
    'SELECT source_id, MAX(at) AS at FROM fetches WHERE error IS NULL GROUP BY source_id',
  );

  const record = db.transaction((sourceId: string, fetch: FetchRecord) => {
    ensureSource.run({ id: sourceId, at: fetch.at });
    const v = fetch.validators;
    insertFetch.run({ sourceId, at: fetch.at, status: fetch.status, etag: v?.etag ?? null, lastModified: v?.lastModified ?? null, error: fetch.error });
    if (v !== null) storeValidators.run(sourceId, v.etag, v.lastModified);
    pruneFetches.run({ id: sourceId });
  });

  const upsertAll = db.transaction((sources: readonly Source[], at: number) => {
    for (const source of sources) upsert.run({ ...source, at });
  });
  const recordAll = db.transaction((fetches: ReadonlyArray<readonly [string, FetchRecord]>) => {
    for (const [sourceId, fetch] of fetches) record(sourceId, fetch);
  });
  const lookAll = db.transaction((sourceIds: readonly string[], at: number) => {
    for (const id of sourceIds) updateLooked.run(at, id);
  });

  return {
    upsertSource(source: Source, at: number = Date.now()): void {
      upsertAll.immediate([source], at);
    },

    /** Several sources in one transaction: one wait for the write lock, not one each. */
    upsertSources(sources: readonly Source[], at: number): void {
      upsertAll.immediate(sources, at);
    },

    recordFetch(sourceId: string, fetch: FetchRecord): void {
      record.immediate(sourceId, fetch);
    },

    recordFetches(fetches: ReadonlyArray<readonly [string, FetchRecord]>): void {
      recordAll.immediate(fetches);
    },

    validators(sourceId: string): Validators | null {
      const row = selectValidators.get(sourceId);
      return row === undefined ? null : { etag: row.etag, lastModified: row.last_modified };
    },

    /** When a poll of this source last succeeded, in any run. */
    lastSuccess(sourceId: string): number | null {
      return selectLastSuccess.get(sourceId) ?? null;
    },

    /** When the reader last looked at this source: updates first seen after it are "new". */
    lastLooked(sourceId: string): number | null {
      return selectLooked.get(sourceId) ?? null;
    },

    setLastLooked(sourceId: string, at: number): void {
      lookAll.immediate([sourceId], at);
    },

    setLastLookedAll(sourceIds: readonly string[], at: number): void {
      lookAll.immediate(sourceIds, at);
    },

    hasSource(sourceId: string): boolean {
      return selectSource.get(sourceId) !== undefined;
    },

    /** Moves everything of `from` to `to` (see merge-sources.ts), in one transaction. */
    mergeSource(from: string, to: string, location: string): void {
      db.transaction(() => mergeSourceRows(db, from, to, location)).immediate();
    },

    /** Drops a source and everything of it; null when the archive holds no such source. */
    removeSource(sourceId: string): RemovedSource | null {
      return db.transaction(() => removeSourceRows(db, sourceId)).immediate();
    },

    listSources(): ArchivedSource[] {
      return db.transaction(() => {
        const byCount = new Map(counts.all().map((row) => [row.source_id, row]));
        const byReactions = new Map(reactionCounts.all().map((row) => [row.source_id, row.reactions]));
        const byFetch = new Map(lastFetches.all().map((row) => [row.source_id, row]));
        const bySuccess = new Map(lastSuccesses.all().map((row) => [row.source_id, row.at]));
        return allSources.all().map((row): ArchivedSource => {
          const count = byCount.get(row.id);
          const fetch = byFetch.get(row.id);
          return {
            source: sourceFromRow(row),
            updates: count?.updates ?? 0,
            unread: count?.unread ?? 0,
            reactions: byReactions.get(row.id) ?? 0,
            newestUpdate: count?.newest ?? null,
            lastFetchAt: fetch?.at ?? null,
            lastStatus: fetch?.status ?? null,
            lastError: fetch?.error ?? null,
            lastSuccessAt: bySuccess.get(row.id) ?? null,
            health: fetch === undefined ? 'never-fetched' : fetch.error === null ? 'ok' : 'failing',
          };
        });
      }).deferred();
    },
  };
}
