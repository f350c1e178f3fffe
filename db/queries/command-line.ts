import { getDbHandle } from '../client';
import { runMigrations } from '../migrate';
import { seedSampleContent as seedInto, type SeedResult } from '../seed';
import type { ExportFilter } from '@/lib/import/export-filter';
import { openExportSnapshot, recordExportAudit, type ExportMeta } from './export';
import {
  createFirstAdminIfNone as createFirstAdminIn,
  createUserFromCommandLine as createUserIn,
  resetPasswordFromCommandLine as resetPasswordIn,
} from './user-accounts';

// What the command-line entry points (scripts/) ask of the database, on the process's connection
// (the file DATABASE_PATH names, as for the server): they never open a connection or write SQL.

/** Brings the database file up to the newest migration (creating it if need be). */
export function migrateDatabase(): void {
  runMigrations(getDbHandle().sqlite);
}

export function seedSampleContent(): SeedResult {
  return seedInto(getDbHandle().db);
}

export const createFirstAdminIfNone = (input: Parameters<typeof createFirstAdminIn>[1]) =>
  createFirstAdminIn(getDbHandle().db, input);

export const createUserFromCommandLine = (input: Parameters<typeof createUserIn>[1]) =>
  createUserIn(getDbHandle().db, input);

export const resetPasswordFromCommandLine = (input: Parameters<typeof resetPasswordIn>[1]) =>
  resetPasswordIn(getDbHandle().db, input);

/** The id of the enabled user with this email, or null. */
export function findActiveUserIdByEmail(email: string): number | null {
  const id = getDbHandle()
    .sqlite.prepare<[string], number>('SELECT id FROM users WHERE email = ? AND disabled = 0')
    .pluck()
    .get(email.trim().toLowerCase());
  return id ?? null;
}

/**
 * Writes an export file's text, chunk by chunk, from one read transaction on a connection of its
 * own (a consistent snapshot while the site runs), then records the export in the audit log.
 */
export function exportAlmanac(o: {
  filter: ExportFilter;
  meta: ExportMeta;
  write: (chunk: string) => void;
}): { eventCount: number } {
  const snapshot = openExportSnapshot(o.filter, o.meta);
  try {
    for (const chunk of snapshot.chunks) o.write(chunk);
  } finally {
    snapshot.close();
  }
  recordExportAudit(getDbHandle().sqlite, {
    actorId: null,
    filter: o.filter,
    eventCount: snapshot.eventCount,
    via: 'cli',
  });
  return { eventCount: snapshot.eventCount };
}

export { closeDbHandle as closeDatabase } from '../client';
