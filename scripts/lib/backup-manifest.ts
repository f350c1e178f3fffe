// What a backup folder holds (`npm run backup` writes it, `npm run restore` reads it back).
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { BackupResult } from '@/db/store';

export const BACKUP_DATABASE_FILE = 'almanac.db';
export const MANIFEST_FILE = 'manifest.json';
export const README_FILE = 'README.txt';

/** A secret's name in the backup folder: visible (no leading dot), so that nobody copies it unknowingly. */
export const backupSecretName = (file: string) => file.replace(/^\.+/, '');

const count = z.number().int().min(0);

export const manifestSchema = z.object({
  format: z.literal('almanac-backup'),
  version: z.literal(1),
  /** When the snapshot was taken: every save acknowledged before then is in the backup. */
  takenAt: z.iso.datetime(),
  finishedAt: z.iso.datetime(),
  source: z.string(),
  database: z.object({
    file: z.string(),
    bytes: count,
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
  schema: z.object({ migrations: count, latest: z.string().nullable(), behind: count }),
  counts: z.object({
    events: count,
    revisions: count,
    users: count,
    people: count,
    tags: count,
    categories: count,
    corrections: count,
    auditLog: count,
    eventArticles: count,
  }),
  secrets: z.array(
    z.object({
      file: z.string(),
      restoresTo: z.string(),
      variable: z.string(),
      purpose: z.string(),
    }),
  ),
  warning: z.string().optional(),
});

export type BackupManifest = z.infer<typeof manifestSchema>;

export function manifestOf(
  result: BackupResult,
  o: { source: string; secrets: BackupManifest['secrets'] },
): BackupManifest {
  return {
    format: 'almanac-backup',
    version: 1,
    takenAt: result.startedAt.toISOString(),
    finishedAt: result.finishedAt.toISOString(),
    source: o.source,
    database: { file: BACKUP_DATABASE_FILE, bytes: result.bytes, sha256: result.sha256 },
    schema: result.schema,
    counts: result.counts,
    secrets: o.secrets,
    ...(o.secrets.length > 0 ? { warning: secretsWarning(o.secrets) } : {}),
  };
}

export function secretsWarning(secrets: BackupManifest['secrets']): string {
  return `This backup holds secrets (${secrets.map((s) => s.file).join(', ')}): ${secrets
    .map((s) => `${s.file} is ${s.variable}, which ${s.purpose}`)
    .join(
      '; ',
    )}. Whoever has it can sign in as any user of this site. Keep it where only the site's administrators can read it.`;
}

/** Reads and checks a backup folder's manifest (the folder, or its manifest.json). */
export function readManifest(where: string): { dir: string; manifest: BackupManifest } {
  const dir = path.basename(where) === MANIFEST_FILE ? path.dirname(where) : where;
  const file = path.join(dir, MANIFEST_FILE);
  if (!fs.existsSync(file)) throw new Error(`${dir} is not a backup folder (no ${MANIFEST_FILE})`);
  const parsed = manifestSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new Error(
      `${file} is not an Almanac backup manifest: ${parsed.error.issues[0]?.message}`,
    );
  return { dir, manifest: parsed.data };
}
