import 'server-only';
import { asc, count, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { events, eventTags, tags } from '../schema';
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
