import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';

/** Opens a SQLite file with the pragmas every Almanac connection uses. */
export function openSqlite(file: string, options: { readonly?: boolean } = {}): Database.Database {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file, { readonly: options.readonly ?? false });
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('cache_size = -32000');
  sqlite.pragma('temp_store = MEMORY');
  return sqlite;
}
