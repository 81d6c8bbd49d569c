// Updates, their earlier versions, reactions and read state. Every write is one
// IMMEDIATE transaction: it takes the write lock up front, so a second process
// waits for it (busy_timeout) instead of failing half-way with SQLITE_BUSY.
// Long ingests commit in batches, so no other process waits for the whole of one.
import type { BetterSqlite3 } from 'better-sqlite3';
import type { Reaction, Update } from '../model.js';
import type { Desk } from '../desk/desk.js';
import type { MemoryPolicy } from '../desk/memory-policy.js';
import {
  isEdit,
  linksColumn,
  reactionFromRow,
  sourceFromRow,
  updateFromRow,
  type ReactionRow,
  type SourceRow,
  type UpdateRow,
} from './archive-rows.js';
import { rowInserter } from './insert-rows.js';

/** Updates per transaction: a batch holds the write lock for tens of milliseconds, not seconds. */
export const SAVE_BATCH = 1000;
// SQLite's busy handler retries on a timer, and a writer that starts its next batch at once
// wins the lock again before any waiter wakes: a pause between batches lets the waiter in.
const PAUSE_BETWEEN_BATCHES_MS = 5;
const pause = new Int32Array(new SharedArrayBuffer(4));

export interface SaveResult {
  added: Update[];
  edited: Array<{ before: Update; after: Update }>;
}

export interface ArchivedVersion {
  update: Update;
  firstSeen: number;
  replacedAt: number;
}

// Newest first; same time keeps feed order (seq); undated ones last, latest seen first.
// The same expressions as the updates_timeline index, so SQLite reads in order instead of sorting.
const TIMELINE_ORDER =
  'ORDER BY (u.time IS NULL), u.time DESC, (CASE WHEN u.time IS NULL THEN u.first_seen END) DESC, u.seq';
const TIMELINE_FILTER = `WHERE (@ids IS NULL OR u.source_id IN (SELECT value FROM json_each(@ids)))
  AND (@since IS NULL OR COALESCE(u.time, u.first_seen) >= @since)`;
/**
 * The keys of what the dashboard keeps in memory (src/desk/memory-policy.ts) of the
 * timeline above: the newest @perSource of each source, then the newest @total of those.
 */
const KEPT_KEYS = `SELECT key FROM (
    SELECT u.key, ROW_NUMBER() OVER (PARTITION BY u.source_id ${TIMELINE_ORDER}) AS place,
      (u.time IS NULL) AS undated, u.time, (CASE WHEN u.time IS NULL THEN u.first_seen END) AS seen, u.seq
    FROM updates u ${TIMELINE_FILTER})
  WHERE place <= @perSource ORDER BY undated, time DESC, seen DESC, seq LIMIT @total`;

