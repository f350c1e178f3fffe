import fs from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { eventPeople, people } from '@/db/schema';
import { syncSearchIndex } from '@/db/queries/search-index';
import { insertEvent } from '@/db/queries/test-fixtures';
import { encodeCursor } from '@/lib/api/cursor';
import { buildOpenApiDocument } from '@/lib/api/openapi';
import { insertApiSample, type ApiSample } from '@/test/api-sample';
import * as catchAll from '../[[...path]]/route';
import * as categoriesRoute from './categories/route';
import * as categoryRoute from './categories/[slug]/route';
import * as dayRoute from './days/[day]/route';
import * as eventRoute from './events/[slug]/route';
import * as openapiRoute from './openapi.json/route';
import * as personRoute from './people/[slug]/route';
import * as indexRoute from './route';
import * as searchRoute from './search/route';
import * as tagsRoute from './tags/route';
import * as tagRoute from './tags/[slug]/route';
import * as yearRoute from './years/[year]/route';
import { getOnThisDay } from '../feed/onthisday/handler';

process.env.SITE_URL = 'https://almanac.test';
const SITE = 'https://almanac.test';

let sample: ApiSample;
beforeAll(() => {
  sample = insertApiSample();
});

type Json = Record<string, unknown> & {
  data: Json[] & Json;
  pagination: { limit: number; nextCursor: string | null; next: string | null };
  error: string;
};

const req = (url: string, headers: Record<string, string> = {}) =>
  new Request(new URL(url, SITE), { headers });
const ctx = <P extends Record<string, string | string[]>>(params: P) => ({
  params: Promise.resolve(params),
});

/** Calls a route handler as Next would: the URL, and the path parameters the folder names capture. */
async function call(url: string, headers: Record<string, string> = {}): Promise<Response> {
  const u = new URL(url, SITE);
  const parts = u.pathname.split('/').slice(3); // after /api/v1
  const [first, second] = parts;
  const r = req(url, headers);
  if (parts.length === 0) return indexRoute.GET(r);
  if (first === 'openapi.json') return openapiRoute.GET(r);
  if (first === 'days' && second && parts.length === 2)
    return dayRoute.GET(r, ctx({ day: second }));
  if (first === 'years' && second && parts.length === 2)
    return yearRoute.GET(r, ctx({ year: second }));
  if (first === 'events' && second && parts.length === 2)
    return eventRoute.GET(r, ctx({ slug: second }));
  if (first === 'categories' && parts.length === 1) return categoriesRoute.GET(r);
  if (first === 'categories' && second && parts.length === 2)
    return categoryRoute.GET(r, ctx({ slug: second }));
  if (first === 'tags' && parts.length === 1) return tagsRoute.GET(r);
  if (first === 'tags' && second && parts.length === 2)
    return tagRoute.GET(r, ctx({ slug: second }));
  if (first === 'people' && second && parts.length === 2)
    return personRoute.GET(r, ctx({ slug: second }));
  if (first === 'search' && parts.length === 1) return searchRoute.GET(r);
  return catchAll.GET(r);
}

async function json(url: string, status = 200): Promise<Json> {
  const response = await call(url);
  const body = (await response.json()) as Json;
  expect({ url, status: response.status, body: response.status === status ? 'ok' : body }).toEqual({
    url,
    status,
    body: 'ok',
  });
  return body;
}

const slugs = (body: Json): string[] => body.data.map((e) => String(e.slug));

/** Follows `pagination.next` to the end, checking that no item repeats. */
async function walk(url: string): Promise<{ slugs: string[]; pages: number }> {
  const seen: string[] = [];
  let next: string | null = url;
  let pages = 0;
  while (next) {
    const body: Json = await json(next);
    pages++;
    seen.push(...slugs(body));
    next = body.pagination.next;
    if (pages > 50) throw new Error('pagination does not end');
  }
  expect(new Set(seen).size).toBe(seen.length);
  return { slugs: seen, pages };
}

