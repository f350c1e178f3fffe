import 'server-only';
import { CATEGORY_CALENDAR_SIZE } from '@/db/store';
import {
  getCachedCategoryCalendar,
  listCachedCategoryFeedEvents,
  listCachedDayFeedEvents,
} from '@/server/feed-cache';
import { getCachedEvent, getCategoryBySlug, resolveEventSlug } from '@/server/public-cache';
import { getConfig } from '@/lib/config';
import { formatMonthDay, gregorianToday } from '@/lib/dates';
import { shortTitle } from '@/lib/events/short-title';
import { renderFeed } from '@/lib/feeds/build-feed';
import { categoryFeedDocument, todayFeedDocument, toAnniversaries } from '@/lib/feeds/documents';
import { cacheableResponse, secondsUntilNextSiteDay, startOfSiteDay } from '@/lib/feeds/http';
import { renderAnniversaryCalendar } from '@/lib/feeds/ical';
import {
  absoluteUrl,
  type CategoryFeedFormat,
  FEED_CONTENT_TYPES,
  feedPaths,
  type FeedFormat,
  parseFeedFile,
} from '@/lib/feeds/paths';
import { sitePaths } from '@/lib/site-urls';

/** How long readers and shared caches may keep a feed: as long as pages are cached (ISR, see README). */
const MAX_AGE_SECONDS = 3600;

const notFound = (error: string) =>
  Response.json({ error }, { status: 404, headers: { 'Cache-Control': 'public, max-age=300' } });

/** /feeds/today.rss and /feeds/today.atom: today's date in the site's time zone, reread at midnight. */
export async function todayFeed(request: Request, format: FeedFormat): Promise<Response> {
  const { siteUrl, siteName, siteTimeZone } = getConfig();
  const now = new Date();
  const date = gregorianToday(siteTimeZone, now);
  const rows = await listCachedDayFeedEvents(date);
  const doc = todayFeedDocument({
    siteUrl,
    siteName,
    format,
    date,
    dayStart: startOfSiteDay(siteTimeZone, now),
    rows,
  });
  return cacheableResponse(request, renderFeed(doc, format), {
    contentType: FEED_CONTENT_TYPES[format],
    // Never past midnight: a cached copy must not outlive its day.
    maxAge: Math.min(MAX_AGE_SECONDS, secondsUntilNextSiteDay(siteTimeZone, now)),
    lastModified: doc.updated,
  });
}

/** /feeds/categories/{slug}.rss|.atom|.ics */
export async function categoryFeed(request: Request, file: string): Promise<Response> {
  const parsed = parseFeedFile<CategoryFeedFormat>(file, ['rss', 'atom', 'ics']);
  const category = parsed ? await getCategoryBySlug(parsed.slug) : null;
  if (!parsed || !category) return notFound('No such feed.');
  const { siteUrl, siteName } = getConfig();

  if (parsed.format === 'ics') {
    const { slug, name } = category;
    const body = await getCachedCategoryCalendar(
      category.id,
      [siteUrl, siteName, slug, name],
      (rows) =>
        renderAnniversaryCalendar({
          name: `${name} anniversaries · ${siteName}`,
          description:
            rows.length >= CATEGORY_CALENDAR_SIZE
              ? `Anniversaries of ${CATEGORY_CALENDAR_SIZE.toLocaleString('en-GB')} ${name} entries on ${siteName}: featured ones first, then the latest published.`
              : `Anniversaries of every ${name} entry with a known day on ${siteName}.`,
          pageUrl: absoluteUrl(siteUrl, sitePaths.category(slug)),
          calendarUrl: absoluteUrl(siteUrl, feedPaths.category(slug, 'ics')),
          siteName,
          siteUrl,
          anniversaries: toAnniversaries(siteUrl, rows),
        }),
    );
    return cacheableResponse(request, body, {
      contentType: FEED_CONTENT_TYPES.ics,
      maxAge: MAX_AGE_SECONDS,
      download: { filename: `${slug}-anniversaries.ics`, disposition: 'inline' },
    });
  }

  const rows = await listCachedCategoryFeedEvents(category.id);
  const doc = categoryFeedDocument({ siteUrl, siteName, format: parsed.format, category, rows });
  return cacheableResponse(request, renderFeed(doc, parsed.format), {
    contentType: FEED_CONTENT_TYPES[parsed.format],
    maxAge: MAX_AGE_SECONDS,
    lastModified: doc.updated,
  });
}

/** /feeds/events/{slug}.ics: one event's yearly anniversary; an old slug redirects like the page does. */
export async function eventCalendar(request: Request, file: string): Promise<Response> {
  const parsed = parseFeedFile(file, ['ics'] as const);
  const found = parsed ? await resolveEventSlug(parsed.slug) : null;
  const event = found ? await getCachedEvent(found.eventId) : null;
  if (!parsed || !event) return notFound('No such event.');
  const { siteUrl, siteName } = getConfig();
  if (event.slug !== parsed.slug) {
    return Response.redirect(absoluteUrl(siteUrl, feedPaths.eventCalendar(event.slug)), 308);
  }
  if (event.precision !== 'day' || event.month === null || event.day === null) {
    return notFound('This event has no known day of the year to mark in a calendar.');
  }
  const anniversaries = toAnniversaries(siteUrl, [
    {
      ...event,
      categorySlug: event.category.slug,
      categoryName: event.category.name,
    },
  ]);
  const body = renderAnniversaryCalendar({
    name: `${shortTitle(event.title)} · ${siteName}`,
    description: `The anniversary of “${shortTitle(event.title)}”, every year on ${formatMonthDay(event.month, event.day)}.`,
    pageUrl: absoluteUrl(siteUrl, sitePaths.event(event.slug)),
    calendarUrl: absoluteUrl(siteUrl, feedPaths.eventCalendar(event.slug)),
    siteName,
    siteUrl,
    anniversaries,
  });
  return cacheableResponse(request, body, {
    contentType: FEED_CONTENT_TYPES.ics,
    maxAge: MAX_AGE_SECONDS,
    download: { filename: `${event.slug}.ics`, disposition: 'attachment' },
  });
}
