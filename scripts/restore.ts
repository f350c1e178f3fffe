// Puts a backup back in place of the database: npm run restore -- <backup folder> [--replace-secrets]
// Run through tsx with `--conditions=react-server` (see package.json), so `server-only` resolves.
import fs from 'node:fs';
import path from 'node:path';
import { BackupError, restoreDatabase } from '@/db/store';
import { readManifest, type BackupManifest } from './lib/backup-manifest';
import { secretPath } from './lib/secret-files.mjs';
import { command, type Fail } from './lib/command';

const USAGE = `Usage: npm run restore -- <backup folder> [--replace-secrets]

Replaces the database (DATABASE_PATH) with the backup that \`npm run backup\` made in that folder.
Stop the site first: the restore refuses, changing nothing, while any process has the database
open (a server, an import, a backup). It checks the backup (its manifest's checksum and counts,
SQLite's integrity_check, a schema this version knows), then swaps it in with one rename; the
database it replaced is kept beside it as <name>.before-restore-<time>.

Secrets: a secret missing beside the database (a new machine) is put back from the backup; one
that is there and differs is kept, unless --replace-secrets (then the backup's signs everyone in
as they were when it was taken, and the current one's sessions end).`;

const cli = command('restore', USAGE);
const fail: Fail = cli.fail;

/** Puts the backup's secrets beside the database; says what it did with each. */
function restoreSecrets(
  dir: string,
  manifest: BackupManifest,
  databasePath: string,
  replace: boolean,
): string[] {
  return manifest.secrets.map((secret) => {
    const from = path.join(dir, secret.file);
    const to = secretPath(databasePath, secret.restoresTo);
    if (!fs.existsSync(from))
      return `${secret.file} is missing from the backup: ${to} left as it is`;
    const current = fs.existsSync(to) ? fs.readFileSync(to) : null;
    if (current?.equals(fs.readFileSync(from))) return `${to}: the same as the backup's`;
    if (current && !replace)
      return `${to} differs from the backup's and was kept (--replace-secrets puts the backup's back)`;
    fs.copyFileSync(from, to);
    fs.chmodSync(to, 0o600);
    return `${to}: put back from the backup${process.env[secret.variable] ? ` (${secret.variable} is set, and overrides it)` : ''}`;
  });
}

async function main(): Promise<void> {
  const args = cli.args({
    allowPositionals: true,
    strict: true,
    options: {
      'replace-secrets': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (args.positionals.length !== 1) fail(`name one backup folder\n\n${USAGE}`);
  const config = cli.config();
  let backup;
  try {
    backup = readManifest(path.resolve(args.positionals[0] ?? ''));
  } catch (error) {
    fail((error as Error).message);
  }
  const { dir, manifest } = backup;
  let result;
  try {
    result = await restoreDatabase({
      from: path.join(dir, manifest.database.file),
      to: config.databasePath,
      expected: { sha256: manifest.database.sha256, counts: manifest.counts },
    });
  } catch (error) {
    if (error instanceof BackupError) fail(error.message);
    throw error;
  }
  const secrets = restoreSecrets(
    dir,
    manifest,
    config.databasePath,
    !!args.values['replace-secrets'],
  );
  const c = result.counts;
  console.log(
    [
      `[restore] ${result.database} is now the backup taken at ${manifest.takenAt}`,
      `  ${c.events.toLocaleString('en-US')} events, ${c.revisions.toLocaleString('en-US')} revisions, ${c.users} users, ${c.auditLog.toLocaleString('en-US')} audit entries (as its manifest says; integrity_check ok)`,
      `  schema: ${result.schema.migrations} migrations, the latest ${result.schema.latest}${result.schema.behind > 0 ? `; npm start applies the ${result.schema.behind} newer ones` : ''}`,
      result.replacedKeptAs
        ? `  the database it replaced: ${result.replacedKeptAs} (delete it once the restored site is right)`
        : '  there was no database before',
      ...secrets.map((s) => `  ${s}`),
      '  Start the site (npm start): it serves the restored data from its first request.',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
