import { Feed } from 'feed';
import type { FeedFormat } from './paths';
import { escapeHtml, toCdataText, toXmlChars } from './text';

export type FeedEntry = {
  /** Stable id: the Atom entry id and the RSS guid (isPermaLink="false"). */
  id: string;
  /** Absolute URL of the entry's page. */
  url: string;
  /** Plain text. */
  title: string;
  /** Plain text. */
  summary: string;
  published: Date;
  updated: Date;
  category?: { name: string; slug: string };
};

export type FeedDocument = {
  title: string;
  description: string;
  /** Absolute URL of the page the feed mirrors. */
  pageUrl: string;
  /** Absolute URL of this feed (RSS atom:link rel="self", Atom link rel="self" and feed id). */
  feedUrl: string;
  updated: Date;
  siteName: string;
  siteUrl: string;
  /** Absolute URL naming the category scheme (RSS category domain, Atom category scheme). */
  categoriesUrl: string;
  entries: FeedEntry[];
};

function absolute(url: string, what: string): string {
  // A relative link in a feed resolves against whatever the reader fetched it from, or not at all.
  if (!/^https?:\/\//.test(url))
    throw new Error(`${what} must be an absolute http(s) URL, got "${url}"`);
  return new URL(url).href;
}

function validDate(d: Date, what: string): Date {
  if (!(d instanceof Date) || Number.isNaN(d.getTime()))
    throw new Error(`${what} is not a valid date`);
  return d;
}

/** Text for an XML attribute: the library escapes only quotes there. */
const attribute = (text: string) => toXmlChars(text).replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * An RSS 2.0 or Atom 1.0 document, written by the `feed` package. Dates: RSS pubDate/lastBuildDate in
 * RFC 822 form (`toUTCString`), Atom published/updated in RFC 3339. Titles: RSS item titles are plain
 * text (the RSS profile's advice; the library puts them in CDATA), Atom titles and summaries are
 * `type="html"`, so they are HTML-escaped here; RSS descriptions are HTML as the RSS spec defines them.
 */
export function renderFeed(doc: FeedDocument, format: FeedFormat): string {
  const feedUrl = absolute(doc.feedUrl, 'feedUrl');
  const html = format === 'atom';
  const feed = new Feed({
    id: feedUrl,
    title: toXmlChars(doc.title),
    description: toXmlChars(doc.description),
    link: absolute(doc.pageUrl, 'pageUrl'),
    feedLinks: format === 'rss' ? { rss: feedUrl } : { atom: feedUrl },
    language: 'en',
    updated: validDate(doc.updated, 'updated'),
    generator: doc.siteName,
    author: { name: toXmlChars(doc.siteName), link: absolute(doc.siteUrl, 'siteUrl') },
    ttl: 60,
  });
  const scheme = absolute(doc.categoriesUrl, 'categoriesUrl');
  for (const e of doc.entries) {
    const category = e.category
      ? [
          html
            ? { name: attribute(e.category.name), term: attribute(e.category.slug), scheme }
            : { name: toXmlChars(e.category.name), domain: scheme },
        ]
      : undefined;
    feed.addItem({
      id: e.id,
      guid: e.id,
      link: absolute(e.url, 'entry url'),
      title: html ? escapeHtml(e.title) : toCdataText(e.title),
      // Nothing when the title says it all (a one-sentence entry): readers would show it twice.
      description: e.summary ? escapeHtml(e.summary) : undefined,
      date: validDate(e.updated, 'entry updated'),
      published: validDate(e.published, 'entry published'),
      category,
    });
  }
  return format === 'rss' ? feed.rss2() : feed.atom1();
}
