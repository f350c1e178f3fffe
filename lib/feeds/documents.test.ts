import { describe, expect, it } from 'vitest';
import {
  categoryFeedDocument,
  type FeedEventRow,
  todayFeedDocument,
  toAnniversaries,
} from './documents';
import { absoluteUrl, parseFeedFile, tagUri } from './paths';

const row = (over: Partial<FeedEventRow> = {}): FeedEventRow => ({
  id: 7,
  slug: 'uk-recognises-ussr',
  kind: 'event',
  title: 'The United Kingdom recognises the Soviet Union',
  summary: 'Britain became the first major Western power to do so.',
  year: 1924,
  month: 2,
  day: 1,
  precision: 'day',
  circa: false,
  calendar: 'gregorian',
  categorySlug: 'politics-government',
  categoryName: 'Politics & Government',
  publishedAt: Date.parse('2025-11-03T10:00:00Z'),
  updatedAt: Date.parse('2025-11-03T10:00:00Z'),
  ...over,
});

const site = { siteUrl: 'https://almanac.example:8443/history', siteName: 'Almanac' };

describe('paths', () => {
  it('makes site paths absolute under SITE_URL, path prefix included', () => {
    expect(absoluteUrl(site.siteUrl, '/events/x')).toBe(
      'https://almanac.example:8443/history/events/x',
    );
    expect(absoluteUrl('https://almanac.example', '/')).toBe('https://almanac.example/');
  });

  it('names things with tag URIs on the host name', () => {
    expect(tagUri(site.siteUrl, 'event/7')).toBe('tag:almanac.example,2025:event/7');
  });

  it('reads a feed file name only in the formats asked for', () => {
    expect(parseFeedFile('politics-government.rss', ['rss', 'atom', 'ics'])).toEqual({
      slug: 'politics-government',
      format: 'rss',
    });
    expect(parseFeedFile('science.ics', ['ics'])).toEqual({ slug: 'science', format: 'ics' });
    expect(parseFeedFile('science.json', ['rss', 'atom'])).toBeNull();
    expect(parseFeedFile('.rss', ['rss'])).toBeNull();
    expect(parseFeedFile('%E0%A4%A.rss', ['rss'])).toBeNull();
  });
});

describe('todayFeedDocument', () => {
  const dayStart = new Date('2026-02-01T00:00:00Z');
  const build = (
    year: number,
    rows = [
      row(),
      row({ id: 9, slug: 'obs', kind: 'observance', year: null, title: 'National Freedom Day' }),
    ],
  ) =>
    todayFeedDocument({
      ...site,
      format: 'rss',
      date: { year, month: 2, day: 1 },
      dayStart: new Date(`${year}-02-01T00:00:00Z`),
      rows,
    });

  it('links entries to absolute event pages and titles them with the year', () => {
    const doc = build(2026);
    expect(doc.feedUrl).toBe('https://almanac.example:8443/history/feeds/today.rss');
    expect(doc.pageUrl).toBe('https://almanac.example:8443/history/');
    expect(doc.entries.map((e) => e.url)).toEqual([
      'https://almanac.example:8443/history/events/uk-recognises-ussr',
      'https://almanac.example:8443/history/events/obs',
    ]);
    expect(doc.entries.map((e) => e.title)).toEqual([
      '1924: The United Kingdom recognises the Soviet Union',
      'National Freedom Day',
    ]);
  });

  it('titles an entry with the short form of a long title, and gives the whole text beside it', () => {
    const sentence =
      'A storm floods the lower town of a river port and carries away two of its bridges, leaving thousands of families without a home';
    const [cut, whole] = build(2026, [
      row({ title: sentence, summary: '' }),
      row({ id: 8, slug: 'canal', title: 'The canal opens to barges', summary: '' }),
    ]).entries;
    expect(cut).toMatchObject({
      title:
        '1924: A storm floods the lower town of a river port and carries away two of its bridges…',
      summary: sentence,
    });
    // The title says it all: nothing beside it to repeat it.
    expect(whole).toMatchObject({ title: '1924: The canal opens to barges', summary: '' });
  });

  it('dates entries from the start of the day and gives them ids new each year', () => {
    const doc = build(2026);
    expect(doc.entries[0]!.published).toEqual(dayStart);
    expect(doc.entries[0]!.id).toBe('tag:almanac.example,2025:today/2026-02-01/event/7');
    expect(build(2026).entries[0]!.id).toBe(doc.entries[0]!.id);
    expect(build(2027).entries[0]!.id).toBe('tag:almanac.example,2025:today/2027-02-01/event/7');
    // An event edited during the day is updated then; the feed with it.
    const edited = build(2026, [row({ updatedAt: Date.parse('2026-02-01T10:00:00Z') })]);
    expect(edited.entries[0]!.updated.toISOString()).toBe('2026-02-01T10:00:00.000Z');
    expect(edited.updated.toISOString()).toBe('2026-02-01T10:00:00.000Z');
    expect(build(2026, []).updated).toEqual(dayStart);
  });
});

describe('categoryFeedDocument', () => {
  it('dates entries by publication, ids by event, and the feed by its latest change', () => {
    const doc = categoryFeedDocument({
      ...site,
      format: 'atom',
      category: { slug: 'politics-government', name: 'Politics & Government', description: '' },
      rows: [
        row({
          id: 8,
          publishedAt: Date.parse('2026-01-20T00:00:00Z'),
          updatedAt: Date.parse('2026-01-25T00:00:00Z'),
        }),
        row(),
      ],
    });
    expect(doc.feedUrl).toBe(
      'https://almanac.example:8443/history/feeds/categories/politics-government.atom',
    );
    expect(doc.title).toBe('Almanac: Politics & Government');
    expect(doc.description).toBe('The latest Politics & Government entries published on Almanac.');
    expect(doc.entries[0]!.id).toBe('tag:almanac.example,2025:event/8');
    expect(doc.entries[0]!.published.toISOString()).toBe('2026-01-20T00:00:00.000Z');
    expect(doc.entries[0]!.updated.toISOString()).toBe('2026-01-25T00:00:00.000Z');
    expect(doc.updated.toISOString()).toBe('2026-01-25T00:00:00.000Z');
  });
});

describe('toAnniversaries', () => {
  it('keeps rows with a day of the year and labels BCE and circa years', () => {
    const list = toAnniversaries(site.siteUrl, [
      row({ year: -44, month: 3, day: 15 }),
      row({ id: 2, year: 1500, circa: true }),
      row({ id: 3, precision: 'year', month: null, day: null }),
    ]);
    expect(list.map((a) => a.yearLabel)).toEqual(['44 BCE', 'c. 1500']);
    expect(list[0]!.url).toBe('https://almanac.example:8443/history/events/uk-recognises-ussr');
  });
});
