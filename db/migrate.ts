import type Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import path from 'node:path';

export const MIGRATIONS_FOLDER = path.join(process.cwd(), 'drizzle');

/** The one code path that applies migrations: start, dev, tests and CI all call this. */
export function runMigrations(
  sqlite: Database.Database,
  migrationsFolder = MIGRATIONS_FOLDER,
): void {
  migrate(drizzle(sqlite), { migrationsFolder });
}
