import { maxDaysInMonth, monthName } from './calendar-day';
import { formatYear } from './format';

export const PRECISIONS = ['day', 'month', 'year', 'decade', 'century'] as const;
export type Precision = (typeof PRECISIONS)[number];

/**
 * The precision a date has when none is given: as fine as its parts go (an end date "1922" is a
 * year, "April 1922" a month). The form and the Almanac file read an end date without one so.
 */
export function impliedPrecision(
  given: Precision | null,
  d: { month: number | null; day: number | null },
): Precision {
  return given ?? (d.day !== null ? 'day' : d.month !== null ? 'month' : 'year');
}

export const CALENDARS = ['gregorian', 'julian'] as const;
export type Calendar = (typeof CALENDARS)[number];

/**
 * A date as known to history. `year` uses historical numbering (-44 = 44 BCE; there is no year 0)
 * and is null only for observances: recurring days with a month and day but no year.
 *
 * Coarse precisions store one representative year: a decade date stores any year of the decade
 * (1920–1929 all mean "the 1920s"; by convention store 1920), a century date any year of the century
 * counted the historical way, 1801–1900 being the 19th century (see centuryOf).
 */
export interface HistoricalDate {
  year: number | null;
  month: number | null;
  day: number | null;
  precision: Precision;
  circa: boolean;
  calendar: Calendar;
}

export interface YearMonthDay {
  year: number;
  month: number;
  day: number;
}

export const MIN_YEAR = -10000;
export const MAX_YEAR = 9999;

/** Historical year (-44 = 44 BCE) to astronomical (1 BCE = 0, 44 BCE = -43). */
export function toAstronomicalYear(year: number): number {
  if (!Number.isInteger(year) || year === 0) {
    throw new RangeError(`year must be a non-zero integer, got ${year}`);
  }
  return year < 0 ? year + 1 : year;
}

/** Astronomical year (0 = 1 BCE) to historical (-1). */
export function fromAstronomicalYear(astronomicalYear: number): number {
  if (!Number.isInteger(astronomicalYear)) {
    throw new RangeError(`year must be an integer, got ${astronomicalYear}`);
  }
  return astronomicalYear <= 0 ? astronomicalYear - 1 : astronomicalYear;
}

function isAstronomicalLeapYear(year: number, calendar: Calendar): boolean {
  if (year % 4 !== 0) return false;
  if (calendar === 'julian') return true;
  return year % 100 !== 0 || year % 400 === 0;
}

/** Leap years in the proleptic calendars, historical numbering: 1, 5, 9... BCE are leap (astronomical 0, -4, -8). */
export function isLeapYear(year: number, calendar: Calendar): boolean {
  return isAstronomicalLeapYear(toAstronomicalYear(year), calendar);
}

/** Days in a month of a year; with year null (a recurring day) February has 29. */
export function daysInMonth(o: { year: number | null; month: number; calendar: Calendar }): number {
  const max = maxDaysInMonth(o.month);
  if (o.month !== 2 || o.year === null) return max;
  return isLeapYear(o.year, o.calendar) ? 29 : 28;
}

type DateField = 'year' | 'month' | 'day' | 'precision';
export type DateValidation =
  | { ok: true; value: HistoricalDate }
  | { ok: false; errors: { field: DateField; message: string }[] };

/**
 * Checks a date for real: no year 0, no 30 February, 29 February only in leap years of the date's
 * calendar, and exactly the parts its precision calls for (month precision: a month and no day;
 * year, decade, century: a year only). A day-precision date without a year is an observance.
 * Missing `circa` and `calendar` default to false and 'gregorian'.
 */
