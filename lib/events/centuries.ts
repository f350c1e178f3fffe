import { centuryOf } from '@/lib/dates';

// Lists by century (a day's or a year's entries, a person's): the grouping the pages share.

/** Century in historical numbering (20 = 1901–2000, -1 = 100–1 BCE); null for undated entries. */
export function centuryOfYear(year: number | null): number | null {
  return year === null || year === 0 ? null : centuryOf(year);
}

export type CenturyGroup<T> = { century: number | null; items: T[] };

/** Groups items already sorted by year into runs of the same century, keeping their order. */
export function groupByCentury<T extends { year: number | null }>(
  items: readonly T[],
): CenturyGroup<T>[] {
  const groups: CenturyGroup<T>[] = [];
  for (const item of items) {
    const century = centuryOfYear(item.year);
    const last = groups.at(-1);
    if (last && last.century === century) last.items.push(item);
    else groups.push({ century, items: [item] });
  }
  return groups;
}
