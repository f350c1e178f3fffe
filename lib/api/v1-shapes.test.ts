import { describe, expect, it } from 'vitest';
import type { EventRecord } from '@/lib/events/record';
import { testRecord } from '@/test/event-record';
import { apiEventOf, apiEventRowOf } from './v1-shapes';

const SITE = 'https://almanac.test';

let nextId = 100;
function record(over: Partial<EventRecord> = {}): EventRecord {
  const id = over.id ?? nextId++;
  return testRecord({
    id,
    slug: `event-${id}`,
    title: `Event ${id}`,
    summary: `Summary ${id}`,
    year: 1924,
    month: 2,
    day: 1,
    categoryId: 2,
    status: 'published',
    publishedAt: '2026-03-01T12:00:00.000Z',
    version: 1,
    updatedAt: '2026-03-02T08:30:00.250Z',
    category: { id: 2, slug: 'politics', name: 'Politics & Government' },
    ...over,
  });
}

describe('apiEventOf', () => {
  it('answers what the record holds, in the API’s shape', () => {
    const e = record({
      id: 1,
      slug: 'treaty-of-rapallo',
      keyPoints: ['Signed at Rapallo', '  '],
      body: 'A **treaty**.',
      endYear: 1922,
      endMonth: 4,
      endDay: 17,
      location: 'Rapallo',
      latitude: 44.35,
      longitude: 9.23,
      imageUrl: 'https://images.example.org/r.jpg',
      imageAlt: null,
      imageCredit: 'Public domain',
      source: 'muffinlabs',
      sourceUrl: 'https://en.wikipedia.org/wiki/April_16',
      license: 'CC BY-SA 3.0',
      people: [
        {
          id: 9,
          slug: 'georgy-chicherin',
          name: 'Georgy Chicherin',
          role: 'signatory',
          position: 0,
        },
      ],
      tags: [{ id: 4, slug: 'treaties', name: 'Treaties' }],
      references: [
        {
          url: 'https://example.org/r',
          title: 'R',
          publisher: null,
          accessedAt: null,
          position: 0,
        },
      ],
    });
    const api = apiEventOf({ siteUrl: SITE, event: e, linked: [] });
    expect(api).toMatchObject({
      id: 1,
      slug: 'treaty-of-rapallo',
      url: `${SITE}/events/treaty-of-rapallo`,
      apiUrl: `${SITE}/api/v1/events/treaty-of-rapallo`,
      category: { slug: 'politics', name: 'Politics & Government' },
      keyPoints: ['Signed at Rapallo'],
      bodyHtml: expect.stringContaining('<strong>treaty</strong>'),
      endDate: { year: 1922, month: 4, day: 17, precision: 'day' },
      location: { name: 'Rapallo', latitude: 44.35, longitude: 9.23 },
      image: { url: 'https://images.example.org/r.jpg', alt: '', credit: 'Public domain' },
      people: [
        {
          slug: 'georgy-chicherin',
          name: 'Georgy Chicherin',
          role: 'signatory',
          url: `${SITE}/people/georgy-chicherin`,
          apiUrl: `${SITE}/api/v1/people/georgy-chicherin`,
        },
      ],
      tags: [{ slug: 'treaties', url: `${SITE}/tags/treaties` }],
      references: [{ url: 'https://example.org/r', title: 'R', publisher: null, accessedAt: null }],
      attribution: {
        source: 'muffinlabs',
        url: 'https://en.wikipedia.org/wiki/April_16',
        license: 'CC BY-SA 3.0',
      },
      updatedAt: '2026-03-02T08:30:00.250Z',
    });
    expect(api?.references[0]).not.toHaveProperty('position');
  });

  it('lists the links readers can follow, each with its relation from this side', () => {
    const cause = record({ year: 1914 });
    const part = record({ year: 1918 });
    const draft = record({ status: 'draft' });
    const trashed = record({ deletedAt: '2026-03-03T00:00:00.000Z' });
    const twin = record({ year: 1930 });
    const e = record({
      links: [
        {
          type: 'related',
          direction: 'outgoing',
          eventId: twin.id,
          eventSlug: twin.slug,
          eventTitle: null,
        },
        {
          type: 'led_to',
          direction: 'incoming',
          eventId: cause.id,
          eventSlug: cause.slug,
          eventTitle: null,
        },
        {
          type: 'led_to',
          direction: 'outgoing',
          eventId: draft.id,
          eventSlug: draft.slug,
          eventTitle: null,
        },
        {
          type: 'part_of',
          direction: 'outgoing',
          eventId: part.id,
          eventSlug: part.slug,
          eventTitle: null,
        },
        {
          type: 'related',
          direction: 'incoming',
          eventId: twin.id,
          eventSlug: twin.slug,
          eventTitle: null,
        },
        {
          type: 'related',
          direction: 'outgoing',
          eventId: trashed.id,
          eventSlug: trashed.slug,
          eventTitle: null,
        },
      ],
    });
    const api = apiEventOf({
      siteUrl: SITE,
      event: e,
      linked: [twin, cause, draft, part, trashed],
    });
    expect(api?.links.map((l) => [l.relation, l.label, l.event.slug])).toEqual([
      ['part_of', 'Part of', part.slug],
      ['result_of', 'Result of', cause.slug],
      ['related', 'Related', twin.slug],
    ]);
    expect(api?.links[0]?.event).toEqual({
      id: part.id,
      slug: part.slug,
      kind: 'event',
      title: part.title,
      summary: part.summary,
      date: {
        year: 1918,
        month: 2,
        day: 1,
        precision: 'day',
        circa: false,
        calendar: 'gregorian',
        label: '1 February 1918',
      },
      category: {
        slug: 'politics',
        name: 'Politics & Government',
        url: `${SITE}/categories/politics`,
        apiUrl: `${SITE}/api/v1/categories/politics`,
      },
      featured: false,
      url: `${SITE}/events/${part.slug}`,
      apiUrl: `${SITE}/api/v1/events/${part.slug}`,
    });
  });

  it('answers nothing for an event readers cannot see', () => {
    for (const e of [
      record({ status: 'draft' }),
      record({ status: 'archived' }),
      record({ deletedAt: '2026-03-03T00:00:00.000Z' }),
      record({ category: null }),
    ]) {
      expect(apiEventOf({ siteUrl: SITE, event: e, linked: [] })).toBeNull();
      expect(apiEventRowOf(e)).toBeNull();
    }
  });
});
