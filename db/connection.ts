import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';

export type OpenOptions = {
  readonly?: boolean;
  /** Refuse to create the file (a backup of a database that is not there). */
  mustExist?: boolean;
  /**
   * When a commit reaches the disk: 'normal' (the default) at WAL checkpoints, 'full' at every
   * commit (SQLITE_SYNCHRONOUS, lib/config.ts; README "Backups and durability").
   */
  synchronous?: 'normal' | 'full';
};

/** Opens a SQLite file with the pragmas every Almanac connection uses. */
export function openSqlite(file: string, options: OpenOptions = {}): Database.Database {
  if (file !== ':memory:' && !options.mustExist)
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file, {
    readonly: options.readonly ?? false,
    fileMustExist: options.mustExist ?? false,
  });
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma(`synchronous = ${options.synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('cache_size = -32000');
  sqlite.pragma('temp_store = MEMORY');
  return sqlite;
}
