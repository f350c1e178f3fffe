import { describe, expect, it } from 'vitest';
import type { HistoricalDate, YearMonthDay } from './historical-date';
import { fromJulianDayNumber, toJulianDayNumber } from './historical-date';
import { howLongAgo } from './how-long-ago';

type Ymd = [number, number, number];

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

const ymd = ([year, month, day]: Ymd): YearMonthDay => ({ year, month, day });
const TODAY: Ymd = [2025, 3, 15];

describe('howLongAgo: day precision', () => {
  it.each<[Ymd, Ymd, string]>([
    [[1924, 2, 1], TODAY, '101 years, 1 month, 14 days ago'],
    [[1924, 3, 15], [2024, 3, 15], '100 years ago'],
    [[1924, 2, 1], [2025, 3, 1], '101 years, 1 month ago'],
    [[2024, 2, 14], TODAY, '1 year, 1 month, 1 day ago'],
    [[2025, 3, 12], TODAY, '3 days ago'],
    [[2025, 3, 14], TODAY, '1 day ago'],
    [[2025, 3, 15], TODAY, 'today'],
    [[2024, 12, 31], [2025, 1, 1], '1 day ago'],
    [[2024, 3, 15], TODAY, '1 year ago'],
    [[2023, 3, 16], TODAY, '1 year, 11 months, 27 days ago'],
    // Borrowing: the days run from the last monthly anniversary before today.
    [[2025, 1, 31], [2025, 2, 28], '28 days ago'],
    [[2025, 1, 31], [2025, 3, 1], '1 month ago'],
    [[2025, 1, 31], [2025, 3, 30], '1 month, 29 days ago'],
    [[2025, 1, 31], [2025, 3, 31], '2 months ago'],
    [[2025, 1, 28], [2025, 3, 1], '1 month, 1 day ago'],
    [[2024, 1, 29], [2024, 3, 1], '1 month, 1 day ago'],
    [[2024, 1, 30], [2024, 3, 1], '1 month ago'],
    [[2025, 3, 31], [2025, 4, 30], '30 days ago'],
    [[2025, 3, 31], [2025, 5, 1], '1 month ago'],
    [[2025, 3, 31], [2025, 5, 2], '1 month, 1 day ago'],
    // 29 February anniversaries fall on 1 March in common years.
    [[2000, 2, 29], [2001, 2, 28], '11 months, 30 days ago'],
    [[2000, 2, 29], [2001, 3, 1], '1 year ago'],
    [[2000, 2, 29], [2001, 3, 2], '1 year, 1 day ago'],
    [[2000, 2, 29], [2004, 2, 29], '4 years ago'],
    [[2000, 2, 29], [2004, 2, 28], '3 years, 11 months, 30 days ago'],
    [[1900, 2, 28], [2000, 2, 29], '100 years, 1 day ago'],
    // Across the BCE/CE boundary there is no year 0.
    [[-1, 6, 1], [1, 6, 1], '1 year ago'],
    [[-1, 12, 31], [1, 1, 1], '1 day ago'],
    [[-44, 3, 15], TODAY, '2,068 years ago'],
    [[-4, 3, 1], [1, 3, 1], '4 years ago'],
    // Future dates.
    [[2025, 3, 16], TODAY, 'in 1 day'],
    [[2027, 6, 15], TODAY, 'in 2 years, 3 months'],
    [[2025, 4, 16], TODAY, 'in 1 month, 1 day'],
    [[3025, 3, 15], TODAY, 'in 1,000 years'],
  ])('%j seen on %j: %s', (when, today, expected) => {
    expect(
      howLongAgo({
        date: date({ year: when[0], month: when[1], day: when[2] }),
        today: ymd(today),
      }),
    ).toBe(expected);
  });

  it.each<[Ymd, Ymd, string]>([
    // 25 October 1917 (Julian) is 7 November 1917 (Gregorian).
    [[1917, 10, 25], [1918, 11, 7], '1 year ago'],
    [[1917, 10, 25], [2025, 11, 7], '108 years ago'],
    [[1917, 10, 25], [2025, 10, 25], '107 years, 11 months, 18 days ago'],
    // The Ides of March, 15 March 44 BCE (Julian), is 13 March 44 BCE (proleptic Gregorian).
    [[-44, 3, 15], TODAY, '2,068 years, 2 days ago'],
    [[1582, 10, 4], [1582, 10, 15], '1 day ago'],
  ])('Julian %j seen on %j: %s', (when, today, expected) => {
    const julian = date({ year: when[0], month: when[1], day: when[2], calendar: 'julian' });
    expect(howLongAgo({ date: julian, today: ymd(today) })).toBe(expected);
  });

  it('grows with every passing day, never repeating or going backwards', () => {
    const from = date({ year: 2023, month: 1, day: 31 });
    const start = toJulianDayNumber({ year: 2023, month: 1, day: 31, calendar: 'gregorian' });
    const asTuple = (text: string): number[] =>
      ['year', 'month', 'day'].map((unit) =>
        Number(new RegExp(`(\\d+) ${unit}`).exec(text)?.[1] ?? 0),
      );
    let previous = [0, 0, 0];
    for (let offset = 1; offset <= 800; offset++) {
      const text = howLongAgo({
        date: from,
        today: fromJulianDayNumber(start + offset, 'gregorian'),
      });
      const current = asTuple(text);
      const later = current.findIndex((n, i) => n !== previous[i]);
      expect(later, `${text} after ${previous.join('/')}`).toBeGreaterThanOrEqual(0);
      expect(current[later]).toBeGreaterThan(previous[later] ?? 0);
      previous = current;
    }
  });
});

