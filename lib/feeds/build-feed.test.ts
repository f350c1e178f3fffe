import { describe, expect, it } from 'vitest';
import { attr, child, children, parseXml, text } from '@/test/xml';
import { type FeedDocument, renderFeed } from './build-feed';

const RFC_822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const awkward = 'Tom & Jerry <b>meet</b> "again" ]]> twice ]]> end';

function doc(over: Partial<FeedDocument> = {}): FeedDocument {
  return {
    title: 'Almanac: Politics & Government',
    description: 'Treaties <and> elections',
    pageUrl: 'https://almanac.example/categories/politics-government',
    feedUrl: 'https://almanac.example/feeds/categories/politics-government.rss',
    updated: new Date('2026-02-01T09:30:00Z'),
    siteName: 'Almanac',
    siteUrl: 'https://almanac.example/',
    categoriesUrl: 'https://almanac.example/categories',
    entries: [
      {
        id: 'tag:almanac.example,2025:event/7',
        url: 'https://almanac.example/events/uk-recognises-ussr',
        title: '1924: The United Kingdom recognises the Soviet Union',
        summary: 'Britain became the first major Western power to do so.',
        published: new Date('2025-11-03T10:00:00Z'),
        updated: new Date('2026-01-15T08:00:00Z'),
        category: { name: 'Politics & Government', slug: 'politics-government' },
      },
      {
        id: 'tag:almanac.example,2025:event/8',
        url: 'https://almanac.example/events/awkward',
        title: awkward,
        summary: `${awkward}\u0007`,
        published: new Date('2025-11-04T10:00:00Z'),
        updated: new Date('2025-11-04T10:00:00Z'),
      },
    ],
    ...over,
  };
}

