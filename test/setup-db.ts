import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { openSqlite } from '@/db/connection';
import { runMigrations } from '@/db/migrate';

// Every test file gets its own SQLite file, migrated by the same migrator as `npm start`.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'almanac-test-'));
process.env.DATABASE_PATH = path.join(dir, 'test.db');
const sqlite = openSqlite(process.env.DATABASE_PATH);
runMigrations(sqlite);
sqlite.close();

afterAll(() => {
  const g = globalThis as unknown as { almanacDb?: { sqlite: { close(): void } } };
  g.almanacDb?.sqlite.close();
  delete g.almanacDb;
  fs.rmSync(dir, { recursive: true, force: true });
});