export function validateHistoricalDate(
  input: Partial<HistoricalDate> & { precision: Precision },
): DateValidation {
  const errors: { field: DateField; message: string }[] = [];
  const { precision } = input;
  const year = input.year ?? null;
  const month = input.month ?? null;
  const day = input.day ?? null;
  const calendar = input.calendar ?? 'gregorian';

  if (!(PRECISIONS as readonly string[]).includes(precision)) {
    return {
      ok: false,
      errors: [
        { field: 'precision', message: `Precision must be one of ${PRECISIONS.join(', ')}` },
      ],
    };
  }

  let yearOk = false;
  if (year === null) {
    if (precision !== 'day') {
      errors.push({ field: 'year', message: `A ${precision}-precision date needs a year` });
    }
  } else if (!Number.isInteger(year)) {
    errors.push({ field: 'year', message: 'Year must be a whole number' });
  } else if (year === 0) {
    errors.push({ field: 'year', message: 'There is no year 0: 1 BCE is followed by 1 CE' });
  } else if (year < MIN_YEAR || year > MAX_YEAR) {
    errors.push({
      field: 'year',
      message: `Year must be between ${formatYear(MIN_YEAR)} and ${formatYear(MAX_YEAR)}`,
    });
  } else {
    yearOk = true;
  }

  const wantsMonth = precision === 'day' || precision === 'month';
  let monthOk = false;
  if (month === null) {
    if (wantsMonth)
      errors.push({ field: 'month', message: `A ${precision}-precision date needs a month` });
  } else if (!wantsMonth) {
    errors.push({ field: 'month', message: `A ${precision}-precision date has no month` });
  } else if (!Number.isInteger(month) || month < 1 || month > 12) {
    errors.push({ field: 'month', message: 'Month must be between 1 and 12' });
  } else {
    monthOk = true;
  }

  if (day === null) {
    if (precision === 'day')
      errors.push({ field: 'day', message: 'A day-precision date needs a day' });
  } else if (precision !== 'day') {
    errors.push({ field: 'day', message: `A ${precision}-precision date has no day` });
  } else if (!Number.isInteger(day) || day < 1) {
    errors.push({ field: 'day', message: 'Day must be a whole number from 1' });
  } else if (monthOk && month !== null) {
    if (day > maxDaysInMonth(month)) {
      errors.push({ field: 'day', message: `${day} ${monthName(month)} does not exist` });
    } else if (yearOk && year !== null) {
      const length = daysInMonth({ year, month, calendar });
      if (day > length) {
        errors.push({
          field: 'day',
          message: `${monthName(month)} ${formatYear(year)} has only ${length} days`,
        });
      }
    }
  }

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: { year, month, day, precision, circa: input.circa ?? false, calendar },
  };
}

export type ParsedYear = { ok: true; year: number; circa: boolean } | { ok: false; reason: string };

const CIRCA_PREFIX = /^(?:circa|approx\.?|about|around|ca\.|ca(?=[\s\d])|c\.|c(?=[\s\d]))\s*/i;
const ERA = String.raw`B\.?\s?C\.?\s?E\.?|B\.?\s?C\.?|A\.?\s?D\.?|C\.?\s?E\.?`;
const YEAR_WITH_ERA = new RegExp(
  String.raw`^(?:(${ERA})\s*)?([-\u2212])?(\d{1,3}(?:,\d{3})+|\d+)(?:\s*(${ERA}))?$`,
  'i',
);

/**
 * Reads a year as people and imported data write it: "1924", "-44", "44 BC", "44 BCE", "AD 9",
 * "9 AD", "10,000 BC", "c. 1500", "circa 1500", "ca. 1500", "1500?" (circa), and "1969 (or 1970)"
 * or "1969 or 1970" (the first year is taken). Centuries and ranges are not years.
 */