describe('RSS 2.0', () => {
  const rss = parseXml(renderFeed(doc(), 'rss'));
  const channel = child(rss, 'channel');
  const items = children(channel, 'item');

  it('is an RSS 2.0 document with the channel elements the spec requires', () => {
    expect(rss.name).toBe('rss');
    expect(attr(rss, 'version')).toBe('2.0');
    expect(text(child(channel, 'title'))).toBe('Almanac: Politics & Government');
    expect(text(child(channel, 'link'))).toBe(
      'https://almanac.example/categories/politics-government',
    );
    expect(text(child(channel, 'description'))).toBe('Treaties <and> elections');
    expect(text(child(channel, 'lastBuildDate'))).toMatch(RFC_822);
    expect(text(child(channel, 'lastBuildDate'))).toBe('Sun, 01 Feb 2026 09:30:00 GMT');
  });

  it('names itself with atom:link rel="self" in the Atom namespace', () => {
    expect(attr(rss, 'xmlns:atom')).toBe('http://www.w3.org/2005/Atom');
    const self = children(channel, 'atom:link').find((l) => attr(l, 'rel') === 'self');
    expect(self && attr(self, 'href')).toBe(
      'https://almanac.example/feeds/categories/politics-government.rss',
    );
    expect(self && attr(self, 'type')).toBe('application/rss+xml');
  });

  it('gives every item an absolute link, a stable non-permalink guid and an RFC 822 pubDate', () => {
    expect(items).toHaveLength(2);
    for (const item of items) {
      expect(text(child(item, 'link'))).toMatch(/^https:\/\/almanac\.example\/events\//);
      expect(text(child(item, 'guid'))).toMatch(/^tag:almanac\.example,2025:event\/\d+$/);
      expect(attr(child(item, 'guid'), 'isPermaLink')).toBe('false');
      expect(text(child(item, 'pubDate'))).toMatch(RFC_822);
    }
    // pubDate is when the event was published, not when it was last edited.
    expect(text(child(items[0]!, 'pubDate'))).toBe('Mon, 03 Nov 2025 10:00:00 GMT');
  });

  it('keeps titles as plain text and descriptions as escaped HTML, with & < > intact', () => {
    const [first, second] = items as [(typeof items)[0], (typeof items)[0]];
    expect(text(child(first, 'title'))).toBe(
      '1924: The United Kingdom recognises the Soviet Union',
    );
    // The title reads as typed (a "]]>" loses a bracket pair: it could otherwise close the CDATA section).
    expect(text(child(second, 'title'))).toBe('Tom & Jerry <b>meet</b> "again" ]> twice ]> end');
    // The description is HTML: decoding it gives back the text, control character dropped.
    expect(text(child(second, 'description'))).toBe(
      'Tom &amp; Jerry &lt;b&gt;meet&lt;/b&gt; &quot;again&quot; ]]&gt; twice ]]&gt; end',
    );
    const category = child(first, 'category');
    expect(text(category)).toBe('Politics & Government');
    expect(attr(category, 'domain')).toBe('https://almanac.example/categories');
  });
});

describe('Atom 1.0', () => {
  const feed = parseXml(
    renderFeed(doc({ feedUrl: 'https://almanac.example/feeds/x.atom' }), 'atom'),
  );
  const entries = children(feed, 'entry');

  it('has the feed-level id, title, updated, author and self link Atom requires', () => {
    expect(feed.name).toBe('feed');
    expect(attr(feed, 'xmlns')).toBe('http://www.w3.org/2005/Atom');
    expect(text(child(feed, 'id'))).toBe('https://almanac.example/feeds/x.atom');
    expect(text(child(feed, 'title'))).toBe('Almanac: Politics & Government');
    expect(text(child(feed, 'updated'))).toMatch(RFC_3339);
    expect(text(child(child(feed, 'author'), 'name'))).toBe('Almanac');
    const links = children(feed, 'link');
    expect(links.find((l) => attr(l, 'rel') === 'self')?.attributes?.href).toBe(
      'https://almanac.example/feeds/x.atom',
    );
    expect(links.find((l) => attr(l, 'rel') === 'alternate')?.attributes?.href).toBe(
      'https://almanac.example/categories/politics-government',
    );
  });

  it('gives every entry its id, an absolute link and RFC 3339 published/updated times', () => {
    const [first] = entries;
    expect(text(child(first!, 'id'))).toBe('tag:almanac.example,2025:event/7');
    expect(attr(child(first!, 'link'), 'href')).toBe(
      'https://almanac.example/events/uk-recognises-ussr',
    );
    expect(text(child(first!, 'published'))).toBe('2025-11-03T10:00:00.000Z');
    expect(text(child(first!, 'updated'))).toBe('2026-01-15T08:00:00.000Z');
    for (const e of entries) {
      expect(text(child(e, 'published'))).toMatch(RFC_3339);
      expect(text(child(e, 'updated'))).toMatch(RFC_3339);
    }
  });

  it('escapes titles and summaries as type="html" text, and category labels as attributes', () => {
    const second = entries[1]!;
    expect(attr(child(second, 'title'), 'type')).toBe('html');
    expect(text(child(second, 'title'))).toBe(
      'Tom &amp; Jerry &lt;b&gt;meet&lt;/b&gt; &quot;again&quot; ]]&gt; twice ]]&gt; end',
    );
    expect(text(child(second, 'summary'))).toBe(text(child(second, 'title')));
    const category = child(entries[0]!, 'category');
    expect(attr(category, 'term')).toBe('politics-government');
    expect(attr(category, 'label')).toBe('Politics & Government');
  });
});

describe('an entry whose title says it all', () => {
  const lone = doc({
    entries: [{ ...doc().entries[0]!, title: '1924: The canal opens to barges', summary: '' }],
  });

  it('has no description or summary to repeat its title', () => {
    const [item] = children(child(parseXml(renderFeed(lone, 'rss')), 'channel'), 'item');
    expect(children(item!, 'title')).toHaveLength(1);
    expect(children(item!, 'description')).toEqual([]);
    const [entry] = children(parseXml(renderFeed(lone, 'atom')), 'entry');
    expect(children(entry!, 'summary')).toEqual([]);
  });
});

describe('links', () => {
  it('refuses a relative link rather than writing one a reader cannot resolve', () => {
    const d = doc();
    d.entries[0] = { ...d.entries[0]!, url: '/events/uk-recognises-ussr' };
    expect(() => renderFeed(d, 'rss')).toThrow(/absolute/);
    expect(() => renderFeed(doc({ feedUrl: 'feeds/today.rss' }), 'atom')).toThrow(/absolute/);
  });
});
