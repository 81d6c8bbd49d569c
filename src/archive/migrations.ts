// Versioned schema. `PRAGMA user_version` holds how many migrations have run;
// each migration runs once, in order, inside the same write transaction that
// reads the version, so two processes opening a fresh file cannot both migrate.
import { isAbsolute } from 'node:path';
import type { BetterSqlite3 } from 'better-sqlite3';
import { isUrl } from '../sources/location.js';
import { sourceIdFor } from '../sources/source-identity.js';
import { mergeSourceRows } from './merge-sources.js';

/** Marks a file as ours ("LDSK"), so a stranger's SQLite file is never migrated into. */
export const APPLICATION_ID = 0x4c44534b;

/**
 * 3: a source's id becomes the file's real path or the URL's normal form. Ids that
 * were absolute paths or URLs are merged now; a relative one names a file only from
 * the folder it was typed in, so it is merged when a run names it again (adopt()).
 */
function sourceIdentities(db: BetterSqlite3.Database): void {
  const ids = db.prepare<string>('SELECT id FROM sources ORDER BY added_at, rowid').pluck().all();
  for (const id of ids) {
    if (!isUrl(id) && !isAbsolute(id)) continue;
    const identity = sourceIdFor(id);
    if (identity !== id) mergeSourceRows(db, id, identity, identity);
  }
}

/**
 * 4: FTS5 indexes over updates and reactions, kept by triggers, so every writer keeps
 * them whatever it writes. They point at rows by rowid, and VACUUM renumbers the rowids
 * of a table without an INTEGER PRIMARY KEY: reactions are rebuilt with one first.
 * An edit reindexes only when the text changed (every poll rewrites every update).
 */
const SEARCH_INDEX = `
  CREATE TABLE reactions_numbered (
    seq        INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    update_key TEXT NOT NULL REFERENCES updates(key) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    actor      TEXT,
    role       TEXT,
    kind       TEXT NOT NULL,
    text       TEXT NOT NULL,
    stance     TEXT,
    time       INTEGER
  );
  INSERT INTO reactions_numbered (id, update_key, position, actor, role, kind, text, stance, time)
    SELECT id, update_key, position, actor, role, kind, text, stance, time FROM reactions ORDER BY rowid;
  DROP TABLE reactions;
  ALTER TABLE reactions_numbered RENAME TO reactions;
  CREATE INDEX reactions_by_update ON reactions(update_key, position);

  CREATE VIRTUAL TABLE updates_search USING fts5(
    title, body, content = 'updates', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2');
  CREATE VIRTUAL TABLE reactions_search USING fts5(
    actor, role, text, content = 'reactions', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2');
  INSERT INTO updates_search (updates_search) VALUES ('rebuild');
  INSERT INTO reactions_search (reactions_search) VALUES ('rebuild');

  CREATE TRIGGER updates_search_insert AFTER INSERT ON updates BEGIN
    INSERT INTO updates_search (rowid, title, body) VALUES (new.seq, new.title, new.body);
  END;
  CREATE TRIGGER updates_search_delete AFTER DELETE ON updates BEGIN
    INSERT INTO updates_search (updates_search, rowid, title, body) VALUES ('delete', old.seq, old.title, old.body);
  END;
  CREATE TRIGGER updates_search_update AFTER UPDATE OF title, body ON updates
  WHEN old.title IS NOT new.title OR old.body IS NOT new.body BEGIN
    INSERT INTO updates_search (updates_search, rowid, title, body) VALUES ('delete', old.seq, old.title, old.body);
    INSERT INTO updates_search (rowid, title, body) VALUES (new.seq, new.title, new.body);
  END;
  CREATE TRIGGER reactions_search_insert AFTER INSERT ON reactions BEGIN
    INSERT INTO reactions_search (rowid, actor, role, text) VALUES (new.seq, new.actor, new.role, new.text);
  END;
  CREATE TRIGGER reactions_search_delete AFTER DELETE ON reactions BEGIN
    INSERT INTO reactions_search (reactions_search, rowid, actor, role, text) VALUES ('delete', old.seq, old.actor, old.role, old.text);
  END;
  CREATE TRIGGER reactions_search_update AFTER UPDATE OF actor, role, text ON reactions
  WHEN old.actor IS NOT new.actor OR old.role IS NOT new.role OR old.text IS NOT new.text BEGIN
    INSERT INTO reactions_search (reactions_search, rowid, actor, role, text) VALUES ('delete', old.seq, old.actor, old.role, old.text);
    INSERT INTO reactions_search (rowid, actor, role, text) VALUES (new.seq, new.actor, new.role, new.text);
  END;
`;