export function parseYear(text: string): ParsedYear {
  const original = text.trim();
  let s = original.replace(/\s+/g, ' ');
  if (s === '') return { ok: false, reason: 'empty year' };
  const unparseable: ParsedYear = { ok: false, reason: `unparseable year "${original}"` };

  s = s.replace(/\s*\([^()]*\)$/, '').replace(/\s+or\s+.*$/i, '');
  let circa = false;
  if (s.endsWith('?')) {
    circa = true;
    s = s.slice(0, -1).trimEnd();
  }
  const prefix = CIRCA_PREFIX.exec(s);
  if (prefix) {
    circa = true;
    s = s.slice(prefix[0].length);
  }

  const match = YEAR_WITH_ERA.exec(s);
  const digits = match?.[3];
  if (!match || digits === undefined) return unparseable;
  const eraBefore = match[1];
  const minus = match[2];
  const eraAfter = match[4];
  if ((eraBefore && eraAfter) || (minus && (eraBefore || eraAfter))) return unparseable;
  const era = (eraBefore ?? eraAfter ?? '').replace(/[.\s]/g, '').toUpperCase();

  const n = Number(digits.replace(/,/g, ''));
  if (n === 0) return { ok: false, reason: 'there is no year 0: 1 BCE is followed by 1 CE' };
  const year = minus || era === 'BC' || era === 'BCE' ? -n : n;
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return {
      ok: false,
      reason: `year ${formatYear(year)} is outside ${formatYear(MIN_YEAR)}–${formatYear(MAX_YEAR)}`,
    };
  }
  return { ok: true, year, circa };
}

function assertRealDate(o: YearMonthDay & { calendar: Calendar }): void {
  const length = daysInMonth(o);
  if (!Number.isInteger(o.day) || o.day < 1 || o.day > length) {
    throw new RangeError(`not a date in the ${o.calendar} calendar: ${o.day}/${o.month}/${o.year}`);
  }
}

/** Julian day number (days since 1 January 4713 BCE, Julian) of a date in historical numbering. */
export function toJulianDayNumber(o: YearMonthDay & { calendar: Calendar }): number {
  assertRealDate(o);
  // Fliegel–Van Flandern with floor division, which holds for any astronomical year.
  const a = Math.floor((14 - o.month) / 12);
  const y = toAstronomicalYear(o.year) + 4800 - a;
  const m = o.month + 12 * a - 3;
  const base = o.day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4);
  if (o.calendar === 'julian') return base - 32083;
  return base - Math.floor(y / 100) + Math.floor(y / 400) - 32045;
}

const DAYS_PER_CYCLE = { julian: 1461, gregorian: 146097 } as const;
const YEARS_PER_CYCLE = { julian: 4, gregorian: 400 } as const;

/** Date (historical numbering) of a Julian day number in the given calendar. */
export function fromJulianDayNumber(jdn: number, calendar: Calendar): YearMonthDay {
  if (!Number.isInteger(jdn))
    throw new RangeError(`Julian day number must be an integer, got ${jdn}`);
  // Richards' algorithm holds for JDN >= 0; earlier days are moved forward by whole calendar cycles.
  const cycles = jdn < 0 ? Math.ceil(-jdn / DAYS_PER_CYCLE[calendar]) : 0;
  const j = jdn + cycles * DAYS_PER_CYCLE[calendar];
  let f = j + 1401;
  if (calendar === 'gregorian')
    f += Math.floor((Math.floor((4 * j + 274277) / 146097) * 3) / 4) - 38;
  const e = 4 * f + 3;
  const g = Math.floor((e % 1461) / 4);
  const h = 5 * g + 2;
  const day = Math.floor((h % 153) / 5) + 1;
  const month = ((Math.floor(h / 153) + 2) % 12) + 1;
  const astronomicalYear =
    Math.floor(e / 1461) -
    4716 +
    Math.floor((14 - month) / 12) -
    cycles * YEARS_PER_CYCLE[calendar];
  return { year: fromAstronomicalYear(astronomicalYear), month, day };
}

/** The same day in the other calendar, through the Julian day number. */
export function convertCalendar(o: YearMonthDay & { from: Calendar; to: Calendar }): YearMonthDay {
  const { year, month, day } = o;
  if (o.from === o.to) return { year, month, day };
  return fromJulianDayNumber(toJulianDayNumber({ year, month, day, calendar: o.from }), o.to);
}
