import { describe, expect, it } from 'vitest';
import {
  detectFormat,
  parseImportJson,
  parseImportText,
  type ImportRow,
  type ParseResult,
  type Skip,
} from './index';
import { EVENT_LIMITS } from '@/lib/validation/event';

const link = (title: string) => ({
  title,
  link: `https://wikipedia.org/wiki/${title.replace(/ /g, '_')}`,
});
const anchor = (title: string, shown = title) =>
  `<a href="https://wikipedia.org/wiki/${title.replace(/ /g, '_')}" title="${title}">${shown}</a>`;

// A muffinlabs day file with the flaws listed in ../shared/data/README.md, in small.
const muffinlabsFile = {
  date: 'February 1',
  url: 'https://wikipedia.org/wiki/February_1',
  data: {
    Events: [
      {
        year: '481',
        text: 'Vandal king Huneric organises a conference between Catholic and Arian bishops at Carthage.',
        html: '',
        no_year_html: '',
        links: [
          link('Vandals'),
          link('Huneric'),
          link('Catholicism'),
          link('Arianism'),
          link('Carthage'),
          link('Bishop'),
        ],
      },
      {
        year: '106 BC',
        text: 'Roman consul Quintus Servilius Caepio leads the army north.[32]',
        html: '',
        no_year_html: '',
        links: [],
      },
      {
        year: '44 BCE',
        text: 'An event in 44 BCE.',
        html: '',
        no_year_html: '',
        links: [link('44 BC')],
      },
      { year: 'AD 9', text: 'An event in AD 9.[note 1]', html: '', no_year_html: '' },
      {
        year: '1969 (or 1970)',
        text: 'An uncertain event.',
        html: '',
        no_year_html: '',
        links: [],
      },
      {
        year: '1924\u00a0',
        text: 'The United Kingdom recognizes the Soviet Union.\u00a0',
        html: '',
        no_year_html: '',
        links: [link('Soviet Union')],
      },
      {
        year: 'Tokelau is annexed by the United Kingdom.',
        text: null,
        html: '',
        no_year_html: '',
        links: [],
      },
      {
        year: '0',
        text: 'An event in a year that never was.',
        html: '',
        no_year_html: '',
        links: [],
      },
      {
        year: '1990',
        text: `${'A very long event description that goes on and on about what happened, '.repeat(3)}and ends here.`,
        html: '',
        no_year_html: '',
        links: [],
      },
      {
        year: '481',
        text: 'Vandal king Huneric organises a conference between Catholic and Arian bishops at Carthage.',
        html: '',
        no_year_html: '',
        links: [],
      },
      'not an entry',
    ],
    Births: [
      {
        year: '1552',
        text: 'Edward Coke, English lawyer, judge, and politician (d. 1634)',
        html: `1552 - ${anchor('Edward Coke')}, English lawyer, judge, and politician (d. 1634)`,
        no_year_html: `${anchor('Edward Coke')}, English lawyer, judge, and politician (d. 1634)`,
        links: [link('1552'), link('Edward Coke')],
      },
    ],
    Deaths: [
      {
        year: '1967',
        text: 'crew of Apollo 1\nRoger B. Chaffee, American pilot (b. 1935)\nGus Grissom, American pilot and astronaut (b. 1926)',
        html: '',
        no_year_html: `crew of ${anchor('Apollo 1')}\n<ul><li>${anchor('Roger B. Chaffee')}, American pilot (b. 1935)</li><li>${anchor('Gus Grissom')}, American pilot and astronaut (b. 1926)</li></ul>`,
        links: [link('Apollo 1'), link('Roger B. Chaffee'), link('Gus Grissom')],
      },
    ],
  },
};

