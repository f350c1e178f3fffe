import 'server-only';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import type { OnThisDayEntry, OnThisDayPerson } from '@/lib/api/onthisday';
import { categories, eventPeople, events, people, revisions } from '../schema';
import { dateColumns } from './cards';
import { listSelectedForDay } from './selected';
import { isPubliclyVisible } from './visibility';

const CHUNK = 500;

/**
 * Every public day-precision entry of a calendar day with what a Wikimedia "on this day" answer
 * needs: the event, its latest revision id, the people linked to it (in display order), and whether
 * it is one of the day's selected anniversaries as shown in `year` (db/queries/selected.ts).
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
  const selected = new Set(listSelectedForDay({ month, day, year }).map((e) => e.id));
  return rows.map((r) => ({
    ...r,
    selected: selected.has(r.id),
    updatedAt: r.updatedAt.getTime(),
    people: peopleByEvent.get(r.id) ?? [],
  }));
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
