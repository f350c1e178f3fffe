import { formatMonthDay, formatYear } from '@/lib/dates';
import { textUnderShortTitle } from '@/lib/events/entry-text';
import { shortTitle } from '@/lib/events/short-title';
import { sitePaths } from '@/lib/site-urls';
import type { FeedDocument, FeedEntry } from './build-feed';
import type { Anniversary } from './ical';
import { absoluteUrl, feedPaths, type FeedFormat, tagUri } from './paths';

/** What the data layer hands the feeds for one event: plain JSON (times in ms since the epoch). */
export type FeedEventRow = {
  id: number;
  slug: string;
  kind: 'event' | 'birth' | 'death' | 'observance';
  title: string;
  summary: string;
  year: number | null;
  month: number | null;
  day: number | null;
  precision: 'day' | 'month' | 'year' | 'decade' | 'century';
  circa: boolean;
  calendar: 'gregorian' | 'julian';
  categorySlug: string;
  categoryName: string;
  publishedAt: number | null;
  updatedAt: number;
};

type Site = { siteUrl: string; siteName: string };

/** "1924", "44 BCE", "c. 1500"; null for observances. */
function feedYearLabel(r: Pick<FeedEventRow, 'year' | 'circa'>): string | null {
  if (r.year === null) return null;
  return `${r.circa ? 'c. ' : ''}${formatYear(r.year)}`;
}

/** "1924: The United Kingdom recognises the Soviet Union", the title in its short form. */
const titled = (r: FeedEventRow) => {
  const year = feedYearLabel(r);
  const title = shortTitle(r.title);
  return year ? `${year}: ${title}` : title;
};

const pad = (n: number) => String(n).padStart(2, '0');
const latest = (dates: readonly number[], floor: number) => new Date(Math.max(floor, ...dates));

/**
 * "Today in history" for one date. Every entry is new that day: its id names the date (so a reader shows
 * the event again next year instead of taking it for one already read), and it is dated from the start
 * of that day in the site's time zone, when it entered the feed (readers that drop old items keep it).
 */
export function todayFeedDocument(
  o: Site & {
    format: FeedFormat;
    date: { year: number; month: number; day: number };
    /** The instant the date began in the site's time zone. */
    dayStart: Date;
    rows: readonly FeedEventRow[];
  },
): FeedDocument {
  const iso = `${o.date.year}-${pad(o.date.month)}-${pad(o.date.day)}`;
  const start = o.dayStart.getTime();
  const entries: FeedEntry[] = o.rows.map((r) => ({
    id: tagUri(o.siteUrl, `today/${iso}/event/${r.id}`),
    url: absoluteUrl(o.siteUrl, sitePaths.event(r.slug)),
    title: titled(r),
    summary: textUnderShortTitle(r),
    published: o.dayStart,
    updated: latest([r.updatedAt], start),
    category: { name: r.categoryName, slug: r.categorySlug },
  }));
  return {
    title: `${o.siteName}: today in history`,
    description: `What happened on this day in history, a new set every day: today, ${formatMonthDay(o.date.month, o.date.day)}.`,
    pageUrl: absoluteUrl(o.siteUrl, sitePaths.home()),
    feedUrl: absoluteUrl(o.siteUrl, feedPaths.today(o.format)),
    updated: latest(
      o.rows.map((r) => r.updatedAt),
      start,
    ),
    siteName: o.siteName,
    siteUrl: o.siteUrl,
    categoriesUrl: absoluteUrl(o.siteUrl, sitePaths.categories()),
    entries,
  };
}

/** A category's latest published events; entry ids follow the event, whatever its slug becomes. */
export function categoryFeedDocument(
  o: Site & {
    format: FeedFormat;
    category: { slug: string; name: string; description: string };
    rows: readonly FeedEventRow[];
  },
): FeedDocument {
  const entries: FeedEntry[] = o.rows.map((r) => ({
    id: tagUri(o.siteUrl, `event/${r.id}`),
    url: absoluteUrl(o.siteUrl, sitePaths.event(r.slug)),
    title: titled(r),
    summary: textUnderShortTitle(r),
    published: new Date(r.publishedAt ?? r.updatedAt),
    updated: new Date(Math.max(r.updatedAt, r.publishedAt ?? 0)),
    category: { name: r.categoryName, slug: r.categorySlug },
  }));
  return {
    title: `${o.siteName}: ${o.category.name}`,
    description:
      o.category.description || `The latest ${o.category.name} entries published on ${o.siteName}.`,
    pageUrl: absoluteUrl(o.siteUrl, sitePaths.category(o.category.slug)),
    feedUrl: absoluteUrl(o.siteUrl, feedPaths.category(o.category.slug, o.format)),
    // An empty category has no date of its own; the epoch keeps the document the same between requests.
    updated: latest(
      o.rows.flatMap((r) => [r.updatedAt, r.publishedAt ?? 0]),
      0,
    ),
    siteName: o.siteName,
    siteUrl: o.siteUrl,
    categoriesUrl: absoluteUrl(o.siteUrl, sitePaths.categories()),
    entries,
  };
}

/** Rows with a month and a day as calendar anniversaries; any other row is left out. */
export function toAnniversaries(
  siteUrl: string,
  rows: readonly Omit<FeedEventRow, 'publishedAt'>[],
): Anniversary[] {
  return rows.flatMap((r) =>
    r.month !== null && r.day !== null && r.precision === 'day'
      ? [
          {
            id: r.id,
            url: absoluteUrl(siteUrl, sitePaths.event(r.slug)),
            title: r.title,
            summary: r.summary,
            month: r.month,
            day: r.day,
            year: r.year,
            yearLabel: feedYearLabel(r),
            category: r.categoryName,
            updatedAt: new Date(r.updatedAt),
          },
        ]
      : [],
  );
}
