import 'server-only';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import type { OnThisDayArticle, OnThisDayEntry, OnThisDayPerson } from '@/lib/api/onthisday';
import { isImportedEntry } from '@/lib/events/provenance';
import { categories, eventArticles, eventPeople, events, people, revisions, tags } from '../schema';
import { dateColumns } from './cards';
import { listSelectedForDay } from './selected';
import { isPubliclyVisible } from './visibility';

const CHUNK = 500;

/**
 * Every public day-precision entry of a calendar day with what a Wikimedia "on this day" answer
 * needs: the event, its latest revision id, the people linked to it (in display order), for an
 * imported entry the Wikipedia articles it links (event_articles, in order), and whether it is one
 * of the day's selected anniversaries as shown in `year` (db/queries/selected.ts).
 * Newest first; observances (no year) last. Served by events_day_idx.
 */
export function listOnThisDayEntries({
  month,
  day,
  year,
}: {
  month: number;
  day: number;
  year: number;
}): OnThisDayEntry[] {
  const rows = db
    .select({
      id: events.id,
      slug: events.slug,
      kind: events.kind,
      title: events.title,
      summary: events.summary,
      source: events.source,
      ...dateColumns,
      featured: events.featured,
      location: events.location,
      latitude: events.latitude,
      longitude: events.longitude,
      imageUrl: events.imageUrl,
      imageAlt: events.imageAlt,
      updatedAt: events.updatedAt,
      categoryName: categories.name,
      revisionId: sql<
        number | null
      >`(SELECT max(${revisions.id}) FROM ${revisions} WHERE ${revisions.eventId} = ${events.id})`,
    })
    .from(events)
    .innerJoin(categories, eq(categories.id, events.categoryId))
    .where(
      and(
        eq(events.month, month),
        eq(events.day, day),
        eq(events.precision, 'day'),
        isPubliclyVisible(),
      ),
    )
    .orderBy(desc(events.year), asc(events.id))
    .all();

  const peopleByEvent = listPeopleOfEvents(rows.map((r) => r.id));
  const articlesByEvent = listArticlesOfEvents(
    rows.flatMap((r) => (isImportedEntry(r.source) ? [r.id] : [])),
  );
  const selected = new Set(listSelectedForDay({ month, day, year }).map((e) => e.id));
  return rows.map((r) => ({
    ...r,
    selected: selected.has(r.id),
    updatedAt: r.updatedAt.getTime(),
    people: peopleByEvent.get(r.id) ?? [],
    articles: articlesByEvent.get(r.id) ?? [],
  }));
}

/**
 * The articles of imported events, in each entry's order, with the person whose article it is and
 * the description of the topic made from it (the first such person or topic, should two share it).
 * Served by the primary key of event_articles and the people and tags reference_url indexes.
 */
function listArticlesOfEvents(eventIds: readonly number[]): Map<number, OnThisDayArticle[]> {
  const byEvent = new Map<number, OnThisDayArticle[]>();
  const personId = sql`(SELECT ${people.id} FROM ${people} WHERE ${people.referenceUrl} = ${eventArticles.url} ORDER BY ${people.id} LIMIT 1)`;
  for (let i = 0; i < eventIds.length; i += CHUNK) {
    const rows = db
      .select({
        eventId: eventArticles.eventId,
        url: eventArticles.url,
        personName: people.name,
        personDescription: people.description,
        birthYear: people.birthYear,
        deathYear: people.deathYear,
        topicDescription: sql<
          string | null
        >`(SELECT ${tags.description} FROM ${tags} WHERE ${tags.referenceUrl} = ${eventArticles.url} ORDER BY ${tags.id} LIMIT 1)`,
      })
      .from(eventArticles)
      .leftJoin(people, eq(people.id, personId))
      .where(inArray(eventArticles.eventId, eventIds.slice(i, i + CHUNK)))
      .orderBy(asc(eventArticles.eventId), asc(eventArticles.position))
      .all();
    for (const r of rows) {
      const list = byEvent.get(r.eventId) ?? [];
      list.push({
        url: r.url,
        person:
          r.personName === null
            ? null
            : {
                name: r.personName,
                description: r.personDescription ?? '',
                birthYear: r.birthYear,
                deathYear: r.deathYear,
              },
        topicDescription: r.topicDescription ?? '',
      });
      byEvent.set(r.eventId, list);
    }
  }
  return byEvent;
}

function listPeopleOfEvents(eventIds: readonly number[]): Map<number, OnThisDayPerson[]> {
  const byEvent = new Map<number, OnThisDayPerson[]>();
  for (let i = 0; i < eventIds.length; i += CHUNK) {
    const rows = db
      .select({
        eventId: eventPeople.eventId,
        role: eventPeople.role,
        id: people.id,
        slug: people.slug,
        name: people.name,
        description: people.description,
        birthYear: people.birthYear,
        deathYear: people.deathYear,
        updatedAt: people.updatedAt,
      })
      .from(eventPeople)
      .innerJoin(people, eq(people.id, eventPeople.personId))
      .where(inArray(eventPeople.eventId, eventIds.slice(i, i + CHUNK)))
      .orderBy(asc(eventPeople.eventId), asc(eventPeople.position), asc(people.name))
      .all();
    for (const { eventId, updatedAt, ...person } of rows) {
      const list = byEvent.get(eventId) ?? [];
      list.push({ ...person, updatedAt: updatedAt.getTime() });
      byEvent.set(eventId, list);
    }
  }
  return byEvent;
}
