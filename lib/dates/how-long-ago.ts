import { centuryOf } from './calendar-day';
import type { HistoricalDate, YearMonthDay } from './historical-date';
import {
  convertCalendar,
  daysInMonth,
  fromAstronomicalYear,
  toAstronomicalYear,
  toJulianDayNumber,
} from './historical-date';

const numbers = new Intl.NumberFormat('en-US');

function count(n: number, unit: string, units = `${unit}s`): string {
  return `${numbers.format(n)} ${n === 1 ? unit : units}`;
}

function relative(parts: string[], future: boolean): string {
  const text = parts.join(', ');
  return future ? `in ${text}` : `${text} ago`;
}

/** A Gregorian date with an astronomical year, so that differences need no care for the missing year 0. */
interface AstronomicalDate {
  year: number;
  month: number;
  day: number;
}

function toAstronomical(d: YearMonthDay): AstronomicalDate {
  return { year: toAstronomicalYear(d.year), month: d.month, day: d.day };
}

function dayNumber(d: AstronomicalDate): number {
  const year = fromAstronomicalYear(d.year);
  return toJulianDayNumber({ year, month: d.month, day: d.day, calendar: 'gregorian' });
}

/**
 * The date `months` months after `d`. When that month is too short for the day (an anniversary of
 * 29 February in a common year, of 31 January in February), the anniversary is reached on the first
 * day of the following month, as a person born on 29 February comes of age on 1 March.
 */
function monthsLater(d: AstronomicalDate, months: number): AstronomicalDate {
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const length = daysInMonth({ year: fromAstronomicalYear(year), month, calendar: 'gregorian' });
  if (d.day <= length) return { year, month, day: d.day };
  return month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: month + 1, day: 1 };
}

/** Whole years, months and days from `from` to `to` (not before `from`), counted the way people count. */
function calendarDifference(from: AstronomicalDate, to: AstronomicalDate) {
  const end = dayNumber(to);
  let months = (to.year - from.year) * 12 + (to.month - from.month);
  let anniversary = monthsLater(from, months);
  if (dayNumber(anniversary) > end) {
    months -= 1;
    anniversary = monthsLater(from, months);
  }
  return {
    years: Math.floor(months / 12),
    months: months % 12,
    days: end - dayNumber(anniversary),
  };
}

function exactly(date: YearMonthDay, today: YearMonthDay): string {
  const from = toAstronomical(date);
  const to = toAstronomical(today);
  const order = dayNumber(from) - dayNumber(to);
  if (order === 0) return 'today';
  const future = order > 0;
  const span = future ? calendarDifference(to, from) : calendarDifference(from, to);
  const parts = [
    span.years > 0 ? count(span.years, 'year') : '',
    span.months > 0 ? count(span.months, 'month') : '',
    span.days > 0 ? count(span.days, 'day') : '',
  ].filter((part) => part !== '');
  return relative(parts, future);
}

function monthsAgo(date: { year: number; month: number }, today: YearMonthDay): string {
  const months =
    (toAstronomicalYear(today.year) - toAstronomicalYear(date.year)) * 12 +
    (today.month - date.month);
  if (months === 0) return 'this month';
  const span = Math.abs(months);
  const parts = [
    span >= 12 ? count(Math.floor(span / 12), 'year') : '',
    span % 12 > 0 ? count(span % 12, 'month') : '',
  ].filter((part) => part !== '');
  return relative(parts, months < 0);
}

function about(n: number, unit: 'year' | 'century', now: string): string {
  if (n === 0) return now;
  const text = count(Math.abs(n), unit, unit === 'century' ? 'centuries' : 'years');
  return n > 0 ? `about ${text} ago` : `in about ${text}`;
}

function aboutYears(year: number, today: YearMonthDay): string {
  return about(toAstronomicalYear(today.year) - toAstronomicalYear(year), 'year', 'this year');
}

/** First year of the decade a year belongs to: 1925 -> 1920; the 40s BCE run from 49 to 40 BCE. */
function decadeStart(year: number): number {
  if (year > 0) return Math.max(1, Math.floor(year / 10) * 10);
  return -(Math.floor(-year / 10) * 10 + 9);
}

function aboutCenturies(year: number, today: YearMonthDay): string {
  // Centuries counted without the missing century 0: the 1st century BCE directly precedes the 1st.
  const index = (y: number) => {
    const century = centuryOf(y);
    return century > 0 ? century : century + 1;
  };
  return about(index(today.year) - index(year), 'century', 'this century');
}

/**
 * How long ago a date was, seen on `today` (Gregorian, historical numbering), only as precisely as the
 * date is known:
 * - day precision: exact, "101 years, 1 month, 14 days ago", "3 days ago", "today", "in 2 years, 3 months";
 *   a Julian date is first converted to the Gregorian calendar through its Julian day number;
 * - month precision: "101 years, 1 month ago", "this month";
 * - year precision or any circa date: "about 2,068 years ago", "this year";
 * - decade: "about 105 years ago", counted from the decade's first year;
 * - century: "about 2 centuries ago", "this century".
 * An observance (no year) recurs every year and has no age: the result is "".
 */
export function howLongAgo(o: { date: HistoricalDate; today: YearMonthDay }): string {
  const { date, today } = o;
  const { year, month, day, precision } = date;
  if (year === null) return '';
  if (precision === 'century') return aboutCenturies(year, today);
  if (precision === 'decade') return aboutYears(decadeStart(year), today);
  if (date.circa || precision === 'year' || month === null) return aboutYears(year, today);
  if (precision === 'day' && day !== null) {
    const gregorian = convertCalendar({ year, month, day, from: date.calendar, to: 'gregorian' });
    return exactly(gregorian, today);
  }
  return monthsAgo({ year, month }, today);
}
