import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { categories, events } from '../schema';
import type { EventCard, EventLine } from './cards';
import { cardColumns, lineColumns, toCard, toLine } from './cards';
import { groupEventsByKind } from './days';
import type { YearKindDigest } from './digest';
import { digestByMonth } from './digest';
import { isPubliclyVisible } from './visibility';

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
