import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { categories } from '../schema';
import type { CenturyCount, EventCard } from './cards';
import type { YearRange } from './listing';
import { countEventsInScope, listCenturiesInScope, listEventsInScope } from './listing';

export type CategorySummary = {
  id: number;
  slug: string;
  name: string;
  description: string;
  color: string;
};
export type CategoryWithCount = CategorySummary & { eventCount: number };

const summaryColumns = {
  id: categories.id,
  slug: categories.slug,
  name: categories.name,
  description: categories.description,
  color: categories.color,
};

/**
 * All categories in the admins' order, with how many public events each holds (empty ones included):
 * the count is kept on write by triggers (drizzle/0012_category_counts.sql), so this reads one small table.
 */
export function listCategoriesWithCounts(): CategoryWithCount[] {
  return db
    .select({ ...summaryColumns, eventCount: categories.publicEventCount })
    .from(categories)
    .orderBy(asc(categories.position), asc(categories.name))
    .all();
}

export function getCategoryBySlug(slug: string): CategorySummary | null {
  return db.select(summaryColumns).from(categories).where(eq(categories.slug, slug)).get() ?? null;
}

export function listCenturiesForCategory(categoryId: number): CenturyCount[] {
  return listCenturiesInScope({ categoryId });
}

export function listEventsForCategory(q: {
  categoryId: number;
  range?: YearRange;
  order: 'newest' | 'oldest';
  limit: number;
  offset: number;
}): EventCard[] {
  return listEventsInScope({
    scope: { categoryId: q.categoryId },
    range: q.range,
    order: q.order,
    limit: q.limit,
    offset: q.offset,
  });
}

export function countEventsForCategory({
  categoryId,
  range,
}: {
  categoryId: number;
  range?: YearRange;
}): number {
  return countEventsInScope({ scope: { categoryId }, range });
}
