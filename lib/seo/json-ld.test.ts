import { describe, expect, it } from 'vitest';
import {
  breadcrumbJsonLd,
  type EventArticleInput,
  eventArticleJsonLd,
  schemaDate,
  serializeJsonLd,
} from './json-ld';

const day = (over: Partial<Parameters<typeof schemaDate>[0]> = {}) => ({
  year: 1924 as number | null,
  month: 2 as number | null,
  day: 1 as number | null,
  precision: 'day' as const,
  circa: false,
  calendar: 'gregorian' as const,
  ...over,
});

describe('schemaDate', () => {
  it('writes dates as ISO 8601 only as precisely as they are known', () => {
    expect(schemaDate(day())).toBe('1924-02-01');
    expect(schemaDate(day({ precision: 'month', day: null }))).toBe('1924-02');
    expect(schemaDate(day({ precision: 'year', month: null, day: null }))).toBe('1924');
    expect(schemaDate(day({ year: 9, precision: 'year', month: null, day: null }))).toBe('0009');
  });

  it('converts Julian dates to the Gregorian calendar ISO 8601 uses', () => {
    // The storming of the Winter Palace: 25 October 1917 (Julian) is 7 November (Gregorian).
    expect(schemaDate(day({ year: 1917, month: 10, day: 25, calendar: 'julian' }))).toBe(
      '1917-11-07',
    );
    expect(
      schemaDate(day({ year: 1917, month: 10, day: null, precision: 'month', calendar: 'julian' })),
    ).toBe('1917');
  });

  it('leaves out what ISO 8601 cannot say plainly: BCE, circa, decades, centuries, no year', () => {
    expect(schemaDate(day({ year: -44, month: 3, day: 15 }))).toBeUndefined();
    expect(schemaDate(day({ circa: true }))).toBeUndefined();
    expect(schemaDate(day({ precision: 'decade', month: null, day: null }))).toBeUndefined();
    expect(schemaDate(day({ precision: 'century', month: null, day: null }))).toBeUndefined();
    expect(schemaDate(day({ year: null }))).toBeUndefined();
  });
});

const input = (over: Partial<EventArticleInput> = {}): EventArticleInput => ({
  url: 'https://almanac.example/events/uk-recognises-ussr',
  title: 'The United Kingdom recognises the Soviet Union',
  summary: 'Britain became the first major Western power to do so.',
  imageUrl: 'https://almanac.example/events/uk-recognises-ussr/card.png?v=1',
  datePublished: new Date('2025-11-03T10:00:00Z'),
  dateModified: new Date('2026-01-15T08:00:00Z'),
  siteName: 'Almanac',
  siteUrl: 'https://almanac.example/',
  category: 'Politics & Government',
  tags: ['diplomacy', 'Soviet Union'],
  people: [{ name: 'Ramsay MacDonald', url: 'https://almanac.example/people/ramsay-macdonald' }],
  kind: 'event',
  date: day(),
  end: null,
  location: 'London',
  latitude: 51.5,
  longitude: -0.12,
  ...over,
});

describe('eventArticleJsonLd', () => {
  it('describes the page as an Article about the Event, with the properties schema.org and Google read', () => {
    expect(eventArticleJsonLd(input())).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Article',
      '@id': 'https://almanac.example/events/uk-recognises-ussr#article',
      headline: 'The United Kingdom recognises the Soviet Union',
      name: 'The United Kingdom recognises the Soviet Union',
      description: 'Britain became the first major Western power to do so.',
      url: 'https://almanac.example/events/uk-recognises-ussr',
      mainEntityOfPage: {
        '@type': 'WebPage',
        '@id': 'https://almanac.example/events/uk-recognises-ussr',
      },
      image: ['https://almanac.example/events/uk-recognises-ussr/card.png?v=1'],
      datePublished: '2025-11-03T10:00:00.000Z',
      dateModified: '2026-01-15T08:00:00.000Z',
      author: { '@type': 'Organization', name: 'Almanac', url: 'https://almanac.example/' },
      publisher: { '@type': 'Organization', name: 'Almanac', url: 'https://almanac.example/' },
      inLanguage: 'en',
      articleSection: 'Politics & Government',
      keywords: 'diplomacy, Soviet Union',
      isAccessibleForFree: true,
      about: {
        '@type': 'Event',
        name: 'The United Kingdom recognises the Soviet Union',
        description: 'Britain became the first major Western power to do so.',
        startDate: '1924-02-01',
        location: {
          '@type': 'Place',
          name: 'London',
          geo: { '@type': 'GeoCoordinates', latitude: 51.5, longitude: -0.12 },
        },
      },
      mentions: [
        {
          '@type': 'Person',
          name: 'Ramsay MacDonald',
          url: 'https://almanac.example/people/ramsay-macdonald',
        },
      ],
    });
  });

  it('gives a BCE event no startDate, and an observance a yearly schedule', () => {
    const caesar = eventArticleJsonLd(input({ date: day({ year: -44, month: 3, day: 15 }) }));
    expect(caesar).toHaveProperty('about.@type', 'Event');
    expect(caesar).not.toHaveProperty('about.startDate');
    const observance = eventArticleJsonLd(
      input({ kind: 'observance', date: day({ year: null, month: 5, day: 1 }) }),
    );
    expect(observance).toHaveProperty('about.eventSchedule', {
      '@type': 'Schedule',
      repeatFrequency: 'P1Y',
      byMonth: 5,
      byMonthDay: 1,
    });
    expect(observance).not.toHaveProperty('about.startDate');
  });

  it('cuts headlines to 110 characters at a word', () => {
    const title = 'word '.repeat(40).trim();
    const ld = eventArticleJsonLd(input({ title })) as { headline?: unknown; name?: unknown };
    expect(typeof ld.headline).toBe('string');
    expect(String(ld.headline).length).toBeLessThanOrEqual(110);
    expect(ld.headline).toMatch(/word…$/);
    expect(ld.name).toBe(title);
  });
});

describe('breadcrumbJsonLd', () => {
  it('numbers the trail from 1 and leaves the current page without an item URL', () => {
    expect(
      breadcrumbJsonLd([
        { name: 'Home', url: 'https://almanac.example/' },
        { name: '1 February', url: 'https://almanac.example/days/february-1' },
        { name: 'The UK recognises the USSR' },
      ]),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://almanac.example/' },
        {
          '@type': 'ListItem',
          position: 2,
          name: '1 February',
          item: 'https://almanac.example/days/february-1',
        },
        { '@type': 'ListItem', position: 3, name: 'The UK recognises the USSR' },
      ],
    });
  });
});

describe('serializeJsonLd', () => {
  it('cannot close its script element or open markup, and still parses back to the same data', () => {
    const data = { name: '</script><script>alert(1)</script> <!-- & \u2028 \u2029', n: 1 };
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json.toLowerCase()).not.toContain('</script');
    expect(JSON.parse(json)).toEqual(data);
  });
});
