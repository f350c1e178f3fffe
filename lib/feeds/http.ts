import { createHash } from 'node:crypto';
import { adjacentDay, gregorianToday } from '@/lib/dates';

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** Milliseconds the zone's wall clock is ahead of UTC at `instant`. */
function zoneOffset(timeZone: string, instant: number): number {
  let f = offsetFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    offsetFormatters.set(timeZone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(instant).map((p) => [p.type, p.value]));
  const wall = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The instant the site's "today" began: local midnight, or the first moment of the day where midnight is skipped. */
export function startOfSiteDay(timeZone: string, now: Date = new Date()): Date {
  return startOfLocalDate(timeZone, gregorianToday(timeZone, now));
}

function startOfLocalDate(timeZone: string, d: { year: number; month: number; day: number }): Date {
  const midnightAsUtc = Date.UTC(d.year, d.month - 1, d.day);
  let instant = midnightAsUtc - zoneOffset(timeZone, midnightAsUtc);
  const second = midnightAsUtc - zoneOffset(timeZone, instant);
  if (second !== instant) instant = Math.min(instant, second);
  // Where a DST change skips midnight, the day starts at the first instant whose date is that day.
  while (sameDay(gregorianToday(timeZone, new Date(instant - 60_000)), d)) instant -= 60_000;
  while (!sameDay(gregorianToday(timeZone, new Date(instant)), d)) instant += 60_000;
  return new Date(instant);
}

const sameDay = (a: { year: number; month: number; day: number }, b: typeof a) =>
  a.year === b.year && a.month === b.month && a.day === b.day;

/** Whole seconds until the site's date changes (at least 1). */
export function secondsUntilNextSiteDay(timeZone: string, now: Date = new Date()): number {
  const today = gregorianToday(timeZone, now);
  const next = adjacentDay(today, 1);
  const year = next.month === 1 && next.day === 1 ? today.year + 1 : today.year;
  // adjacentDay walks day pages (29 February always exists); in a common year 28 February is followed by 1 March.
  const tomorrow =
    next.month === 2 && next.day === 29 && !isGregorianLeap(year)
      ? { year, month: 3, day: 1 }
      : { year, ...next };
  const ms = startOfLocalDate(timeZone, tomorrow).getTime() - now.getTime();
  return Math.max(1, Math.ceil(ms / 1000));
}

const isGregorianLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export type CacheableResponseOptions = {
  contentType: string;
  /** Seconds browsers and shared caches may reuse the response. */
  maxAge: number;
  lastModified?: Date;
  /** For downloads: the file name offered to the reader (Content-Disposition). */
  download?: { filename: string; disposition: 'inline' | 'attachment' };
};

/**
 * A response (feed, calendar, sitemap) with caching headers: Cache-Control, a strong ETag of the body (the body is byte-for-byte
 * deterministic for the same data), Last-Modified; a conditional request whose ETag still matches gets 304.
 */
export function cacheableResponse(
  request: Request,
  body: string,
  o: CacheableResponseOptions,
): Response {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  const headers = new Headers({
    'Cache-Control': `public, max-age=${Math.max(0, Math.floor(o.maxAge))}`,
    ETag: etag,
  });
  if (o.lastModified) headers.set('Last-Modified', o.lastModified.toUTCString());
  const inm = request.headers.get('if-none-match');
  if (
    inm &&
    inm.split(',').some((t) => t.trim().replace(/^W\//, '') === etag || t.trim() === '*')
  ) {
    return new Response(null, { status: 304, headers });
  }
  headers.set('Content-Type', o.contentType);
  if (o.download) {
    const safe = o.download.filename.replace(/[^A-Za-z0-9._-]+/g, '-');
    headers.set('Content-Disposition', `${o.download.disposition}; filename="${safe}"`);
  }
  return new Response(body, { status: 200, headers });
}
