import type { EventStatus } from './enums';

// When an event is visible to readers: one rule, read by the store's SQL (db/queries/visibility.ts
// builds its WHERE from these values), the search index, and the cache tags of a change.

/** The one status readers see. Scheduled events stay drafts until the scheduler publishes them. */
export const PUBLIC_STATUS = 'published' satisfies EventStatus;

/** Published and not in the trash. */
export function isVisibleToReaders(e: {
  status: string;
  deletedAt: Date | string | null;
}): boolean {
  return e.status === PUBLIC_STATUS && e.deletedAt === null;
}
