import { describe, expect, it } from 'vitest';
import { formatDecade, formatHistoricalDate, formatYear } from './format';
import type { HistoricalDate } from './historical-date';

function date(partial: Partial<HistoricalDate>): HistoricalDate {
  return {
    year: null,
    month: null,
    day: null,
    precision: 'day',
    circa: false,
    calendar: 'gregorian',
    ...partial,
  };
}

describe('formatYear', () => {
  it.each([
    [1924, '1924'],
    [9, '9'],
    [1, '1'],
    [-1, '1 BCE'],
    [-44, '44 BCE'],
    [-10000, '10000 BCE'],
  ])('%i -> %s', (year, expected) => {
    expect(formatYear(year)).toBe(expected);
  });

  it('throws RangeError for year 0', () => {
    expect(() => formatYear(0)).toThrow(RangeError);
  });
});

describe('formatDecade', () => {
  it.each([
    [1920, '1920s'],
    [1929, '1920s'],
    [2000, '2000s'],
    [-44, '40s BCE'],
    [-40, '40s BCE'],
    [-49, '40s BCE'],
  ])('%i -> %s', (year, expected) => {
    expect(formatDecade(year)).toBe(expected);
  });
});

describe('formatHistoricalDate', () => {
  it.each<[string, Partial<HistoricalDate>, string]>([
    ['day', { year: 1924, month: 2, day: 1 }, '1 February 1924'],
    ['BCE day', { year: -44, month: 3, day: 15 }, '15 March 44 BCE'],
    [
      'Julian day',
      { year: 1917, month: 10, day: 25, calendar: 'julian' },
      '25 October 1917 (Julian)',
    ],
    [
      'Julian BCE day',
      { year: -44, month: 3, day: 15, calendar: 'julian' },
      '15 March 44 BCE (Julian)',
    ],
    ['circa day', { year: 1500, month: 6, day: 1, circa: true }, 'c. 1 June 1500'],
    ['month', { year: 1924, month: 2, precision: 'month' }, 'February 1924'],
    [
      'Julian month',
      { year: 1600, month: 2, precision: 'month', calendar: 'julian' },
      'February 1600 (Julian)',
    ],
    ['year', { year: 1924, precision: 'year' }, '1924'],
    ['small CE year', { year: 9, precision: 'year' }, '9'],
    ['BCE year', { year: -44, precision: 'year' }, '44 BCE'],
    ['Julian year (no suffix)', { year: -44, precision: 'year', calendar: 'julian' }, '44 BCE'],
    ['circa year', { year: 1500, precision: 'year', circa: true }, 'c. 1500'],
    ['decade', { year: 1920, precision: 'decade' }, '1920s'],
    ['decade stored mid-decade', { year: 1925, precision: 'decade' }, '1920s'],
    ['circa decade', { year: 1920, precision: 'decade', circa: true }, 'c. 1920s'],
    ['BCE decade', { year: -40, precision: 'decade' }, '40s BCE'],
    ['century', { year: 1801, precision: 'century' }, '19th century'],
    ['century stored as its last year', { year: 1900, precision: 'century' }, '19th century'],
    ['BCE century', { year: -44, precision: 'century' }, '1st century BCE'],
    ['circa century', { year: 1550, precision: 'century', circa: true }, 'c. 16th century'],
    ['observance', { year: null, month: 2, day: 1 }, '1 February'],
    ['observance on 29 February', { year: null, month: 2, day: 29 }, '29 February'],
    [
      'Julian observance',
      { year: null, month: 12, day: 25, calendar: 'julian' },
      '25 December (Julian)',
    ],
    ['day date missing its day', { year: 1924, month: 2, day: null }, 'February 1924'],
    ['day date missing its month', { year: 1924, month: null, day: 1 }, '1924'],
  ])('long: %s -> %s', (_label, partial, expected) => {
    expect(formatHistoricalDate(date(partial))).toBe(expected);
    expect(formatHistoricalDate(date(partial), { style: 'long' })).toBe(expected);
  });

  it.each<[string, Partial<HistoricalDate>, string]>([
    ['day', { year: 1924, month: 2, day: 1 }, '1 Feb 1924'],
    [
      'Julian day (no suffix)',
      { year: 1917, month: 10, day: 25, calendar: 'julian' },
      '25 Oct 1917',
    ],
    ['September', { year: 1939, month: 9, day: 1 }, '1 Sep 1939'],
    ['month', { year: 1924, month: 2, precision: 'month' }, 'Feb 1924'],
    ['year', { year: -44, precision: 'year' }, '44 BCE'],
    ['decade', { year: 1920, precision: 'decade', circa: true }, 'c. 1920s'],
    ['century', { year: 2001, precision: 'century' }, '21st century'],
    ['observance', { year: null, month: 2, day: 1 }, '1 Feb'],
  ])('short: %s -> %s', (_label, partial, expected) => {
    expect(formatHistoricalDate(date(partial), { style: 'short' })).toBe(expected);
  });
});
