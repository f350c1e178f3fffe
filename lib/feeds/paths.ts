/** Where the feeds live. Route handlers outside the (site) group, so no page route can shadow them. */

export type FeedFormat = 'rss' | 'atom';
export type CategoryFeedFormat = FeedFormat | 'ics';

export const feedPaths = {
  today: (format: FeedFormat) => `/feeds/today.${format}`,
  category: (slug: string, format: CategoryFeedFormat) =>
    `/feeds/categories/${encodeURIComponent(slug)}.${format}`,
  eventCalendar: (slug: string) => `/feeds/events/${encodeURIComponent(slug)}.ics`,
} as const;

export const FEED_CONTENT_TYPES = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  ics: 'text/calendar; charset=utf-8',
} as const;

/**
 * Splits a file segment such as "politics-government.rss" into the slug and the format, if the format is
 * one of `formats`; null otherwise (the caller answers 404).
 */
export function parseFeedFile<F extends CategoryFeedFormat>(
  file: string,
  formats: readonly F[],
): { slug: string; format: F } | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(file);
  } catch {
    return null;
  }
  const dot = decoded.lastIndexOf('.');
  if (dot <= 0) return null;
  const ext = decoded.slice(dot + 1);
  const format = formats.find((f) => f === ext);
  return format ? { slug: decoded.slice(0, dot), format } : null;
}

/** An absolute URL on the site: `path` resolved against SITE_URL (which may itself carry a path prefix). */
export function absoluteUrl(siteUrl: string, path: string): string {
  const base = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
  return new URL(path.replace(/^\//, ''), base).href;
}

/**
 * A tag URI (RFC 4151) naming something on this site for good: feed entry ids and RSS guids that do not
 * change when an event's slug does. The date only has to be one on which the site held its host name; a
 * constant keeps every id stable.
 */
export function tagUri(siteUrl: string, specific: string): string {
  return `tag:${new URL(siteUrl).hostname},2025:${specific}`;
}
