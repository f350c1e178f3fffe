import 'server-only';
import { and, asc, between, count, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { db } from '@/db/client';
import { categories, events, eventTags } from '../schema';
import type { CenturyCount, EventCard } from './cards';
import { cardColumns, centuryExpr, toCard } from './cards';
import { isPubliclyVisible } from './visibility';

/** Which events a browse page lists: one category's or one tag's. */
export type ListingScope = { categoryId: number } | { tagId: number };

/** A slice of years (inclusive, historical numbering), or the events without a year. */
export type YearRange = { from: number; to: number } | 'undated';

export type ListingPageQuery = {
  scope: ListingScope;
  range?: YearRange;
  /** 'newest' lists the latest first (undated last); 'oldest' the earliest first (undated first). */
  order: 'newest' | 'oldest';
  limit: number;
  offset: number;
};

function scopeCondition(scope: ListingScope): SQL {
  return 'categoryId' in scope
    ? eq(events.categoryId, scope.categoryId)
    : sql`${events.id} IN (SELECT ${eventTags.eventId} FROM ${eventTags} WHERE ${eventTags.tagId} = ${scope.tagId})`;
}

function rangeCondition(range: YearRange | undefined): SQL | undefined {
  if (range === undefined) return undefined;
  if (range === 'undated') return isNull(events.year);
  return between(events.year, range.from, range.to);
}

/**
 * One page of a category's or tag's public events. Served by events_category_year_idx for categories.
 * The page's ids are found first and only those 50 rows are read in full, so a deep page (offset
 * 45,000 in Births) sorts bare ids instead of whole cards.
 */
export function listEventsInScope(q: ListingPageQuery): EventCard[] {
  const order = () =>
    q.order === 'newest'
      ? // SQLite sorts NULL lowest, so descending order already puts undated events last (and keeps the index usable).
        [desc(events.year), desc(events.month), desc(events.day), desc(events.id)]
      : [asc(events.year), asc(events.month), asc(events.day), asc(events.id)];
  const pageIds = db
    .select({ id: events.id })
    .from(events)
    .where(and(scopeCondition(q.scope), isPubliclyVisible(), rangeCondition(q.range)))
    .orderBy(...order())
    .limit(q.limit)
    .offset(q.offset);
  return db
    .select(cardColumns)
    .from(events)
    .innerJoin(categories, eq(categories.id, events.categoryId))
    .where(inArray(events.id, pageIds))
    .orderBy(...order())
    .all()
    .map(toCard);
}

/** How many public events a category or tag has, optionally within a year range. */
export function countEventsInScope({
  scope,
  range,
}: {
  scope: ListingScope;
  range?: YearRange;
}): number {
  const row = db
    .select({ n: count() })
    .from(events)
    .where(and(scopeCondition(scope), isPubliclyVisible(), rangeCondition(range)))
    .get();
  return row?.n ?? 0;
}

/** Public event counts per century (oldest first, undated first), for a browse page's century filter. */
export function listCenturiesInScope(scope: ListingScope): CenturyCount[] {
  return db
    .select({ century: centuryExpr, count: count() })
    .from(events)
    .where(and(scopeCondition(scope), isPubliclyVisible()))
    .groupBy(centuryExpr)
    .orderBy(asc(centuryExpr))
    .all();
}

/**
 * A category's or tag's best-known public events (notability, then newest), for the highlights at
 * the top of its page. Served for categories by events_public_category_notability_idx.
 */
export function listScopeHighlights(scope: ListingScope, limit: number): EventCard[] {
  return db
    .select(cardColumns)
    .from(events)
    .innerJoin(categories, eq(categories.id, events.categoryId))
    .where(and(scopeCondition(scope), isPubliclyVisible()))
    .orderBy(desc(events.notability), desc(events.id))
    .limit(limit)
    .all()
    .map(toCard);
}
