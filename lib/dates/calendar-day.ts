/** A day of the year without a year: what a day page ("1 February") is about. 29 February included. */
export interface CalendarDay {
  month: number;
  day: number;
}

export const MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

// The longest each month can be in any year: a recurring day may be 29 February.
const MAX_DAYS_IN_MONTH: readonly number[] = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Name of a month 1–12; throws RangeError otherwise. */
export function monthName(month: number): string {
  const name = Number.isInteger(month) ? MONTH_NAMES[month - 1] : undefined;
  if (name === undefined) throw new RangeError(`month must be 1–12, got ${month}`);
  return name;
}

/** Days in a month when the year is unknown or irrelevant (February: 29). Throws RangeError for a bad month. */
export function maxDaysInMonth(month: number): number {
  const days = Number.isInteger(month) ? MAX_DAYS_IN_MONTH[month - 1] : undefined;
  if (days === undefined) throw new RangeError(`month must be 1–12, got ${month}`);
  return days;
}

/** True when month/day names a day that exists in some year (so 29 February is valid, 30 February is not). */
export function isValidCalendarDay(month: number, day: number): boolean {
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  return Number.isInteger(day) && day >= 1 && day <= maxDaysInMonth(month);
}

function assertCalendarDay(month: number, day: number): void {
  if (!isValidCalendarDay(month, day)) {
    throw new RangeError(`not a calendar day: month ${month}, day ${day}`);
  }
}

/** URL slug of a day page: (2, 1) -> "february-1". */
export function monthDaySlug(month: number, day: number): string {
  assertCalendarDay(month, day);
  return `${monthName(month).toLowerCase()}-${day}`;
}

/**
 * Inverse of monthDaySlug, case-insensitive and tolerant of a leading zero ("February-01");
 * callers that want one URL per day compare the input with monthDaySlug(result) and redirect.
 */
export function parseMonthDaySlug(slug: string): CalendarDay | null {
  const match = /^([a-z]+)-(\d{1,2})$/i.exec(slug.trim());
  if (!match?.[1] || !match[2]) return null;
  const name = match[1].toLowerCase();
  const month = MONTH_NAMES.findIndex((m) => m.toLowerCase() === name) + 1;
  const day = Number(match[2]);
  return isValidCalendarDay(month, day) ? { month, day } : null;
}

/** "02-01" or "2-1" (month first) -> { month: 2, day: 1 }; null for anything else or a day that does not exist. */
export function parseNumericMonthDay(s: string): CalendarDay | null {
  const match = /^(\d{1,2})-(\d{1,2})$/.exec(s.trim());
  if (!match?.[1] || !match[2]) return null;
  const month = Number(match[1]);
  const day = Number(match[2]);
  return isValidCalendarDay(month, day) ? { month, day } : null;
}

/** (2, 1) -> "1 February". */
export function formatMonthDay(month: number, day: number): string {
  assertCalendarDay(month, day);
  return `${day} ${monthName(month)}`;
}

/** The 366 day pages in order, 1 January to 31 December, with 29 February. */
export function allCalendarDays(): CalendarDay[] {
  const days: CalendarDay[] = [];
  for (let month = 1; month <= 12; month++) {
    for (let day = 1; day <= maxDaysInMonth(month); day++) days.push({ month, day });
  }
  return days;
}

/** The next (1) or previous (-1) day page, wrapping at the year's ends; 28 February -> 29 February -> 1 March. */
export function adjacentDay(o: CalendarDay, delta: 1 | -1): CalendarDay {
  assertCalendarDay(o.month, o.day);
  if (delta === 1) {
    if (o.day < maxDaysInMonth(o.month)) return { month: o.month, day: o.day + 1 };
    return { month: o.month === 12 ? 1 : o.month + 1, day: 1 };
  }
  if (o.day > 1) return { month: o.month, day: o.day - 1 };
  const month = o.month === 1 ? 12 : o.month - 1;
  return { month, day: maxDaysInMonth(month) };
}

/**
 * Century number in historical numbering: 1901–2000 is the 20th, 1–100 the 1st,
 * 100 BCE–1 BCE is -1 (the 1st century BCE). There is no century 0.
 */
export function centuryOf(year: number): number {
  if (!Number.isInteger(year) || year === 0) {
    throw new RangeError(`year must be a non-zero integer, got ${year}`);
  }
  return year > 0 ? Math.ceil(year / 100) : -Math.ceil(-year / 100);
}

function ordinal(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  switch (n % 10) {
    case 1:
      return `${n}st`;
    case 2:
      return `${n}nd`;
    case 3:
      return `${n}rd`;
    default:
      return `${n}th`;
  }
}

/** 1924 -> "20th century", 2001 -> "21st century", -44 -> "1st century BCE". */
export function ordinalCentury(year: number): string {
  const century = centuryOf(year);
  return century > 0 ? `${ordinal(century)} century` : `${ordinal(-century)} century BCE`;
}
