import 'server-only';
import { and, asc, count, desc, eq, gt } from 'drizzle-orm';
import { db } from '@/db/client';
import { tags } from '../schema';

/** A tag, or a topic: a tag made from a Wikipedia article (`referenceUrl`) several entries link. */
export type TagSummary = {
  id: number;
  slug: string;
  name: string;
  kind: 'tag' | 'topic';
  description: string;
  referenceUrl: string | null;
};
export type TagWithCount = Pick<TagSummary, 'id' | 'slug' | 'name'> & { eventCount: number };

const summaryColumns = {
  id: tags.id,
  slug: tags.slug,
  name: tags.name,
  kind: tags.kind,
  description: tags.description,
  referenceUrl: tags.referenceUrl,
};

/**
 * Tags and topics that have at least one public event, alphabetically, with their counts (kept on
 * write by triggers: tags.public_event_count).
 */
export function listTagsWithCounts(): TagWithCount[] {
  return db
    .select({ id: tags.id, slug: tags.slug, name: tags.name, eventCount: tags.publicEventCount })
    .from(tags)
    .where(gt(tags.publicEventCount, 0))
    .orderBy(asc(tags.name))
    .all();
}

/** The tags index: editors' tags A–Z, and the best-known topics (by notability) of `topicLimit`. */
export function listTagIndex(topicLimit: number): {
  tags: TagWithCount[];
  topics: TagWithCount[];
  topicCount: number;
} {
  const columns = {
    id: tags.id,
    slug: tags.slug,
    name: tags.name,
    eventCount: tags.publicEventCount,
  };
  const own = db
    .select(columns)
    .from(tags)
    .where(and(eq(tags.kind, 'tag'), gt(tags.publicEventCount, 0)))
    .orderBy(asc(tags.name))
    .all();
  const topics = db
    .select(columns)
    .from(tags)
    .where(and(eq(tags.kind, 'topic'), gt(tags.publicEventCount, 0)))
    .orderBy(desc(tags.notability), asc(tags.name))
    .limit(topicLimit)
    .all()
    .sort((a, b) => a.name.localeCompare(b.name));
  const topicCount =
    db
      .select({ n: count() })
      .from(tags)
      .where(and(eq(tags.kind, 'topic'), gt(tags.publicEventCount, 0)))
      .get()?.n ?? 0;
  return { tags: own, topics, topicCount };
}

export function getTagBySlug(slug: string): TagSummary | null {
  return db.select(summaryColumns).from(tags).where(eq(tags.slug, slug)).get() ?? null;
}
