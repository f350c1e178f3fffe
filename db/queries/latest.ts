import 'server-only';
import { desc, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { categories, events } from '../schema';
import type { EventCard } from './cards';
import { cardColumns, toCard } from './cards';
import { publicEventsCondition } from './visibility';

/*
 * The events index (/events): every public entry, the most recently published first. Both reads walk
 * events_public_published_idx, a partial index holding only public events in publication order, so
 * the count and the ids of a page (also a deep one: offset 130,000) come from the index alone.
 */
const publicByPublication = sql`${events} INDEXED BY events_public_published_idx`;

export type PublishedCard = EventCard & { publishedAt: number | null };

/** How many entries readers can see. */
export function countPublicEvents(): number {
  return (
    db.get<{ n: number }>(
      sql`SELECT count(*) AS n FROM ${publicByPublication} WHERE ${publicEventsCondition()}`,
    )?.n ?? 0
  );
}

/** One page of public entries, latest published first (ties: the later id first). */
export function listLatestPublished(q: { limit: number; offset: number }): PublishedCard[] {
  const pageIds = sql`SELECT ${events.id} FROM ${publicByPublication} WHERE ${publicEventsCondition()}
    ORDER BY ${events.publishedAt} DESC, ${events.id} DESC LIMIT ${q.limit} OFFSET ${q.offset}`;
  return db
    .select({ ...cardColumns, publishedAt: sql<number | null>`${events.publishedAt}` })
    .from(events)
    .innerJoin(categories, eq(categories.id, events.categoryId))
    .where(sql`${events.id} IN (${pageIds})`)
    .orderBy(desc(events.publishedAt), desc(events.id))
    .all()
    .map((row) => ({ ...toCard(row), publishedAt: row.publishedAt }));
}
