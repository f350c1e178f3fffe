import type Database from 'better-sqlite3';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type * as schema from './schema';

/** A Drizzle database, with the better-sqlite3 connection under it (for the store's prepared statements). */
export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
/** A transaction handle from `db.transaction(fn, { behavior: 'immediate' })`. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;
