import { describe, expect, it } from 'vitest';
import { MONTH_NAMES, formatHistoricalDate, howLongAgo } from '@/lib/dates';
import { MAYBE_SWEDISH_DATE_NOTE, SWEDISH_DATE_NOTE, dateNoteWarnings } from './date-notes';
import { corpusCase } from '@/test/muffinlabs-day';
import { parseImportJson, type ImportRow } from './index';

// What an entry's text says about its own date. Every case below names an entry of
// ../shared/data/muffinlabs (day file, section, index; read from there as it is) with what the
// importer must store: every line of the corpus that marks a date's calendar (Julian, Old Style, O.S., New Style,
// N.S.), each way a line calls its date traditional, likely, probable, approximate or unknown (and
// the look-alikes that do not), and Swedish entries of 1700–1712. The corpus-wide counts are in
// db/queries/import.real-data.test.ts.

type Expected = { calendar?: 'julian' | 'gregorian'; circa: boolean; note?: 'swedish' | 'maybe' };
type DateCase = [where: string, date: string, section: string, entry: unknown, expected: Expected];

const JULIAN: DateCase[] = [
  // "(Old Style date)": Louisbourg, 1745
  corpusCase('06-16 Events #5', { calendar: 'julian', circa: false }),
  // "(as reckoned under the Julian calendar)": the Battle of the Boyne, 1690
  corpusCase('07-01 Events #8', { calendar: 'julian', circa: false }),
  // "(Julian calendar date)": the Romanovs, 1918
  corpusCase('07-04 Events #47', { calendar: 'julian', circa: false }),
  // "(Julian calendar)": Aughrim, 1691
  corpusCase('07-12 Events #10', { calendar: 'julian', circa: false }),
  // "(Julian calendar)": Nerchinsk, 1689
  corpusCase('08-27 Events #4', { calendar: 'julian', circa: false }),
  // "(Old Style date; September 16 per New Style date.)": the Mayflower, 1620
  corpusCase('09-06 Events #3', { calendar: 'julian', circa: false }),
  // "Old Style date of": the October Revolution, 1917
  corpusCase('10-25 Events #12', { calendar: 'julian', circa: false }),
  // "(March 8 in the Gregorian calendar)": the same day in the other calendar, so this one is Julian
  corpusCase('02-23 Events #21', { calendar: 'julian', circa: false }),
  // Sweden's last Julian day, 1753
  corpusCase('02-17 Events #7', { calendar: 'julian', circa: false }),
  // Sweden before its own calendar, 1700: still Julian
  corpusCase('02-28 Events #5', { calendar: 'julian', circa: false }),
  // "(Julian calendar)" before 1582: Julian as the rule has it
  corpusCase('10-12 Events #0', { calendar: 'julian', circa: false }),
  // "(OS)" in the year field: Isaac Newton
  corpusCase('12-25 Births #13', { calendar: 'julian', circa: false }),
];

const GREGORIAN: DateCase[] = [
  // "(February 23rd in the Julian calendar)": the Julian date in passing
  corpusCase('03-08 Events #21', { calendar: 'gregorian', circa: false }),
  // "(this is the Gregorian date; it was March 1 in the Julian calendar …)"
  corpusCase('03-13 Events #13', { calendar: 'gregorian', circa: false }),
  // "(on April 23 by the Julian calendar)"
  corpusCase('05-06 Events #20', { calendar: 'gregorian', circa: false }),
  // "(New Style)": Louisbourg again, 1745
  corpusCase('06-28 Events #9', { calendar: 'gregorian', circa: false }),
  // "(OS date: September 3)"
  corpusCase('09-13 Events #20', { calendar: 'gregorian', circa: false }),
  // "(October 17 in the Julian calendar)"
  corpusCase('10-30 Events #13', { calendar: 'gregorian', circa: false }),
  // "(22 October O.S.)"
  corpusCase('11-01 Events #14', { calendar: 'gregorian', circa: false }),
  // "The Gregorian calendar date of the October Revolution … the Julian calendar date of 25 October"
  corpusCase('11-07 Events #27', { calendar: 'gregorian', circa: false }),
  // "(November 11, O.S.)": the Mayflower Compact, 1620
  corpusCase('11-21 Events #4', { calendar: 'gregorian', circa: false }),
  // "effective February 14(NS)": another day (the decree took effect later), nothing about this one
  corpusCase('01-24 Events #20', { calendar: 'gregorian', circa: false }),
  // "(O.S. 27 March)" in the year field: the Old Style date in passing
  corpusCase('04-08 Births #30', { calendar: 'gregorian', circa: false }),
];

