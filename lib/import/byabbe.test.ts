import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeDumpCoverage } from './byabbe';
import {
  parseImportFile,
  parseImportText,
  type FileParse,
  type ParseOptions,
  type ParseResult,
} from './index';

// A byabbe.se "On this day" dump in small (test/fixtures/byabbe, described in its README): three
// days of events, births and deaths, 16 January's deaths missing, 17 January's events cut off.
const FIXTURE = path.resolve('test/fixtures/byabbe');
const fixture = (file: string) => fs.readFileSync(path.join(FIXTURE, file), 'utf8');
const fixtureJson = (file: string) => JSON.parse(fixture(file)) as Record<string, unknown>;

const dataDir = path.resolve('../shared/data');
const hasData = fs.existsSync(dataDir);
const realFile = (file: string) => fs.readFileSync(path.join(dataDir, file), 'utf8');

function ok(result: FileParse): ParseResult {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}
const parseFixture = (file: string, options: Partial<ParseOptions> = {}) =>
  ok(parseImportText(fixture(file), { fileName: file, ...options }));

describe('a byabbe.se day file', () => {
  it('is read for the day it names, with its year strings, links and licence', () => {
    const file = parseFixture('events/1/15.json');
    expect(file).toMatchObject({ format: 'byabbe', month: 1, day: 15, total: 5 });
    expect(file.skipped).toEqual([]);
    expect(file.rows.map((r) => [r.year, r.calendar, r.kind])).toEqual([
      [69, 'julian', 'event'],
      [1759, 'gregorian', 'event'],
      [1919, 'gregorian', 'event'],
      [1975, 'gregorian', 'event'],
      [2001, 'gregorian', 'event'],
    ]);
    const alvor = file.rows[3]!;
    expect(alvor).toMatchObject({
      source: 'byabbe',
      license: 'CC BY-SA 4.0',
      sourceUrl: 'https://en.wikipedia.org/wiki/January_15',
      title:
        'Portugal and three Angolan liberation movements sign the Alvor Agreement, which sets a date for Angolan independence',
      categorySlug: 'politics-government',
    });
    expect(alvor.articles.map((a) => a.url)).toEqual([
      'https://en.wikipedia.org/wiki/Alvor_Agreement',
      'https://en.wikipedia.org/wiki/Angolan_War_of_Independence',
    ]);
  });

  it('reads "27 BC" as 27 BCE in the Julian calendar', () => {
    const [augustus] = parseFixture('events/1/16.json').rows;
    expect(augustus).toMatchObject({ year: -27, calendar: 'julian', month: 1, day: 16 });
  });

  it('makes each birth and death about its person, with the other end of their life', () => {
    const births = parseFixture('births/1/15.json').rows;
    expect(births.map((r) => [r.kind, r.title, r.people[0]?.deathYear])).toEqual([
      ['birth', 'Molière', 1673],
      ['birth', 'George Cadle Price', 2011],
      ['birth', 'Martin Luther King Jr.', 1968],
    ]);
    expect(births[2]?.people[0]?.referenceUrl).toBe(
      'https://en.wikipedia.org/wiki/Martin_Luther_King_Jr.',
    );
    const [galba] = parseFixture('deaths/1/15.json').rows;
    expect(galba).toMatchObject({ kind: 'death', year: 69, title: 'Galba' });
    expect(galba?.people[0]).toMatchObject({ name: 'Galba', birthYear: -3 });
  });

  it('with --date for its own day, imports every entry (no "expected number" skips)', () => {
    const file = parseFixture('events/1/15.json', { monthDay: { month: 1, day: 15 } });
    expect(file.rows).toHaveLength(5);
    expect(file.skipped).toEqual([]);
  });

  it('refuses a --date that contradicts the day it names', () => {
    expect(
      parseImportText(fixture('events/1/15.json'), {
        fileName: 'events/1/15.json',
        monthDay: { month: 10, day: 30 },
      }),
    ).toEqual({
      ok: false,
      error:
        'events/1/15.json: the file is about 15 January, but --date says 30 October; leave --date out for files that name their day',
    });
  });

  it.each([
    ['its date page', { wikipedia: 'https://wikipedia.org/wiki/January_16' }, 'x.json'],
    ['its folders', {}, 'births/1/16.json'],
  ])('without a date, takes its day from %s', (_label, extra, fileName) => {
    const { date: _date, wikipedia: _page, ...rest } = fixtureJson('births/1/16.json');
    const file = ok(parseImportText(JSON.stringify({ ...rest, ...extra }), { fileName }));
    expect(file).toMatchObject({ month: 1, day: 16, total: 2 });
  });

  it('refuses a file with no way to know its day', () => {
    const { date: _date, wikipedia: _page, ...rest } = fixtureJson('births/1/16.json');
    expect(parseImportText(JSON.stringify(rest), { fileName: '16.json' })).toMatchObject({
      ok: false,
      error: expect.stringContaining('16.json: a byabbe.se file without its "date"'),
    });
  });
});

