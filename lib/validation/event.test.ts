import { describe, expect, it } from 'vitest';
import {
  createEventSchema,
  emptyEventFormValues,
  keptRowIndices,
  parseDateTime,
  parseEventFormData,
  validateEvent,
  validateEventForm,
  type EventFieldErrors,
  type EventFormValues,
} from './event';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const schema = createEventSchema({ now: () => NOW });

/** A valid event as the form sends it; each case changes a little of it. */
function formValues(over: Partial<EventFormValues> = {}): EventFormValues {
  return {
    ...emptyEventFormValues(),
    title: 'The United Kingdom recognises the Soviet Union',
    year: '1924',
    month: '2',
    day: '1',
    categoryId: '3',
    summary: 'De jure recognition by the first Labour government.',
    ...over,
  };
}

const errorsOf = (over: Partial<EventFormValues>): EventFieldErrors => {
  const result = validateEventForm(formValues(over), schema);
  return result.ok ? {} : result.errors;
};

describe('eventSchema: field errors land on the right field', () => {
  const cases: [string, Partial<EventFormValues>, string, RegExp][] = [
    ['empty title', { title: '  ' }, 'title', /Enter a title/],
    ['title too long', { title: 'x'.repeat(501) }, 'title', /at most 500/],
    ['slug with capitals', { slug: 'UK-Recognition' }, 'slug', /lower-case/],
    ['slug with double hyphen', { slug: 'uk--ussr' }, 'slug', /single hyphens/],
    ['30 February', { month: '2', day: '30' }, 'day', /^30 February does not exist$/],
    ['29 February 1923', { year: '1923', month: '2', day: '29' }, 'day', /only 28 days/],
    ['year 0', { year: '0' }, 'year', /There is no year 0/],
    ['year not a number', { year: 'abc' }, 'year', /whole number/],
    ['month 13', { month: '13' }, 'month', /between 1 and 12/],
    ['no year for an event', { year: '' }, 'year', /only observances/],
    ['observance with a year', { kind: 'observance' }, 'year', /leave the year empty/],
    ['month precision with a day', { precision: 'month' }, 'day', /has no day/],
    ['end before start', { endYear: '1923' }, 'endYear', /before the start/],
    [
      'end 31 April',
      { endYear: '1925', endMonth: '4', endDay: '31' },
      'endDay',
      /31 April does not exist/,
    ],
    ['latitude out of range', { latitude: '91', longitude: '0' }, 'latitude', /between -90 and 90/],
    ['latitude without longitude', { latitude: '51.5' }, 'longitude', /longitude too/],
    ['no category', { categoryId: '' }, 'categoryId', /Choose a category/],
    ['summary too long', { summary: 'x'.repeat(601) }, 'summary', /at most 600/],
    [
      'published without summary',
      { summary: '', status: 'published' },
      'summary',
      /needs a summary/,
    ],
    [
      'seven key points',
      { keyPoints: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] },
      'keyPoints',
      /at most 6/,
    ],
    ['key point too long', { keyPoints: ['x'.repeat(201)] }, 'keyPoints', /longer than 200/],
    ['body too long', { body: 'x'.repeat(50_001) }, 'body', /at most 50,000/],
    [
      'http image',
      { imageUrl: 'http://example.org/a.jpg', imageAlt: 'A' },
      'imageUrl',
      /https:\/\//,
    ],
    [
      'image without alt',
      { imageUrl: 'https://example.org/a.jpg' },
      'imageAlt',
      /Describe the image/,
    ],
    ['21 tags', { tags: Array.from({ length: 21 }, (_, i) => `tag ${i}`) }, 'tags', /at most 20/],
    ['tag of punctuation', { tags: ['!!!'] }, 'tags.0', /letter or a digit/],
    [
      'reference with ftp url',
      { references: [{ url: 'ftp://x.org', title: 'T', publisher: '', accessedAt: '' }] },
      'references.0.url',
      /http:\/\/ or https:\/\//,
    ],
    [
      'reference without title',
      { references: [{ url: 'https://x.org', title: '', publisher: '', accessedAt: '' }] },
      'references.0.title',
      /title of the source/,
    ],
    [
      'reference accessed 2024-02-30',
      {
        references: [{ url: 'https://x.org', title: 'T', publisher: '', accessedAt: '2024-02-30' }],
      },
      'references.0.accessedAt',
      /real date/,
    ],
    [
      'person row with only a role',
      { people: [{ personId: '', name: '', role: 'Prime Minister' }] },
      'people.0.name',
      /Choose a person or type a name/,
    ],
    [
      'same person twice',
      {
        people: [
          { personId: '4', name: 'A', role: '' },
          { personId: '4', name: 'A', role: '' },
        ],
      },
      'people.1.name',
      /listed twice/,
    ],
    [
      'link of an unknown type',
      { links: [{ eventId: '9', title: '', type: 'caused', direction: 'from' }] },
      'links.0.type',
      /link type/,
    ],
    [
      'related link twice, both directions',
      {
        links: [
          { eventId: '9', title: '', type: 'related', direction: 'from' },
          { eventId: '9', title: '', type: 'related', direction: 'to' },
        ],
      },
      'links.1.eventId',
      /listed twice/,
    ],
    [
      'scheduled without a time',
      { status: 'scheduled', publishAt: '' },
      'publishAt',
      /when to publish/,
    ],
    [
      'scheduled in the past',
      { status: 'scheduled', publishAt: '2026-02-01T09:00' },
      'publishAt',
      /future/,
    ],
    [
      'bad publish time',
      { status: 'scheduled', publishAt: '2026-13-01T09:00' },
      'publishAt',
      /such as/,
    ],
    ['note too long', { note: 'x'.repeat(301) }, 'note', /at most 300/],
  ];

  it.each(cases)('%s', (_name, over, field, message) => {
    const errors = errorsOf(over);
    const found = errors[field as keyof EventFieldErrors];
    expect(found, JSON.stringify(errors)).toBeDefined();
    expect(found?.join(' ')).toMatch(message);
  });
});