describe('howLongAgo: month precision', () => {
  it.each<[[number, number], Ymd, string]>([
    [[1924, 2], TODAY, '101 years, 1 month ago'],
    [[1924, 3], TODAY, '101 years ago'],
    [[2024, 3], TODAY, '1 year ago'],
    [[2025, 1], TODAY, '2 months ago'],
    [[2025, 3], TODAY, 'this month'],
    [[2026, 1], TODAY, 'in 10 months'],
    [[2027, 4], TODAY, 'in 2 years, 1 month'],
    [[-44, 3], TODAY, '2,068 years ago'],
    [[-1, 12], [1, 1, 1], '1 month ago'],
  ])('%j seen on %j: %s', ([year, month], today, expected) => {
    expect(howLongAgo({ date: date({ year, month, precision: 'month' }), today: ymd(today) })).toBe(
      expected,
    );
  });
});

describe('howLongAgo: approximate dates', () => {
  it.each<[string, Partial<HistoricalDate>, Ymd, string]>([
    ['a BCE year across year 0', { year: -44, precision: 'year' }, TODAY, 'about 2,068 years ago'],
    ['1 BCE seen in 1 CE', { year: -1, precision: 'year' }, [1, 6, 1], 'about 1 year ago'],
    ['1 BCE seen in 2025', { year: -1, precision: 'year' }, TODAY, 'about 2,025 years ago'],
    ['a year', { year: 1924, precision: 'year' }, TODAY, 'about 101 years ago'],
    ['this year', { year: 2025, precision: 'year' }, TODAY, 'this year'],
    ['a future year', { year: 2027, precision: 'year' }, TODAY, 'in about 2 years'],
    [
      'a Julian year',
      { year: -44, precision: 'year', calendar: 'julian' },
      TODAY,
      'about 2,068 years ago',
    ],
    ['a circa day', { year: 1500, month: 6, day: 1, circa: true }, TODAY, 'about 525 years ago'],
    [
      'a circa month',
      { year: 1500, month: 6, precision: 'month', circa: true },
      TODAY,
      'about 525 years ago',
    ],
    [
      'a circa BCE year',
      { year: -44, precision: 'year', circa: true },
      TODAY,
      'about 2,068 years ago',
    ],
    ['a decade', { year: 1920, precision: 'decade' }, TODAY, 'about 105 years ago'],
    [
      'a decade stored mid-decade',
      { year: 1925, precision: 'decade' },
      TODAY,
      'about 105 years ago',
    ],
    [
      'a circa decade',
      { year: 1920, precision: 'decade', circa: true },
      TODAY,
      'about 105 years ago',
    ],
    ['the current decade', { year: 2020, precision: 'decade' }, TODAY, 'about 5 years ago'],
    [
      'a BCE decade (49–40 BCE)',
      { year: -40, precision: 'decade' },
      TODAY,
      'about 2,073 years ago',
    ],
    ['the 19th century', { year: 1801, precision: 'century' }, TODAY, 'about 2 centuries ago'],
    [
      'the 19th century by its last year',
      { year: 1900, precision: 'century' },
      TODAY,
      'about 2 centuries ago',
    ],
    ['the 20th century', { year: 1901, precision: 'century' }, TODAY, 'about 1 century ago'],
    ['this century', { year: 2001, precision: 'century' }, TODAY, 'this century'],
    ['the 1st century', { year: 50, precision: 'century' }, TODAY, 'about 20 centuries ago'],
    ['the 1st century BCE', { year: -44, precision: 'century' }, TODAY, 'about 21 centuries ago'],
    [
      '1st century BCE seen in the 1st century',
      { year: -44, precision: 'century' },
      [50, 1, 1],
      'about 1 century ago',
    ],
    [
      'a circa century',
      { year: 1550, precision: 'century', circa: true },
      TODAY,
      'about 5 centuries ago',
    ],
  ])('%s: %s', (_label, partial, today, expected) => {
    expect(howLongAgo({ date: date(partial), today: ymd(today) })).toBe(expected);
  });

  it('gives no age for an observance, which recurs every year', () => {
    expect(howLongAgo({ date: date({ year: null, month: 2, day: 1 }), today: ymd(TODAY) })).toBe(
      '',
    );
  });
});
