import 'server-only';
import type { CardRow, CenturyCount, EventLine } from './cards';
import { centuryOfYear } from '@/lib/events/centuries';
import { toLine } from './cards';

/** A long list (births or deaths of a day or a year) summed up: counts per group and a few highlights. */
export type KindDigest = { total: number; highlights: EventLine[] };
export type DayKindDigest = KindDigest & { centuries: CenturyCount[] };
export type MonthCount = { month: number | null; count: number };
export type YearKindDigest = KindDigest & { months: MonthCount[] };

const HIGHLIGHT_COUNT = 10;

/** What choosing highlights looks at. */
type Rankable = {
  featured: boolean;
  /** From the graph (db/queries/notability.ts): what editors wrote already ranks higher. */
  notability: number;
  year: number | null;
  month: number | null;
};

/**
 * Picks up to `count` entries worth showing first: featured ones, then the best known (notability),
 * at most a third of them from one group (centuries on a day page, months on a year page) while
 * others are left, so that a day's highlights are its famous births across the ages and not ten
 * footballers of one decade. Returned in the input's order.
 */
export function pickHighlights<T extends Rankable>(
  items: readonly T[],
  { groupOf, count = HIGHLIGHT_COUNT }: { groupOf: (item: T) => number | null; count?: number },
): T[] {
  const chosen = new Set<T>();
  const perGroup = new Map<number | null, number>();
  const take = (item: T) => {
    chosen.add(item);
    const g = groupOf(item);
    perGroup.set(g, (perGroup.get(g) ?? 0) + 1);
  };
  for (const item of items) if (item.featured && chosen.size < count) take(item);
  // Best known first; among equals the latest, as a reader of a day page expects.
  const ranked = items
    .filter((i) => !chosen.has(i))
    .map((item, index) => ({ item, index }))
    .sort((a, b) => b.item.notability - a.item.notability || b.index - a.index)
    .map((r) => r.item);
  const limit = Math.max(1, Math.ceil(count / 3));
  for (const item of ranked) {
    if (chosen.size >= count) break;
    if ((perGroup.get(groupOf(item)) ?? 0) < limit) take(item);
  }
  for (const item of ranked) {
    if (chosen.size >= count) break;
    if (!chosen.has(item)) take(item);
  }
  return items.filter((i) => chosen.has(i));
}

/** Counts of consecutive runs with the same key, in input order (the input is sorted by that key). */
function countRuns<T>(
  items: readonly T[],
  keyOf: (item: T) => number | null,
): { key: number | null; count: number }[] {
  const counts: { key: number | null; count: number }[] = [];
  for (const item of items) {
    const key = keyOf(item);
    const last = counts.at(-1);
    if (last && last.key === key) last.count++;
    else counts.push({ key, count: 1 });
  }
  return counts;
}

function countByCentury(items: readonly { year: number | null }[]): CenturyCount[] {
  return countRuns(items, (i) => centuryOfYear(i.year)).map((r) => ({
    century: r.key,
    count: r.count,
  }));
}

/** Digest of a day's births or deaths (sorted by year): per-century counts and highlights across centuries. */
export function digestByCentury(
  rows: readonly CardRow[],
  o: { shownAbove?: ReadonlySet<number> } = {},
): DayKindDigest {
  // Entries the page already shows above (its selected list) are counted but not highlighted again.
  const candidates = o.shownAbove ? rows.filter((r) => !o.shownAbove?.has(r.id)) : rows;
  return {
    total: rows.length,
    centuries: countByCentury(rows),
    highlights: pickHighlights(candidates, { groupOf: (i) => centuryOfYear(i.year) }).map(toLine),
  };
}

/** Digest of a year's births or deaths (sorted by month): per-month counts and highlights across months. */
export function digestByMonth(rows: readonly CardRow[]): YearKindDigest {
  return {
    total: rows.length,
    months: countRuns(rows, (i) => i.month).map((r) => ({ month: r.key, count: r.count })),
    highlights: pickHighlights(rows, { groupOf: (i) => i.month }).map(toLine),
  };
}