describe('eventSchema: valid input', () => {
  it('accepts the form strings and returns typed values', () => {
    const result = validateEventForm(
      formValues({
        slug: '',
        circa: true,
        latitude: '51.5',
        longitude: '-0.12',
        keyPoints: ['  - First point ', '', 'Second point'],
        tags: ['Diplomacy', ' diplomacy ', 'Soviet  Union'],
        people: [
          { personId: '7', name: 'Ramsay MacDonald', role: 'Prime Minister' },
          { personId: '', name: '  New Person ', role: '' },
        ],
        references: [
          {
            url: 'https://example.org/a',
            title: 'A source',
            publisher: '',
            accessedAt: '2025-01-31',
          },
        ],
        links: [{ eventId: '12', title: 'Italy', type: 'led_to', direction: 'to' }],
        status: 'scheduled',
        publishAt: '2026-04-01T09:30',
        note: ' Fixed the date ',
        version: '3',
      }),
      schema,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const d = result.data;
    expect(d).toMatchObject({
      slug: null,
      year: 1924,
      month: 2,
      day: 1,
      circa: true,
      latitude: 51.5,
      longitude: -0.12,
      categoryId: 3,
      keyPoints: ['First point', 'Second point'],
      tags: ['Diplomacy', 'Soviet Union'],
      people: [
        { personId: 7, name: null, role: 'Prime Minister' },
        { personId: null, name: 'New Person', role: '' },
      ],
      references: [
        {
          url: 'https://example.org/a',
          title: 'A source',
          publisher: null,
          accessedAt: '2025-01-31',
        },
      ],
      links: [{ eventId: 12, type: 'led_to', direction: 'to' }],
      status: 'draft',
      note: 'Fixed the date',
      version: 3,
      end: null,
      image: null,
    });
    expect(d.publishAt?.toISOString()).toBe('2026-04-01T09:30:00.000Z');
  });

  it('accepts JSON values (API and imports) through the same schema', () => {
    const result = validateEvent(
      {
        title: 'Caesar is assassinated',
        kind: 'event',
        year: -44,
        month: 3,
        day: 15,
        calendar: 'julian',
        categoryId: 1,
        summary: 'The Ides of March.',
        status: 'published',
        featured: true,
        image: undefined,
        imageUrl: 'https://upload.example.org/caesar.jpg',
        imageAlt: 'A bust of Caesar',
        endYear: -44,
        endMonth: 3,
        endDay: 15,
      },
      schema,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data).toMatchObject({
      year: -44,
      calendar: 'julian',
      featured: true,
      status: 'published',
      publishAt: null,
      image: {
        url: 'https://upload.example.org/caesar.jpg',
        alt: 'A bust of Caesar',
        credit: null,
      },
      end: { year: -44, month: 3, day: 15, precision: 'day' },
    });
  });

  it('accepts 29 February in a Julian leap year that is not a Gregorian one', () => {
    expect(
      validateEventForm(
        formValues({ year: '1700', month: '2', day: '29', calendar: 'julian' }),
        schema,
      ).ok,
    ).toBe(true);
    expect(
      errorsOf({ year: '1700', month: '2', day: '29', calendar: 'gregorian' }).day,
    ).toBeDefined();
  });

  it('accepts an observance without a year, and a century-precision date', () => {
    expect(validateEventForm(formValues({ kind: 'observance', year: '' }), schema).ok).toBe(true);
    expect(
      validateEventForm(
        formValues({ precision: 'century', year: '1850', month: '', day: '' }),
        schema,
      ).ok,
    ).toBe(true);
  });

  it('drops publishAt unless the event is a scheduled draft', () => {
    const result = validateEvent(
      { ...formValues(), status: 'published', publishAt: '2027-01-01T00:00Z' },
      schema,
    );
    expect(result.ok && result.data.publishAt).toBe(null);
  });
});

describe('parseEventFormData', () => {
  it('reads scalar fields, repeated fields and indexed rows, dropping blank rows', () => {
    const fd = new FormData();
    fd.set('title', 'T');
    fd.set('circa', 'on');
    fd.append('keyPoints', 'One\nTwo\n\n');
    fd.append('keyPoints', 'Three');
    fd.append('tags', 'Diplomacy');
    fd.append('tags', 'Soviet Union, Recognition ,');
    fd.set('references[1][url]', 'https://b.org');
    fd.set('references[1][title]', 'B');
    fd.set('references[0][url]', 'https://a.org');
    fd.set('references[0][title]', 'A');
    fd.set('references[2][url]', '');
    fd.set('references[2][title]', '');
    fd.set('people[0][personId]', '5');
    fd.set('people[0][name]', 'Ada');
    fd.set('people[0][role]', 'Envoy');
    fd.set('people[1][name]', '');
    fd.set('links[0][eventId]', '8');
    fd.set('links[0][title]', 'Other');
    fd.set('links[0][type]', 'part_of');
    fd.set('links[0][direction]', 'to');
    fd.set('links[1][eventId]', '');
    fd.set('links[2][eventId]', '9');
    fd.set('links[2][relation]', 'led_to:to');
    fd.set('status', 'draft');
    fd.set('publishAt', '2030-01-01T00:00');
    fd.set('version', '4');
    fd.set('forceVersion', '6');

    const v = parseEventFormData(fd);
    expect(v.title).toBe('T');
    expect(v.circa).toBe(true);
    expect(v.featured).toBe(false);
    // An unticked checkbox is not sent: the entry is kept out of the selected list.
    expect(v.selectable).toBe(false);
    fd.set('selectable', 'on');
    expect(parseEventFormData(fd).selectable).toBe(true);
    expect(v.keyPoints).toEqual(['One', 'Two', 'Three']);
    expect(v.tags).toEqual(['Diplomacy', 'Soviet Union', 'Recognition']);
    expect(v.references.map((r) => r.title)).toEqual(['A', 'B']);
    expect(v.people).toEqual([{ personId: '5', name: 'Ada', role: 'Envoy' }]);
    expect(v.links).toEqual([
      { eventId: '8', title: 'Other', type: 'part_of', direction: 'to' },
      { eventId: '9', title: '', type: 'led_to', direction: 'to' },
    ]);
    expect(v.publishAt).toBe('');
    expect(v.version).toBe('6');
    expect(keptRowIndices(fd)).toEqual({ people: [0], references: [0, 1], links: [0, 2] });
  });
});

describe('parseDateTime', () => {
  it.each([
    ['2026-05-01T09:00', '2026-05-01T09:00:00.000Z'],
    ['2026-05-01T09:00:30Z', '2026-05-01T09:00:30.000Z'],
    ['2026-05-01T09:00:00+02:00', '2026-05-01T07:00:00.000Z'],
    ['2026-02-30T09:00', null],
    ['2026-05-01T24:00', null],
    ['tomorrow', null],
  ])('%s', (input, expected) => {
    expect(parseDateTime(input)?.toISOString() ?? null).toBe(expected);
  });
});

describe('an edit is checked against the event as stored', () => {
  // An imported event from before today's limits: a slug of 95 characters, a long summary, a
  // reference with an ftp address, an over-long tag, and published without needing to change.
  const longSlug = `${'old-imported-slug-'.repeat(5)}1924`;
  const stored = formValues({
    slug: longSlug,
    summary: 'x'.repeat(700),
    tags: ['t'.repeat(70)],
    references: [{ url: 'ftp://example.org/a', title: 'Archive', publisher: '', accessedAt: '' }],
    status: 'published',
    version: '3',
  });
  const edit = createEventSchema({ now: () => NOW, stored });
  const check = (over: Partial<EventFormValues>) => validateEventForm({ ...stored, ...over }, edit);

  it('accepts what the editor left as it was, and saves it as it is', () => {
    expect(longSlug.length).toBeGreaterThan(80);
    // Without the stored event (a new one) the same values are refused.
    expect(validateEventForm(stored, schema)).toMatchObject({
      ok: false,
      errors: {
        slug: ['A slug has at most 80 characters'],
        summary: [expect.stringMatching(/at most 600/)],
        'tags.0': [expect.stringMatching(/at most 60/)],
        'references.0.url': [expect.stringMatching(/http/)],
      },
    });
    const typoFixed = check({ title: 'The United Kingdom recognises the Soviet Union.' });
    expect(typoFixed.ok).toBe(true);
    if (!typoFixed.ok) return;
    expect(typoFixed.data).toMatchObject({
      slug: longSlug,
      summary: 'x'.repeat(700),
      tags: ['t'.repeat(70)],
      references: [{ url: 'ftp://example.org/a', title: 'Archive', publisher: null }],
      title: 'The United Kingdom recognises the Soviet Union.',
    });
  });

  it('checks what the editor changed, by the rules for new values', () => {
    expect(check({ slug: `${longSlug}-x` })).toMatchObject({
      ok: false,
      errors: { slug: ['A slug has at most 80 characters'] },
    });
    expect(check({ summary: 'y'.repeat(650) })).toMatchObject({
      ok: false,
      errors: { summary: [expect.stringMatching(/at most 600/)] },
    });
    // A new reference is checked; the kept one beside it is not.
    const added = check({
      references: [
        ...stored.references,
        { url: 'not a url', title: 'New', publisher: '', accessedAt: '' },
      ],
    });
    expect(added).toMatchObject({ ok: false });
    expect(added.ok ? {} : Object.keys(added.errors)).toEqual(['references.1.url']);
    expect(check({ tags: [...stored.tags, 'u'.repeat(61)] })).toMatchObject({
      ok: false,
      errors: { 'tags.1': [expect.stringMatching(/at most 60/)] },
    });
  });

  it('applies a rule between fields only when the editor changed one of them', () => {
    const legacy = formValues({ summary: '', status: 'published', version: '2' });
    const schemaOf = createEventSchema({ now: () => NOW, stored: legacy });
    // Published before publishing needed a summary: a typo fix elsewhere is saved...
    expect(validateEventForm({ ...legacy, title: 'Fixed title' }, schemaOf).ok).toBe(true);
    // ...but publishing it again from a draft, or emptying a summary, is not.
    const draft = formValues({ summary: '', status: 'draft', version: '2' });
    expect(
      validateEventForm(
        { ...draft, status: 'published' },
        createEventSchema({ now: () => NOW, stored: draft }),
      ),
    ).toMatchObject({ ok: false, errors: { summary: [expect.stringMatching(/needs a summary/)] } });
    const withSummary = formValues({ status: 'published', version: '2' });
    expect(
      validateEventForm(
        { ...withSummary, summary: '' },
        createEventSchema({ now: () => NOW, stored: withSummary }),
      ),
    ).toMatchObject({ ok: false, errors: { summary: [expect.stringMatching(/needs a summary/)] } });
  });
});
