import { formatHistoricalDate, formatYear, type Calendar, type Precision } from '@/lib/dates';
import { API_FIELDS, pickFields, type ApiField } from '@/lib/events/fields';
import type { EventRecord } from '@/lib/events/record';
import { relatedEventsOf } from '@/lib/events/relations';
import { isVisibleToReaders } from '@/lib/events/visibility';
import { renderMarkdown } from '@/lib/markdown';
import { sitePaths } from '@/lib/site-urls';
import type { ApiKind } from './v1-params';

/*
 * The JSON /api/v1 answers with, built from the data layer's rows (lists) and from the event's
 * record (one event: apiEventOf). Every record carries its page on the site (`url`) and its place
 * in the API (`apiUrl`) as absolute URLs, so a client never has to know our URL scheme. The OpenAPI document (lib/api/openapi.ts) describes exactly these shapes.
 */

export const API_BASE_PATH = '/api/v1';

export const apiPaths = {
  index: () => API_BASE_PATH,
  openapi: () => `${API_BASE_PATH}/openapi.json`,
  day: (month: number, day: number) =>
    `${API_BASE_PATH}/days/${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
  event: (slug: string) => `${API_BASE_PATH}/events/${slug}`,
  categories: () => `${API_BASE_PATH}/categories`,
  category: (slug: string) => `${API_BASE_PATH}/categories/${slug}`,
  tags: () => `${API_BASE_PATH}/tags`,
  tag: (slug: string) => `${API_BASE_PATH}/tags/${slug}`,
  person: (slug: string) => `${API_BASE_PATH}/people/${slug}`,
  year: (year: number) => `${API_BASE_PATH}/years/${year}`,
  search: () => `${API_BASE_PATH}/search`,
} as const;

/** An event row as the data layer reads it for lists (title and summary as stored, uncut). */
export type ApiEventRow = {
  id: number;
  slug: string;
  kind: ApiKind;
  title: string;
  summary: string;
  year: number | null;
  month: number | null;
  day: number | null;
  precision: Precision;
  circa: boolean;
  calendar: Calendar;
  featured: boolean;
  categorySlug: string;
  categoryName: string;
};

export type ApiDate = {
  /** Historical numbering: -44 is 44 BCE; there is no year 0. Null for observances. */
  year: number | null;
  month: number | null;
  day: number | null;
  precision: Precision;
  circa: boolean;
  calendar: Calendar;
  /** As the site shows it: "1 February 1924", "44 BCE", "c. 1440", "1 February" (observance). */
  label: string;
};

export type ApiCategoryRef = { slug: string; name: string; url: string; apiUrl: string };

export type ApiEventSummary = {
  id: number;
  slug: string;
  kind: ApiKind;
  title: string;
  summary: string;
  date: ApiDate;
  category: ApiCategoryRef;
  featured: boolean;
  url: string;
  apiUrl: string;
};

export type ApiPagination = {
  limit: number;
  /** Pass as `cursor` to get the next page; null on the last page. */
  nextCursor: string | null;
  /** The next page's full URL; null on the last page. */
  next: string | null;
};

export type ApiList<T> = { data: T[]; pagination: ApiPagination };

export function absoluteUrl(siteUrl: string, path: string): string {
  return `${siteUrl}${path}`;
}

export function toApiDate(d: {
  year: number | null;
  month: number | null;
  day: number | null;
  precision: Precision;
  circa: boolean;
  calendar: Calendar;
}): ApiDate {
  let label = '';
  try {
    label = formatHistoricalDate(d);
  } catch {
    // A stored date that cannot be formatted (bad data) still has its parts.
    label = d.year !== null && d.year !== 0 ? formatYear(d.year) : '';
  }
  return {
    year: d.year,
    month: d.month,
    day: d.day,
    precision: d.precision,
    circa: d.circa,
    calendar: d.calendar,
    label,
  };
}

export function toCategoryRef(siteUrl: string, slug: string, name: string): ApiCategoryRef {
  return {
    slug,
    name,
    url: absoluteUrl(siteUrl, sitePaths.category(slug)),
    apiUrl: absoluteUrl(siteUrl, apiPaths.category(slug)),
  };
}

export function toEventSummary(siteUrl: string, row: ApiEventRow): ApiEventSummary {
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    title: row.title,
    summary: row.summary,
    date: toApiDate(row),
    category: toCategoryRef(siteUrl, row.categorySlug, row.categoryName),
    featured: row.featured,
    url: absoluteUrl(siteUrl, sitePaths.event(row.slug)),
    apiUrl: absoluteUrl(siteUrl, apiPaths.event(row.slug)),
  };
}

export type ApiEventDetail = ApiEventSummary & {
  keyPoints: string[];
  /** Markdown as editors wrote it ("What happened", "Why it matters", …). */
  body: string;
  /** The body rendered to sanitised HTML, as the event page shows it. */
  bodyHtml: string;
} & Pick<EventRecord, ApiField> & {
    endDate: ApiDate | null;
    location: { name: string | null; latitude: number | null; longitude: number | null } | null;
    image: { url: string; alt: string; credit: string | null } | null;
    people: { slug: string; name: string; role: string; url: string; apiUrl: string }[];
    tags: { slug: string; name: string; url: string; apiUrl: string }[];
    references: {
      url: string;
      title: string;
      publisher: string | null;
      accessedAt: string | null;
    }[];
    links: { relation: string; label: string; event: ApiEventSummary }[];
    /** Where imported text came from and its licence; null for our editors' own writing. */
    attribution: { source: string | null; url: string | null; license: string | null } | null;
    updatedAt: string;
  };

/**
 * An event's list row, from its record (lib/events/record.ts, what the store's loadEvent returns);
 * null when readers cannot see the event.
 */
export function apiEventRowOf(e: EventRecord): ApiEventRow | null {
  if (!isVisibleToReaders(e) || !e.category) return null;
  return {
    id: e.id,
    slug: e.slug,
    kind: e.kind,
    title: e.title,
    summary: e.summary,
    year: e.year,
    month: e.month,
    day: e.day,
    precision: e.precision,
    circa: e.circa,
    calendar: e.calendar,
    featured: e.featured,
    categorySlug: e.category.slug,
    categoryName: e.category.name,
  };
}

/**
 * The API's answer for one event: what its record holds, and the links readers may follow (to the
 * events of `linked`, the records of the other ends, that readers can see). Null when readers
 * cannot see the event itself.
 */
export function apiEventOf(o: {
  siteUrl: string;
  event: EventRecord;
  linked: readonly EventRecord[];
}): ApiEventDetail | null {
  const { siteUrl, event: e } = o;
  const row = apiEventRowOf(e);
  if (!row) return null;
  const linked = new Map<number, ApiEventRow>();
  for (const l of o.linked) {
    const r = apiEventRowOf(l);
    if (r) linked.set(l.id, r);
  }
  return {
    ...toEventSummary(siteUrl, row),
    keyPoints: e.keyPoints.filter((p) => p.trim() !== ''),
    body: e.body,
    bodyHtml: renderMarkdown(e.body),
    // The fields the API offers as they are stored (lib/events/fields.ts).
    ...pickFields(e, API_FIELDS),
    endDate:
      e.endYear !== null || e.endMonth !== null
        ? toApiDate({
            year: e.endYear,
            month: e.endMonth,
            day: e.endDay,
            precision: e.endPrecision ?? 'day',
            circa: e.circa,
            calendar: e.calendar,
          })
        : null,
    location:
      e.location !== null || e.latitude !== null
        ? { name: e.location, latitude: e.latitude, longitude: e.longitude }
        : null,
    image: e.imageUrl ? { url: e.imageUrl, alt: e.imageAlt ?? '', credit: e.imageCredit } : null,
    people: e.people.map((p) => ({
      slug: p.slug,
      name: p.name,
      role: p.role,
      url: absoluteUrl(siteUrl, sitePaths.person(p.slug)),
      apiUrl: absoluteUrl(siteUrl, apiPaths.person(p.slug)),
    })),
    tags: e.tags.map((t) => ({
      slug: t.slug,
      name: t.name,
      url: absoluteUrl(siteUrl, sitePaths.tag(t.slug)),
      apiUrl: absoluteUrl(siteUrl, apiPaths.tag(t.slug)),
    })),
    references: e.references.map(({ url, title, publisher, accessedAt }) => ({
      url,
      title,
      publisher,
      accessedAt,
    })),
    links: relatedEventsOf(e.links, (id) => linked.get(id)).map((l) => ({
      relation: l.relation,
      label: l.label,
      event: toEventSummary(siteUrl, l.event),
    })),
    attribution:
      e.source !== null || e.license !== null
        ? { source: e.source, url: e.sourceUrl, license: e.license }
        : null,
    updatedAt: new Date(e.updatedAt).toISOString(),
  };
}

/**
 * The pagination block: the next page's URL is this request's URL with `cursor` replaced, so every
 * filter the client chose carries over.
 */
export function toPagination(o: {
  siteUrl: string;
  requestUrl: URL;
  limit: number;
  nextCursor: string | null;
}): ApiPagination {
  if (o.nextCursor === null) return { limit: o.limit, nextCursor: null, next: null };
  const params = new URLSearchParams(o.requestUrl.searchParams);
  params.set('cursor', o.nextCursor);
  return {
    limit: o.limit,
    nextCursor: o.nextCursor,
    next: `${o.siteUrl}${o.requestUrl.pathname}?${params.toString()}`,
  };
}

/** The RFC 8288 Link header for the next page, when there is one. */
export function nextLinkHeader(p: ApiPagination): Record<string, string> {
  return p.next ? { Link: `<${p.next}>; rel="next"` } : {};
}

export function yearLabel(year: number): string {
  return formatYear(year);
}

export type ApiPartialDate = {
  year: number | null;
  month: number | null;
  day: number | null;
  label: string;
};

/** A person's birth or death date, as much of it as is known ("12 October 1866", "1866"). */
export function toPartialDate(
  d: { year: number | null; month: number | null; day: number | null } | null,
): ApiPartialDate | null {
  if (!d) return null;
  const precision =
    d.month !== null && d.day !== null ? 'day' : d.month !== null ? 'month' : 'year';
  const { label } = toApiDate({ ...d, precision, circa: false, calendar: 'gregorian' });
  return { year: d.year, month: d.month, day: d.day, label };
}
