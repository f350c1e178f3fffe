import type {
  Article,
  BreadcrumbList,
  Event as SchemaEvent,
  ListItem,
  Organization,
  Person,
  WithContext,
} from 'schema-dts';
import { convertCalendar } from '@/lib/dates';
import { shortTitle } from '@/lib/events/short-title';

/*
 * JSON-LD (schema.org) for event pages: an Article (our page) about an Event (what happened). The page
 * is an article we publish and revise, which is what datePublished/dateModified/author describe; the
 * historical happening is its `about`.
 *
 * schema.org dates are ISO 8601 in the Gregorian calendar. A happening gets a startDate only when its
 * date can be written that way without inventing anything:
 * - day precision: YYYY-MM-DD (a Julian date converted to the Gregorian calendar through the Julian day number);
 * - month precision: YYYY-MM (Gregorian only: a Julian month straddles two Gregorian ones);
 * - year precision: YYYY;
 * - BCE years (ISO 8601 needs an agreed expanded form that consumers do not read), years before 1 CE,
 *   circa dates, decades and centuries: no startDate. The page's text still gives the date.
 * Observances (no year) get an eventSchedule that repeats yearly on their day instead.
 */

export type HistoricalDateInput = {
  year: number | null;
  month: number | null;
  day: number | null;
  precision: 'day' | 'month' | 'year' | 'decade' | 'century';
  circa: boolean;
  calendar: 'gregorian' | 'julian';
};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** An ISO 8601 date for schema.org, or undefined when the date cannot honestly be written as one. */
export function schemaDate(d: HistoricalDateInput): string | undefined {
  if (d.year === null || d.circa || d.year < 1 || d.year > 9999) return undefined;
  if (d.precision === 'day' && d.month !== null && d.day !== null) {
    const g =
      d.calendar === 'julian'
        ? convertCalendar({
            year: d.year,
            month: d.month,
            day: d.day,
            from: 'julian',
            to: 'gregorian',
          })
        : { year: d.year, month: d.month, day: d.day };
    return g.year >= 1 && g.year <= 9999
      ? `${pad(g.year, 4)}-${pad(g.month)}-${pad(g.day)}`
      : undefined;
  }
  if (d.precision === 'month' && d.month !== null) {
    return d.calendar === 'gregorian' ? `${pad(d.year, 4)}-${pad(d.month)}` : pad(d.year, 4);
  }
  if (d.precision === 'year' || d.precision === 'month' || d.precision === 'day')
    return pad(d.year, 4);
  return undefined;
}

export type EventArticleInput = {
  /** Absolute canonical URL of the event page. */
  url: string;
  title: string;
  summary: string;
  /** Absolute URL of the page's generated image. */
  imageUrl: string;
  datePublished: Date | null;
  dateModified: Date;
  siteName: string;
  siteUrl: string;
  category: string;
  tags: readonly string[];
  people: readonly { name: string; url: string }[];
  kind: 'event' | 'birth' | 'death' | 'observance';
  date: HistoricalDateInput;
  end: HistoricalDateInput | null;
  location: string | null;
  latitude: number | null;
  longitude: number | null;
};

export function eventArticleJsonLd(e: EventArticleInput): WithContext<Article> {
  const organization: Organization = { '@type': 'Organization', name: e.siteName, url: e.siteUrl };
  const startDate = schemaDate(e.date);
  const endDate = e.end ? schemaDate(e.end) : undefined;
  const happening: SchemaEvent = {
    '@type': 'Event',
    name: e.title,
    ...(e.summary ? { description: e.summary } : {}),
    ...(startDate ? { startDate } : {}),
    ...(startDate && endDate && endDate >= startDate ? { endDate } : {}),
    ...(e.kind === 'observance' && e.date.month !== null && e.date.day !== null
      ? {
          eventSchedule: {
            '@type': 'Schedule',
            repeatFrequency: 'P1Y',
            byMonth: e.date.month,
            byMonthDay: e.date.day,
          },
        }
      : {}),
    ...(e.location
      ? {
          location: {
            '@type': 'Place',
            name: e.location,
            ...(e.latitude !== null && e.longitude !== null
              ? { geo: { '@type': 'GeoCoordinates', latitude: e.latitude, longitude: e.longitude } }
              : {}),
          },
        }
      : {}),
  };
  const mentions: Person[] = e.people.map((p) => ({ '@type': 'Person', name: p.name, url: p.url }));
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    '@id': `${e.url}#article`,
    // schema.org recommends short headlines; Google reads at most 110 characters.
    headline: shortTitle(e.title),
    name: e.title,
    ...(e.summary ? { description: e.summary } : {}),
    url: e.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': e.url },
    image: [e.imageUrl],
    ...(e.datePublished ? { datePublished: e.datePublished.toISOString() } : {}),
    dateModified: e.dateModified.toISOString(),
    author: organization,
    publisher: organization,
    inLanguage: 'en',
    articleSection: e.category,
    ...(e.tags.length ? { keywords: e.tags.join(', ') } : {}),
    isAccessibleForFree: true,
    about: happening,
    ...(mentions.length ? { mentions } : {}),
  };
}

/** A BreadcrumbList: each crumb's `url` absolute; the last crumb (the page itself) may go without one. */
export function breadcrumbJsonLd(
  crumbs: readonly { name: string; url?: string }[],
): WithContext<BreadcrumbList> {
  const itemListElement: ListItem[] = crumbs.map((c, i) => ({
    '@type': 'ListItem',
    position: i + 1,
    name: c.name,
    ...(c.url ? { item: c.url } : {}),
  }));
  return { '@context': 'https://schema.org', '@type': 'BreadcrumbList', itemListElement };
}

/**
 * JSON for a <script type="application/ld+json"> element. `<`, `>` and `&` are written as \u escapes so
 * no text in the data ("</script>", "<!--") can end the element or open markup; U+2028/U+2029 likewise,
 * for consumers that read the JSON as JavaScript.
 */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
