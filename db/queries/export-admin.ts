import 'server-only';
import { getDbHandle } from '@/db/client';
import { getConfig } from '@/lib/config';
import { exportFileName, type ExportFilter } from '@/lib/import/export-filter';
import { openExportSnapshot, recordExportAudit, selectExportEventIds } from './export';
import { assertRole, type SessionUser } from '@/lib/auth/actor';

// The admin's export (the route handler): apart from ./export.ts so that the command line, which
// has no session, never loads the auth modules.

export type OpenedExport = {
  fileName: string;
  eventCount: number;
  chunks: Generator<string, void, undefined>;
  /** Ends the read transaction and closes the export's connection (call when done or cancelled). */
  close: () => void;
};

/**
 * Starts an export for the signed-in admin: checks the role, writes the audit entry, and returns
 * the file's pieces, read from a connection of its own inside one read transaction.
 */
export async function openAlmanacExport(
  actor: SessionUser | null,
  f: ExportFilter,
): Promise<OpenedExport> {
  assertRole(actor, 'admin');
  const config = getConfig();
  const now = new Date();
  const snapshot = openExportSnapshot(f, {
    exportedAt: now,
    site: { name: config.siteName, url: config.siteUrl },
  });
  try {
    recordExportAudit(getDbHandle().sqlite, {
      actorId: actor.id,
      filter: f,
      eventCount: snapshot.eventCount,
      via: 'admin',
    });
  } catch (error) {
    snapshot.close();
    throw error;
  }
  return { fileName: exportFileName(now, f), ...snapshot };
}

/** How many events a filter takes (the export page shows it before the download). */
export async function countExportEvents(
  actor: SessionUser | null,
  f: ExportFilter,
): Promise<number> {
  assertRole(actor, 'admin');
  return selectExportEventIds(getDbHandle().sqlite, f).length;
}
