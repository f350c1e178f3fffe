import { monthDaySlug } from './dates';
import { yearSlug } from './slugs';

/** Paths of the public reader pages, in one place so links and redirects agree. */
export const sitePaths = {
  home: () => '/',
  days: () => '/days',
  day: (month: number, day: number) => `/days/${monthDaySlug(month, day)}`,
  dayKind: (month: number, day: number, kind: 'births' | 'deaths') =>
    `/days/${monthDaySlug(month, day)}/${kind}`,
  event: (slug: string) => `/events/${slug}`,
  categories: () => '/categories',
  category: (slug: string) => `/categories/${slug}`,
  tags: () => '/tags',
  tag: (slug: string) => `/tags/${slug}`,
  person: (slug: string) => `/people/${slug}`,
  year: (year: number) => `/years/${yearSlug(year)}`,
  yearKind: (year: number, kind: 'births' | 'deaths') => `/years/${yearSlug(year)}/${kind}`,
} as const;

function ordinal(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** Century number (20 = 1901–2000, -1 = 100–1 BCE) in URLs: "20th-century", "1st-century-bce". */
export function centurySlug(century: number): string {
  if (!Number.isInteger(century) || century === 0)
    throw new RangeError(`not a century: ${century}`);
  return century > 0 ? `${ordinal(century)}-century` : `${ordinal(-century)}-century-bce`;
}

/** Inverse of centurySlug; null for anything else (including a wrong ordinal suffix such as "20st-century"). */
export function parseCenturySlug(slug: string): number | null {
  const m = /^(\d{1,3})(st|nd|rd|th)-century(-bce)?$/.exec(slug);
  if (!m?.[1]) return null;
  const n = Number(m[1]);
  if (n === 0 || n > 100) return null;
  const century = m[3] ? -n : n;
  return centurySlug(century) === slug ? century : null;
}

/** "20th century", "1st century BCE". */
export function centuryLabel(century: number): string {
  return centurySlug(century).replace('-century', ' century').replace('-bce', ' BCE');
}

/** First and last year of a century, historical numbering: 20 -> 1901..2000, -1 -> -100..-1. */
export function centuryYearRange(century: number): { from: number; to: number } {
  if (!Number.isInteger(century) || century === 0)
    throw new RangeError(`not a century: ${century}`);
  return century > 0
    ? { from: (century - 1) * 100 + 1, to: century * 100 }
    : { from: century * 100, to: (century + 1) * 100 - 1 };
}

/** Parses a positive page number segment ("2"); page 1 has no segment, so "1" and "01" are not canonical. */
export function parsePageSegment(segment: string): number | null {
  if (!/^[1-9]\d{0,5}$/.test(segment)) return null;
  const n = Number(segment);
  return n >= 2 ? n : null;
}
