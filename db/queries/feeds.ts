import 'server-only';
import { and, asc, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import type { FeedEventRow } from '@/lib/feeds/documents';
import { categories, events } from '../schema';
import { dateColumns } from './cards';
import { isPubliclyVisible } from './visibility';

/** Items of a category feed: its latest published events. */
const CATEGORY_FEED_SIZE = 50;
/**
 * Events in a category's anniversary calendar. Calendar apps load a subscribed calendar whole, and an
 * imported category can hold tens of thousands of births; featured events first, then the latest published.
 */
export const CATEGORY_CALENDAR_SIZE = 1000;

const rowColumns = {
  id: events.id,
  slug: events.slug,
  kind: events.kind,
  title: events.title,
  summary: events.summary,
  ...dateColumns,
  categorySlug: categories.slug,
  categoryName: categories.name,
  publishedAt: sql<number | null>`${events.publishedAt}`,
  updatedAt: sql<number>`${events.updatedAt}`,
};

/**
 * Today's feed: the public day-precision events and observances of a calendar day (births and deaths
 * have their own category feeds), featured first, then in year order. Served by events_day_idx.
 */
export function listDayFeedEvents({ month, day }: { month: number; day: number }): FeedEventRow[] {
  return db
    .select(rowColumns)
    .from(events)
    .innerJoin(categories, eq(categories.id, events.categoryId))
    .where(
      and(
        eq(events.month, month),
        eq(events.day, day),
        isPubliclyVisible(),
        eq(events.precision, 'day'),
        inArray(events.kind, ['event', 'observance']),
      ),
    )
    .orderBy(desc(events.featured), asc(events.year), asc(events.id))
    .all();
}

/** A category feed: the category's most recently published public events, newest first. */
export function listCategoryFeedEvents(
  categoryId: number,
  limit = CATEGORY_FEED_SIZE,
): FeedEventRow[] {
  return db
    .select(rowColumns)
    .from(events)
    .innerJoin(categories, eq(categories.id, events.categoryId))
    .where(and(eq(events.categoryId, categoryId), isPubliclyVisible()))
    .orderBy(desc(events.publishedAt), desc(events.id))
    .limit(limit)
    .all();
}

/** A category's anniversary calendar: public events with a month and day (see CATEGORY_CALENDAR_SIZE). */
export function listCategoryAnniversaryEvents(
  categoryId: number,
  limit = CATEGORY_CALENDAR_SIZE,
): FeedEventRow[] {
  return db
    .select(rowColumns)
    .from(events)
    .innerJoin(categories, eq(categories.id, events.categoryId))
    .where(
      and(
        eq(events.categoryId, categoryId),
        isPubliclyVisible(),
        eq(events.precision, 'day'),
        isNotNull(events.month),
        isNotNull(events.day),
      ),
    )
    .orderBy(desc(events.featured), desc(events.publishedAt), desc(events.id))
    .limit(limit)
    .all();
}

/** When a public event was first published (ms since the epoch), for its page's structured data. */
export function getEventPublishedAt(id: number): number | null {
  const row = db
    .select({ publishedAt: sql<number | null>`${events.publishedAt}` })
    .from(events)
    .where(and(eq(events.id, id), isPubliclyVisible()))
    .get();
  return row?.publishedAt ?? null;
}
