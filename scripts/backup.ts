// A consistent copy of the database while the site runs and saves: npm run backup -- [--out <folder>]
// Run through tsx with `--conditions=react-server` (see package.json), so `server-only` resolves.
import fs from 'node:fs';
import path from 'node:path';
import { backupDatabase, BackupError } from '@/db/store';
import {
  BACKUP_DATABASE_FILE,
  backupSecretName,
  MANIFEST_FILE,
  manifestOf,
  README_FILE,
  type BackupManifest,
} from './lib/backup-manifest';
import { command, type Fail } from './lib/command';
import { SECRET_FILES, secretPath } from './lib/secret-files.mjs';

const USAGE = `Usage: npm run backup -- [--out <folder>] [--no-secrets]

Copies the database (DATABASE_PATH) into a new folder, consistent as of the moment the backup
began, while the site keeps serving and saving: almanac.db, the secrets kept beside the database,
and manifest.json (when it was taken, the schema's migration level, what it holds).
\`npm run restore -- <folder>\` puts it back.

Options:
  --out <folder>   where to make the backup's folder (default: backups/ beside the database)
  --no-secrets     leave the secrets out (a copy to give away; a site restored from it signs
                   everyone out)
  -h, --help       show this help

The folder holds the key that signs sign-in sessions: keep it where only administrators can read
it, and copy it off this machine (a backup on the same disk is lost with it).`;

const cli = command('backup', USAGE);
const fail: Fail = cli.fail;

const stamp = (d: Date) =>
  d
    .toISOString()
    .replace(/:/g, '-')
    .replace(/\.\d+Z$/, 'Z');
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/** Copies the secrets beside the database into the backup folder (owner-only), and lists them. */
function copySecrets(databasePath: string, dir: string): BackupManifest['secrets'] {
  const copied: BackupManifest['secrets'] = [];
  for (const secret of SECRET_FILES) {
    const from = secretPath(databasePath, secret.file);
    if (!fs.existsSync(from)) continue;
    const name = backupSecretName(secret.file);
    fs.copyFileSync(from, path.join(dir, name));
    fs.chmodSync(path.join(dir, name), 0o600);
    copied.push({
      file: name,
      restoresTo: secret.file,
      variable: secret.variable,
      purpose: secret.purpose,
    });
  }
  return copied;
}

function readme(manifest: BackupManifest): string {
  return [
    `Almanac backup of ${manifest.source}, taken at ${manifest.takenAt}.`,
    '',
    `${BACKUP_DATABASE_FILE}  the database as it was then (every save acknowledged before then is in it)`,
    `${MANIFEST_FILE}  when, the schema's migration level, counts, the file's sha256`,
    ...manifest.secrets.map((s) => `${s.file}  ${s.variable}: it ${s.purpose}`),
    '',
    ...(manifest.warning ? [`WARNING: ${manifest.warning}`, ''] : []),
    'Put it back (with the site stopped): npm run restore -- <this folder>',
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const args = cli.args({
    strict: true,
    options: {
      out: { type: 'string' },
      'no-secrets': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const config = cli.config();
  const source = config.databasePath;
  const parent = path.resolve(args.values.out ?? path.join(path.dirname(source), 'backups'));
  const name = `almanac-${stamp(new Date())}`;
  const dir = path.join(parent, name);
  // Made under a temporary name and renamed when whole: a folder without it is never a backup.
  const partial = `${dir}.partial`;
  if (fs.existsSync(dir)) fail(`${dir} already exists`);
  fs.mkdirSync(partial, { recursive: true, mode: 0o700 });
  fs.chmodSync(partial, 0o700);
  try {
    const result = await backupDatabase({
      from: source,
      to: path.join(partial, BACKUP_DATABASE_FILE),
    });
    fs.chmodSync(path.join(partial, BACKUP_DATABASE_FILE), 0o600); // it holds password hashes
    const secrets = args.values['no-secrets'] ? [] : copySecrets(source, partial);
    const manifest = manifestOf(result, { source, secrets });
    fs.writeFileSync(path.join(partial, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    fs.writeFileSync(path.join(partial, README_FILE), readme(manifest));
    fs.renameSync(partial, dir);
    const seconds = (result.finishedAt.getTime() - result.startedAt.getTime()) / 1000;
    const c = result.counts;
    console.log(
      [
        `[backup] ${dir}`,
        `  the database as of ${manifest.takenAt} (${mb(result.bytes)}, copied in ${seconds.toFixed(1)} s)`,
        `  schema: ${result.schema.migrations} migrations, the latest ${result.schema.latest}`,
        `  ${c.events.toLocaleString('en-US')} events, ${c.revisions.toLocaleString('en-US')} revisions, ${c.users} users, ${c.auditLog.toLocaleString('en-US')} audit entries`,
        ...(manifest.warning
          ? [`  WARNING: ${manifest.warning}`]
          : ['  without secrets: a site restored from it signs everyone out']),
        '  Copy it off this machine: a backup on the same disk is lost with it.',
      ].join('\n'),
    );
  } catch (error) {
    fs.rmSync(partial, { recursive: true, force: true });
    if (error instanceof BackupError) fail(error.message);
    throw error;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
