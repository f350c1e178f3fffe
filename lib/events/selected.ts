import { fromAstronomicalYear, toAstronomicalYear } from '@/lib/dates';
import { centuryOfYear } from './centuries';
import type { EventKind } from './enums';

/*
 * A day's selected anniversaries: the handful of entries a day page shows first and the Wikimedia
 * feed answers as `selected`. Chosen here from candidates the store reads (the day's best-known
 * entries, its featured ones and this year's round anniversaries), by this rule:
 *
 * - featured entries are always in, first (at most SELECTED_MAX);
 * - the others are entries an editor has not kept out (`selectable`), events, births and deaths
 *   (observances recur every year: they have their own block), ranked by a score: their notability
 *   as a share of the best candidate's (0–1), plus a bonus for a round anniversary this year
 *   (ROUND_BONUS: +0.5 for a multiple of 100 years, +0.4 for 50, 150, 250 …, +0.3 for 25 and 75) and
 *   a tie-breaker for entries written in Almanac rather than imported (+0.05: notability already
 *   ranks them higher, db/queries/notability.ts);
 * - they are taken best first, at most 2 from one century and 2 from one category (births and
 *   deaths have theirs), and at most 3 in 8 births and deaths together, so that the list mixes
 *   periods and subjects and is mostly events; where the day has no alternative, those limits are
 *   relaxed step by step rather than leaving the list short;
 * - the list has SELECTED_SIZE entries, or half the day's candidates (rounded up) on a day with
 *   fewer than 2 × SELECTED_SIZE, so that a sparse day keeps entries for its other blocks.
 *
 * Shown featured first, then newest first.
 */

/** How many entries a selected list aims at. */
export const SELECTED_SIZE = 8;
/** At most this many, however many are featured. */
export const SELECTED_MAX = 10;

/** Whole years from `year` to `thisYear` (historical numbering: there is no year 0); null when undated. */
export function yearsSince(year: number | null, thisYear: number): number | null {
  if (year === null || year === 0) return null;
  return toAstronomicalYear(thisYear) - toAstronomicalYear(year);
}

/** 25, 50, 75 and 100 years, then every 50 (150, 200, 250 …). */
export function isRoundAnniversary(years: number): boolean {
  if (!Number.isInteger(years) || years < 25) return false;
  return years <= 100 ? years % 25 === 0 : years % 50 === 0;
}

/** The round anniversary an entry of `year` has in `thisYear` (100 for 1926 in 2026), or null. */
export function roundAnniversary(year: number | null, thisYear: number): number | null {
  const years = yearsSince(year, thisYear);
  return years !== null && isRoundAnniversary(years) ? years : null;
}

/** Every year (back to `earliest`) whose entries have a round anniversary in `thisYear`, newest first. */
export function roundAnniversaryYears(thisYear: number, earliest = -5000): number[] {
  const years: number[] = [];
  const now = toAstronomicalYear(thisYear);
  const earliestAstronomical = toAstronomicalYear(earliest);
  for (let n = 25; now - n >= earliestAstronomical; n += n < 100 ? 25 : 50) {
    years.push(fromAstronomicalYear(now - n));
  }
  return years;
}

/** The score bonus of a round anniversary (see the rule above). */
export function roundBonus(years: number | null): number {
  if (years === null || !isRoundAnniversary(years)) return 0;
  if (years % 100 === 0) return 0.5;
  if (years % 50 === 0) return 0.4;
  return 0.3;
}

const OWN_WRITING_BONUS = 0.05;
const PER_CENTURY = 2;
const PER_CATEGORY = 2;
/** Births and deaths together: at most this share of the list. */
const PEOPLE_SHARE = 3 / 8;

/** What the picker reads of an entry. */
export type SelectionCandidate = {
  id: number;
  kind: EventKind;
  year: number | null;
  /** Its category (slug or id): at most PER_CATEGORY from one. */
  category: string;
  featured: boolean;
  selectable: boolean;
  notability: number;
  /** Imported text (muffinlabs, Wikimedia) rather than written in Almanac. */
  imported: boolean;
};

