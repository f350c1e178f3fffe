import { describe, expect, it } from 'vitest';
import { almanacFileSchema, canonicalJson, parseAlmanacJson } from './almanac';
import { parseExportFilter } from './export-filter';
import { parseImportFile } from './index';

const event = (over: Record<string, unknown> = {}) => ({
  slug: 'uk-recognises-the-ussr',
  kind: 'event',
  title: 'The United Kingdom recognises the Soviet Union',
  year: 1924,
  month: 2,
  day: 1,
  category: 'politics-government',
  status: 'published',
  createdAt: '2026-01-01T10:00:00.000Z',
  updatedAt: '2026-01-02T10:00:00+02:00',
  ...over,
});
const file = (events: unknown[], over: Record<string, unknown> = {}) => ({
  format: 'almanac',
  version: 1,
  exportedAt: '2026-03-01T12:00:00.000Z',
  categories: [{ slug: 'politics-government', name: 'Politics', color: '#1D4ED8' }],
  tags: [],
  people: [],
  events,
  ...over,
});
const read = (json: unknown) => parseAlmanacJson(json, 'site.json');

function skipsOf(events: unknown[]) {
  const result = read(file(events));
  if (!result.ok) throw new Error(result.error);
  return result.value.skipped.map((s) => ({
    index: s.where.index,
    code: s.code,
    reason: s.reason,
  }));
}

