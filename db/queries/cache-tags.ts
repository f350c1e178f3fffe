import 'server-only';
import { getDbHandle } from '@/db/client';
import { writeTagExpiries } from '../cache-tag-store.mjs';

/**
 * Expires public-page cache tags now, for every server on this database: the servers' cache handler
 * reads these rows before its next lookup (server/cache-handler.mjs). For writers that run outside a
 * request, where Next's revalidateTag cannot: the command-line importer, the scheduler's timer.
 */
export function expireCacheTags(tags: readonly string[], now: number = Date.now()): void {
  writeTagExpiries(
    getDbHandle().sqlite,
    [...new Set(tags)].map((tag) => ({ tag, staleAt: now, expiredAt: now })),
  );
}