const CIRCA: DateCase[] = [
  // "Traditional date for"
  corpusCase('02-11 Events #0', { circa: true, calendar: 'julian' }),
  // "Traditional date for" the Gutenberg Bible
  corpusCase('02-23 Events #2', { circa: true, calendar: 'julian' }),
  // "Traditional date of"; its "(Julian calendar)" belongs to another date, 23 February
  corpusCase('03-25 Events #15', { circa: true, calendar: 'gregorian' }),
  // "Likely date of"
  corpusCase('04-16 Events #0', { circa: true, calendar: 'julian' }),
  // "(traditional date)"
  corpusCase('04-21 Events #0', { circa: true, calendar: 'julian' }),
  // "(approximate date)"
  corpusCase('06-14 Events #7', { circa: true, calendar: 'gregorian' }),
  // "(traditional date, the exact date is unknown)"
  corpusCase('06-15 Events #16', { circa: true, calendar: 'gregorian' }),
  // "(approximate date)"
  corpusCase('06-21 Events #0', { circa: true, calendar: 'julian' }),
  // "(possible date of the crucifixion)"
  corpusCase('04-07 Deaths #0', { circa: true, calendar: 'julian' }),
  // "Date traditionally ascribed to"
  corpusCase('08-04 Events #5', { circa: true, calendar: 'gregorian' }),
  // "Traditional date of"
  corpusCase('08-11 Events #1', { circa: true, calendar: 'julian' }),
  // "Traditional founding of"
  corpusCase('10-27 Events #2', { circa: true, calendar: 'julian' }),
  // "(probable; d. 193)"
  corpusCase('01-30 Births #1', { circa: true, calendar: 'julian' }),
  // "(probable;[4] d. 1072)"
  corpusCase('01-20 Births #1', { circa: true, calendar: 'julian' }),
  // "(probable;[2] d. 1816)" after 1582
  corpusCase('05-09 Births #6', { circa: true, calendar: 'gregorian' }),
  // "[year disputed]" on a birth
  corpusCase('06-21 Births #54', { circa: true, calendar: 'gregorian' }),
];

const NOT_CIRCA: DateCase[] = [
  // "(Traditional Japanese date: July 2, 1863)" names the day in another calendar
  corpusCase('08-15 Events #35', { calendar: 'gregorian', circa: false }),
  // "the city's foundation date is unknown": another date
  corpusCase('08-24 Events #15', { calendar: 'gregorian', circa: false }),
  // "(year of birth disputed)" on a death: the other end of the life
  corpusCase('05-10 Deaths #47', { calendar: 'gregorian', circa: false }),
  // "this date is now traditionally called \"Bloomsday\"": the date is known
  corpusCase('06-16 Events #25', { calendar: 'gregorian', circa: false }),
];

const SWEDISH: DateCase[] = [
  // Sweden's 29 February 1712, a day of its own calendar
  corpusCase('02-29 Events #3', { circa: true, calendar: 'gregorian', note: 'swedish' }),
  // the first day of the Swedish calendar, 1700
  corpusCase('03-01 Events #14', { circa: true, calendar: 'gregorian', note: 'swedish' }),
  // Poltava on 28 June 1709: the Swedish date (27 June Julian, 8 July Gregorian), though the text does not say
  corpusCase('06-28 Events #8', { circa: false, calendar: 'gregorian', note: 'maybe' }),
  // Poltava on 8 July 1709: the Gregorian date; flagged all the same, as nothing in the text tells
  corpusCase('07-08 Events #5', { circa: false, calendar: 'gregorian', note: 'maybe' }),
  // Helsingborg, 1710
  corpusCase('02-28 Events #6', { circa: false, calendar: 'gregorian', note: 'maybe' }),
  // Carl Linnaeus, born 1707
  corpusCase('05-23 Births #11', { circa: false, calendar: 'gregorian', note: 'maybe' }),
  // Sweden after 30 February 1712: back on the Julian calendar, which the date pages convert; no flag
  corpusCase('07-31 Events #13', { circa: false, calendar: 'gregorian' }),
];

/** "July 1" -> "07-01.json", the file the entry comes from. */
const fileName = (date: string) => {
  const [month = '', day = ''] = date.split(' ');
  const m = MONTH_NAMES.indexOf(month) + 1;
  return `${String(m).padStart(2, '0')}-${day.padStart(2, '0')}.json`;
};

