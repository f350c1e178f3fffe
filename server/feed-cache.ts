import 'server-only';
import { unstable_cache } from 'next/cache';
import { cacheTags } from '@/lib/cache-tags';
import type { FeedEventRow } from '@/lib/feeds/documents';
import type { SitemapFile } from '@/lib/seo/sitemap';
import {
  getEventPublishedAt,
  listCategoryAnniversaryEvents,
  listCategoryFeedEvents,
  listDayFeedEvents,
} from '@/db/store';
import { countSitemapSections, listSitemapEntries, type SitemapSection } from '@/db/store';

/*
 * Cached reads for feeds, calendars, sitemaps and structured data, in the model of public-cache.ts: keyed
 * by what they read, tagged with what they show (lib/cache-tags.ts), so the mutations that revalidate the
 * public pages revalidate these too; an hour at most otherwise. Today's feed is keyed by the date, so it
 * turns over at midnight in the site's time zone whatever the cache holds.
 */

const REVALIDATE_SECONDS = 3600;
/** Part of every key, so these never meet server/public-cache.ts's keys. */
const KEY_PREFIX = 'feeds';

/** Feeds and sitemaps list events from anywhere: any event's change expires them. */
const feedTags = (...tags: string[]) => [cacheTags.allEvents, cacheTags.categories, ...tags];

function cached<T>(
  key: readonly (string | number)[],
  tags: readonly string[],
  read: () => Promise<T>,
): Promise<T> {
  return unstable_cache(read, [KEY_PREFIX, ...key.map(String)], {
    tags: [...tags],
    revalidate: REVALIDATE_SECONDS,
  })();
}

export function listCachedDayFeedEvents(d: { month: number; day: number }) {
  return cached(['feed-day', d.month, d.day], feedTags(cacheTags.day(d.month, d.day)), () =>
    listDayFeedEvents(d),
  );
}

export function listCachedCategoryFeedEvents(categoryId: number) {
  return cached(['feed-category', categoryId], feedTags(cacheTags.category(categoryId)), () =>
    listCategoryFeedEvents(categoryId),
  );
}

/**
 * A category's anniversary calendar, cached as text: folding the lines of a thousand events takes about
 * half a second, too long to repeat for every calendar app's poll. `render` may depend only on the rows
 * and on `key`.
 */
export function getCachedCategoryCalendar(
  categoryId: number,
  key: readonly string[],
  render: (rows: FeedEventRow[]) => string,
) {
  return cached(
    ['calendar-category', categoryId, ...key],
    feedTags(cacheTags.category(categoryId)),
    async () => render(await listCategoryAnniversaryEvents(categoryId)),
  );
}

export function getCachedEventPublishedAt(eventId: number) {
  return cached(['event-published-at', eventId], [cacheTags.event(eventId)], () =>
    getEventPublishedAt(eventId),
  );
}

export function countCachedSitemapSections() {
  return cached(['sitemap-sections'], feedTags(), () => countSitemapSections());
}

/**
 * Entries are cached in slices: Next's data cache refuses entries over 2 MB, and a full sitemap file
 * (50,000 URLs) is larger than that.
 */
const SITEMAP_CACHE_SLICE = 10_000;

/** One sitemap file's entries. Keyed by offset and size, so a plan that moved on never reads a stale slice. */
export async function listCachedSitemapEntries(file: SitemapFile<SitemapSection>) {
  const slices: SitemapFile<SitemapSection>[] = [];
  for (let start = 0; start < file.limit; start += SITEMAP_CACHE_SLICE) {
    slices.push({
      ...file,
      offset: file.offset + start,
      limit: Math.min(SITEMAP_CACHE_SLICE, file.limit - start),
    });
  }
  const parts = await Promise.all(
    slices.map((s) =>
      cached(['sitemap-slice', s.section, s.offset, s.limit], feedTags(), () =>
        listSitemapEntries(s),
      ),
    ),
  );
  return parts.flat();
}
