// One source archived under two ids (the text typed, before ids were a file's
// real path or a URL's normal form) becomes one: updates, reactions, earlier
// versions, read state, validators and poll history move to the id that stays.
// Runs inside the caller's transaction. Keys are "sourceId NUL itemId" and SQLite's
// string functions stop at a NUL, so keys are rebuilt here, not in SQL.
import type { BetterSqlite3 } from 'better-sqlite3';
import { updateKey } from '../desk/update-key.js';

interface MovedRow {
  key: string;
  id: string;
  first_seen: number;
}

export function mergeSourceRows(db: BetterSqlite3.Database, from: string, to: string, location: string): void {
  if (from === to) return;
  // Parent and child keys are rewritten one after the other; the constraint is checked at commit.
  db.pragma('defer_foreign_keys = ON');
  const params = { from, to, location };
  db.prepare(
    `INSERT OR IGNORE INTO sources (id, title, tag, kind, location, error, summary, added_at, last_looked)
     SELECT @to, title, tag, kind, @location, error, summary, added_at, last_looked FROM sources WHERE id = @from`,
  ).run(params);
  // The earliest arrival and the latest look: what was seen under either id was seen.
  db.prepare(
    `UPDATE sources SET location = @location,
       added_at = MIN(added_at, COALESCE((SELECT added_at FROM sources WHERE id = @from), added_at)),
       last_looked = COALESCE(MAX(last_looked, (SELECT last_looked FROM sources WHERE id = @from)), last_looked,
                              (SELECT last_looked FROM sources WHERE id = @from))
     WHERE id = @to`,
  ).run(params);

  const existing = db.prepare<{ first_seen: number }>('SELECT first_seen FROM updates WHERE key = ?');
  const keepEarlier = db.prepare('UPDATE updates SET first_seen = MIN(first_seen, ?) WHERE key = ?');
  const copyRead = db.prepare('INSERT OR IGNORE INTO read_state (key, read_at) SELECT ?, read_at FROM read_state WHERE key = ?');
  const drop = db.prepare('DELETE FROM updates WHERE key = ?');
  const reactionsOf = db.prepare<{ id: string }>('SELECT id FROM reactions WHERE update_key = ?');
  const moveReaction = db.prepare('UPDATE reactions SET id = ?, update_key = ? WHERE id = ?');
  const moveVersions = db.prepare('UPDATE update_versions SET key = ? WHERE key = ?');
  const moveRead = db.prepare('UPDATE read_state SET key = ? WHERE key = ?');
  const moveUpdate = db.prepare('UPDATE updates SET key = ?, source_id = ? WHERE key = ?');
  for (const row of db.prepare<MovedRow>('SELECT key, id, first_seen FROM updates WHERE source_id = ?').all(from)) {
    const key = updateKey(to, row.id);
    if (existing.get(key) !== undefined) {
      // The same item under both ids is one update: read if read under either, first seen at the earlier.
      keepEarlier.run(row.first_seen, key);
      copyRead.run(key, row.key);
      drop.run(row.key);
      continue;
    }
    // A reaction's id starts with its update's key.
    for (const reaction of reactionsOf.all(row.key)) moveReaction.run(key + reaction.id.slice(row.key.length), key, reaction.id);
    moveVersions.run(key, row.key);
    moveRead.run(key, row.key);
    moveUpdate.run(key, to, row.key);
  }
  db.prepare('UPDATE fetches SET source_id = @to WHERE source_id = @from').run(params);
  // The validators the id that stays already has are the ones its server sent last.
  db.prepare('INSERT OR IGNORE INTO validators (source_id, etag, last_modified) SELECT @to, etag, last_modified FROM validators WHERE source_id = @from').run(params);
  db.prepare('DELETE FROM validators WHERE source_id = @from').run(params);
  db.prepare('DELETE FROM sources WHERE id = @from').run(params);
}

export interface RemovedSource {
  updates: number;
  reactions: number;
}

/** Drops a source and everything of it (the schema cascades); null when there is no such source. */
export function removeSourceRows(db: BetterSqlite3.Database, id: string): RemovedSource | null {
  const updates = Number(db.prepare('SELECT COUNT(*) FROM updates WHERE source_id = ?').pluck().get(id));
  const reactions = Number(
    db.prepare('SELECT COUNT(*) FROM reactions WHERE update_key IN (SELECT key FROM updates WHERE source_id = ?)').pluck().get(id),
  );
  const removed = db.prepare('DELETE FROM sources WHERE id = ?').run(id).changes;
  return removed === 0 ? null : { updates, reactions };
}