/** The row a muffinlabs day file holding only this entry becomes. */
function importedRow(date: string, section: string, entry: unknown): ImportRow {
  const parsed = parseImportJson(
    {
      date,
      url: `https://wikipedia.org/wiki/${date.replace(' ', '_')}`,
      data: { [section]: [entry] },
    },
    { fileName: fileName(date) },
  );
  if (!parsed.ok) throw new Error(parsed.error);
  const [row] = parsed.value.rows;
  if (!row) throw new Error(`not imported: ${JSON.stringify(parsed.value.skipped)}`);
  return row;
}

const NOTES = { swedish: SWEDISH_DATE_NOTE, maybe: MAYBE_SWEDISH_DATE_NOTE };

function expectDate(row: ImportRow, expected: Expected) {
  expect({ calendar: row.calendar, circa: row.circa, dateNote: row.dateNote }).toEqual({
    calendar: expected.calendar ?? row.calendar,
    circa: expected.circa,
    dateNote: expected.note ? NOTES[expected.note] : undefined,
  });
}

describe('what the text says about its date', () => {
  it.each(JULIAN)('%s (%s) is stored Julian', (_where, date, section, entry, expected) => {
    expectDate(importedRow(date, section, entry), expected);
  });

  it.each(GREGORIAN)(
    '%s (%s) stays Gregorian: the other calendar is named in passing',
    (_where, date, section, entry, expected) => {
      expectDate(importedRow(date, section, entry), expected);
    },
  );

  it.each(CIRCA)('%s (%s) is circa', (_where, date, section, entry, expected) => {
    expectDate(importedRow(date, section, entry), expected);
  });

  it.each(NOT_CIRCA)('%s (%s) is not circa', (_where, date, section, entry, expected) => {
    expectDate(importedRow(date, section, entry), expected);
  });

  it.each(SWEDISH)(
    '%s (%s): a Swedish-calendar date is kept as written and flagged',
    (_where, date, section, entry, expected) => {
      expectDate(importedRow(date, section, entry), expected);
    },
  );

  it('reads the Wikimedia response the same way ("This was October 17 in the Julian calendar")', () => {
    // From ../shared/data/wikimedia/onthisday-all-10-30.json, events (its pages left out).
    const item = {
      text: 'Czar Nicholas II of Russia issues the October Manifesto, granting the Russian peoples basic civil liberties and the right to form a duma. This was October 17 in the Julian calendar.',
      year: 1905,
    };
    const parsed = parseImportJson({ events: [item] }, { fileName: 'onthisday-all-10-30.json' });
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value.rows[0]).toMatchObject({ year: 1905, calendar: 'gregorian', circa: false });
  });

  it('keeps a date before 1582 Gregorian when the text says it is proleptic Gregorian', () => {
    // No line of the corpus says so; this one is written for the rule.
    const row = importedRow('March 21', 'Events', {
      year: '1500',
      text: 'An astronomer records the equinox on this day (proleptic Gregorian date).',
      html: '',
      no_year_html: '',
      links: [],
    });
    expect(row.calendar).toBe('gregorian');
  });

  it('keeps the text as the source wrote it, marker included, and the entry its id', () => {
    const [, date, section, entry] = JULIAN[1]!;
    const boyne = importedRow(date, section, entry);
    expect(boyne.title).toBe(
      'Glorious Revolution: Battle of the Boyne in Ireland (as reckoned under the Julian calendar)',
    );
    // The external id hashes the year and text only, as before: a re-import updates the event in place.
    expect(boyne.externalId).toBe('muffinlabs:07-01:event:de1ea738e7245e40');
  });

  it('gives a Julian date its Gregorian anniversary: the Boyne, 1 July 1690, was 11 July', () => {
    const [, date, section, entry] = JULIAN[1]!;
    const boyne = importedRow(date, section, entry);
    expect(formatHistoricalDate(boyne)).toBe('1 July 1690 (Julian)');
    expect(howLongAgo({ date: boyne, today: { year: 2025, month: 7, day: 11 } })).toBe(
      '335 years ago',
    );
    expect(howLongAgo({ date: boyne, today: { year: 2025, month: 7, day: 1 } })).toBe(
      '334 years, 11 months, 20 days ago',
    );
  });

  it('lists the dates an editor should check among the import notes', () => {
    const [, date, section, entry] = SWEDISH[0]!;
    expect(dateNoteWarnings([importedRow(date, section, entry)])).toEqual([
      `02-29.json Events #0 (1712): February 29 is followed by February 30 in Sweden, in a move to abolish the Swedish calendar for a return to the Julian calendar: ${SWEDISH_DATE_NOTE}`,
    ]);
  });
});
