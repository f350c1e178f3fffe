import { describe, expect, it } from 'vitest';
import type { Calendar, HistoricalDate, Precision } from './historical-date';
import {
  convertCalendar,
  impliedPrecision,
  daysInMonth,
  fromAstronomicalYear,
  fromJulianDayNumber,
  isLeapYear,
  parseYear,
  toAstronomicalYear,
  toJulianDayNumber,
  validateHistoricalDate,
} from './historical-date';

describe('isLeapYear', () => {
  it.each<[number, Calendar, boolean]>([
    [2000, 'gregorian', true],
    [2024, 'gregorian', true],
    [2023, 'gregorian', false],
    [1900, 'gregorian', false],
    [1900, 'julian', true],
    [1600, 'gregorian', true],
    [1700, 'gregorian', false],
    [1700, 'julian', true],
    [4, 'julian', true],
    [1, 'julian', false],
    // BCE: astronomical year = year + 1, so 1, 5, 9... BCE are leap years.
    [-1, 'gregorian', true],
    [-1, 'julian', true],
    [-5, 'gregorian', true],
    [-5, 'julian', true],
    [-4, 'gregorian', false],
    [-4, 'julian', false],
    [-45, 'julian', true],
    [-44, 'julian', false],
    [-101, 'julian', true],
    [-101, 'gregorian', false],
    [-401, 'gregorian', true],
  ])('%i (%s) -> %s', (year, calendar, expected) => {
    expect(isLeapYear(year, calendar)).toBe(expected);
  });

  it.each([0, 1.5, Number.NaN])('throws RangeError for year %s', (year) => {
    expect(() => isLeapYear(year, 'gregorian')).toThrow(RangeError);
  });
});

describe('daysInMonth', () => {
  it.each<[number | null, number, Calendar, number]>([
    [null, 2, 'gregorian', 29],
    [1900, 2, 'gregorian', 28],
    [1900, 2, 'julian', 29],
    [2000, 2, 'gregorian', 29],
    [2023, 2, 'gregorian', 28],
    [-5, 2, 'gregorian', 29],
    [-4, 2, 'julian', 28],
    [2023, 1, 'gregorian', 31],
    [2023, 4, 'gregorian', 30],
    [null, 4, 'julian', 30],
    [2023, 12, 'gregorian', 31],
  ])('year %s month %i (%s) -> %i', (year, month, calendar, expected) => {
    expect(daysInMonth({ year, month, calendar })).toBe(expected);
  });

  it.each([0, 13, 2.5])('throws RangeError for month %s', (month) => {
    expect(() => daysInMonth({ year: 2000, month, calendar: 'gregorian' })).toThrow(RangeError);
  });
});

describe('astronomical years', () => {
  it.each([
    [1924, 1924],
    [1, 1],
    [-1, 0],
    [-44, -43],
    [-10000, -9999],
  ])('historical %i <-> astronomical %i', (historical, astronomical) => {
    expect(toAstronomicalYear(historical)).toBe(astronomical);
    expect(fromAstronomicalYear(astronomical)).toBe(historical);
  });

  it('has no historical year 0', () => {
    expect(() => toAstronomicalYear(0)).toThrow(RangeError);
  });
});

type DateInput = Partial<HistoricalDate> & { precision: Precision };

