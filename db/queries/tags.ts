import 'server-only';
import { asc, count, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { events, eventTags, tags } from '../schema';
import type { CenturyCount, EventCard } from './cards';
import type { YearRange } from './listing';
import { countEventsInScope, listCenturiesInScope, listEventsInScope } from './listing';
import { isPubliclyVisible } from './visibility';

export type TagSummary = { id: number; slug: string; name: string };
export type TagWithCount = TagSummary & { eventCount: number };

/** Tags that have at least one public event, alphabetically, with their counts. */
export function listTagsWithCounts(): TagWithCount[] {
  return db
    .select({ id: tags.id, slug: tags.slug, name: tags.name, eventCount: count() })
    .from(tags)
    .innerJoin(eventTags, eq(eventTags.tagId, tags.id))
    .innerJoin(events, eq(events.id, eventTags.eventId))
    .where(isPubliclyVisible())
    .groupBy(tags.id)
    .orderBy(asc(tags.name))
    .all();
}

export function getTagBySlug(slug: string): TagSummary | null {
  return (
    db
      .select({ id: tags.id, slug: tags.slug, name: tags.name })
      .from(tags)
      .where(eq(tags.slug, slug))
      .get() ?? null
  );
}

export function listCenturiesForTag(tagId: number): CenturyCount[] {
  return listCenturiesInScope({ tagId });
}

export function listEventsForTag(q: {
  tagId: number;
  range?: YearRange;
  order: 'newest' | 'oldest';
  limit: number;
  offset: number;
}): EventCard[] {
  return listEventsInScope({
    scope: { tagId: q.tagId },
    range: q.range,
    order: q.order,
    limit: q.limit,
    offset: q.offset,
  });
}

export function countEventsForTag({ tagId, range }: { tagId: number; range?: YearRange }): number {
  return countEventsInScope({ scope: { tagId }, range });
}
