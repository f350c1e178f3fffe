import { and, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { EventStatus } from '../schema';
import { events } from '../schema';

const PUBLISHED: EventStatus = 'published';

/** What readers may see: published and not in the trash. Scheduled events stay drafts until the scheduler publishes them. */
export function isPubliclyVisible(): SQL {
  return and(eq(events.status, PUBLISHED), isNull(events.deletedAt)) as SQL;
}

/**
 * The same rule with its value written into the SQL: the WHERE of the partial indexes over public
 * events (events_public_year_idx, events_public_published_idx in db/schema.ts). SQLite uses a partial
 * index only when it can see that the query implies the index's condition, which a bound parameter
 * (`status = ?`, what isPubliclyVisible() produces) never shows.
 */
export function publicEventsCondition(): SQL {
  return sql`${events.status} = ${sql.raw(`'${PUBLISHED}'`)} AND ${events.deletedAt} IS NULL`;
}
