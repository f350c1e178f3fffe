import 'server-only';
import { notFound, permanentRedirect } from 'next/navigation';
import {
  MAX_YEAR,
  MIN_YEAR,
  monthDaySlug,
  parseMonthDaySlug,
  parseNumericMonthDay,
} from '@/lib/dates';
import { parseYearSlug, yearSlug } from '@/lib/slugs';

/*
 * Route params are checked twice: softly in generateMetadata (which must not throw notFound() or
 * redirect(): metadata renders outside the not-found boundary, and a throw there leaves readers without
 * JavaScript a blank page), and strictly in the page, which throws.
 */

export type Resolved<T> = { ok: T } | { redirect: string } | null;

/** Unwraps a Resolved value in a page: 404 for null, 308 for a redirect. */
export function orNotFound<T>(r: Resolved<T>): T {
  if (r === null) notFound();
  if ('redirect' in r) permanentRedirect(r.redirect);
  return r.ok;
}

/** Unwraps a Resolved value in generateMetadata: null unless it is the canonical URL. */
export function orNull<T>(r: Resolved<T>): T | null {
  return r !== null && 'ok' in r ? r.ok : null;
}

const decode = (raw: string) => {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
};

/**
 * The calendar day a /days/[day] segment names. "february-1" is the one URL per day; "February-01",
 * "02-01" and "2-1" redirect to it (keeping any sub-path); anything else is not found.
 */
export function parseDayParam(raw: string, subPath = ''): Resolved<{ month: number; day: number }> {
  const slug = decode(raw);
  const found = parseMonthDaySlug(slug) ?? parseNumericMonthDay(slug);
  if (!found) return null;
  const canonical = monthDaySlug(found.month, found.day);
  return canonical === slug ? { ok: found } : { redirect: `/days/${canonical}${subPath}` };
}

/** The year a /years/[year] segment names ("1924", "44-bce"); "44-bc" or "ad-9" redirect; year 0 and junk are not found. */
export function parseYearParam(raw: string, subPath = ''): Resolved<number> {
  const slug = decode(raw);
  const year = parseYearSlug(slug);
  if (year === null || year < MIN_YEAR || year > MAX_YEAR) return null;
  const canonical = yearSlug(year);
  return canonical === slug ? { ok: year } : { redirect: `/years/${canonical}${subPath}` };
}

export type KindSegment = { kind: 'birth' | 'death'; segment: 'births' | 'deaths' };

/** "births" | "deaths" sub-pages of a day or a year. */
export function parseKindParam(raw: string): KindSegment | null {
  if (raw === 'births') return { kind: 'birth', segment: 'births' };
  if (raw === 'deaths') return { kind: 'death', segment: 'deaths' };
  return null;
}

export { decode as decodeParam };

/** Page size of browse lists (category, tag). */
export const PAGE_SIZE = 50;

/** What generateMetadata returns for a URL that the page will answer with a 404 or a redirect. */
export const unresolvedMetadata = { title: 'Page not found', robots: { index: false } } as const;
