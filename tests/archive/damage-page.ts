// Damages a real archive file as a failing disk would: one page in the middle,
// overwritten with bytes that are no SQLite page at all.
import { closeSync, openSync, writeSync } from 'node:fs';
import Database from 'better-sqlite3';

/** Overwrites one b-tree page of `table` (a leaf in the middle by default) and returns its number. */
export function damagePage(path: string, table: string, pageType: 'leaf' | 'internal' = 'leaf'): number {
  const db = new Database(path);
  // Everything in the WAL goes into the file first, so the page written over is the live one.
  db.pragma('wal_checkpoint(TRUNCATE)');
  const pageSize = Number(db.pragma('page_size', { simple: true }));
  const pages = db
    .prepare<number>('SELECT pageno FROM dbstat WHERE name = ? AND pagetype = ? ORDER BY pageno')
    .pluck()
    .all(table, pageType);
  db.close();
  const page = pages[Math.floor(pages.length / 2)];
  if (page === undefined) throw new Error(`${table} has no ${pageType} page to damage`);
  const fd = openSync(path, 'r+');
  writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (page - 1) * pageSize);
  closeSync(fd);
  return page;
}