describe('a file cut off mid-entry', () => {
  it('gives the entries before the cut, and a skip that says where it was cut', () => {
    const file = parseFixture('events/1/17.json');
    expect(file.rows.map((r) => r.year)).toEqual([-38, 1781, 1904]);
    expect(file.total).toBe(4);
    expect(file.skipped).toEqual([
      {
        where: { file: 'events/1/17.json', section: 'events', index: 3 },
        rawYear: null,
        code: 'cut-off',
        reason:
          'the file is cut off here (it ends after 2,117 characters, inside this entry): this entry and any after it are missing; the 3 before it were read',
      },
    ]);
  });

  it.skipIf(!hasData)(
    'of the real muffinlabs corpus: the same rows as the whole file, up to the cut',
    () => {
      const text = realFile('muffinlabs/05-24.json');
      const whole = ok(parseImportText(text, { fileName: '05-24.json' }));
      const cut = ok(
        parseImportText(text.slice(0, Math.floor(text.length * 0.6)), { fileName: '05-24.json' }),
      );
      const lost = cut.skipped.find((s) => s.code === 'cut-off');
      expect(lost?.where.section).toBe('Births');
      const before = whole.rows.filter(
        (r) =>
          r.where.section === 'Events' ||
          (r.where.section === 'Births' && r.where.index < lost!.where.index),
      );
      expect(cut.rows.map((r) => r.externalId)).toEqual(before.map((r) => r.externalId));
      expect(cut.rows.length).toBeGreaterThan(100);
    },
  );

  it.each([
    [
      'before its first entry is whole',
      '{"wikipedia": "https://wikipedia.org/wiki/January_17", "date": "January 17", "events": [{"year": "38 BC", "descr',
      'x.json: not valid JSON: the file is cut off after 112 characters, before its first complete entry',
    ],
    ['empty', '\n', 'x.json: the file is empty'],
    [
      'a wrong character in the middle (not a cut)',
      '{"date": "January 17", "events": [{"year": "1904", "description": "A premiere."} {"year": "1966"}]}',
      'x.json: not valid JSON (Expected',
    ],
  ])('is refused %s', (_label, text, message) => {
    const result = parseImportText(text, { fileName: 'x.json' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
  });

  it('is refused as an Almanac export, which must be whole', () => {
    const text = '{"format": "almanac", "version": 1, "events": [{"slug": "a"}, {"slug": "b';
    expect(parseImportFile(text, { fileName: 'almanac.json' })).toMatchObject({
      ok: false,
      error: expect.stringContaining('almanac.json: not valid JSON: the Almanac export is cut off'),
    });
  });
});

describe('describeDumpCoverage', () => {
  const files = (type: string, days: [number, number][]) =>
    days.map(([m, d]) => `dump/${type}/${m}/${d}.json`);
  const everyDay = (except: [number, number][] = []): [number, number][] => {
    const days: [number, number][] = [];
    for (const [m, n] of [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31].entries())
      for (let d = 1; d <= n; d++)
        if (!except.some(([em, ed]) => em === m + 1 && ed === d)) days.push([m + 1, d]);
    return days;
  };

  it('names the day a whole dump misses, per type folder', () => {
    const coverage = describeDumpCoverage([
      ...files('events', everyDay()),
      ...files('deaths', everyDay([[2, 2]])),
    ]);
    expect(coverage).toEqual([
      {
        type: 'events',
        days: 366,
        first: { month: 1, day: 1 },
        last: { month: 12, day: 31 },
        missing: [],
      },
      {
        type: 'deaths',
        days: 365,
        first: { month: 1, day: 1 },
        last: { month: 12, day: 31 },
        missing: [{ month: 2, day: 2 }],
      },
    ]);
  });

  it('in part of a dump, names only the days missing between its first and last', () => {
    const coverage = describeDumpCoverage(
      fs
        .readdirSync(FIXTURE, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.json')),
    );
    expect(coverage.map((c) => [c.type, c.days, c.missing])).toEqual([
      ['events', 3, []],
      ['births', 3, []],
      ['deaths', 2, [{ month: 1, day: 16 }]],
    ]);
  });

  it('ignores files outside a dump’s folders', () => {
    expect(describeDumpCoverage(['muffinlabs/01-15.json', 'events.json'])).toEqual([]);
  });
});
