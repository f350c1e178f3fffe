import 'server-only';
import { and, asc, desc, eq, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import { db } from '@/db/client';
import { categories, events } from '../schema';
import type { EventKind } from '@/lib/events/enums';
import type { EventCard, EventLine } from './cards';
import { cardColumns, lineColumns, toCard, toLine } from './cards';
import type { DayKindDigest } from './digest';
import { digestByCentury } from './digest';
import { listSelectedForDay, type SelectedEntry } from './selected';
import { isPubliclyVisible, publicEventsCondition } from './visibility';

type CalendarDay = { month: number; day: number };
/** An event shown as if it were public (an editor's preview of a draft: db/queries/event-preview.ts). */
type Including = { include?: number };

/**
 * Every public entry of a calendar day (all kinds), day-precision only, in year order: observances
 * (no year) first, then BCE before CE. Served by events_day_idx (month, day, status, year).
 */
export function listEventsForDay({ month, day }: CalendarDay): EventCard[] {
  return dayEventsQuery({ month, day }).all().map(toCard);
}

/** The query behind listEventsForDay (exported so a test can check its plan). */
export function dayEventsQuery({ month, day, include }: CalendarDay & Including) {
  return db
    .select(cardColumns)
    .from(events)
    .innerJoin(categories, eq(categories.id, events.categoryId))
    .where(
      and(
        eq(events.month, month),
        eq(events.day, day),
        include === undefined
          ? isPubliclyVisible()
          : or(isPubliclyVisible(), and(eq(events.id, include), isNull(events.deletedAt))),
        eq(events.precision, 'day'),
      ),
    )
    .orderBy(asc(events.year), asc(events.id));
}

export type EventsByKind<T> = Record<EventKind, T[]>;

/** Splits a year-sorted list by kind, keeping the order within each kind. */
export function groupEventsByKind<T extends { kind: EventKind }>(
  items: readonly T[],
): EventsByKind<T> {
  const groups: EventsByKind<T> = { event: [], birth: [], death: [], observance: [] };
  for (const item of items) groups[item.kind].push(item);
  return groups;
}

/**
 * What a day page shows: its selected anniversaries (db/queries/selected.ts), the other events in
 * full, observances, and digests of births and deaths (whose highlights leave out the selected).
 */
export type DayOverview = {
  month: number;
  day: number;
  selected: SelectedEntry[];
  events: EventCard[];
  observances: EventCard[];
  births: DayKindDigest;
  deaths: DayKindDigest;
};

/** A day's overview as shown in `year` (its selected list marks this year's round anniversaries). */
export function getDayOverview({
  month,
  day,
  year,
  include,
}: CalendarDay & { year: number } & Including): DayOverview {
  // One read of the day; births and deaths are digested from the raw rows (their lines keep the full text).
  const byKind = groupEventsByKind(dayEventsQuery({ month, day, include }).all());
  const selected = listSelectedForDay({ month, day, year, include });
  const chosen = new Set(selected.map((e) => e.id));
  return {
    month,
    day,
    selected,
    events: byKind.event.filter((e) => !chosen.has(e.id)).map(toCard),
    observances: byKind.observance.map(toCard),
    births: digestByCentury(byKind.birth, { shownAbove: chosen }),
    deaths: digestByCentury(byKind.death, { shownAbove: chosen }),
  };
}

/** All births (or deaths) of a calendar day as one-line entries, in year order. */
export function listDayEntriesOfKind({
  month,
  day,
  kind,
}: CalendarDay & { kind: 'birth' | 'death' }): EventLine[] {
  return db
    .select(lineColumns)
    .from(events)
    .where(
      and(
        eq(events.month, month),
        eq(events.day, day),
        isPubliclyVisible(),
        eq(events.precision, 'day'),
        eq(events.kind, kind),
      ),
    )
    .orderBy(asc(events.year), asc(events.id))
    .all()
    .map(toLine);
}

/**
 * Other public events of a calendar day ("Discover more from 1 February"): featured first, then those our
 * editors wrote, then the most recent.
 */
export function listMoreFromDay({
  month,
  day,
  excludeId,
  limit = 8,
}: CalendarDay & { excludeId: number; limit?: number }): EventCard[] {
  return db
    .select(cardColumns)
    .from(events)
    .innerJoin(categories, eq(categories.id, events.categoryId))
    .where(
      and(
        eq(events.month, month),
        eq(events.day, day),
        isPubliclyVisible(),
        eq(events.precision, 'day'),
        eq(events.kind, 'event'),
        ne(events.id, excludeId),
      ),
    )
    .orderBy(
      desc(events.featured),
      sql`${events.license} IS NULL DESC`,
      desc(events.year),
      desc(events.id),
    )
    .limit(limit)
    .all()
    .map(toCard);
}

export type DayNeighbours = { previous: CalendarDay | null; next: CalendarDay | null };

/**
 * The nearest calendar days before and after this one (round the year: 31 December is followed by
 * 1 January) with public births (or deaths), so a births page never links to an empty one. Walks
 * events_day_idx from the day outwards and stops at the first match.
 */
export function getDayNeighbours({
  month,
  day,
  kind,
}: CalendarDay & { kind: 'birth' | 'death' }): DayNeighbours {
  const find = (where: SQL, direction: 'asc' | 'desc') =>
    db.get<CalendarDay>(
      sql`SELECT ${events.month} AS month, ${events.day} AS day FROM ${events} INDEXED BY events_day_idx
        WHERE ${where} AND ${events.kind} = ${kind} AND ${events.precision} = 'day' AND ${publicEventsCondition()}
        ORDER BY ${events.month} ${sql.raw(direction)}, ${events.day} ${sql.raw(direction)} LIMIT 1`,
    ) ?? null;
  const here = sql`(${month}, ${day})`;
  const columns = sql`(${events.month}, ${events.day})`;
  const notHere = sql`${columns} <> ${here} AND ${events.month} IS NOT NULL`;
  const next = find(sql`${columns} > ${here}`, 'asc') ?? find(notHere, 'asc');
  const previous =
    find(sql`${columns} < ${here} AND ${events.month} IS NOT NULL`, 'desc') ??
    find(notHere, 'desc');
  return { previous, next };
}
