import 'server-only';
import { asc, eq, inArray, or } from 'drizzle-orm';
import {
  categories,
  eventLinks,
  eventPeople,
  eventReferences,
  events,
  eventTags,
  people,
  tags,
} from '../schema';
import type { DbOrTx } from '../types';

// Kept apart from the editor's write code so that the seed (run by `npm start` before the app
// exists) can take snapshots without loading the session and auth modules.

/**
 * The event as stored, with its category, tags, people, references and links (both directions):
 * the snapshot every revision keeps. Same shape as db/seed.ts and the importer write (links also
 * carry the other event's title, for the history page).
 */
export function buildRevisionSnapshot(tx: DbOrTx, eventId: number): Record<string, unknown> {
  const event = tx.select().from(events).where(eq(events.id, eventId)).get();
  if (!event) throw new Error(`event ${eventId} not found while taking its snapshot`);
  const category =
    tx
      .select({ id: categories.id, slug: categories.slug, name: categories.name })
      .from(categories)
      .where(eq(categories.id, event.categoryId))
      .get() ?? null;
  const tagRows = tx
    .select({ id: tags.id, slug: tags.slug, name: tags.name })
    .from(eventTags)
    .innerJoin(tags, eq(tags.id, eventTags.tagId))
    .where(eq(eventTags.eventId, eventId))
    .orderBy(asc(tags.name))
    .all();
  const peopleRows = tx
    .select({
      id: people.id,
      slug: people.slug,
      name: people.name,
      role: eventPeople.role,
      position: eventPeople.position,
    })
    .from(eventPeople)
    .innerJoin(people, eq(people.id, eventPeople.personId))
    .where(eq(eventPeople.eventId, eventId))
    .orderBy(asc(eventPeople.position))
    .all();
  const references = tx
    .select({
      url: eventReferences.url,
      title: eventReferences.title,
      publisher: eventReferences.publisher,
      accessedAt: eventReferences.accessedAt,
      position: eventReferences.position,
    })
    .from(eventReferences)
    .where(eq(eventReferences.eventId, eventId))
    .orderBy(asc(eventReferences.position), asc(eventReferences.id))
    .all();
  const links = tx
    .select({
      fromEventId: eventLinks.fromEventId,
      toEventId: eventLinks.toEventId,
      type: eventLinks.type,
    })
    .from(eventLinks)
    .where(or(eq(eventLinks.fromEventId, eventId), eq(eventLinks.toEventId, eventId)))
    .orderBy(asc(eventLinks.id))
    .all();
  const otherIds = links.map((l) => (l.fromEventId === eventId ? l.toEventId : l.fromEventId));
  const others = new Map(
    otherIds.length === 0
      ? []
      : tx
          .select({ id: events.id, slug: events.slug, title: events.title })
          .from(events)
          .where(inArray(events.id, otherIds))
          .all()
          .map((e) => [e.id, e]),
  );
  return {
    ...event,
    category,
    tags: tagRows,
    people: peopleRows,
    references,
    links: links.map((l) => {
      const outgoing = l.fromEventId === eventId;
      const otherId = outgoing ? l.toEventId : l.fromEventId;
      return {
        type: l.type,
        direction: outgoing ? 'outgoing' : 'incoming',
        eventId: otherId,
        eventSlug: others.get(otherId)?.slug ?? null,
        eventTitle: others.get(otherId)?.title ?? null,
      };
    }),
  };
}
