import { describe, expect, it } from 'vitest';
import { attr, child, children, parseXml, text } from '@/test/xml';
import {
  MAX_URLS_PER_SITEMAP,
  parseSitemapFileName,
  planSitemaps,
  renderSitemapIndex,
  renderUrlSet,
  sitemapPath,
} from './sitemap';

describe('planSitemaps', () => {
  it('splits a section over 50,000 URLs into numbered files that cover it exactly once', () => {
    const files = planSitemaps([
      { section: 'pages', count: 1_200 },
      { section: 'events', count: 132_934 },
      { section: 'people', count: 50_000 },
      { section: 'years', count: 0 },
    ]);
    expect(files.map(sitemapPath)).toEqual([
      '/sitemaps/pages-1.xml',
      '/sitemaps/events-1.xml',
      '/sitemaps/events-2.xml',
      '/sitemaps/events-3.xml',
      '/sitemaps/people-1.xml',
    ]);
    const events = files.filter((f) => f.section === 'events');
    expect(events.map((f) => [f.offset, f.limit])).toEqual([
      [0, 50_000],
      [50_000, 50_000],
      [100_000, 32_934],
    ]);
    expect(files.every((f) => f.limit <= MAX_URLS_PER_SITEMAP)).toBe(true);
  });

  it('takes a smaller limit, and refuses a nonsensical one', () => {
    expect(planSitemaps([{ section: 'events', count: 5 }], 2).map((f) => f.limit)).toEqual([
      2, 2, 1,
    ]);
    expect(() => planSitemaps([], 0)).toThrow(RangeError);
  });

  it('reads back only the file names it writes', () => {
    const sections = ['pages', 'events'] as const;
    expect(parseSitemapFileName('events-3.xml', sections)).toEqual({ section: 'events', page: 3 });
    expect(parseSitemapFileName('events-0.xml', sections)).toBeNull();
    expect(parseSitemapFileName('people-1.xml', sections)).toBeNull();
    expect(parseSitemapFileName('events-1.xml.gz', sections)).toBeNull();
  });
});

describe('sitemap XML', () => {
  it('writes a urlset with escaped absolute locations and W3C datetimes', () => {
    const xml = renderUrlSet([
      { loc: 'https://almanac.example/', lastModified: null },
      {
        loc: 'https://almanac.example/search?q=a&b=<c>',
        lastModified: new Date('2026-01-15T08:00:00.123Z'),
      },
    ]);
    const set = parseXml(xml);
    expect(set.name).toBe('urlset');
    expect(attr(set, 'xmlns')).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    const urls = children(set, 'url');
    expect(text(child(urls[1]!, 'loc'))).toBe('https://almanac.example/search?q=a&b=<c>');
    expect(text(child(urls[1]!, 'lastmod'))).toBe('2026-01-15T08:00:00Z');
    expect(children(urls[0]!, 'lastmod')).toHaveLength(0);
  });

  it('writes an index of sitemaps', () => {
    const index = parseXml(
      renderSitemapIndex([{ loc: 'https://almanac.example/sitemaps/events-1.xml' }]),
    );
    expect(index.name).toBe('sitemapindex');
    expect(text(child(child(index, 'sitemap'), 'loc'))).toBe(
      'https://almanac.example/sitemaps/events-1.xml',
    );
  });

  it('refuses relative URLs and files over the protocol’s limit', () => {
    expect(() => renderUrlSet([{ loc: '/events/x' }])).toThrow(/absolute/);
    const tooMany = Array.from({ length: MAX_URLS_PER_SITEMAP + 1 }, (_, i) => ({
      loc: `https://almanac.example/events/${i}`,
    }));
    expect(() => renderUrlSet(tooMany)).toThrow(RangeError);
  });
});