export function updateStore(db: BetterSqlite3.Database) {
  const ensureSource = db.prepare(
    `INSERT OR IGNORE INTO sources (id, title, tag, location, added_at) VALUES (@id, @id, @id, @id, @at)`,
  );
  const findUpdate = db.prepare<UpdateRow & { first_seen: number }>('SELECT * FROM updates WHERE key = ?');
  const insertUpdates = rowInserter(db, 'updates', ['key', 'source_id', 'id', 'time', 'time_text', 'title', 'body', 'link', 'author', 'first_seen', 'last_seen']);
  const refreshUpdate = db.prepare(
    `UPDATE updates SET time = @time, time_text = @timeText, title = @title, body = @body, link = @link,
       author = @author, last_seen = @seenAt WHERE key = @key`,
  );
  // Prepared at the first update that links somewhere or did: most never do.
  let linksStatement: BetterSqlite3.Statement | null = null;
  const setLinks = (update: Update) => (linksStatement ??= db.prepare('UPDATE updates SET links = ? WHERE key = ?')).run(linksColumn(update), update.key);
  const keepVersion = db.prepare(
    `INSERT INTO update_versions (key, version, time, time_text, title, body, link, author, first_seen, replaced_at)
     SELECT key, (SELECT COALESCE(MAX(version), 0) + 1 FROM update_versions WHERE key = @key),
       time, time_text, title, body, link, author, first_seen, @at FROM updates WHERE key = @key`,
  );
  const reactionIdsOf = db.prepare<string>('SELECT id FROM reactions WHERE update_key = ?').pluck();
  const dropReaction = db.prepare('DELETE FROM reactions WHERE id = ?');
  // An upsert, not INSERT OR REPLACE: the row a REPLACE deletes fires no trigger, and
  // the search index would keep its words. Stored unchanged, a reaction is not reindexed.
  const upsertReactions = rowInserter(
    db,
    'reactions',
    ['id', 'update_key', 'position', 'actor', 'role', 'kind', 'text', 'stance', 'time'],
    `ON CONFLICT(id) DO UPDATE SET update_key = excluded.update_key, position = excluded.position,
       actor = excluded.actor, role = excluded.role, kind = excluded.kind, text = excluded.text,
       stance = excluded.stance, time = excluded.time`,
  );
  const selectSources = db.prepare<SourceRow>(
    'SELECT * FROM sources WHERE (@ids IS NULL OR id IN (SELECT value FROM json_each(@ids))) ORDER BY added_at, rowid',
  );
  const selectUpdates = db.prepare<UpdateRow>(`SELECT u.* FROM updates u ${TIMELINE_FILTER} ${TIMELINE_ORDER}`);
  const selectReactions = db.prepare<ReactionRow>(
    `SELECT r.*, u.id AS update_id FROM reactions r JOIN updates u ON u.key = r.update_key
     ${TIMELINE_FILTER} ${TIMELINE_ORDER}, r.position`,
  );
  const selectKeptUpdates = db.prepare<UpdateRow>(`SELECT u.* FROM updates u WHERE u.key IN (${KEPT_KEYS}) ${TIMELINE_ORDER}`);
  const selectKeptReactions = db.prepare<ReactionRow>(
    `SELECT r.*, u.id AS update_id FROM reactions r JOIN updates u ON u.key = r.update_key
     WHERE u.key IN (${KEPT_KEYS}) ${TIMELINE_ORDER}, r.position`,
  );
  const reactionsOfKey = db.prepare<ReactionRow>(
    'SELECT r.*, u.id AS update_id FROM reactions r JOIN updates u ON u.key = r.update_key WHERE r.update_key = ? ORDER BY r.position',
  );
  const selectVersions = db.prepare<UpdateRow & { first_seen: number; replaced_at: number }>(
    `SELECT v.*, u.source_id, u.id FROM update_versions v JOIN updates u ON u.key = v.key
     WHERE v.key = ? ORDER BY v.version`,
  );
  const setRead = db.prepare('INSERT OR IGNORE INTO read_state (key, read_at) SELECT key, @at FROM updates WHERE key = @key');
  const setUnread = db.prepare('DELETE FROM read_state WHERE key = ?');
  const selectReadKeys = db.prepare<string>('SELECT key FROM read_state').pluck();
  const selectSeenAfter = db
    .prepare<string>('SELECT key FROM updates WHERE source_id = @sourceId AND first_seen > @since')
    .pluck();
  const selectUnread = db.prepare<{ id: string; unread: number }>(
    `SELECT s.id, COUNT(u.key) - COUNT(r.key) AS unread FROM sources s
     LEFT JOIN updates u ON u.source_id = s.id LEFT JOIN read_state r ON r.key = u.key GROUP BY s.id`,
  );

  const reactionRow = (r: Reaction, key: string, position: number) => [r.id, key, position, r.actor, r.role, r.kind, r.text, r.stance, r.time];

  /** Reactions of an update already stored: drops those no longer given, upserts the rest. */
  function replaceReactions(key: string, reactions: readonly Reaction[]): void {
    const kept = new Set(reactions.map((r) => r.id));
    for (const id of reactionIdsOf.all(key)) if (!kept.has(id)) dropReaction.run(id);
    upsertReactions(reactions.map((r, position) => reactionRow(r, key, position)));
  }

  const save = db.transaction(
    (
      sourceId: string,
      updates: readonly Update[],
      reactionsByKey: ReadonlyMap<string, Reaction[]>,
      seenAt: number,
      done: Set<string>,
      result: SaveResult,
    ): void => {
      ensureSource.run({ id: sourceId, at: seenAt });
      // New updates and their reactions go in together at the end, many rows to a statement.
      const fresh: unknown[][] = [];
      const freshReactions: unknown[][] = [];
      const freshLinks: Update[] = [];
      for (const update of updates) {
        if (update.sourceId !== sourceId) throw new Error(`update ${update.key} belongs to ${update.sourceId}, not ${sourceId}`);
        // The same key twice in one feed is one update; the first (newest) wins, as in normaliseUpdates.
        if (done.has(update.key)) continue;
        done.add(update.key);
        const row = findUpdate.get(update.key);
        const given = reactionsByKey.get(update.key);
        if (row === undefined) {
          const { key, sourceId: source, id, time, timeText, title, body, link, author } = update;
          fresh.push([key, source, id, time, timeText, title, body, link, author, seenAt, seenAt]);
          if (update.links !== undefined) freshLinks.push(update);
          (given ?? []).forEach((r, position) => freshReactions.push(reactionRow(r, key, position)));
          result.added.push(update);
          continue;
        }
        const before = updateFromRow(row);
        const edited = isEdit(before, update);
        if (edited) {
          keepVersion.run({ at: seenAt, key: update.key });
          result.edited.push({ before, after: update });
        }
        refreshUpdate.run({ ...update, seenAt });
        if (update.links !== undefined || (row.links ?? null) !== null) setLinks(update);
        // An unchanged update keeps its stored reactions unless new ones are given:
        // callers often extract reactions only for what is new.
        if (edited || given !== undefined) replaceReactions(update.key, given ?? []);
      }
      insertUpdates(fresh);
      for (const update of freshLinks) setLinks(update);
      upsertReactions(freshReactions);
    },
  );

  const mark = db.transaction((keys: readonly string[], read: boolean, at: number) => {
    for (const key of keys) (read ? setRead.run({ key, at }) : setUnread.run(key));
  });

  return {
    /** Each batch is all or nothing; a failure throws, with the batches before it kept. */
    saveUpdates(sourceId: string, updates: readonly Update[], reactions: readonly Reaction[], seenAt: number): SaveResult {
      const reactionsByKey = new Map<string, Reaction[]>();
      for (const r of reactions) reactionsByKey.set(r.updateKey, [...(reactionsByKey.get(r.updateKey) ?? []), r]);
      const result: SaveResult = { added: [], edited: [] };
      // The same key twice is one update across batches too.
      const done = new Set<string>();
      for (let start = 0; start === 0 || start < updates.length; start += SAVE_BATCH) {
        if (start > 0) Atomics.wait(pause, 0, 0, PAUSE_BETWEEN_BATCHES_MS);
        save.immediate(sourceId, updates.slice(start, start + SAVE_BATCH), reactionsByKey, seenAt, done, result);
      }
      return result;
    },

    /**
     * The archived timeline, newest first, including updates that have left their feed;
     * with `limits`, only what a dashboard keeps in memory of it (and their reactions), so a
     * big archive is not read whole to be cut down after.
     */
    loadDesk(sourceIds: readonly string[] | null = null, since: number | null = null, limits: MemoryPolicy | null = null): Desk {
      const ids = sourceIds === null ? null : JSON.stringify(sourceIds);
      const kept = limits === null ? null : { ids, since, perSource: limits.perSource, total: limits.total };
      // One read transaction, so the three queries see the same snapshot while another process writes.
      return db.transaction(() => ({
        sources: selectSources.all({ ids }).map(sourceFromRow),
        updates: (kept === null ? selectUpdates.all({ ids, since }) : selectKeptUpdates.all(kept)).map(updateFromRow),
        reactions: (kept === null ? selectReactions.all({ ids, since }) : selectKeptReactions.all(kept)).map(reactionFromRow),
      })).deferred();
    },

    /** One archived update and its reactions, as a search hit is opened; null when it is not held. */
    loadUpdate(key: string): { update: Update; reactions: Reaction[] } | null {
      return db.transaction(() => {
        const row = findUpdate.get(key);
        return row === undefined ? null : { update: updateFromRow(row), reactions: reactionsOfKey.all(key).map(reactionFromRow) };
      }).deferred();
    },

    /** Earlier versions of an edited update, oldest first; the current one is in the timeline. */
    versionsOf(key: string): ArchivedVersion[] {
      return selectVersions.all(key).map((row) => ({
        update: updateFromRow(row),
        firstSeen: row.first_seen,
        replacedAt: row.replaced_at,
      }));
    },

    /** Keys the archive does not hold are skipped: there is nothing to mark. */
    markRead(keys: readonly string[], read: boolean, at: number = Date.now()): void {
      mark.immediate(keys, read, at);
    },

    /** Keys of a source's updates first seen after `since`: what is new since the reader last looked. */
    keysSeenAfter(sourceId: string, since: number): Set<string> {
      return new Set(selectSeenAfter.all({ sourceId, since }));
    },

    readKeys(): Set<string> {
      return new Set(selectReadKeys.all());
    },

    /** Unread updates per source id; every archived source is present, even at 0. */
    unreadCounts(): Map<string, number> {
      return new Map(selectUnread.all().map((row) => [row.id, row.unread]));
    },
  };
}
