// SQLite's quick_check reads every page (about 3 ms a megabyte here): too slow for
// every start of a big archive, so it runs when the last one is a day old, and its
// time is kept in the file. Damage met between checks is caught as SQLite trips on it.
import type { BetterSqlite3 } from 'better-sqlite3';

export const CHECK_EVERY_MS = 86_400_000;
const CHECKED_AT = 'checked_at';

function lastChecked(db: BetterSqlite3.Database): number | null {
  const hasMeta = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get() !== undefined;
  if (!hasMeta) return null;
  const value = db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(CHECKED_AT);
  return typeof value === 'number' ? value : null;
}

/** Due when never checked, a day has passed, or the clock went back past the last check. */
export function checkIsDue(db: BetterSqlite3.Database, now: number): boolean {
  const last = lastChecked(db);
  return last === null || now - last >= CHECK_EVERY_MS || now < last;
}

/** What quick_check found wrong, in its own words; empty when every page is sound. */
export function quickCheck(db: BetterSqlite3.Database): string[] {
  const rows = db.pragma('quick_check') as Array<{ quick_check: string }>;
  return rows.map((row) => row.quick_check).filter((line) => line !== 'ok');
}

export function recordCheck(db: BetterSqlite3.Database, at: number): void {
  db.transaction(() => db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(CHECKED_AT, at)).immediate();
}
