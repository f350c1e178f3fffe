import { and, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { PUBLIC_STATUS } from '@/lib/events/visibility';
import { events } from '../schema';

/** What readers may see (lib/events/visibility.ts): published and not in the trash. */
export function isPubliclyVisible(): SQL {
  return and(eq(events.status, PUBLIC_STATUS), isNull(events.deletedAt)) as SQL;
}

/**
 * The same rule with its value written into the SQL: the WHERE of the partial indexes over public
 * events (events_public_year_idx, events_public_published_idx in db/schema.ts) and of the search
 * index. SQLite uses a partial index only when it can see that the query implies the index's
 * condition, which a bound parameter (`status = ?`, what isPubliclyVisible() produces) never shows.
 */
export function publicEventsCondition(): SQL {
  return sql`${events.status} = ${sql.raw(`'${PUBLIC_STATUS}'`)} AND ${events.deletedAt} IS NULL`;
}

/** The same, as SQL text over the events table aliased `alias`, for raw statements. */
export const publicEventsSql = (alias: string) =>
  `${alias}.status = '${PUBLIC_STATUS}' AND ${alias}.deleted_at IS NULL`;
