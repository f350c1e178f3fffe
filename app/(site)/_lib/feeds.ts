import 'server-only';
import type { Metadata } from 'next';
import type { SubscribeLink } from '@/components/site/subscribe-links';
import { getConfig } from '@/lib/config';
import { FEED_CONTENT_TYPES, feedPaths } from '@/lib/feeds/paths';

/*
 * Feed discovery for the reader pages: <link rel="alternate"> in the head (metadata alternates.types)
 * and the visible "Subscribe" line, from one list so the two always agree.
 */

type Alternates = NonNullable<NonNullable<Metadata['alternates']>['types']>;
const mime = (t: string) => t.split(';')[0]!;

export function todayFeedLinks(): SubscribeLink[] {
  return [
    { label: 'RSS', href: feedPaths.today('rss'), type: mime(FEED_CONTENT_TYPES.rss) },
    { label: 'Atom', href: feedPaths.today('atom'), type: mime(FEED_CONTENT_TYPES.atom) },
  ];
}

export function categoryFeedLinks(slug: string): SubscribeLink[] {
  return [
    { label: 'RSS', href: feedPaths.category(slug, 'rss'), type: mime(FEED_CONTENT_TYPES.rss) },
    { label: 'Atom', href: feedPaths.category(slug, 'atom'), type: mime(FEED_CONTENT_TYPES.atom) },
    {
      label: 'Calendar (.ics)',
      href: feedPaths.category(slug, 'ics'),
      type: mime(FEED_CONTENT_TYPES.ics),
    },
  ];
}

/** The feeds among `links` as metadata alternates, titled "<site>: <what> (RSS)". */
export function feedAlternates(what: string, links: readonly SubscribeLink[]): Alternates {
  const { siteName } = getConfig();
  const types: Alternates = {};
  for (const l of links) {
    if (l.type === 'text/calendar') continue;
    types[l.type] = [{ url: l.href, title: `${siteName}: ${what} (${l.label})` }];
  }
  return types;
}
