import { describe, expect, it } from 'vitest';
import {
  MONTH_NAMES,
  adjacentDay,
  allCalendarDays,
  centuryOf,
  formatMonthDay,
  isValidCalendarDay,
  monthDaySlug,
  ordinalCentury,
  parseMonthDaySlug,
  parseNumericMonthDay,
} from './calendar-day';

describe('MONTH_NAMES', () => {
  it('runs January to December', () => {
    expect(MONTH_NAMES).toHaveLength(12);
    expect(MONTH_NAMES[0]).toBe('January');
    expect(MONTH_NAMES[1]).toBe('February');
    expect(MONTH_NAMES[11]).toBe('December');
  });
});

describe('isValidCalendarDay', () => {
  it.each<[number, number, boolean]>([
    [2, 1, true],
    [2, 29, true],
    [2, 30, false],
    [4, 30, true],
    [4, 31, false],
    [12, 31, true],
    [1, 0, false],
    [0, 1, false],
    [13, 1, false],
    [1, 1.5, false],
  ])('month %i day %s -> %s', (month, day, expected) => {
    expect(isValidCalendarDay(month, day)).toBe(expected);
  });
});

describe('day slugs', () => {
  it.each<[number, number, string]>([
    [2, 1, 'february-1'],
    [2, 29, 'february-29'],
    [1, 1, 'january-1'],
    [12, 31, 'december-31'],
    [9, 11, 'september-11'],
  ])('(%i, %i) <-> %s', (month, day, slug) => {
    expect(monthDaySlug(month, day)).toBe(slug);
    expect(parseMonthDaySlug(slug)).toEqual({ month, day });
  });

  it.each<[string, { month: number; day: number }]>([
    ['February-1', { month: 2, day: 1 }],
    ['FEBRUARY-29', { month: 2, day: 29 }],
    ['february-01', { month: 2, day: 1 }],
  ])('parses the variant %s', (slug, expected) => {
    expect(parseMonthDaySlug(slug)).toEqual(expected);
  });

  it.each([
    'february-30',
    'april-31',
    'february-0',
    'feb-1',
    'february',
    'february-1-2',
    '2-1',
    '',
    'smarch-1',
  ])('rejects %j', (slug) => {
    expect(parseMonthDaySlug(slug)).toBeNull();
  });

  it.each<[number, number]>([
    [2, 30],
    [13, 1],
    [4, 31],
  ])('monthDaySlug throws RangeError for (%i, %i)', (month, day) => {
    expect(() => monthDaySlug(month, day)).toThrow(RangeError);
  });
});

describe('parseNumericMonthDay', () => {
  it.each<[string, { month: number; day: number } | null]>([
    ['02-01', { month: 2, day: 1 }],
    ['2-1', { month: 2, day: 1 }],
    ['12-31', { month: 12, day: 31 }],
    ['02-29', { month: 2, day: 29 }],
    [' 07-04 ', { month: 7, day: 4 }],
    ['02-30', null],
    ['04-31', null],
    ['13-01', null],
    ['00-10', null],
    ['2024-02-01', null],
    ['02/01', null],
    ['february-1', null],
    ['', null],
  ])('%j -> %j', (text, expected) => {
    expect(parseNumericMonthDay(text)).toEqual(expected);
  });
});

describe('formatMonthDay', () => {
  it.each<[number, number, string]>([
    [2, 1, '1 February'],
    [2, 29, '29 February'],
    [12, 25, '25 December'],
  ])('(%i, %i) -> %s', (month, day, expected) => {
    expect(formatMonthDay(month, day)).toBe(expected);
  });

  it('throws RangeError for a day that does not exist', () => {
    expect(() => formatMonthDay(2, 30)).toThrow(RangeError);
  });
});

describe('allCalendarDays', () => {
  const days = allCalendarDays();

  it('lists 366 distinct days from 1 January to 31 December, 29 February included', () => {
    expect(days).toHaveLength(366);
    expect(days[0]).toEqual({ month: 1, day: 1 });
    expect(days[365]).toEqual({ month: 12, day: 31 });
    expect(days).toContainEqual({ month: 2, day: 29 });
    expect(new Set(days.map((d) => monthDaySlug(d.month, d.day))).size).toBe(366);
  });

  it('is the chain walked by adjacentDay', () => {
    days.forEach((day, i) => {
      const next = days[(i + 1) % days.length];
      expect(adjacentDay(day, 1)).toEqual(next);
      if (next) expect(adjacentDay(next, -1)).toEqual(day);
    });
  });
});

describe('adjacentDay', () => {
  it.each<[[number, number], 1 | -1, [number, number]]>([
    [[12, 31], 1, [1, 1]],
    [[1, 1], -1, [12, 31]],
    [[2, 28], 1, [2, 29]],
    [[2, 29], 1, [3, 1]],
    [[3, 1], -1, [2, 29]],
    [[2, 29], -1, [2, 28]],
    [[4, 30], 1, [5, 1]],
    [[5, 1], -1, [4, 30]],
    [[6, 15], 1, [6, 16]],
    [[6, 15], -1, [6, 14]],
  ])('%j %i -> %j', ([month, day], delta, [nextMonth, nextDay]) => {
    expect(adjacentDay({ month, day }, delta)).toEqual({ month: nextMonth, day: nextDay });
  });

  it('throws RangeError for a day that does not exist', () => {
    expect(() => adjacentDay({ month: 2, day: 30 }, 1)).toThrow(RangeError);
  });
});

describe('centuries', () => {
  it.each<[number, number, string]>([
    [1924, 20, '20th century'],
    [1900, 19, '19th century'],
    [1901, 20, '20th century'],
    [1801, 19, '19th century'],
    [2000, 20, '20th century'],
    [2001, 21, '21st century'],
    [2101, 22, '22nd century'],
    [2201, 23, '23rd century'],
    [1001, 11, '11th century'],
    [1101, 12, '12th century'],
    [1201, 13, '13th century'],
    [1, 1, '1st century'],
    [100, 1, '1st century'],
    [101, 2, '2nd century'],
    [-1, -1, '1st century BCE'],
    [-44, -1, '1st century BCE'],
    [-100, -1, '1st century BCE'],
    [-101, -2, '2nd century BCE'],
    [-250, -3, '3rd century BCE'],
    [-10000, -100, '100th century BCE'],
  ])('%i is in century %i (%s)', (year, century, label) => {
    expect(centuryOf(year)).toBe(century);
    expect(ordinalCentury(year)).toBe(label);
  });

  it('has no century 0', () => {
    expect(() => centuryOf(0)).toThrow(RangeError);
  });
});
