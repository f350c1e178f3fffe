import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { categories, eventPeople, events, people } from '../schema';
import type { EventCard } from './cards';
import { cardColumns, toCard } from './cards';
import { isPubliclyVisible } from './visibility';

type PartialDate = { year: number | null; month: number | null; day: number | null };

export type PersonDetail = {
  id: number;
  slug: string;
  name: string;
  description: string;
  born: PartialDate | null;
  died: PartialDate | null;
  referenceUrl: string | null;
};

const partial = (
  year: number | null,
  month: number | null,
  day: number | null,
): PartialDate | null =>
  year === null && month === null && day === null ? null : { year, month, day };

export function getPersonBySlug(slug: string): PersonDetail | null {
  const row = db
    .select({
      id: people.id,
      slug: people.slug,
      name: people.name,
      description: people.description,
      birthYear: people.birthYear,
      birthMonth: people.birthMonth,
      birthDay: people.birthDay,
      deathYear: people.deathYear,
      deathMonth: people.deathMonth,
      deathDay: people.deathDay,
      referenceUrl: people.referenceUrl,
    })
    .from(people)
    .where(eq(people.slug, slug))
    .get();
  if (!row) return null;
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    description: row.description,
    born: partial(row.birthYear, row.birthMonth, row.birthDay),
    died: partial(row.deathYear, row.deathMonth, row.deathDay),
    referenceUrl: row.referenceUrl,
  };
}

export type PersonEvent = EventCard & { role: string };

/** A person's public events (their birth, death and everything they took part in) in date order. */
export function listEventsForPerson(personId: number): PersonEvent[] {
  return db
    .select({ ...cardColumns, role: eventPeople.role })
    .from(eventPeople)
    .innerJoin(events, eq(events.id, eventPeople.eventId))
    .innerJoin(categories, eq(categories.id, events.categoryId))
    .where(and(eq(eventPeople.personId, personId), isPubliclyVisible()))
    .orderBy(asc(events.year), asc(events.month), asc(events.day), asc(events.id))
    .all()
    .map((row) => ({ ...toCard(row), role: row.role }));
}
