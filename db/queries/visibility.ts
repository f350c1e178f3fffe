import { and, eq, isNull, type SQL } from 'drizzle-orm';
import { events } from '../schema';

/** What readers may see: published and not in the trash. Scheduled events stay drafts until the scheduler publishes them. */
export function isPubliclyVisible(): SQL {
  return and(eq(events.status, 'published'), isNull(events.deletedAt)) as SQL;
}
