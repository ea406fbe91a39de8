// Reads the station's database file directly (read-only), to prove what was and was not saved.
import Database from 'better-sqlite3';

function withReadOnly<T>(dbFile: string, read: (conn: Database.Database) => T): T {
  const conn = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    return read(conn);
  } finally {
    conn.close();
  }
}

/** The first row of a query. */
export function queryRow<T>(dbFile: string, sql: string): T {
  return withReadOnly(dbFile, (conn) => conn.prepare(sql).get() as T);
}

/** The first column of the first row of a query. */
export function queryValue<T>(dbFile: string, sql: string): T {
  return withReadOnly(dbFile, (conn) => conn.prepare(sql).pluck().get() as T);
}
