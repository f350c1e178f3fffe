import Database from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDbHandle } from '@/db/client';
import { importFiles } from '@/db/queries/import-run';
import { parseImportFile } from '@/lib/import';
import { insertActor } from '@/test/actors';
import { runTsx, startSaveBurst, type SaveAck } from '@/test/scripts';
import { readManifest } from './lib/backup-manifest';
import { secretPath } from './lib/secret-files.mjs';

// `npm run backup` while an editor saves, and `npm run restore` of what it made, as an admin runs
// them: the backup is taken from a database that is being written to (real muffinlabs days, so
// that copying it takes long enough for saves to land while it runs) and holds every save
// acknowledged before it began, whole.

const dataDir = path.resolve(process.cwd(), '../shared/data/muffinlabs');
const hasData = fs.existsSync(dataDir);
if (!hasData) console.log(`skipping: ${dataDir} not found`);

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'almanac-backup-cli-'));
const live = () => path.resolve(process.env.DATABASE_PATH ?? '');

/** Every 6th day of the year from the real corpus (61 files, about 22,000 entries). */
function importRealDays() {
  const names = fs
    .readdirSync(dataDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .filter((_, i) => i % 6 === 0);
  const files = names.map((fileName) => {
    const parsed = parseImportFile(fs.readFileSync(path.join(dataDir, fileName), 'utf8'), {
      fileName,
    });
    if (!parsed.ok) throw new Error(parsed.error);
    return parsed.value;
  });
  importFiles(files, { status: 'published', actorId: null });
}

type Stored = { id: number; title: string; version: number };

function storedEvents(file: string, ids: readonly number[]): Map<number, Stored> {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const row = sqlite.prepare('SELECT id, title, version FROM events WHERE id = ?');
    return new Map(ids.map((id) => [id, row.get(id) as Stored]));
  } finally {
    sqlite.close();
  }
}

/** The newest revision of each event: the snapshot a restore of the save would show. */
function newestRevisionTitles(file: string, ids: readonly number[]): Map<number, string> {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const row = sqlite
      .prepare(
        "SELECT snapshot ->> '$.event.title' FROM revisions WHERE event_id = ? ORDER BY version DESC LIMIT 1",
      )
      .pluck();
    return new Map(ids.map((id) => [id, row.get(id) as string]));
  } finally {
    sqlite.close();
  }
}

let editorId: number;
let eventIds: number[];
let secret: string;

beforeAll(() => {
  if (!hasData) return;
  importRealDays();
  editorId = insertActor('editor', 'Burst Editor').id;
  eventIds = getDbHandle()
    .sqlite.prepare(
      "SELECT id FROM events WHERE kind = 'event' AND status = 'published' ORDER BY id LIMIT 4",
    )
    .pluck()
    .all() as number[];
  // What scripts/setup-db.ts leaves beside a database.
  secret = crypto.randomBytes(32).toString('hex');
  fs.writeFileSync(secretPath(live(), '.auth-secret'), secret, { mode: 0o600 });
}, 120_000);

afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

describe.skipIf(!hasData)('npm run backup during a burst of saves, then npm run restore', () => {
  it('holds every save acknowledged before it began, and restores into a database that starts', async () => {
    const out = path.join(scratch, 'backups');
    const burst = startSaveBurst({ userId: editorId, eventIds });
    let backup;
    let refused;
    try {
      await burst.waitFor(20);
      backup = await runTsx('scripts/backup.ts', ['--out', out]);
      const acknowledged = burst.acks.length;
      await burst.waitFor(acknowledged + 5); // the editor saves on, unhindered
      const folder = path.join(out, fs.readdirSync(out)[0] ?? '');
      // The live database is in use: the restore refuses, and says why.
      refused = await runTsx('scripts/restore.ts', [folder]);
    } finally {
      await burst.stop();
    }
    expect(backup.status, backup.stderr).toBe(0);
    expect(backup.stdout).toMatch(/WARNING: This backup holds secrets \(auth-secret\)/);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('is open in another process');

    const [name, ...others] = fs.readdirSync(out);
    expect(others).toEqual([]); // no .partial left behind
    const { dir, manifest } = readManifest(path.join(out, name ?? ''));
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
    expect(fs.statSync(path.join(dir, 'auth-secret')).mode & 0o777).toBe(0o600);
    const takenAt = Date.parse(manifest.takenAt);
    const finishedAt = Date.parse(manifest.finishedAt);
    const acks = burst.acks;
    // It was taken and finished while saves went on.
    const during = acks.filter((a) => a.at > takenAt && a.at < finishedAt).length;
    console.log(
      `backup of ${(manifest.database.bytes / 1e6).toFixed(1)} MB copied in ${(finishedAt - takenAt) / 1000} s while ${during} saves were acknowledged`,
    );
    expect(during).toBeGreaterThan(0);

    const site = path.join(scratch, 'restored', 'almanac.db');
    const restored = await runTsx('scripts/restore.ts', [dir], { DATABASE_PATH: site });
    expect(restored.status, restored.stderr).toBe(0);
    expect(fs.readFileSync(secretPath(site, '.auth-secret'), 'utf8')).toBe(secret);
    // What `npm start` does first: the database opens and its migrations are all there.
    const setup = await runTsx('scripts/setup-db.ts', ['--no-seed'], { DATABASE_PATH: site });
    expect(setup.status, setup.stderr).toBe(0);

    const events = storedEvents(site, eventIds);
    const revisionTitles = newestRevisionTitles(site, eventIds);
    const byVersion = new Map(acks.map((a) => [`${a.id}:${a.version}`, a]));
    for (const id of eventIds) {
      const before = acks.filter((a) => a.id === id && a.at < takenAt).at(-1) as SaveAck;
      const event = events.get(id) as Stored;
      expect(event.version, `event ${id}`).toBeGreaterThanOrEqual(before.version);
      // A save is in it whole or not at all: the row, its title and its revision agree.
      expect(event.title).toBe(byVersion.get(`${id}:${event.version}`)?.title);
      expect(revisionTitles.get(id)).toBe(event.title);
    }
    const sqlite = new Database(site, { readonly: true });
    expect(sqlite.prepare('SELECT count(*) FROM revisions').pluck().get()).toBe(
      manifest.counts.revisions,
    );
    sqlite.close();
  });
});