export type SelectedPick<T> = {
  entry: T;
  /** The round anniversary this year (25, 50, 100 …), or null. */
  anniversary: number | null;
};

type Limits = { century: number; category: number; people: number };

const isPerson = (kind: EventKind) => kind === 'birth' || kind === 'death';
const newestFirst = (a: { year: number | null }, b: { year: number | null }) =>
  (b.year ?? -Infinity) - (a.year ?? -Infinity);

/**
 * Picks a day's selected entries from its candidates (any order, repeats ignored) for `year`, the
 * year the list is shown in. `size` overrides the list's length (see the rule above).
 */
export function pickSelected<T extends SelectionCandidate>(
  candidates: readonly T[],
  o: { year: number; size?: number },
): SelectedPick<T>[] {
  const unique = [...new Map(candidates.map((c) => [c.id, c])).values()];
  const eligible = unique.filter((c) => c.kind !== 'observance' && c.year !== null);
  const featured = eligible
    .filter((c) => c.featured)
    .sort((a, b) => b.notability - a.notability || newestFirst(a, b) || a.id - b.id)
    .slice(0, SELECTED_MAX);
  const size = Math.min(
    SELECTED_MAX,
    Math.max(featured.length, o.size ?? Math.min(SELECTED_SIZE, Math.ceil(eligible.length / 2))),
  );

  const others = eligible.filter((c) => !c.featured && c.selectable);
  const best = Math.max(0, ...others.map((c) => c.notability));
  const score = (c: T) =>
    (best > 0 ? Math.max(0, c.notability) / best : 0) +
    roundBonus(yearsSince(c.year, o.year)) +
    (c.imported ? 0 : OWN_WRITING_BONUS);
  const ranked = others
    .map((c) => ({ c, s: score(c) }))
    .sort(
      (a, b) =>
        b.s - a.s || b.c.notability - a.c.notability || newestFirst(a.c, b.c) || a.c.id - b.c.id,
    )
    .map((r) => r.c);

  const chosen: T[] = [...featured];
  const taken = new Set(chosen.map((c) => c.id));
  const people = Math.max(1, Math.floor(size * PEOPLE_SHARE));
  // Relaxed a step at a time where the day has no alternative: the century and category limits by
  // one, then the share of births and deaths (a day with few events), then further.
  const steps: Limits[] = [
    { century: PER_CENTURY, category: PER_CATEGORY, people },
    { century: PER_CENTURY + 1, category: PER_CATEGORY + 1, people },
    { century: PER_CENTURY, category: PER_CATEGORY, people: Infinity },
    { century: PER_CENTURY + 1, category: PER_CATEGORY + 1, people: Infinity },
  ];
  for (let limit = PER_CENTURY + 2; limit <= size; limit++)
    steps.push(
      { century: limit, category: limit, people },
      { century: limit, category: limit, people: Infinity },
    );
  steps.push({ century: Infinity, category: Infinity, people: Infinity });
  for (const limits of steps) {
    for (const c of ranked) {
      if (chosen.length >= size) break;
      if (taken.has(c.id) || !fits(c, chosen, limits)) continue;
      chosen.push(c);
      taken.add(c.id);
    }
  }

  const rest = chosen.slice(featured.length).sort((a, b) => newestFirst(a, b) || a.id - b.id);
  return [...featured.sort(newestFirst), ...rest].map((entry) => ({
    entry,
    anniversary: roundAnniversary(entry.year, o.year),
  }));
}

function fits(c: SelectionCandidate, chosen: readonly SelectionCandidate[], limits: Limits) {
  const century = centuryOfYear(c.year);
  let sameCentury = 0;
  let sameCategory = 0;
  let persons = 0;
  for (const x of chosen) {
    if (centuryOfYear(x.year) === century) sameCentury++;
    if (x.category === c.category) sameCategory++;
    if (isPerson(x.kind)) persons++;
  }
  return (
    sameCentury < limits.century &&
    sameCategory < limits.category &&
    (!isPerson(c.kind) || persons < limits.people)
  );
}
