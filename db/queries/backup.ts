import Database from 'better-sqlite3';
import { getTableName, type Table } from 'drizzle-orm';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { getConfig } from '@/lib/config';
import { openSqlite } from '../connection';
import { MIGRATIONS_FOLDER } from '../migrate';
import {
  auditLog,
  categories,
  corrections,
  eventArticles,
  events,
  people,
  revisions,
  tags,
  users,
} from '../schema';

/*
 * Backups of the SQLite file while the site runs, and putting one back (scripts/backup.ts,
 * scripts/restore.ts; README "Backups and durability").
 *
 * A backup is `VACUUM INTO`: one read transaction, so the copy is the database as it was when the
 * backup began, whatever is written meanwhile (WAL: writers never wait for it). SQLite's online
 * backup API (sqlite3 `.backup`, better-sqlite3's `backup()`) copies page by page and starts again
 * whenever another connection writes, so under an editor saving a few times a second it never ends.
 *
 * A restore never writes into a database that is in use: it checks the copy (integrity_check, the
 * manifest's checksum and counts, a schema this code knows), asks SQLite for the live file
 * exclusively (refused while any process has it open: a server, an import, a backup) and, holding
 * that lock, swaps the checked copy in with one rename, the replaced file kept beside it.
 */

const COUNTED = {
  events,
  revisions,
  users,
  people,
  tags,
  categories,
  corrections,
  auditLog,
  eventArticles,
} satisfies Record<string, Table>;

export type DatabaseCounts = Record<keyof typeof COUNTED, number>;

export type SchemaLevel = {
  /** Migrations applied to the file. */
  migrations: number;
  /** The newest of them, by name (drizzle/meta/_journal.json); null when this code does not know it. */
  latest: string | null;
  /** Migrations this code has that the file has not yet (`npm start` applies them). */
  behind: number;
};

export type DatabaseFacts = { schema: SchemaLevel; counts: DatabaseCounts };

export type BackupResult = DatabaseFacts & {
  /** When the snapshot was taken: every save acknowledged before it is in the copy. */
  startedAt: Date;
  finishedAt: Date;
  bytes: number;
  sha256: string;
};

export type RestoreResult = DatabaseFacts & {
  database: string;
  /** The database the restore replaced, kept under this name (null when there was none). */
  replacedKeptAs: string | null;
};

/** A backup or restore that cannot go ahead; its message says why, for the command line. */
export class BackupError extends Error {}

type Journal = { entries: { tag: string; when: number }[] };

function readJournal(): Journal['entries'] {
  const file = path.join(MIGRATIONS_FOLDER, 'meta', '_journal.json');
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as Journal).entries;
}

function schemaLevel(sqlite: Database.Database): SchemaLevel {
  let applied: { n: number; last: number | null };
  try {
    applied = sqlite
      .prepare('SELECT count(*) AS n, max(created_at) AS last FROM __drizzle_migrations')
      .get() as { n: number; last: number | null };
  } catch {
    throw new BackupError(`${sqlite.name} is not an Almanac database (it has no migrations)`);
  }
  const journal = readJournal();
  const last = applied.last === null ? null : Number(applied.last);
  return {
    migrations: applied.n,
    latest: journal.find((m) => m.when === last)?.tag ?? null,
    behind: journal.filter((m) => last === null || m.when > last).length,
  };
}

function countRows(sqlite: Database.Database): DatabaseCounts {
  return Object.fromEntries(
    Object.entries(COUNTED).map(([key, table]) => [
      key,
      sqlite
        .prepare(`SELECT count(*) FROM "${getTableName(table)}"`)
        .pluck()
        .get() as number,
    ]),
  ) as DatabaseCounts;
}

function factsOf(sqlite: Database.Database): DatabaseFacts {
  return { schema: schemaLevel(sqlite), counts: countRows(sqlite) };
}

export function fileSha256(file: string): string {
  const hash = crypto.createHash('sha256');
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(1 << 20);
    for (let n; (n = fs.readSync(fd, buffer)) > 0;) hash.update(buffer.subarray(0, n));
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}

