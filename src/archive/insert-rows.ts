// Many rows in one INSERT. The search index's triggers hand FTS5 each row, and FTS5
// writes out what it holds at the end of every statement: a thousand one-row INSERTs
// leave a thousand tiny index segments and cost about three times the CPU of a few
// big ones (scripts/bench/search-bench.ts measures the write).
import type { BetterSqlite3 } from 'better-sqlite3';

/** Rows in the biggest statement; smaller ones take powers of two, so few statements are ever prepared. */
export const ROWS_PER_INSERT = 256;

/** An insert of `columns` into `table` taking any number of rows; `tail` is e.g. an ON CONFLICT clause. */
export function rowInserter(db: BetterSqlite3.Database, table: string, columns: readonly string[], tail = '') {
  const statements = new Map<number, BetterSqlite3.Statement>();
  const one = `(${columns.map(() => '?').join(', ')})`;
  const statementFor = (count: number) => {
    let statement = statements.get(count);
    if (statement === undefined) {
      statement = db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${Array.from({ length: count }, () => one).join(', ')} ${tail}`);
      statements.set(count, statement);
    }
    return statement;
  };
  return (rows: ReadonlyArray<readonly unknown[]>): void => {
    let start = 0;
    while (start < rows.length) {
      let count = ROWS_PER_INSERT;
      while (count > rows.length - start) count /= 2;
      statementFor(count).run(rows.slice(start, start + count).flat());
      start += count;
    }
  };
}
