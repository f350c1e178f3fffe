import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDbHandle, db, getDbHandle } from '@/db/client';
import { openSqlite } from '@/db/connection';
import { seedSampleContent } from '@/db/seed';
import { RECOGNITION_SLUGS } from '@/db/seed-data';
import { insertActor } from '@/test/actors';
import { startSaveBurst, type SaveAck } from '@/test/scripts';
import { BackupError, backupDatabase, fileSha256, restoreDatabase } from './backup';

const live = () => path.resolve(process.env.DATABASE_PATH ?? '');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'almanac-backup-'));
let n = 0;
const scratchFile = (name: string) => path.join(scratch, `${++n}-${name}`);

/** What a reader of `file` finds for one event: its title and version, and its newest revision's. */
function storedEvent(file: string, id: number) {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return sqlite
      .prepare(
        `SELECT e.title, e.version, r.version AS revision, r.snapshot ->> '$.event.title' AS revisionTitle
         FROM events e JOIN revisions r ON r.event_id = e.id
         WHERE e.id = ? ORDER BY r.version DESC LIMIT 1`,
      )
      .get(id) as { title: string; version: number; revision: number; revisionTitle: string };
  } finally {
    sqlite.close();
  }
}

const besideLive = () =>
  fs.readdirSync(path.dirname(live())).filter((f) => f.startsWith(path.basename(live())));

let editorId: number;
let eventIds: number[];

beforeAll(() => {
  seedSampleContent(db);
  editorId = insertActor('editor', 'Burst Editor').id;
  eventIds = RECOGNITION_SLUGS.slice(0, 3).map(
    (slug) =>
      getDbHandle()
        .sqlite.prepare('SELECT id FROM events WHERE slug = ?')
        .pluck()
        .get(slug) as number,
  );
});

afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

describe('restoreDatabase', () => {
  it('refuses, changing nothing, while another process has the database open', async () => {
    const backup = scratchFile('backup.db');
    backupDatabase({ to: backup });
    const burst = startSaveBurst({ userId: editorId, eventIds });
    try {
      await burst.waitFor(3);
      const before = besideLive();
      expect(() => restoreDatabase({ from: backup })).toThrow(
        /is open in another process \(a running server, an import or a backup\).*Nothing was changed/,
      );
      expect(besideLive()).toEqual(before);
      // The saves go on, into the database that was there.
      const count = burst.acks.length;
      await burst.waitFor(count + 3);
    } finally {
      await burst.stop();
    }
    const last = burst.acks.at(-1) as SaveAck;
    expect(storedEvent(live(), last.id)).toMatchObject({
      title: last.title,
      version: last.version,
    });
  });

  it('replaces a database whose server crashed: its stale WAL is neither read nor lost', async () => {
    const backup = scratchFile('backup.db');
    const taken = backupDatabase({ to: backup });
    const burst = startSaveBurst({ userId: editorId, eventIds });
    await burst.waitFor(5);
    closeDbHandle(); // this process lets go first, so the crash below leaves the WAL behind
    await burst.kill();
    expect(fs.statSync(`${live()}-wal`).size).toBeGreaterThan(0);
    const last = burst.acks.at(-1) as SaveAck;

    const result = restoreDatabase({ from: backup });

    expect(result.counts).toEqual(taken.counts);
    expect(result.replacedKeptAs).toMatch(/\.before-restore-/);
    expect(fs.existsSync(`${live()}-wal`)).toBe(false);
    expect(fs.existsSync(`${live()}-shm`)).toBe(false);
    // The replaced file holds every save the crashed process acknowledged (its WAL went into it)…
    expect(storedEvent(result.replacedKeptAs ?? '', last.id)).toMatchObject({
      title: last.title,
      version: last.version,
    });
    // …and the database is the backup, as it was before those saves.
    const restored = storedEvent(live(), last.id);
    expect(restored).toEqual(storedEvent(backup, last.id));
    expect(restored.version).toBeLessThan(last.version);
    expect(getDbHandle().sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(getDbHandle().sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('refuses a backup that is not what its manifest says, is damaged, or is from a newer Almanac', () => {
    const backup = scratchFile('backup.db');
    const taken = backupDatabase({ to: backup });
    const attempt = (
      from: string,
      expected?: Parameters<typeof restoreDatabase>[0]['expected'],
    ) => {
      const to = scratchFile('target.db');
      fs.writeFileSync(to, 'the database before');
      expect(() => restoreDatabase({ from, to, expected })).toThrow(BackupError);
      expect(fs.readFileSync(to, 'utf8')).toBe('the database before');
      expect(fs.readdirSync(scratch).filter((f) => f.includes('.restoring-'))).toEqual([]);
      try {
        restoreDatabase({ from, to, expected });
      } catch (error) {
        return (error as Error).message;
      }
    };

    // One page overwritten in the middle of the file.
    const damaged = scratchFile('damaged.db');
    fs.copyFileSync(backup, damaged);
    const fd = fs.openSync(damaged, 'r+');
    fs.writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, Math.floor(taken.bytes / 8192) * 4096);
    fs.closeSync(fd);
    expect(attempt(damaged, { sha256: taken.sha256 })).toMatch(/sha256 differs/);
    expect(attempt(damaged)).toMatch(/the backup is damaged/);

    expect(attempt(backup, { counts: { ...taken.counts, events: taken.counts.events + 1 } })).toBe(
      `the backup holds ${taken.counts.events} events, its manifest says ${taken.counts.events + 1}`,
    );

    const newer = scratchFile('newer.db');
    fs.copyFileSync(backup, newer);
    const sqlite = new Database(newer);
    sqlite
      .prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)')
      .run('from-the-future', Date.parse('2099-01-01'));
    sqlite.close();
    expect(attempt(newer)).toMatch(/made by a newer Almanac/);
  });
});

describe('backupDatabase', () => {
  it('copies the database as it is, with its schema level, counts and checksum', () => {
    const to = scratchFile('backup.db');
    const result = backupDatabase({ to });
    expect(result.schema).toMatchObject({ latest: expect.stringMatching(/^\d{4}_/), behind: 0 });
    expect(result.counts.events).toBe(
      getDbHandle().sqlite.prepare('SELECT count(*) FROM events').pluck().get(),
    );
    expect(result.sha256).toBe(fileSha256(to));
    expect(() => backupDatabase({ to })).toThrow(/already exists/);
    expect(() => backupDatabase({ from: scratchFile('none.db'), to: scratchFile('x.db') })).toThrow(
      /there is no database at/,
    );
  });
});

describe('openSqlite', () => {
  it('syncs at checkpoints by default, at every commit with SQLITE_SYNCHRONOUS=full', () => {
    const file = scratchFile('sync.db');
    const sync = (o: Parameters<typeof openSqlite>[1]) => {
      const sqlite = openSqlite(file, o);
      const level = sqlite.pragma('synchronous', { simple: true });
      sqlite.close();
      return level;
    };
    expect(sync({})).toBe(1); // NORMAL
    expect(sync({ synchronous: 'full' })).toBe(2); // FULL
  });
});
