import 'server-only';
import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import { db } from '@/db/client';
import {
  initialSlugRange,
  PEOPLE_INITIALS,
  type PeopleInitial,
  secondLetterRanges,
  type SlugRange,
} from '@/lib/people-initials';
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
  /** How many of their events readers may see: a person with none has no public page. */
  publicEventCount: number;
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
      publicEventCount: people.publicEventCount,
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
    publicEventCount: row.publicEventCount,
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

/*
 * The people index: everyone with at least one public event (people.public_event_count, kept by
 * triggers), A–Z by slug. Every read walks people_public_slug_idx, a partial index holding only those
 * people, so counts and deep pages touch no table rows and sort nothing.
 */
const listedPeople = sql`${people} INDEXED BY people_public_slug_idx`;
const isListed = sql`${people.publicEventCount} > 0`;

function rangeCondition(range: SlugRange): SQL {
  return sql.join(
    [
      isListed,
      range.from !== undefined ? sql`${people.slug} >= ${range.from}` : undefined,
      range.to !== undefined ? sql`${people.slug} < ${range.to}` : undefined,
    ].filter((c): c is SQL => c !== undefined),
    sql` AND `,
  );
}

/** How many listed people each slug range holds, in one statement (one index range count each). */
function countInRanges(ranges: readonly SlugRange[]): number[] {
  if (ranges.length === 0) return [];
  const columns = ranges.map(
    (r, i) =>
      sql`(SELECT count(*) FROM ${listedPeople} WHERE ${rangeCondition(r)}) AS ${sql.identifier(`c${i}`)}`,
  );
  const row = db.get<Record<string, number>>(sql`SELECT ${sql.join(columns, sql`, `)}`);
  return ranges.map((_, i) => row?.[`c${i}`] ?? 0);
}

export type InitialCount = { initial: PeopleInitial; count: number };

/** People per initial (0–9, A … Z), including initials with nobody (count 0). */
export function countPeopleByInitial(): InitialCount[] {
  const counts = countInRanges(PEOPLE_INITIALS.map(initialSlugRange));
  return PEOPLE_INITIALS.map((initial, i) => ({ initial, count: counts[i] ?? 0 }));
}

/** A two-letter beginning, how many people it holds, and how many of the letter's people come before it. */
export type PrefixCount = { prefix: string; count: number; offset: number };

/** Within one initial, the people per two-letter beginning ("ja", "je" …) that has any. */
export function countPeopleByPrefix(initial: PeopleInitial): PrefixCount[] {
  const split = secondLetterRanges(initial);
  if (!split) return [];
  const [lead = 0, ...counts] = countInRanges([split.lead, ...split.prefixes.map((p) => p.range)]);
  let offset = lead;
  const out: PrefixCount[] = [];
  split.prefixes.forEach((p, i) => {
    const count = counts[i] ?? 0;
    if (count > 0) out.push({ prefix: p.prefix, count, offset });
    offset += count;
  });
  return out;
}

export type PersonListItem = {
  slug: string;
  name: string;
  description: string;
  birthYear: number | null;
  deathYear: number | null;
  eventCount: number;
};

/** What a list of people shows of each (PersonListItem). */
const listItemColumns = {
  slug: people.slug,
  name: people.name,
  description: people.description,
  birthYear: people.birthYear,
  deathYear: people.deathYear,
  eventCount: people.publicEventCount,
};

/** One page of the people filed under an initial, by slug. The page's ids come from the index alone. */
export function listPeopleByInitial(q: {
  initial: PeopleInitial;
  limit: number;
  offset: number;
}): PersonListItem[] {
  const pageIds = sql`SELECT ${people.id} FROM ${listedPeople}
    WHERE ${rangeCondition(initialSlugRange(q.initial))}
    ORDER BY ${people.slug} LIMIT ${q.limit} OFFSET ${q.offset}`;
  return db
    .select(listItemColumns)
    .from(people)
    .where(sql`${people.id} IN (${pageIds})`)
    .orderBy(asc(people.slug))
    .all();
}

/** The best-known people with public entries (notability, db/queries/notability.ts), for the people index. */
export function listBestKnownPeople(limit: number): PersonListItem[] {
  return db
    .select(listItemColumns)
    .from(people)
    .where(sql`${people.publicEventCount} > 0`)
    .orderBy(desc(people.notability), asc(people.slug))
    .limit(limit)
    .all();
}