describe('validateHistoricalDate', () => {
  it.each<[string, DateInput]>([
    ['a day', { year: 1924, month: 2, day: 1, precision: 'day' }],
    ['29 February 2000', { year: 2000, month: 2, day: 29, precision: 'day' }],
    ['29 February 1600', { year: 1600, month: 2, day: 29, precision: 'day' }],
    [
      '29 February 1900 (Julian)',
      { year: 1900, month: 2, day: 29, precision: 'day', calendar: 'julian' },
    ],
    ['29 February 5 BCE', { year: -5, month: 2, day: 29, precision: 'day' }],
    [
      '29 February 101 BCE (Julian)',
      { year: -101, month: 2, day: 29, precision: 'day', calendar: 'julian' },
    ],
    ['31 December 9999', { year: 9999, month: 12, day: 31, precision: 'day' }],
    ['an observance on 29 February', { year: null, month: 2, day: 29, precision: 'day' }],
    ['a month', { year: 1924, month: 2, precision: 'month' }],
    ['a BCE year', { year: -44, precision: 'year' }],
    ['10000 BCE', { year: -10000, precision: 'year' }],
    ['a circa year', { year: 1500, precision: 'year', circa: true }],
    ['a decade', { year: 1920, precision: 'decade' }],
    ['a century', { year: 1801, precision: 'century' }],
  ])('accepts %s', (_label, input) => {
    const result = validateHistoricalDate(input);
    expect(result).toEqual({
      ok: true,
      value: {
        year: input.year ?? null,
        month: input.month ?? null,
        day: input.day ?? null,
        precision: input.precision,
        circa: input.circa ?? false,
        calendar: input.calendar ?? 'gregorian',
      },
    });
  });

  it.each<[string, DateInput, 'year' | 'month' | 'day' | 'precision', string]>([
    [
      'year 0',
      { year: 0, precision: 'year' },
      'year',
      'There is no year 0: 1 BCE is followed by 1 CE',
    ],
    [
      'year 0 in a day date',
      { year: 0, month: 1, day: 1, precision: 'day' },
      'year',
      'There is no year 0: 1 BCE is followed by 1 CE',
    ],
    [
      'a year before 10000 BCE',
      { year: -10001, precision: 'year' },
      'year',
      'Year must be between 10000 BCE and 9999',
    ],
    [
      'a year after 9999',
      { year: 10000, precision: 'year' },
      'year',
      'Year must be between 10000 BCE and 9999',
    ],
    [
      'a fractional year',
      { year: 1924.5, precision: 'year' },
      'year',
      'Year must be a whole number',
    ],
    [
      '29 February 1900 (Gregorian)',
      { year: 1900, month: 2, day: 29, precision: 'day' },
      'day',
      'February 1900 has only 28 days',
    ],
    [
      '29 February 2023',
      { year: 2023, month: 2, day: 29, precision: 'day' },
      'day',
      'February 2023 has only 28 days',
    ],
    [
      '29 February 4 BCE',
      { year: -4, month: 2, day: 29, precision: 'day', calendar: 'julian' },
      'day',
      'February 4 BCE has only 28 days',
    ],
    [
      '29 February 101 BCE (Gregorian)',
      { year: -101, month: 2, day: 29, precision: 'day' },
      'day',
      'February 101 BCE has only 28 days',
    ],
    [
      '30 February',
      { year: 2000, month: 2, day: 30, precision: 'day' },
      'day',
      '30 February does not exist',
    ],
    [
      '30 February in an observance',
      { year: null, month: 2, day: 30, precision: 'day' },
      'day',
      '30 February does not exist',
    ],
    [
      '31 April',
      { year: 2024, month: 4, day: 31, precision: 'day' },
      'day',
      '31 April does not exist',
    ],
    [
      '32 January',
      { year: 2024, month: 1, day: 32, precision: 'day' },
      'day',
      '32 January does not exist',
    ],
    [
      'day 0',
      { year: 2024, month: 1, day: 0, precision: 'day' },
      'day',
      'Day must be a whole number from 1',
    ],
    [
      'month 13',
      { year: 2024, month: 13, day: 1, precision: 'day' },
      'month',
      'Month must be between 1 and 12',
    ],
    [
      'month 0',
      { year: 2024, month: 0, precision: 'month' },
      'month',
      'Month must be between 1 and 12',
    ],
    [
      'a day without a day',
      { year: 2024, month: 1, precision: 'day' },
      'day',
      'A day-precision date needs a day',
    ],
    [
      'a day without a month',
      { year: 2024, day: 1, precision: 'day' },
      'month',
      'A day-precision date needs a month',
    ],
    [
      'a month without a month',
      { year: 2024, precision: 'month' },
      'month',
      'A month-precision date needs a month',
    ],
    [
      'a month with a day',
      { year: 2024, month: 1, day: 1, precision: 'month' },
      'day',
      'A month-precision date has no day',
    ],
    [
      'a month without a year',
      { month: 1, precision: 'month' },
      'year',
      'A month-precision date needs a year',
    ],
    [
      'a year with a month',
      { year: 2024, month: 1, precision: 'year' },
      'month',
      'A year-precision date has no month',
    ],
    ['a year without a year', { precision: 'year' }, 'year', 'A year-precision date needs a year'],
    [
      'a decade without a year',
      { year: null, precision: 'decade' },
      'year',
      'A decade-precision date needs a year',
    ],
    [
      'a century with a day',
      { year: 1801, day: 1, precision: 'century' },
      'day',
      'A century-precision date has no day',
    ],
    [
      'an unknown precision',
      { year: 2024, precision: 'week' as Precision },
      'precision',
      'Precision must be one of day, month, year, decade, century',
    ],
  ])('rejects %s', (_label, input, field, message) => {
    const result = validateHistoricalDate(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toContainEqual({ field, message });
  });

  it('reports every problem at once', () => {
    const result = validateHistoricalDate({ year: 0, month: 13, day: 40, precision: 'day' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.field)).toEqual(['year', 'month']);
    const monthOnly = validateHistoricalDate({ year: 0, month: 2, day: 30, precision: 'day' });
    expect(monthOnly.ok).toBe(false);
    if (!monthOnly.ok) {
      expect(monthOnly.errors).toEqual([
        { field: 'year', message: 'There is no year 0: 1 BCE is followed by 1 CE' },
        { field: 'day', message: '30 February does not exist' },
      ]);
    }
  });
});

describe('parseYear', () => {
  it.each<[string, number, boolean]>([
    ['1924', 1924, false],
    ['  1924  ', 1924, false],
    ['2019\u00a0', 2019, false],
    ['\u00a02019\u00a0\u00a0', 2019, false],
    ['44 BC', -44, false],
    ['44 BCE', -44, false],
    ['44\u00a0BCE', -44, false],
    ['44BC', -44, false],
    ['44 B.C.', -44, false],
    ['44 b.c.e.', -44, false],
    ['106 BC', -106, false],
    ['BC 44', -44, false],
    ['AD 9', 9, false],
    ['A.D. 9', 9, false],
    ['9 AD', 9, false],
    ['9 CE', 9, false],
    ['-44', -44, false],
    ['\u221244', -44, false],
    ['10,000 BC', -10000, false],
    ['c. 1500', 1500, true],
    ['c.1500', 1500, true],
    ['c1500', 1500, true],
    ['circa 1500', 1500, true],
    ['Circa 1500', 1500, true],
    ['ca. 1500', 1500, true],
    ['ca 1500', 1500, true],
    ['c. 44 BC', -44, true],
    ['1500?', 1500, true],
    ['1969 (or 1970)', 1969, false],
    ['1969 or 1970', 1969, false],
  ])('%j -> %i (circa %s)', (text, year, circa) => {
    expect(parseYear(text)).toEqual({ ok: true, year, circa });
  });

  it.each<[string, string]>([
    ['0', 'there is no year 0: 1 BCE is followed by 1 CE'],
    ['0 BC', 'there is no year 0: 1 BCE is followed by 1 CE'],
    ['', 'empty year'],
    ['\u00a0 ', 'empty year'],
    ['garbage', 'unparseable year "garbage"'],
    ['1st century', 'unparseable year "1st century"'],
    ['1920s', 'unparseable year "1920s"'],
    ['1924.5', 'unparseable year "1924.5"'],
    ['-44 BC', 'unparseable year "-44 BC"'],
    ['AD 9 AD', 'unparseable year "AD 9 AD"'],
    ['1914-1918', 'unparseable year "1914-1918"'],
    ['12000', 'year 12000 is outside 10000 BCE–9999'],
    ['10001 BC', 'year 10001 BCE is outside 10000 BCE–9999'],
  ])('%j -> error %j', (text, reason) => {
    expect(parseYear(text)).toEqual({ ok: false, reason });
  });
});

describe('Julian day numbers', () => {
  it.each<[number, number, number, Calendar, number]>([
    [2000, 1, 1, 'gregorian', 2451545],
    [1970, 1, 1, 'gregorian', 2440588],
    [1858, 11, 17, 'gregorian', 2400001],
    [1582, 10, 4, 'julian', 2299160],
    [1582, 10, 15, 'gregorian', 2299161],
    [-44, 3, 15, 'julian', 1705426],
    [-4713, 1, 1, 'julian', 0],
    [-4714, 11, 24, 'gregorian', 0],
    [-4714, 12, 31, 'julian', -1],
  ])('%i-%i-%i (%s) = JDN %i', (year, month, day, calendar, jdn) => {
    expect(toJulianDayNumber({ year, month, day, calendar })).toBe(jdn);
    expect(fromJulianDayNumber(jdn, calendar)).toEqual({ year, month, day });
  });

  it.each<[number, number, number, Calendar]>([
    [0, 1, 1, 'gregorian'],
    [2023, 2, 29, 'gregorian'],
    [1900, 2, 29, 'gregorian'],
    [2000, 4, 31, 'julian'],
    [2000, 13, 1, 'julian'],
  ])('throws RangeError for %i-%i-%i (%s)', (year, month, day, calendar) => {
    expect(() => toJulianDayNumber({ year, month, day, calendar })).toThrow(RangeError);
  });

  it('throws RangeError for a fractional day number', () => {
    expect(() => fromJulianDayNumber(2451545.5, 'gregorian')).toThrow(RangeError);
  });

  // Walking day by day through each window, every JDN must map to the day after the previous one.
  it.each<[Calendar, number, number]>([
    ['gregorian', -10000, -9995],
    ['julian', -10000, -9995],
    ['gregorian', -4715, -4710],
    ['julian', -4715, -4710],
    ['gregorian', -3, 3],
    ['julian', -3, 3],
    ['gregorian', 1580, 1605],
    ['julian', 1580, 1605],
    ['gregorian', 1896, 1904],
    ['gregorian', 9995, 9999],
  ])('round-trips every day in the %s calendar from %i to %i', (calendar, fromYear, toYear) => {
    let jdn = toJulianDayNumber({ year: fromYear, month: 1, day: 1, calendar });
    for (let year = fromYear; year <= toYear; year++) {
      if (year === 0) continue;
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= daysInMonth({ year, month, calendar }); day++) {
          expect(fromJulianDayNumber(jdn, calendar)).toEqual({ year, month, day });
          expect(toJulianDayNumber({ year, month, day, calendar })).toBe(jdn);
          jdn++;
        }
      }
    }
  });
});