function parsed(
  json: unknown,
  options: Parameters<typeof parseImportJson>[1] = { fileName: '02-01.json' },
): ParseResult {
  const result = parseImportJson(json, options);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

const byYear = (rows: ImportRow[], year: number | null) => rows.find((r) => r.year === year);
const skipAt = (skipped: Skip[], section: string, index: number) =>
  skipped.find((s) => s.where.section === section && s.where.index === index);

describe('detectFormat', () => {
  it('recognises both formats by shape', () => {
    expect(detectFormat(muffinlabsFile)).toBe('muffinlabs');
    expect(detectFormat({ events: [], births: [] })).toBe('wikimedia');
    expect(detectFormat({ foo: 1 })).toBeNull();
    expect(detectFormat([1, 2])).toBeNull();
  });
});

describe('parseImportText', () => {
  it('reports invalid JSON and unknown formats as errors', () => {
    expect(parseImportText('{"date": ', { fileName: 'x.json' })).toMatchObject({
      ok: false,
      error: expect.stringContaining('not valid JSON'),
    });
    expect(parseImportText('{"hello": []}', { fileName: 'x.json' })).toMatchObject({
      ok: false,
      error: expect.stringContaining('unknown format'),
    });
  });
});

describe('muffinlabs files', () => {
  const result = parsed(muffinlabsFile);

  it('counts every entry, imported or skipped', () => {
    expect(result.month).toBe(2);
    expect(result.day).toBe(1);
    expect(result.total).toBe(13);
    expect(result.rows.length + result.skipped.length).toBe(13);
  });

  it('reads the year as written', () => {
    expect(byYear(result.rows, -106)?.title).toBe(
      'Roman consul Quintus Servilius Caepio leads the army north',
    );
    expect(byYear(result.rows, -44)).toBeDefined();
    expect(byYear(result.rows, 9)?.title).toBe('An event in AD 9');
    expect(byYear(result.rows, 1969)).toMatchObject({ circa: true });
    expect(byYear(result.rows, 1924)).toMatchObject({
      title: 'The United Kingdom recognizes the Soviet Union',
      calendar: 'gregorian',
    });
    expect(byYear(result.rows, 481)).toMatchObject({ calendar: 'julian' });
  });

  it('skips what cannot be imported, with a reason', () => {
    expect(skipAt(result.skipped, 'Events', 6)).toMatchObject({
      code: 'null-text',
      reason: "text is null (the entry's text is in its year field)",
    });
    expect(skipAt(result.skipped, 'Events', 7)).toMatchObject({ code: 'year-zero' });
    expect(skipAt(result.skipped, 'Events', 9)).toMatchObject({
      code: 'duplicate-in-file',
      reason: 'duplicate of an entry already in this file (Events #0)',
    });
    expect(skipAt(result.skipped, 'Events', 10)).toMatchObject({ code: 'malformed-entry' });
    expect(result.skipped.every((s) => s.where.file === '02-01.json')).toBe(true);
  });

  it('reads back a year whose entries lost their layout (29 February)', () => {
    // One entry's year field holds the year and every line; each line follows as an entry with its
    // text (and links) in the year field and no text.
    const leap = parsed(
      {
        date: 'February 29',
        url: 'https://wikipedia.org/wiki/February_29',
        data: {
          Events: [
            {
              year: '1916\nTokelau is annexed by the United Kingdom.\nChild labour laws change.[4]',
              text: null,
              links: [],
            },
            {
              year: 'Tokelau is annexed by the United Kingdom.',
              text: null,
              links: [link('Tokelau')],
            },
            { year: 'Child labour laws change.', text: null, links: [] },
            { year: 'A stray line with no heading.', text: null, links: [] },
          ],
        },
      },
      { fileName: '02-29.json' },
    );
    expect(leap.rows.map((r) => [r.year, r.title])).toEqual([
      [1916, 'Tokelau is annexed by the United Kingdom'],
      [1916, 'Child labour laws change'],
    ]);
    expect(leap.rows[0]?.references.map((r) => r.url)).toContain(
      'https://en.wikipedia.org/wiki/Tokelau',
    );
    expect(leap.skipped.map((s) => [s.where.index, s.code])).toEqual([
      [0, 'year-heading'],
      [3, 'null-text'],
    ]);
    expect(leap.skipped[0]?.reason).toBe(
      'the year 1916 for the 2 entries after it, which are imported with that year',
    );
  });

  it('builds an event row with provenance, references and a category', () => {
    const huneric = byYear(result.rows, 481);
    expect(huneric).toMatchObject({
      kind: 'event',
      title:
        'Vandal king Huneric organises a conference between Catholic and Arian bishops at Carthage',
      // A one-sentence entry: the title is all of it, and a summary would only repeat it.
      summary: '',
      month: 2,
      day: 1,
      precision: 'day',
      source: 'muffinlabs',
      sourceUrl: 'https://en.wikipedia.org/wiki/February_1',
      license: 'CC BY-SA 3.0',
      categorySlug: 'arts-culture',
      people: [],
    });
    expect(huneric?.externalId).toMatch(/^muffinlabs:02-01:event:[0-9a-f]{16}$/);
    expect(huneric?.references).toHaveLength(5);
    expect(huneric?.references[0]).toEqual({
      url: 'https://en.wikipedia.org/wiki/Vandals',
      title: 'Vandals',
      publisher: 'Wikipedia',
    });
    expect(byYear(result.rows, -44)?.references).toEqual([]); // a link to the year's article is not a reference
  });

  it('gives the same entry the same id on every parse', () => {
    expect(parsed(muffinlabsFile).rows.map((r) => r.externalId)).toEqual(
      result.rows.map((r) => r.externalId),
    );
  });

  it('makes a long sentence the title whole, without its full stop, and no summary', () => {
    const long = byYear(result.rows, 1990);
    expect(long?.title).toBe(
      `${'A very long event description that goes on and on about what happened, '.repeat(3)}and ends here`,
    );
    expect(long?.summary).toBe('');
  });

  it('titles an entry of several sentences with the first, and summarises it with the others', () => {
    const text = (t: string) => ({ year: '1801', text: t, html: '', no_year_html: '', links: [] });
    const day = parsed({
      date: 'February 1',
      data: {
        Events: [
          text(
            'The new canal opens to barges. Its first cargo is coal from St. Helens. Tolls follow.',
          ),
          text(`The longest sentence ${'goes on and on, '.repeat(40)}until it ends.`),
        ],
        Births: [{ year: '1801', text: 'Jan van der Berg', links: [link('Jan van der Berg')] }],
        Deaths: [],
      },
    });
    expect(day.rows[0]).toMatchObject({
      title: 'The new canal opens to barges',
      summary: 'Its first cargo is coal from St. Helens. Tolls follow.',
    });
    // Longer than a title may be (what the event form accepts): cut at a word, the text in the summary.
    const long = day.rows[1]!;
    expect(long.title.length).toBeLessThanOrEqual(EVENT_LIMITS.title);
    expect(long.title).toMatch(/…$/);
    expect(long.summary).toMatch(/^The longest sentence goes on.*until it ends\.$/);
    // A birth that is only a name: the name is the title, and there is nothing more to say.
    expect(day.rows[2]).toMatchObject({ kind: 'birth', title: 'Jan van der Berg', summary: '' });
  });

  it('names births and deaths after the person', () => {
    const coke = byYear(result.rows, 1552);
    expect(coke).toMatchObject({
      kind: 'birth',
      title: 'Edward Coke',
      summary: 'Edward Coke, English lawyer, judge, and politician (d. 1634)',
      categorySlug: 'births',
      people: [
        {
          name: 'Edward Coke',
          description: 'English lawyer, judge, and politician',
          referenceUrl: 'https://en.wikipedia.org/wiki/Edward_Coke',
          deathYear: 1634,
        },
      ],
    });
  });

  it('turns a grouped death entry into one entry about each person', () => {
    const crew = byYear(result.rows, 1967);
    expect(crew).toMatchObject({
      kind: 'death',
      title: 'Crew of Apollo 1',
      summary:
        'Crew of Apollo 1: Roger B. Chaffee, American pilot (b. 1935); Gus Grissom, American pilot and astronaut (b. 1926)',
    });
    expect(crew?.people.map((p) => [p.name, p.birthYear])).toEqual([
      ['Roger B. Chaffee', 1935],
      ['Gus Grissom', 1926],
    ]);
  });

  it('uses the default category it is given', () => {
    const other = parsed(muffinlabsFile, {
      fileName: '02-01.json',
      defaultCategory: 'sports-recreation',
    });
    expect(byYear(result.rows, -44)?.categorySlug).toBe('general-history');
    expect(byYear(other.rows, -44)?.categorySlug).toBe('sports-recreation');
  });

  it('accepts a day with no events (1 January) and entries without links', () => {
    const empty = parsed(
      {
        date: 'January 1',
        url: 'https://wikipedia.org/wiki/January_1',
        data: {
          Events: [],
          Births: [{ year: '1900', text: 'Somebody, somebody else' }],
          Deaths: [],
        },
      },
      { fileName: '01-01.json' },
    );
    expect(empty.rows).toHaveLength(1);
    expect(empty.rows[0]).toMatchObject({
      title: 'Somebody',
      references: [],
      people: [{ name: 'Somebody', referenceUrl: null }],
    });
  });

  it('refuses 29 February in a year without one', () => {
    const leap = parsed(
      {
        date: 'February 29',
        data: {
          Events: [
            { year: '1900', text: 'Not a day in 1900.' },
            { year: '1896', text: 'A leap day.' },
            { year: '1500', text: 'Julian leap day.' },
          ],
        },
      },
      { fileName: '02-29.json' },
    );
    expect(leap.rows.map((r) => r.year)).toEqual([1896, 1500]);
    expect(leap.skipped[0]).toMatchObject({ code: 'invalid-date' });
  });

  it('rejects a file whose date cannot be read', () => {
    expect(
      parseImportJson({ date: 'Someday', data: { Events: [] } }, { fileName: 'x.json' }),
    ).toMatchObject({ ok: false });
  });
});

const page = (title: string, extra: Record<string, unknown> = {}) => ({
  title: title.replace(/ /g, '_'),
  normalizedtitle: title,
  displaytitle: title,
  ...extra,
});

const wikimediaFeed = {
  selected: [
    {
      text: 'The Soviet hydrogen bomb Tsar Bomba (pictured), the largest nuclear weapon ever detonated, was set off over Novaya Zemlya.',
      year: 1961,
      pages: [page('Tsar Bomba'), page('Novaya Zemlya')],
    },
  ],
  events: [
    {
      text: 'The Soviet Union detonates the Tsar Bomba over Novaya Zemlya.',
      year: 1961,
      pages: [page('Tsar Bomba')],
    },
    {
      text: 'Antioch surrenders after the Battle of the Iron Bridge.',
      year: 637,
      pages: [page('Antioch')],
    },
    { text: 'An event of 39 BC.', year: -39, pages: [] },
    { text: null, year: 1900, pages: [] },
  ],
  births: [
    {
      text: 'Devin Booker, American basketball player',
      year: 1996,
      pages: [page('Devin Booker', { description: 'American basketball player' })],
    },
  ],
  deaths: [
    {
      text: 'Arthur M. Schlesinger, American historian (b. 1888)',
      year: 1965,
      pages: [page('Arthur M. Schlesinger Sr.')],
    },
  ],
  holidays: [{ text: 'Christian feast day:\nTheonistus', pages: [page('Theonistus')] }],
};

describe('Wikimedia onthisday responses', () => {
  const result = parsed(wikimediaFeed, { fileName: 'onthisday-all-10-30.json' });

  it('takes the day from the file name', () => {
    expect(result).toMatchObject({ format: 'wikimedia', month: 10, day: 30, total: 8 });
    expect(
      result.rows.every((r) => r.sourceUrl === 'https://en.wikipedia.org/wiki/October_30'),
    ).toBe(true);
    expect(parsed(wikimediaFeed, { fileName: 'feed_10_30.json' })).toMatchObject({
      month: 10,
      day: 30,
    });
  });

  it('takes the day from the option first, and refuses a file with no day at all', () => {
    expect(
      parsed(wikimediaFeed, {
        fileName: 'onthisday-all-10-30.json',
        monthDay: { month: 2, day: 6 },
      }),
    ).toMatchObject({ month: 2, day: 6 });
    expect(parseImportJson(wikimediaFeed, { fileName: 'feed.json' })).toMatchObject({
      ok: false,
      error: expect.stringContaining('--date MM-DD'),
    });
  });

  it('maps the sections onto kinds, with BCE years and yearless observances', () => {
    expect(result.rows.map((r) => [r.kind, r.year])).toEqual([
      ['event', 1961],
      ['event', 637],
      ['event', -39],
      ['birth', 1996],
      ['death', 1965],
      ['observance', null],
    ]);
    const holiday = result.rows.find((r) => r.kind === 'observance');
    expect(holiday).toMatchObject({
      title: 'Christian feast day: Theonistus',
      categorySlug: 'holidays-observances',
      license: 'CC BY-SA 4.0',
      source: 'wikimedia',
    });
    expect(holiday?.externalId).toMatch(/^wikimedia:10-30:observance:[0-9a-f]{16}$/);
  });

  it('features the event a selected entry retells instead of importing it twice', () => {
    expect(result.rows.find((r) => r.year === 1961)).toMatchObject({
      featured: true,
      title: 'The Soviet Union detonates the Tsar Bomba over Novaya Zemlya',
      summary: '',
    });
    expect(skipAt(result.skipped, 'selected', 0)).toMatchObject({ code: 'duplicate-in-file' });
    expect(skipAt(result.skipped, 'events', 3)).toMatchObject({ code: 'null-text' });
  });

  it('recognises a retold one-sentence entry by its words when it shares no page', () => {
    const day = parsed(
      {
        selected: [
          {
            text: 'A new lighthouse is lit on the northern cape for the first time.',
            year: 1901,
            pages: [],
          },
        ],
        events: [
          {
            text: 'The new lighthouse on the northern cape is lit for the first time.',
            year: 1901,
            pages: [],
          },
        ],
      },
      { fileName: 'onthisday-all-10-30.json' },
    );
    expect(day.rows).toHaveLength(1);
    expect(day.rows[0]).toMatchObject({ featured: true, summary: '' });
  });

  it('finds the person among the pages, with a canonical article URL', () => {
    expect(result.rows.find((r) => r.kind === 'birth')?.people).toEqual([
      {
        name: 'Devin Booker',
        description: 'American basketball player',
        referenceUrl: 'https://en.wikipedia.org/wiki/Devin_Booker',
        birthYear: null,
        deathYear: null,
      },
    ]);
  });
});
