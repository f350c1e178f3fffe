// Migrates the configured database; on a new (empty) database also loads the sample content.
// Run through tsx with `--conditions=react-server` (see package.json), like every script here.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { openSqlite } from '@/db/connection';
import { runMigrations } from '@/db/migrate';
import * as schema from '@/db/schema';
import { seedSampleContent } from '@/db/seed';
import { ConfigError, loadConfig } from '@/lib/config';

function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`[almanac] ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  const sqlite = openSqlite(config.databasePath);
  runMigrations(sqlite);
  console.log(`[almanac] database ${path.relative(process.cwd(), config.databasePath) || config.databasePath} is migrated`);

  if (!process.argv.includes('--no-seed')) {
    const result = seedSampleContent(drizzle(sqlite, { schema }));
    if (result.seeded) console.log(`[almanac] loaded the sample content (${result.events} events)`);
  }

  // Shared secret that lets command-line tools (the importer) ask the running server to refresh its cache.
  const secretFile = path.join(path.dirname(config.databasePath), '.revalidate-secret');
  if (!fs.existsSync(secretFile)) fs.writeFileSync(secretFile, crypto.randomBytes(32).toString('hex'), { mode: 0o600 });
  sqlite.close();
}

main();