describe('reading an Almanac file', () => {
  it('recognises the format by its content, whatever the file is called', () => {
    const result = parseImportFile(JSON.stringify(file([event()])), { fileName: 'whatever.txt' });
    expect(result).toMatchObject({ ok: true, value: { format: 'almanac', total: 2 } });
  });

  it('fills in what a hand-written file leaves out, and normalises times and colours', () => {
    const result = read(file([event()]));
    if (!result.ok) throw new Error(result.error);
    expect(result.value.skipped).toEqual([]);
    expect(result.value.categories[0]).toMatchObject({
      color: '#1d4ed8',
      description: '',
      position: 0,
    });
    expect(result.value.events[0]?.event).toMatchObject({
      precision: 'day',
      calendar: 'gregorian',
      circa: false,
      keyPoints: [],
      tags: [],
      links: [],
      edited: false,
      deletedAt: null,
      // The offset is folded into UTC, so the same instant always compares equal.
      updatedAt: '2026-01-02T08:00:00.000Z',
    });
  });

  it('reads tags and source links as the knowledge graph has them, and a file from before it', () => {
    const article = {
      url: 'https://en.wikipedia.org/wiki/Soviet_Union',
      title: 'Soviet Union',
      anchor: 'the USSR',
    };
    const result = read(
      file(
        [
          event({ tags: ['soviet-union'], articles: [article] }),
          event({ slug: 'older', externalId: 'muffinlabs:02-01:event:old' }),
        ],
        {
          tags: [
            {
              slug: 'soviet-union',
              name: 'Soviet Union',
              kind: 'topic',
              referenceUrl: article.url,
            },
            { slug: 'treaties', name: 'Treaties' },
          ],
        },
      ),
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.value.skipped).toEqual([]);
    expect(result.value.tags).toEqual([
      {
        slug: 'soviet-union',
        name: 'Soviet Union',
        kind: 'topic',
        description: '',
        referenceUrl: article.url,
        createdAt: null,
      },
      // A tag from before the graph.
      {
        slug: 'treaties',
        name: 'Treaties',
        kind: 'tag',
        description: '',
        referenceUrl: null,
        createdAt: null,
      },
    ]);
    expect(result.value.events[0]?.event.articles).toEqual([{ ...article, applied: false }]);
    // Without the list the file says nothing of the event's source links (not that it has none).
    expect(result.value.events[1]?.event.articles).toBeUndefined();
  });

  it('skips an event with a source link that is no web address, and a tag of an unknown kind', () => {
    const link = (over: Record<string, unknown>) => ({
      url: 'https://en.wikipedia.org/wiki/Moscow',
      title: 'Moscow',
      anchor: 'Moscow',
      applied: true,
      ...over,
    });
    expect(
      skipsOf([
        event({ articles: [link({})] }),
        event({ slug: 'script', articles: [link({ url: 'javascript:alert(1)' })] }),
        event({ slug: 'reversed', articles: [link({ anchor: 'Mos\u202Ecow' })] }),
        event({ slug: 'applied-text', articles: [link({ applied: 'yes' })] }),
      ]).map((s) => [s.index, s.reason]),
    ).toEqual([
      [1, expect.stringMatching(/^script: articles\.0\.url: expected a web address/)],
      [2, expect.stringMatching(/^reversed: articles\.0\.anchor: Remove the invisible control/)],
      [3, expect.stringMatching(/^applied-text: articles\.0\.applied:/)],
    ]);
    const tags = read(file([], { tags: [{ slug: 'x', name: 'X', kind: 'person' }] }));
    if (!tags.ok) throw new Error(tags.error);
    expect(tags.value.skipped.map((s) => [s.where.section, s.code])).toEqual([
      ['tags', 'malformed-entry'],
    ]);
  });

  it.each([
    ['not JSON', '{"format": "almanac", ', /not valid JSON/],
    [
      'no events list',
      JSON.stringify({ format: 'almanac', version: 1 }),
      /not a valid Almanac file \(events:/,
    ],
    ['events not a list', JSON.stringify({ ...file([]), events: {} }), /"events" must be a list/],
    [
      'a newer version',
      JSON.stringify({ ...file([]), version: 2 }),
      /version 2 comes from a newer Almanac/,
    ],
    ['no version', JSON.stringify({ ...file([]), version: undefined }), /version must be 1/],
    [
      'an unknown format',
      JSON.stringify({ hello: 'world' }),
      /unknown format: the file is a JSON object with the key "hello" \(text\)\. Almanac reads an Almanac export/,
    ],
  ])('refuses a whole file with %s, saying why', (_label, text, message) => {
    const result = parseImportFile(text, { fileName: 'bad.json' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(message);
      expect(result.error.startsWith('bad.json: ')).toBe(true);
    }
  });

  it('skips each bad entry with its reason and keeps the good ones', () => {
    const skips = skipsOf([
      event(),
      event({ slug: 'no-title', title: '' }),
      event({ slug: 'Not A Slug' }),
      event({ slug: 'thirtieth-february', day: 30, month: 2 }),
      event({ slug: 'year-zero', year: 0 }),
      event({ slug: 'leap-day', year: 1900, month: 2, day: 29 }),
      event({ slug: 'leap-day-julian', year: 1900, month: 2, day: 29, calendar: 'julian' }),
      event({ slug: 'observance-with-year', kind: 'observance' }),
      event({
        slug: 'script-link',
        references: [{ url: 'javascript:alert(1)', title: 'x' }],
      }),
      event({ slug: 'plain-http-image', imageUrl: 'http://example.org/a.jpg', imageAlt: 'a' }),
      event({
        slug: 'self-link',
        links: [{ type: 'related', direction: 'outgoing', event: 'self-link' }],
      }),
      event({ slug: 'bad-status', status: 'deleted' }),
      event({ slug: 'no-times', createdAt: 'yesterday' }),
      event(), // the same slug again
      event({ slug: 'same-source', externalId: 'muffinlabs:02-01:event:abc' }),
      event({ slug: 'same-source-again', externalId: 'muffinlabs:02-01:event:abc' }),
      'not an object',
    ]);
    expect(skips.map((s) => [s.index, s.code])).toEqual([
      [1, 'malformed-entry'],
      [2, 'malformed-entry'],
      [3, 'malformed-entry'],
      [4, 'malformed-entry'],
      [5, 'malformed-entry'],
      [7, 'malformed-entry'],
      [8, 'malformed-entry'],
      [9, 'malformed-entry'],
      [10, 'malformed-entry'],
      [11, 'malformed-entry'],
      [12, 'malformed-entry'],
      [13, 'duplicate-in-file'],
      [15, 'duplicate-in-file'],
      [16, 'malformed-entry'],
    ]);
    const reason = (index: number) => skips.find((s) => s.index === index)?.reason;
    expect(reason(1)).toBe('no-title: title: an event needs a title');
    expect(reason(2)).toMatch(/^Not A Slug: slug: a slug is lower-case letters/);
    expect(reason(3)).toMatch(/day: 30 February does not exist/);
    expect(reason(4)).toMatch(/year: There is no year 0/);
    expect(reason(5)).toMatch(/February 1900 has only 28 days/);
    expect(reason(7)).toMatch(/only observances have no year|has no year/);
    expect(reason(8)).toMatch(/references\.0\.url: expected a web address/);
    expect(reason(9)).toMatch(/imageUrl: expected an image address starting with https/);
    expect(reason(10)).toMatch(/cannot link to itself/);
    expect(reason(12)).toMatch(/createdAt: expected an ISO date-time/);
    expect(reason(13)).toMatch(/same slug as events #0/);
    expect(reason(15)).toMatch(/same external id as events #14/);
  });

  it('checks categories, tags and people on their own too', () => {
    const result = read(
      file([], {
        categories: [{ slug: 'a', name: 'A', color: 'blue' }],
        tags: [
          { slug: 'ok', name: 'OK' },
          { slug: 'ok', name: 'Again' },
        ],
        people: [
          { slug: 'p', name: 'P', born: { year: 1900, month: 2, day: 30 } },
          { slug: 'q', name: 'Q', referenceUrl: 'ftp://example.org/q' },
        ],
      }),
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.value.skipped.map((s) => [s.where.section, s.where.index, s.code])).toEqual([
      ['categories', 0, 'malformed-entry'],
      ['tags', 1, 'duplicate-in-file'],
      ['people', 0, 'malformed-entry'],
      ['people', 1, 'malformed-entry'],
    ]);
  });

  it('checks a whole file strictly with the export schema', () => {
    expect(almanacFileSchema.safeParse(file([event()])).success).toBe(true);
    expect(almanacFileSchema.safeParse(file([event({ month: 13 })])).success).toBe(false);
    expect(almanacFileSchema.safeParse({ ...file([]), format: 'wikimedia' }).success).toBe(false);
  });
});

describe('canonicalJson', () => {
  it('gives the same text for the same content in any key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [2, { e: 0, f: 1 }] }, b: 1 }),
    );
    expect(canonicalJson({ a: [1, 2] })).not.toBe(canonicalJson({ a: [2, 1] }));
  });
});

describe('parseExportFilter', () => {
  it('reads lists, BCE years and the trash switch', () => {
    const params = new URLSearchParams(
      'category=politics-government&category=births,deaths&status=published&kind=birth&yearFrom=44+BCE&yearTo=1924&trash=1&updatedSince=2026-01-01',
    );
    expect(parseExportFilter(params)).toEqual({
      ok: true,
      filter: {
        categories: ['politics-government', 'births', 'deaths'],
        statuses: ['published'],
        kinds: ['birth'],
        yearFrom: -44,
        yearTo: 1924,
        updatedSince: new Date('2026-01-01T00:00:00Z'),
        includeTrashed: true,
      },
    });
    expect(parseExportFilter({ yearFrom: '-44' })).toMatchObject({
      ok: true,
      filter: { yearFrom: -44 },
    });
  });

  it.each([
    [{ yearFrom: '0' }, /there is no year 0/],
    [{ yearFrom: 'soon' }, /From year/],
    [{ yearFrom: '1924', yearTo: '1900' }, /before the From year/],
    [{ status: 'deleted' }, /Status/],
    [{ kind: 'battle' }, /Kind/],
    [{ category: 'Not a slug' }, /Category/],
    [{ updatedSince: 'last week' }, /Changed since/],
  ])('refuses %j with a message', (params, message) => {
    const result = parseExportFilter(params);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});
