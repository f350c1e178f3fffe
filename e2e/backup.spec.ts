import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { readManifest } from '../scripts/lib/backup-manifest';
import { startSaveBurst, type SaveAck } from '../test/scripts';
import { signIn } from './fixtures/auth';
import { startAppServer, startOwnServer, type OwnServer } from './fixtures/own-server';

// A site backed up while its editors save, then restored on a new machine: `npm run backup` and
// `npm run restore` as an admin runs them, against a running site of its own (a copy of the e2e
// database). The restored site starts, shows every save acknowledged before the backup began, and
// keeps its editors signed in (the backup carries the secret that signs their sessions).

let site: OwnServer;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  site = await startOwnServer({});
});
test.afterAll(async () => {
  await site?.stop();
});

/** `npm run <script> -- args` with the database at `databasePath`. */
function npmRun(script: string, args: readonly string[], databasePath: string) {
  const child = spawn('npm', ['run', '-s', script, '--', ...args], {
    env: { ...process.env, DATABASE_PATH: databasePath },
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  return new Promise<{ status: number | null; output: string }>((resolve) =>
    child.on('close', (status) => resolve({ status, output })),
  );
}

function publishedEvents(databasePath: string) {
  const sqlite = new Database(databasePath, { readonly: true });
  try {
    return sqlite
      .prepare(
        "SELECT id, slug FROM events WHERE status = 'published' AND deleted_at IS NULL AND kind = 'event' ORDER BY id LIMIT 3",
      )
      .all() as { id: number; slug: string }[];
  } finally {
    sqlite.close();
  }
}

function editorId(databasePath: string): number {
  const sqlite = new Database(databasePath, { readonly: true });
  try {
    return sqlite
      .prepare("SELECT id FROM users WHERE role = 'editor' LIMIT 1")
      .pluck()
      .get() as number;
  } finally {
    sqlite.close();
  }
}

test('a backup taken while editors save restores into a site that shows every acknowledged save', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const context = await browser.newContext({ baseURL: site.baseURL });
  const page = await context.newPage();
  await signIn(page, 'editor'); // a session that the restored site must still know

  const events = publishedEvents(site.databasePath);
  const out = path.join(path.dirname(site.databasePath), 'backups');
  const burst = startSaveBurst({
    userId: editorId(site.databasePath),
    eventIds: events.map((e) => e.id),
    env: { DATABASE_PATH: site.databasePath, SAVE_BURST_PAUSE_MS: '100' },
  });
  let backup;
  let refused;
  try {
    await burst.waitFor(10);
    backup = await npmRun('backup', ['--out', out], site.databasePath);
    await burst.waitFor(burst.acks.length + 5);
    // The site is running: putting a backup back over its database is refused.
    refused = await npmRun(
      'restore',
      [path.join(out, fs.readdirSync(out)[0] ?? '')],
      site.databasePath,
    );
  } finally {
    await burst.stop();
  }
  expect(backup.status, backup.output).toBe(0);
  expect(refused.status).toBe(1);
  expect(refused.output).toContain('is open in another process');
  const { dir, manifest } = readManifest(path.join(out, fs.readdirSync(out)[0] ?? ''));
  const takenAt = Date.parse(manifest.takenAt);

  // A new machine: nothing there until the restore, which brings the database and its secret.
  const machine = path.join(path.dirname(site.databasePath), 'new-machine');
  const databasePath = path.join(machine, 'almanac.db');
  const restored = await npmRun('restore', [dir], databasePath);
  expect(restored.status, restored.output).toBe(0);
  const restoredSite = await startAppServer({
    distDir: site.distDir,
    env: {
      DATABASE_PATH: databasePath,
      NEXTAUTH_SECRET: fs.readFileSync(path.join(machine, '.auth-secret'), 'utf8').trim(),
    },
  });
  try {
    for (const e of events) {
      const before = burst.acks.filter((a) => a.id === e.id && a.at < takenAt).at(-1) as SaveAck;
      await page.goto(`${restoredSite.baseURL}/events/${e.slug}`);
      const heading = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
      const shown = burst.acks.find((a) => a.id === e.id && a.title === heading);
      expect(shown, `event ${e.id} shows "${heading}"`).toBeDefined();
      expect(shown?.version).toBeGreaterThanOrEqual(before.version);
    }
    // Signed in before the backup, still signed in on the restored site.
    await page.goto(`${restoredSite.baseURL}/editor`);
    await expect(page).toHaveURL(/\/editor$/);
  } finally {
    await restoredSite.stop();
    await context.close();
  }
});
