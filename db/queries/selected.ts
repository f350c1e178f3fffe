import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { pickSelected, roundAnniversaryYears } from '@/lib/events/selected';
import { categories, events } from '../schema';
import type { EventCard } from './cards';
import { cardColumns, centuryExpr, toCard } from './cards';
import { publicEventsCondition } from './visibility';

/*
 * A day's selected anniversaries (the rule: lib/events/selected.ts). The store reads a few dozen
 * candidates and the picker chooses among them: the day's best-known events, births and deaths
 * (each kind from events_public_day_notability_idx, the day's public entries by notability, so a
 * day of 1,000 entries costs a short walk of the index), the best-known events of each century
 * (while notability is unknown, 0 for all, the best-known are the last imported: the newest), this
 * year's round anniversaries, and its featured entries.
 */

/** How many of the day's best-known entries of each kind the picker chooses from. */
const CANDIDATES = { event: 40, birth: 10, death: 10 } as const;
/** And the best-known events of each century, so that the list can mix periods. */
const PER_CENTURY_CANDIDATES = 2;
const ROUND_CANDIDATES = 60;
const FEATURED_CANDIDATES = 10;

export type SelectedEntry = EventCard & {
  /** The round anniversary in the year the list is for (25, 50, 100 …), or null. */
  anniversary: number | null;
};

const dayPublic = (month: number, day: number) =>
  sql`${events.month} = ${month} AND ${events.day} = ${day} AND ${publicEventsCondition()} AND ${events.precision} = 'day'`;

/** The ids of a day's candidates (the union of the reads above), as one statement. */
function candidateIds({
  month,
  day,
  year,
  include,
}: {
  month: number;
  day: number;
  year: number;
  include?: number;
}) {
  const byNotability = (kind: keyof typeof CANDIDATES) =>
    sql`SELECT id FROM (SELECT ${events.id} AS id FROM ${events} INDEXED BY events_public_day_notability_idx
      WHERE ${dayPublic(month, day)} AND ${events.kind} = ${kind}
      ORDER BY ${events.notability} DESC, ${events.id} DESC LIMIT ${CANDIDATES[kind]})`;
  const roundYears = sql.join(
    roundAnniversaryYears(year).map((y) => sql`${y}`),
    sql`, `,
  );
  return sql`${byNotability('event')} UNION ${byNotability('birth')} UNION ${byNotability('death')}
    UNION SELECT id FROM (SELECT ${events.id} AS id, row_number() OVER (
        PARTITION BY ${centuryExpr} ORDER BY ${events.notability} DESC, ${events.id} DESC) AS n
      FROM ${events} INDEXED BY events_public_day_notability_idx
      WHERE ${dayPublic(month, day)} AND ${events.kind} = 'event') WHERE n <= ${PER_CENTURY_CANDIDATES}
    UNION SELECT id FROM (SELECT ${events.id} AS id FROM ${events}
      WHERE ${dayPublic(month, day)} AND ${events.kind} <> 'observance' AND ${events.year} IN (${roundYears})
      ORDER BY ${events.notability} DESC, ${events.id} DESC LIMIT ${ROUND_CANDIDATES})
    UNION SELECT id FROM (SELECT ${events.id} AS id FROM ${events}
      WHERE ${dayPublic(month, day)} AND ${events.featured} = 1 AND ${events.kind} <> 'observance'
      ORDER BY ${events.notability} DESC, ${events.id} DESC LIMIT ${FEATURED_CANDIDATES})${
        include === undefined
          ? sql``
          : sql` UNION SELECT ${events.id} FROM ${events} WHERE ${events.id} = ${include}
      AND ${events.deletedAt} IS NULL AND ${events.month} = ${month} AND ${events.day} = ${day} AND ${events.precision} = 'day'`
      }`;
}

/**
 * The selected anniversaries of a calendar day as shown in `year` (the year the page is rendered
 * in: round anniversaries are this year's): featured first, then newest first.
 */
export function listSelectedForDay(q: {
  month: number;
  day: number;
  year: number;
  /** An event that is a candidate as if it were public (an editor's preview). */
  include?: number;
}): SelectedEntry[] {
  const rows = db
    .select({
      ...cardColumns,
      notability: events.notability,
      selectable: events.selectable,
    })
    .from(events)
    .innerJoin(categories, eq(categories.id, events.categoryId))
    .where(sql`${events.id} IN (${candidateIds(q)})`)
    .all();
  const picks = pickSelected(
    rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      year: row.year,
      category: row.categorySlug,
      featured: row.featured,
      selectable: row.selectable,
      notability: row.notability,
      imported: Boolean(row.imported),
      row,
    })),
    { year: q.year },
  );
  return picks.map((p) => ({ ...toCard(p.entry.row), anniversary: p.anniversary }));
}
