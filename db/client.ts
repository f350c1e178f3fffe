import 'server-only';
import type Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { getConfig } from '@/lib/config';
import { openSqlite } from './connection';
import * as schema from './schema';
import type { Db } from './types';

export type { Db, DbOrTx, Tx } from './types';

type Handle = { sqlite: Database.Database; db: Db };
const globalForDb = globalThis as unknown as { almanacDb?: Handle };

/** The process's one connection, opened on first use (so importing this module at build time opens nothing). */
export function getDbHandle(): Handle {
  if (!globalForDb.almanacDb) {
    const config = getConfig();
    const sqlite = openSqlite(config.databasePath, { synchronous: config.sqliteSynchronous });
    globalForDb.almanacDb = { sqlite, db: drizzle(sqlite, { schema }) };
  }
  return globalForDb.almanacDb;
}

/** Closes the process's connection (a command-line script's last step); the next use opens it again. */
export function closeDbHandle(): void {
  globalForDb.almanacDb?.sqlite.close();
  globalForDb.almanacDb = undefined;
}

export const db: Db = new Proxy({} as Db, {
  get(_target, prop) {
    const real = getDbHandle().db;
    const value: unknown = Reflect.get(real, prop, real);
    return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(real) : value;
  },
});
