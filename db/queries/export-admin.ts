import 'server-only';
import { getDbHandle } from '@/db/client';
import { openSqlite } from '@/db/connection';
import { getConfig } from '@/lib/config';
import { exportFileName, type ExportFilter } from '@/lib/import/export-filter';
import { almanacExportChunksIn, recordExportAudit, selectExportEventIds } from './export';
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
  const reader = openSqlite(config.databasePath, { readonly: true });
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    if (reader.inTransaction) reader.prepare('COMMIT').run();
    reader.close();
  };
  try {
    reader.prepare('BEGIN').run();
    const now = new Date();
    const { eventCount, chunks } = almanacExportChunksIn(reader, f, {
      exportedAt: now,
      site: { name: config.siteName, url: config.siteUrl },
    });
    recordExportAudit(getDbHandle().sqlite, {
      actorId: actor.id,
      filter: f,
      eventCount,
      via: 'admin',
    });
    return { fileName: exportFileName(now, f), eventCount, chunks, close };
  } catch (error) {
    close();
    throw error;
  }
}

/** How many events a filter takes (the export page shows it before the download). */
export async function countExportEvents(
  actor: SessionUser | null,
  f: ExportFilter,
): Promise<number> {
  assertRole(actor, 'admin');
  return selectExportEventIds(getDbHandle().sqlite, f).length;
}
