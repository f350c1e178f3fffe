import { count, inArray } from 'drizzle-orm';
import { DEFAULT_CATEGORIES } from '../lib/categories';
import { CONTENT_FIELD_NAMES, valuesOrDefaults, withoutKeys } from '../lib/events/fields';
import { publishingProblems } from '../lib/events/publishing';
import { slugify } from '../lib/slugs';
import { completeEventBatch } from './queries/event-store';
import {
  categories,
  eventLinks,
  eventPeople,
  eventReferences,
  eventTags,
  events,
  people,
  tags,
} from './schema';
import { SAMPLE_EVENTS, SAMPLE_LINKS, SAMPLE_PEOPLE, SAMPLE_SOURCE } from './seed-data';
import { SAMPLE_OBSERVANCES, sampleObservanceEvent } from './seed-observances';
import type { Db, DbOrTx } from './types';

export type SeedResult = { seeded: boolean; events: number };

/**
 * Inserts the default categories (lib/categories.ts) that are missing, positioned in their listed
 * order; categories an admin already has (same slug) are left as they are. One statement, so atomic.
 */
export function ensureDefaultCategories(db: DbOrTx): void {
  db.insert(categories)
    .values(DEFAULT_CATEGORIES.map((c, position) => ({ ...c, position })))
    .onConflictDoNothing({ target: categories.slug })
    .run();
}

/**
 * Loads the sample content into an empty database, in one IMMEDIATE transaction (so two starting
 * processes cannot both seed). Does nothing when the events table has any row at all: a database
 * that has ever held content keeps what it has.
 */
export function seedSampleContent(db: Db): SeedResult {
  return db.transaction(
    (tx): SeedResult => {
      const existing = tx.select({ n: count() }).from(events).get();
      if ((existing?.n ?? 0) > 0) return { seeded: false, events: 0 };

      ensureDefaultCategories(tx);
      const categoryIds = new Map(
        tx
          .select({ id: categories.id, slug: categories.slug })
          .from(categories)
          .all()
          .map((c) => [c.slug, c.id]),
      );

      const tagNames = [...new Set(SAMPLE_EVENTS.flatMap((e) => e.tags))];
      tx.insert(tags)
        .values(tagNames.map((name) => ({ slug: slugify(name), name })))
        .onConflictDoNothing({ target: tags.slug })
        .run();
      const tagIds = new Map(
        tx
          .select({ id: tags.id, slug: tags.slug })
          .from(tags)
          .where(
            inArray(
              tags.slug,
              tagNames.map((name) => slugify(name)),
            ),
          )
          .all()
          .map((t) => [t.slug, t.id]),
      );

      tx.insert(people)
        .values(
          SAMPLE_PEOPLE.map((p) => ({
            slug: p.slug,
            name: p.name,
            description: p.description,
            birthYear: p.born?.year ?? null,
            birthMonth: p.born?.month ?? null,
            birthDay: p.born?.day ?? null,
            deathYear: p.died?.year ?? null,
            deathMonth: p.died?.month ?? null,
            deathDay: p.died?.day ?? null,
            referenceUrl: p.referenceUrl,
          })),
        )
        .onConflictDoNothing({ target: people.slug })
        .run();
      const personIds = new Map(
        tx
          .select({ id: people.id, slug: people.slug })
          .from(people)
          .where(
            inArray(
              people.slug,
              SAMPLE_PEOPLE.map((p) => p.slug),
            ),
          )
          .all()
          .map((p) => [p.slug, p.id]),
      );

      const now = new Date();
      const eventIds = new Map<string, number>();
      // The observances first: lists of the latest published (same time, newest id first) then
      // open with the sample's articles.
      for (const e of [...SAMPLE_OBSERVANCES.map(sampleObservanceEvent), ...SAMPLE_EVENTS]) {
        // The sample is published: it meets what publishing requires, like everything else.
        const problems = publishingProblems(e);
        if (problems.length > 0)
          throw new Error(`sample event ${e.slug} cannot be published: ${problems[0]?.message}`);
        const categoryId = need(categoryIds, e.categorySlug, 'category');
        const special = { keyPoints: [...e.keyPoints], categoryId };
        const row = tx
          .insert(events)
          .values({
            // Its content as the sample has it (lib/events/fields.ts), each field it leaves out as
            // a new event has it.
            ...valuesOrDefaults(withoutKeys(CONTENT_FIELD_NAMES, special), e),
            ...special,
            status: 'published',
            publishedAt: now,
            version: 1,
            // Our own writing, not imported text: no third-party licence to carry.
            source: SAMPLE_SOURCE,
            license: null,
            createdAt: now,
            updatedAt: now,
          })
          .returning({ id: events.id })
          .get();
        eventIds.set(e.slug, row.id);

        if (e.tags.length > 0) {
          const ids = [...new Set(e.tags.map((name) => need(tagIds, slugify(name), 'tag')))];
          tx.insert(eventTags)
            .values(ids.map((tagId) => ({ eventId: row.id, tagId })))
            .run();
        }
        if (e.people.length > 0) {
          tx.insert(eventPeople)
            .values(
              e.people.map((p, position) => ({
                eventId: row.id,
                personId: need(personIds, p.slug, 'person'),
                role: p.role,
                position,
              })),
            )
            .run();
        }
        if (e.references.length > 0) {
          tx.insert(eventReferences)
            .values(e.references.map((r, position) => ({ eventId: row.id, position, ...r })))
            .run();
        }
      }

      if (SAMPLE_LINKS.length > 0) {
        tx.insert(eventLinks)
          .values(
            SAMPLE_LINKS.map((l) => ({
              fromEventId: need(eventIds, l.from, 'event'),
              toEventId: need(eventIds, l.to, 'event'),
              type: l.type,
            })),
          )
          .run();
      }

      const ids = [...eventIds.values()];
      completeEventBatch(
        tx,
        ids.map((eventId) => ({ eventId, version: 1, note: 'Sample content' })),
        { actorId: null, now, sqlite: db.$client },
      );
      return { seeded: true, events: ids.length };
    },
    { behavior: 'immediate' },
  );
}

function need<T>(map: ReadonlyMap<string, T>, key: string, what: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Sample content refers to an unknown ${what}: "${key}"`);
  return value;
}
