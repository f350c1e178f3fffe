import { describe, expect, it } from 'vitest';
import { corpusCase, corpusEntry } from '@/test/muffinlabs-day';
import { parseImportJson, type ParseResult } from './index';

// Entries the importer used to drop but a careful person can read: their whole line in the year
// field ("1993 –Eritrea gains …", text null) and "before 160". Each is an entry of
// ../shared/data/muffinlabs, read from there as it is; what stays skipped says why.

type ReadCase = [
  where: string,
  date: string,
  section: string,
  entry: unknown,
  expected: {
    year: number;
    circa: boolean;
    title: string;
    person?: { name: string; birthYear?: number; deathYear?: number };
  },
];

const READ_BACK: ReadCase[] = [
  // "1993 –Eritrea …": no space after the dash
  corpusCase('05-24 Events #43', {
    year: 1993,
    circa: false,
    title: 'Eritrea gains its independence from Ethiopia',
  }),
  // an em dash
  corpusCase('03-23 Events #43', {
    year: 2018,
    circa: false,
    title:
      'President of Peru Pedro Pablo Kuczynski resigns from the presidency amid a mass corruption scandal before certain impeachment by the opposition-majority Congress of Peru',
  }),
  // a colon, and a citation mark
  corpusCase('07-17 Events #12', {
    year: 1821,
    circa: false,
    title: 'The Kingdom of Spain cedes the territory of Florida to the United States',
  }),
  // a non-breaking space before the dash
  corpusCase('09-15 Events #3', {
    year: 1530,
    circa: false,
    title:
      'Appearance of the miraculous portrait of Saint Dominic in Soriano in Soriano Calabro, Calabria, Italy; commemorated as a feast day by the Roman Catholic Church 1644-1912',
  }),
  // a list bullet after the dash
  corpusCase('12-17 Events #13', {
    year: 1819,
    circa: false,
    title:
      'Simón Bolívar declares the independence of Gran Colombia in Angostura (now Ciudad Bolívar in Venezuela)',
  }),
  // a death, its life note without a space
  corpusCase('01-11 Deaths #130', {
    year: 2018,
    circa: false,
    title: 'Michael Atiyah',
    person: { name: 'Michael Atiyah', birthYear: 1929 },
  }),
  // a year BC
  corpusCase('08-12 Deaths #0', {
    year: -30,
    circa: false,
    title: 'Cleopatra',
    person: { name: 'Cleopatra', birthYear: -69 },
  }),
  // the year of the AD 40 link
  corpusCase('06-13 Births #0', {
    year: 40,
    circa: false,
    title: 'Gnaeus Julius Agricola',
    person: { name: 'Gnaeus Julius Agricola', deathYear: 93 },
  }),
  // "1986– Neil Wagner"
  corpusCase('03-13 Births #170', {
    year: 1986,
    circa: false,
    title: 'Neil Wagner',
    person: { name: 'Neil Wagner' },
  }),
  // a minus sign for the dash
  corpusCase('12-02 Births #206', {
    year: 1995,
    circa: false,
    title: 'Inori Minase',
    person: { name: 'Inori Minase' },
  }),
  // "before 160": circa 160
  corpusCase('05-07 Births #0', {
    year: 160,
    circa: true,
    title: 'Julia Maesa',
    person: { name: 'Julia Maesa', deathYear: 224 },
  }),
];

// 01-24 Births #244: a year and a dash, and nothing else
const YEAR_ONLY = corpusEntry('01-24 Births #244').entry;

// 01-28 Deaths #54 and #55: the Challenger crew, then its first member again on its own
const CHALLENGER_CREW = corpusEntry('01-28 Deaths #54').entry;
const CHALLENGER_MEMBER = corpusEntry('01-28 Deaths #55').entry;

function parseDay(date: string, section: string, entries: unknown[]): ParseResult {
  const parsed = parseImportJson(
    {
      date,
      url: `https://wikipedia.org/wiki/${date.replace(' ', '_')}`,
      data: { [section]: entries },
    },
    { fileName: 'day.json' },
  );
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

describe('entries whose text sits in the year field', () => {
  it.each(READ_BACK)('%s (%s) is imported', (_where, date, section, entry, expected) => {
    const { rows, skipped } = parseDay(date, section, [entry]);
    expect(skipped).toEqual([]);
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row).toMatchObject({
      year: expected.year,
      circa: expected.circa,
      title: expected.title,
    });
    if (expected.person) {
      expect(row?.people).toEqual([
        expect.objectContaining({ birthYear: null, deathYear: null, ...expected.person }),
      ]);
    }
  });

  it('keeps a year with nothing after it skipped, saying what the year field holds', () => {
    expect(parseDay('January 24', 'Births', [YEAR_ONLY]).skipped).toEqual([
      expect.objectContaining({
        code: 'null-text',
        reason: 'text is null (the year field holds only "1988 –")',
      }),
    ]);
  });

  it("skips a grouped entry's member repeated on its own, naming the group that holds it", () => {
    const { rows, skipped } = parseDay('January 28', 'Deaths', [
      CHALLENGER_CREW,
      CHALLENGER_MEMBER,
    ]);
    expect(rows.map((r) => r.year)).toEqual([1986]);
    expect(skipped).toEqual([
      {
        where: { file: 'day.json', section: 'Deaths', index: 1 },
        rawYear: 'Gregory Jarvis, American captain, engineer, and astronaut (b. 1944)',
        code: 'repeated-line',
        reason: 'repeats a line of the grouped entry Deaths #0 (1986), which is imported with it',
      },
    ]);
  });
});
