import 'server-only';
import { getConfig } from '@/lib/config';
import { sitePaths } from '@/lib/site-urls';

/** What the layout's Open Graph says about the site: a page that sets openGraph replaces the layout's. */
export function siteOpenGraph() {
  return { siteName: getConfig().siteName, locale: 'en_GB' } as const;
}

/**
 * The address of an event's share card (events/[slug]/card.png). The version makes a new address after
 * every edit: social networks keep images by URL.
 */
export function eventCardPath(e: { slug: string; updatedAt: number }): string {
  return `${sitePaths.event(e.slug)}/card.png?v=${e.updatedAt.toString(36)}`;
}
