import 'server-only';
import { sql } from 'drizzle-orm';
import type { EventKind } from '@/lib/events/enums';
import { categories, events } from '../schema';

/** The date fields every list item carries (a HistoricalDate without the end date). */
export type DateFields = {
  year: number | null;
  month: number | null;
  day: number | null;
  precision: 'day' | 'month' | 'year' | 'decade' | 'century';
  circa: boolean;
  calendar: 'gregorian' | 'julian';
};

export type CategoryChip = { slug: string; name: string; color: string };

/** What an event card shows: plain JSON (it goes through unstable_cache). */
export type EventCard = DateFields & {
  id: number;
  slug: string;
  kind: EventKind;
  title: string;
  /** The summary, cut to about CARD_SUMMARY_LENGTH characters at a word boundary. */
  summary: string;
  featured: boolean;
  imported: boolean;
  category: CategoryChip;
};

/**
 * A one-line entry (births, deaths, long lists): the title, then `detail`, the rest of the summary as it
 * reads after the title (", German author (d. 1962)" for an imported birth whose title is the name), or
 * " — summary" when the summary does not start with the title; "" when it adds nothing.
 */
export type EventLine = DateFields & {
  id: number;
  slug: string;
  kind: EventKind;
  title: string;
  detail: string;
};

const CARD_SUMMARY_LENGTH = 280;
const LINE_DETAIL_LENGTH = 160;

export const dateColumns = {
  year: events.year,
  month: events.month,
  day: events.day,
  precision: events.precision,
  circa: events.circa,
  calendar: events.calendar,
};

const baseColumns = {
  id: events.id,
  slug: events.slug,
  kind: events.kind,
  title: events.title,
  ...dateColumns,
};

/** Select list for one-line entries. */
export const lineColumns = {
  ...baseColumns,
  summary: sql<string>`substr(${events.summary}, 1, ${CARD_SUMMARY_LENGTH + 40})`,
};

/** Select list for cards; the query must join categories on events.category_id. */
export const cardColumns = {
  ...lineColumns,
  featured: events.featured,
  notability: events.notability,
  // Imported text carries a third-party licence; our own writing (editors, sample content) does not.
  imported: sql<number>`${events.license} IS NOT NULL`,
  categorySlug: categories.slug,
  categoryName: categories.name,
  categoryColor: categories.color,
};

type BaseRow = { [K in keyof typeof baseColumns]: EventLine[K] };
type LineRow = BaseRow & { summary: string };
/** A row selected with cardColumns, before it becomes a card or a line. */
export type CardRow = LineRow & {
  featured: boolean;
  notability: number;
  imported: number;
  categorySlug: string;
  categoryName: string;
  categoryColor: string;
};

/** Shortens text to at most `max` characters, at a word boundary, with an ellipsis. */
export function truncateText(text: string, max: number): string {
  const clean = text.trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

const comparable = (s: string) =>
  s
    .trim()
    .replace(/[.…\s]+$/, '')
    .toLowerCase();

/**
 * What a card or timeline shows for an imported one-liner, whose title is its text cut short: the whole
 * text as the title (up to CARD_SUMMARY_LENGTH) and no separate summary, instead of the same words twice.
 */
export function cardText(title: string, summary: string): { title: string; summary: string } {
  const cut = title.endsWith('…') ? title.slice(0, -1).trimEnd() : null;
  if (cut && summary.startsWith(cut))
    return { title: truncateText(summary.replace(/\.$/, ''), CARD_SUMMARY_LENGTH), summary: '' };
  // An imported birth or death reads "Name, what they were (d. 1962)": show what follows the name.
  if (title && summary.startsWith(`${title}, `)) {
    const rest = summary.slice(title.length + 2).trim();
    return {
      title,
      summary: truncateText(rest.charAt(0).toUpperCase() + rest.slice(1), CARD_SUMMARY_LENGTH),
    };
  }
  return { title, summary: cardSummary(title, summary) };
}

/** The card text: empty when the summary only repeats the title (as imported one-line entries do). */
export function cardSummary(title: string, summary: string): string {
  if (!summary.trim() || comparable(summary) === comparable(title)) return '';
  return truncateText(summary, CARD_SUMMARY_LENGTH);
}

/** The text a one-line entry shows after its title (see EventLine). */
export function lineDetail(title: string, summary: string): string {
  const text = summary.trim();
  if (!text || comparable(text) === comparable(title)) return '';
  if (text.toLowerCase().startsWith(title.toLowerCase()) && title.length > 0) {
    const rest = text.slice(title.length).replace(/\.$/, '');
    // Keep the space before "(b. 1207)"; a comma follows the name directly.
    const space = /^\s/.test(rest) ? ' ' : '';
    return rest.trim() ? `${space}${truncateText(rest, LINE_DETAIL_LENGTH)}` : '';
  }
  return ` — ${truncateText(text, LINE_DETAIL_LENGTH)}`;
}

function dateOf(row: BaseRow): DateFields {
  return {
    year: row.year,
    month: row.month,
    day: row.day,
    precision: row.precision,
    circa: row.circa,
    calendar: row.calendar,
  };
}

export function toLine(row: LineRow): EventLine {
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    title: row.title,
    detail: lineDetail(row.title, row.summary),
    ...dateOf(row),
  };
}

export function toCard(row: CardRow): EventCard {
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    ...cardText(row.title, row.summary),
    ...dateOf(row),
    featured: row.featured,
    imported: Boolean(row.imported),
    category: { slug: row.categorySlug, name: row.categoryName, color: row.categoryColor },
  };
}

/** SQL expression for the century of events.year, NULL when there is no year. */
export const centuryExpr = sql<
  number | null
>`CASE WHEN ${events.year} IS NULL THEN NULL WHEN ${events.year} > 0 THEN (${events.year} + 99) / 100 ELSE -((-${events.year} + 99) / 100) END`;

export type CenturyCount = { century: number | null; count: number };