function fsyncPath(p: string): void {
  const fd = fs.openSync(p, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Writes a consistent copy of the database (DATABASE_PATH unless `from`) to the new file `to`, while
 * the site runs and saves: one read transaction on a read-only connection of its own.
 */
export function backupDatabase(o: { to: string; from?: string }): BackupResult {
  const from = path.resolve(o.from ?? getConfig().databasePath);
  if (!fs.existsSync(from)) throw new BackupError(`there is no database at ${from}`);
  if (fs.existsSync(o.to)) throw new BackupError(`${o.to} already exists`);
  const source = openSqlite(from, { readonly: true, mustExist: true });
  let startedAt: Date;
  try {
    schemaLevel(source); // an Almanac database, before copying it
    startedAt = new Date();
    source.prepare('VACUUM INTO ?').run(o.to);
  } finally {
    source.close();
  }
  const finishedAt = new Date();
  fsyncPath(o.to);
  const copy = new Database(o.to, { readonly: true, fileMustExist: true });
  try {
    return {
      startedAt,
      finishedAt,
      bytes: fs.statSync(o.to).size,
      sha256: fileSha256(o.to),
      ...factsOf(copy),
    };
  } finally {
    copy.close();
  }
}

/** Checks a copy about to be restored: whole, what its manifest says, a schema this code knows. */
function checkCopy(
  file: string,
  expected: { counts?: Partial<DatabaseCounts> } | undefined,
): DatabaseFacts {
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(file, { fileMustExist: true });
    return checkOpenCopy(sqlite, expected);
  } catch (error) {
    if (isDamage(error)) throw new BackupError(`the backup is damaged (${error.message})`);
    throw error;
  } finally {
    sqlite?.close();
  }
}

const isDamage = (error: unknown): error is Error =>
  error instanceof Database.SqliteError &&
  (error.code.startsWith('SQLITE_CORRUPT') || error.code === 'SQLITE_NOTADB');

function checkOpenCopy(
  sqlite: Database.Database,
  expected: { counts?: Partial<DatabaseCounts> } | undefined,
): DatabaseFacts {
  const problems = (
    sqlite.pragma('integrity_check', { simple: false }) as { integrity_check: string }[]
  ).map((p) => p.integrity_check);
  if (problems.join() !== 'ok')
    throw new BackupError(
      `the backup is damaged (integrity_check: ${problems.slice(0, 3).join('; ')})`,
    );
  const facts = factsOf(sqlite);
  if (facts.schema.latest === null && facts.schema.migrations > 0)
    throw new BackupError(
      'the backup was made by a newer Almanac (its schema has migrations this code does not know): restore it with that version',
    );
  for (const [key, n] of Object.entries(expected?.counts ?? {})) {
    const held = facts.counts[key as keyof DatabaseCounts];
    if (held !== n)
      throw new BackupError(`the backup holds ${held} ${key}, its manifest says ${n}`);
  }
  // Almanac's connections use WAL; the file says so itself, so the first one to open it finds it.
  sqlite.pragma('journal_mode = WAL');
  return facts;
}

const isBusy = (error: unknown) =>
  error instanceof Database.SqliteError && error.code.startsWith('SQLITE_BUSY');

/**
 * Holds the database `file` exclusively (through SQLite's own locks, which every connection in any
 * process takes: an idle server keeps a shared lock while its connection is open), or refuses.
 * Leaves WAL mode on the way, which checkpoints the WAL into the file: the file alone is then the
 * whole database, and closing this connection later touches nothing of the file that replaces it.
 */
function lockExclusively(file: string): Database.Database {
  const lock = new Database(file, { fileMustExist: true, timeout: 500 });
  try {
    lock.pragma('locking_mode = EXCLUSIVE');
    const mode = lock.pragma('journal_mode = DELETE', { simple: true });
    if (mode !== 'delete') throw new BackupError(`cannot take ${file} out of ${String(mode)} mode`);
    lock.exec('BEGIN EXCLUSIVE');
    return lock;
  } catch (error) {
    lock.close();
    if (isBusy(error))
      throw new BackupError(
        `${file} is open in another process (a running server, an import or a backup): stop it, then restore again. Nothing was changed.`,
      );
    throw error;
  }
}

function timestamp(d: Date): string {
  return d.toISOString().replace(/[:.]/g, '-');
}

/**
 * Puts the backup file `from` in place of the database `to` (DATABASE_PATH unless given): checks a
 * copy of it beside the database, then, holding the database exclusively, keeps the current file
 * as `<name>.before-restore-<time>`, removes its -wal and -shm and renames the copy into place.
 * Refused, with nothing changed, while any process has the database open.
 */
export function restoreDatabase(o: {
  from: string;
  to?: string;
  expected?: { sha256?: string; counts?: Partial<DatabaseCounts> };
}): RestoreResult {
  const to = path.resolve(o.to ?? getConfig().databasePath);
  if (!fs.existsSync(o.from)) throw new BackupError(`there is no backup file at ${o.from}`);
  if (o.expected?.sha256 && fileSha256(o.from) !== o.expected.sha256)
    throw new BackupError(`${o.from} is not the file its manifest describes (sha256 differs)`);
  fs.mkdirSync(path.dirname(to), { recursive: true });
  const copy = `${to}.restoring-${process.pid}`;
  fs.rmSync(copy, { force: true });
  try {
    fs.copyFileSync(o.from, copy);
    const facts = checkCopy(copy, o.expected);
    fsyncPath(copy);
    const replacedKeptAs = swapIn(copy, to);
    fsyncPath(path.dirname(to));
    return { database: to, replacedKeptAs, ...facts };
  } finally {
    for (const leftover of [copy, `${copy}-wal`, `${copy}-shm`])
      fs.rmSync(leftover, { force: true });
  }
}

/** Renames `copy` onto `to`, holding `to` exclusively if it exists; returns where it was kept. */
function swapIn(copy: string, to: string): string | null {
  if (!fs.existsSync(to)) {
    for (const stale of [`${to}-wal`, `${to}-shm`]) fs.rmSync(stale, { force: true });
    fs.renameSync(copy, to);
    return null;
  }
  const lock = lockExclusively(to);
  try {
    const keptAs = `${to}.before-restore-${timestamp(new Date())}`;
    fs.linkSync(to, keptAs);
    // Nobody has the database open (the lock says so) and its WAL is in the file: what is left
    // beside it is stale, and would be read as part of the restored file.
    for (const stale of [`${to}-wal`, `${to}-shm`]) fs.rmSync(stale, { force: true });
    fs.renameSync(copy, to);
    return keptAs;
  } finally {
    lock.exec('ROLLBACK');
    lock.close();
  }
}