describe('GET /api/v1/days/{day}', () => {
  const dayOrder = [
    'saint-brigids-day',
    'a-roman-event',
    'someone-born-20-bce',
    'imported-line',
    'someone-died-1800',
    'maxim-litvinov-born',
    'united-kingdom-recognises-the-soviet-union',
    'italy-recognises-the-soviet-union',
    'myanmar-military-seizes-power',
  ];

  it('lists the day’s published entries in year order: observances, BCE, then CE', async () => {
    const body = await json('/api/v1/days/02-01');
    expect(slugs(body)).toEqual(dayOrder);
    expect(body.day).toEqual({
      month: 2,
      day: 1,
      label: '1 February',
      url: `${SITE}/days/february-1`,
      apiUrl: `${SITE}/api/v1/days/02-01`,
    });
    expect(body.pagination).toEqual({ limit: 50, nextCursor: null, next: null });
  });

  it('describes each event with its date, category and absolute URLs', async () => {
    const body = await json('/api/v1/days/02-01?kind=event');
    expect(body.data.find((e) => e.slug === 'a-roman-event')).toEqual({
      id: sample.events.roman.id,
      slug: 'a-roman-event',
      kind: 'event',
      title: 'A Roman event <with> "marks" & more',
      summary: 'Something happened in Rome.',
      date: {
        year: -100,
        month: 2,
        day: 1,
        precision: 'day',
        circa: false,
        calendar: 'gregorian',
        label: '1 February 100 BCE',
      },
      category: {
        slug: 'politics-government',
        name: 'Politics & Government',
        url: `${SITE}/categories/politics-government`,
        apiUrl: `${SITE}/api/v1/categories/politics-government`,
      },
      featured: false,
      url: `${SITE}/events/a-roman-event`,
      apiUrl: `${SITE}/api/v1/events/a-roman-event`,
    });
  });

  it('filters by kind and accepts the day’s page name', async () => {
    expect(slugs(await json('/api/v1/days/02-01?kind=birth'))).toEqual([
      'someone-born-20-bce',
      'maxim-litvinov-born',
    ]);
    expect(slugs(await json('/api/v1/days/february-1?kind=observance'))).toEqual([
      'saint-brigids-day',
    ]);
    expect(slugs(await json('/api/v1/days/2-29'))).toEqual(['leap-day-event']);
  });

  it('pages with an opaque cursor until the end, carrying the filters over', async () => {
    const first = await json('/api/v1/days/02-01?limit=4&kind=');
    expect(slugs(first)).toEqual(dayOrder.slice(0, 4));
    expect(first.pagination.nextCursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(first.pagination.next).toBe(
      `${SITE}/api/v1/days/02-01?limit=4&kind=&cursor=${first.pagination.nextCursor}`,
    );
    const response = await call('/api/v1/days/02-01?limit=4&kind=');
    expect(response.headers.get('link')).toBe(`<${first.pagination.next}>; rel="next"`);

    const walked = await walk('/api/v1/days/02-01?limit=4');
    expect(walked).toEqual({ slugs: dayOrder, pages: 3 });
    const exact = await walk('/api/v1/days/02-01?limit=3');
    // Exactly three full pages: the third says there is no fourth.
    expect(exact).toEqual({ slugs: dayOrder, pages: 3 });
    expect((await walk('/api/v1/days/02-01?limit=1&kind=event')).slugs).toEqual(
      dayOrder.filter((s) =>
        [
          'a-roman-event',
          'imported-line',
          'united-kingdom-recognises-the-soviet-union',
          'italy-recognises-the-soviet-union',
          'myanmar-military-seizes-power',
        ].includes(s),
      ),
    );
  });

  it('answers 400 for a malformed day or parameter and 404 for a day no year has', async () => {
    expect((await json('/api/v1/days/13-01', 400)).error).toMatch(
      /^day must be MM-DD with a month from 01 to 12/,
    );
    expect((await json('/api/v1/days/feb-1', 400)).error).toMatch(
      /^day must be MM-DD, such as 02-01/,
    );
    expect((await json('/api/v1/days/02-30', 404)).error).toBe(
      'There is no day 02-30: that month has no day 30',
    );
    expect((await json('/api/v1/days/02-01?limit=0', 400)).error).toBe(
      'limit must be a whole number from 1 to 200',
    );
    expect((await json('/api/v1/days/02-01?limit=201', 400)).error).toBe(
      'limit must be at most 200',
    );
    expect((await json('/api/v1/days/02-01?limit=ten', 400)).error).toBe(
      'limit must be a whole number from 1 to 200',
    );
    expect((await json('/api/v1/days/02-01?kind=battle', 400)).error).toBe(
      'kind must be one of event, birth, death, observance',
    );
  });

  it('refuses a cursor that is not one of ours, or that belongs to another list', async () => {
    for (const bad of ['garbage!', 'eyJ2IjoxfQ', encodeCursor('day:2-1', ['x', 1])]) {
      expect(
        (await json(`/api/v1/days/02-01?cursor=${encodeURIComponent(bad)}`, 400)).error,
      ).toMatch(/^cursor is not valid/);
    }
    const other = (await json('/api/v1/days/02-29?limit=1')).pagination;
    expect(other.nextCursor).toBeNull();
    const yearCursor = encodeCursor('year:1924', [2, 1, 1]);
    expect((await json(`/api/v1/days/02-01?cursor=${yearCursor}`, 400)).error).toMatch(
      /belongs to a different list/,
    );
  });
});

describe('GET /api/v1/years/{year}', () => {
  it('lists a year by month and day, entries known only to the year first', async () => {
    expect(slugs(await json('/api/v1/years/1924'))).toEqual([
      'sometime-in-1924',
      'united-kingdom-recognises-the-soviet-union',
      'italy-recognises-the-soviet-union',
      'other-day',
    ]);
    expect((await json('/api/v1/years/1924')).year).toEqual({
      year: 1924,
      label: '1924',
      url: `${SITE}/years/1924`,
      apiUrl: `${SITE}/api/v1/years/1924`,
    });
    expect((await walk('/api/v1/years/1924?limit=1')).pages).toBe(4);
  });

  it('reads BCE years as -100, 100-bce or 100 BCE, and refuses year 0', async () => {
    for (const year of ['-100', '100-bce', '100%20BCE']) {
      const body = await json(`/api/v1/years/${year}`);
      expect(slugs(body)).toEqual(['a-roman-event']);
      expect((body.year as Json).label).toBe('100 BCE');
    }
    expect((await json('/api/v1/years/0', 400)).error).toMatch(
      /^year must be like 1924, -44 or 44-bce: there is no year 0/,
    );
    expect((await json('/api/v1/years/nineteen', 400)).error).toMatch(/^year must be like/);
  });
});

describe('GET /api/v1/events/{slug}', () => {
  it('answers everything the event page shows', async () => {
    const { data } = await json('/api/v1/events/united-kingdom-recognises-the-soviet-union');
    expect(data).toMatchObject({
      slug: 'united-kingdom-recognises-the-soviet-union',
      featured: true,
      keyPoints: ['Labour took office on 22 January 1924.'],
      body: '## What happened\n\nA note was delivered in **Moscow**.',
      endDate: null,
      location: { name: 'Moscow, Soviet Union', latitude: 55.7558, longitude: 37.6173 },
      image: {
        url: 'https://images.example.org/uk-note.jpg',
        alt: 'The British note',
        credit: 'Public domain',
      },
      attribution: null,
    });
    expect(data.bodyHtml).toContain('<h2>What happened</h2>');
    expect(data.bodyHtml).toContain('<strong>Moscow</strong>');
    expect(data.people).toEqual([
      {
        slug: 'ramsay-macdonald',
        name: 'Ramsay MacDonald',
        role: 'Prime Minister',
        url: `${SITE}/people/ramsay-macdonald`,
        apiUrl: `${SITE}/api/v1/people/ramsay-macdonald`,
      },
      expect.objectContaining({ slug: 'georgy-chicherin', role: 'Foreign Commissar' }),
    ]);
    expect((data.tags as Json[]).map((t) => t.name)).toEqual(['Diplomacy', 'Soviet Union']);
    expect((data.references as Json[]).map((r) => r.title)).toEqual([
      'Soviet Union–United Kingdom relations',
      'First MacDonald ministry',
    ]);
    // The link to a draft is not shown; the one to Italy is, with its label.
    expect(
      (data.links as Json[]).map((l) => [l.relation, l.label, (l.event as Json).slug]),
    ).toEqual([['led_to', 'Led to', 'italy-recognises-the-soviet-union']]);
  });

  it('shows a link from the other side with its inverse, and imported text with its attribution', async () => {
    const italy = (await json('/api/v1/events/italy-recognises-the-soviet-union')).data;
    expect((italy.links as Json[]).map((l) => [l.relation, (l.event as Json).slug])).toEqual([
      ['result_of', 'united-kingdom-recognises-the-soviet-union'],
    ]);
    const imported = (await json('/api/v1/events/imported-line')).data;
    expect(imported.attribution).toEqual({
      source: 'muffinlabs',
      url: 'https://en.wikipedia.org/wiki/February_1',
      license: 'CC BY-SA 3.0',
    });
  });

  it('redirects an old slug with 308 and answers 404 for drafts, trash and unknown slugs', async () => {
    const moved = await call('/api/v1/events/uk-recognises-the-ussr');
    expect(moved.status).toBe(308);
    expect(moved.headers.get('location')).toBe(
      `${SITE}/api/v1/events/united-kingdom-recognises-the-soviet-union`,
    );
    for (const slug of [
      'draft-event',
      'archived-event',
      'trashed-event',
      'no-such-event',
      'Bad%20Slug',
    ]) {
      expect((await json(`/api/v1/events/${slug}`, 404)).error).toMatch(
        /^No published event has the slug/,
      );
    }
  });
});

describe('categories, tags and people', () => {
  it('lists categories in order with counts of published events, empty ones included', async () => {
    const { data } = await json('/api/v1/categories');
    expect(data.map((c) => [c.slug, c.eventCount])).toEqual([
      ['politics-government', 9],
      ['births', 2],
      ['deaths', 1],
      ['holidays', 1],
      ['science', 0],
    ]);
  });

  it('pages a category newest or oldest first, with kind and year filters', async () => {
    const newest = await walk('/api/v1/categories/politics-government?limit=2');
    expect(newest.slugs).toEqual([
      'myanmar-military-seizes-power',
      'month-precision',
      'other-day',
      'italy-recognises-the-soviet-union',
      'united-kingdom-recognises-the-soviet-union',
      'sometime-in-1924',
      'imported-line',
      'leap-day-event',
      'a-roman-event',
    ]);
    const oldest = await walk('/api/v1/categories/politics-government?order=oldest&limit=4');
    expect(oldest.slugs).toEqual([...newest.slugs].reverse());
    expect(
      slugs(await json('/api/v1/categories/politics-government?from=1900&to=1999&order=oldest')),
    ).toEqual([
      'sometime-in-1924',
      'united-kingdom-recognises-the-soviet-union',
      'italy-recognises-the-soviet-union',
      'other-day',
      'month-precision',
    ]);
    expect(slugs(await json('/api/v1/categories/politics-government?to=-1'))).toEqual([
      'a-roman-event',
    ]);
    expect((await json('/api/v1/categories/politics-government')).category).toMatchObject({
      slug: 'politics-government',
      name: 'Politics & Government',
      color: '#1d4ed8',
    });
  });

  it('keeps undated observances in the order, last when newest first', async () => {
    const cursor = (await json('/api/v1/categories/holidays?limit=1')).pagination.nextCursor;
    expect(cursor).toBeNull();
    expect(slugs(await json('/api/v1/categories/holidays'))).toEqual(['saint-brigids-day']);
  });

  it('answers 400 for a bad filter, a cursor from the other order, and 404 for an unknown category', async () => {
    expect(
      (await json('/api/v1/categories/politics-government?from=2000&to=1900', 400)).error,
    ).toBe('from (2000) is after to (1900): give the earlier year as from');
    expect((await json('/api/v1/categories/politics-government?order=random', 400)).error).toBe(
      'order must be one of newest, oldest',
    );
    const { nextCursor } = (await json('/api/v1/categories/politics-government?limit=2'))
      .pagination;
    expect(
      (await json(`/api/v1/categories/politics-government?order=oldest&cursor=${nextCursor}`, 400))
        .error,
    ).toMatch(/belongs to a different list or order/);
    expect((await json('/api/v1/categories/nope', 404)).error).toBe(
      'No category has the slug "nope"',
    );
  });

  it('lists tags with published events only, by name, paged', async () => {
    const all = await json('/api/v1/tags');
    expect(all.data).toEqual([
      {
        slug: 'diplomacy',
        name: 'Diplomacy',
        eventCount: 1,
        url: `${SITE}/tags/diplomacy`,
        apiUrl: `${SITE}/api/v1/tags/diplomacy`,
      },
      {
        slug: 'soviet-union',
        name: 'Soviet Union',
        eventCount: 2,
        url: `${SITE}/tags/soviet-union`,
        apiUrl: `${SITE}/api/v1/tags/soviet-union`,
      },
    ]);
    expect(await walk('/api/v1/tags?limit=1')).toEqual({
      slugs: ['diplomacy', 'soviet-union'],
      pages: 2,
    });
    expect(slugs(await json('/api/v1/tags/soviet-union'))).toEqual([
      'italy-recognises-the-soviet-union',
      'united-kingdom-recognises-the-soviet-union',
    ]);
    expect(slugs(await json('/api/v1/tags/unused'))).toEqual([]);
    expect((await json('/api/v1/tags/nope', 404)).error).toBe('No tag has the slug "nope"');
  });

  it('answers a person with their public events and roles, oldest first', async () => {
    const body = await json('/api/v1/people/ramsay-macdonald');
    expect(body.person).toEqual({
      slug: 'ramsay-macdonald',
      name: 'Ramsay MacDonald',
      description: 'Prime Minister of the United Kingdom in 1924 and 1929–1935',
      born: { year: 1866, month: 10, day: 12, label: '12 October 1866' },
      died: { year: 1937, month: 11, day: 9, label: '9 November 1937' },
      referenceUrl: null,
      url: `${SITE}/people/ramsay-macdonald`,
      apiUrl: `${SITE}/api/v1/people/ramsay-macdonald`,
    });
    expect(body.data.map((e) => [e.slug, e.role])).toEqual([
      ['united-kingdom-recognises-the-soviet-union', 'Prime Minister'],
    ]);
    expect((await json('/api/v1/people/maxim-litvinov')).person).toMatchObject({
      born: { year: 1876, month: null, day: null, label: '1876' },
    });
    expect((await json('/api/v1/people/nobody', 404)).error).toBe(
      'No person has the slug "nobody"',
    );
  });

  it('answers 404 for a person named only in events readers cannot see, as their page does', async () => {
    const hidden = db
      .insert(people)
      .values({ slug: 'only-in-a-draft', name: 'Only In A Draft' })
      .returning({ id: people.id })
      .get().id;
    db.insert(eventPeople).values({ eventId: sample.events.draft.id, personId: hidden }).run();
    expect((await json('/api/v1/people/only-in-a-draft', 404)).error).toBe(
      'No person has the slug "only-in-a-draft"',
    );
  });
});

describe('keyset pages across undated and partly dated entries', () => {
  beforeAll(() => {
    const science = sample.categories.empty;
    const add = (slug: string, values: Partial<Parameters<typeof insertEvent>[0]>) =>
      insertEvent({ categoryId: science, slug, ...values });
    add('s-observance-a', { kind: 'observance', year: null, month: 5, day: 1 });
    add('s-observance-b', { kind: 'observance', year: null, month: 5, day: 2 });
    add('s-1900', { year: 1900, month: null, day: null, precision: 'year' });
    add('s-1900-03', { year: 1900, month: 3, day: null, precision: 'month' });
    add('s-1900-03-04', { year: 1900, month: 3, day: 4 });
    add('s-1900-03-04-b', { year: 1900, month: 3, day: 4 });
    add('s-5-bce', { year: -5, month: 1, day: 1 });
  });

  it('walks one item at a time to the same list as one page, in both orders', async () => {
    const newest = [
      's-1900-03-04-b',
      's-1900-03-04',
      's-1900-03',
      's-1900',
      's-5-bce',
      's-observance-b',
      's-observance-a',
    ];
    expect(slugs(await json('/api/v1/categories/science'))).toEqual(newest);
    expect((await walk('/api/v1/categories/science?limit=1')).slugs).toEqual(newest);
    expect((await walk('/api/v1/categories/science?limit=2')).slugs).toEqual(newest);
    expect((await walk('/api/v1/categories/science?order=oldest&limit=1')).slugs).toEqual(
      [...newest].reverse(),
    );
    expect((await walk('/api/v1/categories/science?order=oldest&limit=3')).slugs).toEqual(
      [...newest].reverse(),
    );
  });
});

describe('GET /api/v1/search', () => {
  beforeAll(() => {
    const ids = Array.from(
      { length: 23 },
      (_, i) =>
        insertEvent({
          categoryId: sample.categories.politics,
          slug: `zeppelin-flight-${i + 1}`,
          title: `Zeppelin flight number ${i + 1}`,
          year: 1900 + i,
          month: 6,
          day: 1,
        }).id,
    );
    db.transaction((tx) => syncSearchIndex(tx, ids), { behavior: 'immediate' });
  });

  it('finds published events by words, with prefix matching and snippets', async () => {
    const body = await json('/api/v1/search?q=soviet%20recog');
    expect(slugs(body).sort()).toEqual([
      'italy-recognises-the-soviet-union',
      'united-kingdom-recognises-the-soviet-union',
    ]);
    expect(body.total).toBe(2);
    expect(body.query).toEqual({
      q: 'soviet recog',
      terms: ['soviet', 'recog'],
      category: null,
      tag: null,
      kind: null,
      from: null,
      to: null,
      sort: 'relevance',
    });
    expect(Array.isArray(body.data[0]?.snippet)).toBe(true);
  });

  it('pages results with a cursor bound to the search', async () => {
    const first = await json('/api/v1/search?q=zeppelin&sort=oldest');
    expect(first.total).toBe(23);
    expect(first.data).toHaveLength(20);
    expect(first.pagination.limit).toBe(20);
    const walked = await walk('/api/v1/search?q=zeppelin&sort=oldest');
    expect(walked.pages).toBe(2);
    expect(walked.slugs).toEqual(Array.from({ length: 23 }, (_, i) => `zeppelin-flight-${i + 1}`));
    const cursor = first.pagination.nextCursor ?? '';
    expect(
      (await json(`/api/v1/search?q=zeppelins&sort=oldest&cursor=${cursor}`, 400)).error,
    ).toMatch(/belongs to a different list/);
  });

  it('filters without words, survives odd input, and asks for something to search for', async () => {
    expect(slugs(await json('/api/v1/search?kind=observance&category=holidays'))).toEqual([
      'saint-brigids-day',
    ]);
    expect((await json('/api/v1/search?q=%22)(*NEAR-%F0%9F%99%82')).data).toEqual([]);
    expect((await json('/api/v1/search', 400)).error).toMatch(/^Give q/);
    expect((await json(`/api/v1/search?q=${'a'.repeat(501)}`, 400)).error).toBe(
      'q must be at most 500 characters',
    );
  });
});

describe('HTTP behaviour of /api/v1', () => {
  it('sends ETag, Cache-Control and CORS, and answers 304 to a matching If-None-Match', async () => {
    const first = await call('/api/v1/events/italy-recognises-the-soviet-union');
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(first.headers.get('cache-control')).toBe(
      'public, max-age=300, s-maxage=900, stale-while-revalidate=300',
    );
    expect(first.headers.get('access-control-allow-origin')).toBe('*');
    expect(first.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const again = await call('/api/v1/events/italy-recognises-the-soviet-union', {
      'If-None-Match': etag,
    });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const errors = await call('/api/v1/days/02-30');
    expect(errors.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('answers preflights, refuses writes with 405 and unknown paths with a problem+json 404', async () => {
    const preflight = dayRoute.OPTIONS();
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('If-None-Match');
    const post = eventRoute.POST();
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect(await post.json()).toEqual({
      error: 'This API is read-only: use GET (or HEAD, OPTIONS).',
    });
    const unknown = await call('/api/v1/nothing/here');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toBe('application/problem+json');
    const detail = `No API endpoint at /api/v1/nothing/here. The endpoints are listed at ${SITE}/api/v1 and documented at ${SITE}/developers`;
    // The problem's members, and `error` as every other /api/v1 error has it.
    expect(await unknown.json()).toEqual({
      status: 404,
      type: 'https://mediawiki.org/wiki/HyperSwitch/errors/not_found',
      title: 'Not found.',
      detail,
      method: 'get',
      uri: '/api/v1/nothing/here',
      error: detail,
    });
  });

  it('lists its endpoints at /api/v1', async () => {
    const body = (await json('/api/v1')) as unknown as {
      endpoints: { url: string }[];
      openapi: string;
    };
    expect(body.openapi).toBe(`${SITE}/api/v1/openapi.json`);
    expect(body.endpoints.map((e) => e.url)).toContain(`${SITE}/api/v1/events/{slug}`);
  });
});

describe('the OpenAPI document', () => {
  const doc = buildOpenApiDocument(SITE);
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats(ajv);
  // The document's own keys beside `components` are not JSON Schema keywords.
  ajv.addVocabulary([
    'openapi',
    'info',
    'servers',
    'tags',
    'paths',
    'components',
    'jsonSchemaDialect',
  ]);
  ajv.addSchema({ ...doc, $id: 'https://almanac.test/openapi.json' });
  const validator = (name: string) => {
    const v = ajv.getSchema(`https://almanac.test/openapi.json#/components/schemas/${name}`);
    if (!v) throw new Error(`no schema ${name}`);
    return v;
  };
  const check = (name: string, data: unknown) => {
    const v = validator(name);
    expect({ name, errors: v(data) ? [] : v.errors }).toEqual({ name, errors: [] });
  };

  it('is OpenAPI 3.1 whose every $ref resolves and whose path parameters match the paths', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.title).toBeTruthy();
    expect(doc.servers[0]?.url).toBe(SITE);
    const refs: string[] = [];
    const collect = (v: unknown) => {
      if (Array.isArray(v)) v.forEach(collect);
      else if (v && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) {
          if (k === '$ref' && typeof x === 'string') refs.push(x);
          else collect(x);
        }
      }
    };
    collect(doc);
    for (const ref of refs) {
      const target = ref
        .replace(/^#\//, '')
        .split('/')
        .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);
      expect({ ref, found: target !== undefined }).toEqual({ ref, found: true });
    }
    const operationIds = new Set<string>();
    for (const [p, item] of Object.entries(doc.paths)) {
      const op = item.get;
      operationIds.add(op.operationId);
      expect(op.responses['200']).toBeDefined();
      const resolved = (op.parameters ?? []).map((x) =>
        '$ref' in x ? doc.components.parameters[x.$ref.split('/').at(-1) ?? ''] : x,
      );
      const inPath = [...p.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      expect(resolved.filter((x) => x?.in === 'path').map((x) => x?.name)).toEqual(inPath);
      expect(resolved.filter((x) => x?.in === 'path').every((x) => x?.required)).toBe(true);
    }
    expect(operationIds.size).toBe(Object.keys(doc.paths).length);
  });

  it('documents only paths that have a route handler', () => {
    for (const p of Object.keys(doc.paths)) {
      const dir = p.replace(/\{(\w+)\}/g, '[$1]').replace(/^\//, '');
      const file = path.join(process.cwd(), 'app', dir, 'route.ts');
      expect({ p, exists: fs.existsSync(file) }).toEqual({ p, exists: true });
    }
  });

  it('compiles every component schema', () => {
    for (const name of Object.keys(doc.components.schemas))
      expect(() => validator(name)).not.toThrow();
  });

  it('describes real answers exactly (undocumented fields fail)', async () => {
    const cases: [string, string][] = [
      ['/api/v1/days/02-01', 'DayEvents'],
      ['/api/v1/days/02-01?limit=2', 'DayEvents'],
      ['/api/v1/years/1924', 'YearEvents'],
      ['/api/v1/events/united-kingdom-recognises-the-soviet-union', 'EventResponse'],
      ['/api/v1/events/italy-recognises-the-soviet-union', 'EventResponse'],
      ['/api/v1/events/imported-line', 'EventResponse'],
      ['/api/v1/events/saint-brigids-day', 'EventResponse'],
      ['/api/v1/categories', 'CategoryList'],
      ['/api/v1/categories/politics-government?limit=3', 'CategoryEvents'],
      ['/api/v1/tags', 'TagList'],
      ['/api/v1/tags/soviet-union', 'TagEvents'],
      ['/api/v1/people/ramsay-macdonald', 'PersonEvents'],
      ['/api/v1/people/brigid-of-kildare', 'PersonEvents'],
      ['/api/v1/search?q=soviet', 'SearchResults'],
      ['/api/v1/search?kind=birth&from=-50&to=1900', 'SearchResults'],
    ];
    for (const [url, schema] of cases) check(schema, await json(url));
    // The schemas are closed: a field they do not name is an error, at any depth.
    const day = await json('/api/v1/days/02-01?limit=1');
    const extra = { ...day, data: [{ ...day.data[0], undocumented: true }] };
    expect(validator('DayEvents')(extra)).toBe(false);
    const event = await json('/api/v1/events/united-kingdom-recognises-the-soviet-union');
    expect(validator('EventResponse')({ data: { ...event.data, secret: 1 } })).toBe(false);
    expect(
      validator('EventResponse')({
        data: { ...event.data, category: { ...(event.data.category as Json), id: 3 } },
      }),
    ).toBe(false);
    check('Error', await json('/api/v1/days/02-01?limit=0', 400));
    check('Error', await json('/api/v1/events/nope', 404));
    const onThisDay = await getOnThisDay(new Request(`${SITE}/api/feed/onthisday/all/02/01`), {
      params: Promise.resolve({ type: 'all', mm: '02', dd: '01' }),
    });
    check('OnThisDayResponse', await onThisDay.json());
    const problem = await getOnThisDay(new Request(`${SITE}/api/feed/onthisday/x/02/01`), {
      params: Promise.resolve({ type: 'x', mm: '02', dd: '01' }),
    });
    check('Problem', await problem.json());
  });

  it('is served at /api/v1/openapi.json', async () => {
    const served = await json('/api/v1/openapi.json');
    expect(served).toEqual(JSON.parse(JSON.stringify(doc)));
  });
});
