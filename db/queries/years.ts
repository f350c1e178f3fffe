import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { categories, events } from '../schema';
import type { EventCard, EventLine } from './cards';
import { cardColumns, lineColumns, toCard, toLine } from './cards';
import { groupEventsByKind } from './days';
import type { YearKindDigest } from './digest';
import { digestByMonth } from './digest';
import { isPubliclyVisible, publicEventsCondition } from './visibility';

/** Every public entry dated in a year (historical numbering: -44 = 44 BCE), by month and day; undated-in-year first. */
export function listEventsForYear(year: number): EventCard[] {
  return yearRows(year).map(toCard);
}

function yearRows(year: number) {
  return db
    .select(cardColumns)
    .from(events)
    .innerJoin(categories, eq(categories.id, events.categoryId))
    .where(and(eq(events.year, year), isPubliclyVisible()))
    .orderBy(asc(events.month), asc(events.day), asc(events.id))
    .all();
}

export type YearOverview = {
  year: number;
  events: EventCard[];
  births: YearKindDigest;
  deaths: YearKindDigest;
};

export function getYearOverview(year: number): YearOverview {
  const byKind = groupEventsByKind(yearRows(year));
  return {
    year,
    // Observances have no year, so none appear here; anything else that is not a birth or death is an event.
    events: [...byKind.event, ...byKind.observance].map(toCard),
    births: digestByMonth(byKind.birth),
    deaths: digestByMonth(byKind.death),
  };
}

/** All births (or deaths) of a year as one-line entries, by month and day. */
export function listYearEntriesOfKind({
  year,
  kind,
}: {
  year: number;
  kind: 'birth' | 'death';
}): EventLine[] {
  return db
    .select(lineColumns)
    .from(events)
    .where(and(eq(events.year, year), isPubliclyVisible(), eq(events.kind, kind)))
    .orderBy(asc(events.month), asc(events.day), asc(events.id))
    .all()
    .map(toLine);
}

export type YearCount = { year: number; count: number };

/**
 * Every year with public entries and how many, oldest first (optionally within a range of years).
 * A walk over events_public_year_idx, which holds only public events: no table rows, no sort.
 */
export function listYearCounts(range?: { from: number; to: number }): YearCount[] {
  const within = range
    ? sql`${events.year} BETWEEN ${range.from} AND ${range.to}`
    : sql`${events.year} IS NOT NULL`;
  return db.all<YearCount>(
    sql`SELECT ${events.year} AS year, count(*) AS count FROM ${events} INDEXED BY events_public_year_idx
      WHERE ${publicEventsCondition()} AND ${within} GROUP BY ${events.year} ORDER BY ${events.year}`,
  );
}

export type YearNeighbours = { previous: number | null; next: number | null };

/**
 * The nearest years before and after `year` with public entries (of one kind: births or deaths), so a
 * year page never links to an empty one. Two index seeks: events_public_year_idx, or
 * events_kind_year_idx for a kind.
 */
export function getYearNeighbours({
  year,
  kind,
}: {
  year: number;
  kind?: 'birth' | 'death';
}): YearNeighbours {
  const nearest = (direction: 'previous' | 'next') => {
    const side = direction === 'previous' ? sql`< ${year}` : sql`> ${year}`;
    const order = direction === 'previous' ? sql`DESC` : sql`ASC`;
    const from = kind
      ? sql`${events} INDEXED BY events_kind_year_idx`
      : sql`${events} INDEXED BY events_public_year_idx`;
    const ofKind = kind ? sql`${events.kind} = ${kind} AND` : sql``;
    return (
      db.get<{ year: number }>(
        sql`SELECT ${events.year} AS year FROM ${from}
          WHERE ${ofKind} ${publicEventsCondition()} AND ${events.year} ${side}
          ORDER BY ${events.year} ${order} LIMIT 1`,
      )?.year ?? null
    );
  };
  return { previous: nearest('previous'), next: nearest('next') };
}
