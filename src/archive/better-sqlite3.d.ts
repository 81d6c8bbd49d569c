// The few parts of better-sqlite3's API the archive uses. The package ships no
// types and adding @types/better-sqlite3 would change package.json.
declare module 'better-sqlite3' {
  namespace BetterSqlite3 {
    interface RunResult {
      changes: number;
      lastInsertRowid: number | bigint;
    }
    interface Statement<Row = Record<string, unknown>> {
      run(...params: unknown[]): RunResult;
      get(...params: unknown[]): Row | undefined;
      all(...params: unknown[]): Row[];
      iterate(...params: unknown[]): IterableIterator<Row>;
      pluck(toggle?: boolean): Statement<Row>;
    }
    interface Transaction<F extends (...args: never[]) => unknown> {
      (...args: Parameters<F>): ReturnType<F>;
      deferred(...args: Parameters<F>): ReturnType<F>;
      immediate(...args: Parameters<F>): ReturnType<F>;
      exclusive(...args: Parameters<F>): ReturnType<F>;
    }
    interface Options {
      readonly?: boolean;
      fileMustExist?: boolean;
      timeout?: number;
    }
    interface Database {
      readonly open: boolean;
      readonly inTransaction: boolean;
      prepare<Row = Record<string, unknown>>(sql: string): Statement<Row>;
      exec(sql: string): Database;
      pragma(source: string, options?: { simple?: boolean }): unknown;
      transaction<F extends (...args: never[]) => unknown>(fn: F): Transaction<F>;
      close(): Database;
    }
    interface SqliteError extends Error {
      code: string;
    }
  }
  const Database: {
    new (filename: string, options?: BetterSqlite3.Options): BetterSqlite3.Database;
    SqliteError: new (message: string, code: string) => BetterSqlite3.SqliteError;
  };
  export default Database;
  export type { BetterSqlite3 };
}