const MIGRATIONS: ReadonlyArray<string | ((db: BetterSqlite3.Database) => void)> = [
  // 1: the first schema.
  `
  CREATE TABLE sources (
    id          TEXT PRIMARY KEY,
    title       TEXT NOT NULL,
    tag         TEXT NOT NULL,
    kind        TEXT,
    location    TEXT NOT NULL,
    error       TEXT,
    summary     TEXT,
    added_at    INTEGER NOT NULL,
    last_looked INTEGER
  );
  -- rowid orders updates seen at the same moment in the order their feed listed them.
  CREATE TABLE updates (
    seq        INTEGER PRIMARY KEY,
    key        TEXT NOT NULL UNIQUE,
    source_id  TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    id         TEXT NOT NULL,
    time       INTEGER,
    time_text  TEXT,
    title      TEXT NOT NULL,
    body       TEXT NOT NULL,
    link       TEXT,
    author     TEXT,
    first_seen INTEGER NOT NULL,
    last_seen  INTEGER NOT NULL
  );
  CREATE INDEX updates_by_source ON updates(source_id, time);
  -- The timeline's order (see archive-updates.ts), so loading it needs no sort.
  CREATE INDEX updates_timeline ON updates(
    (time IS NULL), time DESC, (CASE WHEN time IS NULL THEN first_seen END) DESC, seq);
  CREATE TABLE update_versions (
    key         TEXT NOT NULL REFERENCES updates(key) ON DELETE CASCADE,
    version     INTEGER NOT NULL,
    time        INTEGER,
    time_text   TEXT,
    title       TEXT NOT NULL,
    body        TEXT NOT NULL,
    link        TEXT,
    author      TEXT,
    first_seen  INTEGER NOT NULL,
    replaced_at INTEGER NOT NULL,
    PRIMARY KEY (key, version)
  );
  CREATE TABLE reactions (
    id         TEXT PRIMARY KEY,
    update_key TEXT NOT NULL REFERENCES updates(key) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    actor      TEXT,
    role       TEXT,
    kind       TEXT NOT NULL,
    text       TEXT NOT NULL,
    stance     TEXT,
    time       INTEGER
  );
  CREATE INDEX reactions_by_update ON reactions(update_key, position);
  CREATE TABLE read_state (
    key     TEXT PRIMARY KEY REFERENCES updates(key) ON DELETE CASCADE,
    read_at INTEGER NOT NULL
  );
  -- The validators to send next time, exactly as the server sent them.
  CREATE TABLE validators (
    source_id     TEXT PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
    etag          TEXT,
    last_modified TEXT
  );
  CREATE TABLE fetches (
    seq           INTEGER PRIMARY KEY,
    source_id     TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    at            INTEGER NOT NULL,
    status        INTEGER,
    etag          TEXT,
    last_modified TEXT,
    error         TEXT
  );
  CREATE INDEX fetches_by_source ON fetches(source_id, seq);
  `,
  // 2: facts about the file itself, such as when SQLite last checked every page.
  `
  CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value
  );
  `,
  // 3: one id per file or feed, however it was typed.
  sourceIdentities,
  // 4: full-text search over every update and reaction (archive-search.ts).
  SEARCH_INDEX,
  // 5: where an update's body links to, as a JSON array; NULL when it links nowhere.
  `ALTER TABLE updates ADD COLUMN links TEXT;`,
];

/** The newest schema this build knows. */
export const SCHEMA_VERSION = MIGRATIONS.length;

export type SchemaState = MigrationOutcome | { kind: 'behind'; found: number };

export type MigrationOutcome =
  | { kind: 'ok'; version: number }
  | { kind: 'newer-version'; found: number }
  | { kind: 'foreign' };

function userVersion(db: BetterSqlite3.Database): number {
  return Number(db.pragma('user_version', { simple: true }));
}

/** Where the file stands, without writing anything. */
export function inspect(db: BetterSqlite3.Database): SchemaState {
  // One read transaction: read piecemeal, another process creating the schema
  // in between would make a fresh file look like a stranger's (version 0, with tables).
  return db.inTransaction ? inspectNow(db) : db.transaction(() => inspectNow(db)).deferred();
}

function inspectNow(db: BetterSqlite3.Database): SchemaState {
  const found = userVersion(db);
  if (found > SCHEMA_VERSION) return { kind: 'newer-version', found };
  const appId = Number(db.pragma('application_id', { simple: true }));
  if (found === 0) {
    const tables = Number(db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table'").pluck().get());
    if (tables > 0 || (appId !== 0 && appId !== APPLICATION_ID)) return { kind: 'foreign' };
  } else if (appId !== APPLICATION_ID) {
    return { kind: 'foreign' };
  }
  return found === SCHEMA_VERSION ? { kind: 'ok', version: found } : { kind: 'behind', found };
}

/**
 * Brings the schema up to date (or up to `target`, for a copy made at its
 * original's version); refuses files from a newer build or from another program.
 */
export function migrate(db: BetterSqlite3.Database, target: number = SCHEMA_VERSION): MigrationOutcome {
  const first = inspect(db);
  // An up-to-date file is only read, so opening never waits on another process's write lock.
  if (first.kind !== 'behind' || first.found >= target) return first.kind === 'behind' ? { kind: 'ok', version: first.found } : first;
  const run = db.transaction((): MigrationOutcome => {
    // Checked again under the write lock: another process may have migrated meanwhile.
    const state = inspectNow(db);
    if (state.kind !== 'behind' || state.found >= target) return state.kind === 'behind' ? { kind: 'ok', version: state.found } : state;
    if (state.found === 0) db.pragma(`application_id = ${APPLICATION_ID}`);
    for (let version = state.found; version < target; version += 1) {
      const step = MIGRATIONS[version] ?? '';
      if (typeof step === 'string') db.exec(step);
      else step(db);
      db.pragma(`user_version = ${version + 1}`);
    }
    return { kind: 'ok', version: target };
  });
  return run.immediate();
}