describe('convertCalendar', () => {
  it.each<[[number, number, number], [number, number, number]]>([
    [
      [1917, 10, 25],
      [1917, 11, 7],
    ],
    [
      [1582, 10, 5],
      [1582, 10, 15],
    ],
    [
      [1700, 2, 18],
      [1700, 2, 28],
    ],
    [
      [1700, 2, 19],
      [1700, 3, 1],
    ],
    [
      [1732, 2, 11],
      [1732, 2, 22],
    ],
    [
      [-44, 3, 15],
      [-44, 3, 13],
    ],
    [
      [200, 3, 1],
      [200, 3, 1],
    ],
  ])('Julian %j is Gregorian %j', ([year, month, day], [gYear, gMonth, gDay]) => {
    expect(convertCalendar({ year, month, day, from: 'julian', to: 'gregorian' })).toEqual({
      year: gYear,
      month: gMonth,
      day: gDay,
    });
    expect(
      convertCalendar({ year: gYear, month: gMonth, day: gDay, from: 'gregorian', to: 'julian' }),
    ).toEqual({ year, month, day });
  });
});

describe('impliedPrecision', () => {
  it('is the given precision, else as fine as the date goes', () => {
    expect(impliedPrecision('decade', { month: 4, day: 16 })).toBe('decade');
    expect(impliedPrecision(null, { month: 4, day: 16 })).toBe('day');
    expect(impliedPrecision(null, { month: 4, day: null })).toBe('month');
    expect(impliedPrecision(null, { month: null, day: null })).toBe('year');
  });
});
