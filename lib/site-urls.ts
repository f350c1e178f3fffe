import { monthDaySlug } from './dates';
import { parsePeopleInitial, type PeopleInitial } from './people-initials';
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
  people: () => '/people',
  /** People A–Z: /people/a-z/j, page 2 /people/a-z/j/2 (two segments, so no person's slug can clash). */
  peopleInitial: (initial: string, page = 1) =>
    page === 1 ? `/people/a-z/${initial}` : `/people/a-z/${initial}/${page}`,
  events: (page = 1) => (page === 1 ? '/events' : `/events/page/${page}`),
  years: () => '/years',
  /** A century's years: /years/20th-century, /years/1st-century-bce (no year slug looks like these). */
  century: (century: number) => `/years/${centurySlug(century)}`,
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

/**
 * The index pages (/events, /people, /years and their sub-pages) as the path segments after /browse, where
 * next.config.ts rewrites them (see there for why); null for anything else.
 */
export type IndexView =
  | { index: 'events'; page: number }
  | { index: 'people' }
  | { index: 'people-initial'; initial: PeopleInitial; page: number }
  | { index: 'years' }
  | { index: 'century'; century: number };

export function parseIndexPath(segments: readonly string[]): IndexView | null {
  const [first, ...rest] = segments;
  const page = (s: string | undefined) => (s === undefined ? 1 : parsePageSegment(s));
  switch (first) {
    case 'events': {
      if (rest.length === 0) return { index: 'events', page: 1 };
      if (rest.length !== 2 || rest[0] !== 'page') return null;
      const p = page(rest[1]);
      return p === null ? null : { index: 'events', page: p };
    }
    case 'people': {
      if (rest.length === 0) return { index: 'people' };
      if (rest[0] !== 'a-z' || rest.length < 2 || rest.length > 3) return null;
      const initial = parsePeopleInitial(rest[1] ?? '');
      const p = page(rest[2]);
      return initial === null || p === null ? null : { index: 'people-initial', initial, page: p };
    }
    case 'years': {
      if (rest.length === 0) return { index: 'years' };
      const century = rest.length === 1 ? parseCenturySlug(rest[0] ?? '') : null;
      return century === null ? null : { index: 'century', century };
    }
    default:
      return null;
  }
}

/** The public path of an index view (the inverse of parseIndexPath). */
export function indexViewPath(view: IndexView): string {
  switch (view.index) {
    case 'events':
      return sitePaths.events(view.page);
    case 'people':
      return sitePaths.people();
    case 'people-initial':
      return sitePaths.peopleInitial(view.initial, view.page);
    case 'years':
      return sitePaths.years();
    case 'century':
      return sitePaths.century(view.century);
  }
}
