import type { YearMonthDay } from './historical-date';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Throws RangeError for an unknown zone; only valid zones are cached, so the map stays small.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True for an IANA time zone name the runtime knows ("Europe/London", "UTC"). */
export function isValidTimeZone(tz: string): boolean {
  if (typeof tz !== 'string' || tz.trim() === '') return false;
  try {
    formatterFor(tz);
    return true;
  } catch {
    return false;
  }
}

/** Today's Gregorian date in an IANA time zone; throws RangeError for an unknown zone. */
export function gregorianToday(timeZone: string, now: Date = new Date()): YearMonthDay {
  if (timeZone.trim() === '') throw new RangeError('time zone must not be empty');
  const parts = formatterFor(timeZone).formatToParts(now);
  const part = (type: 'year' | 'month' | 'day') =>
    Number(parts.find((p) => p.type === type)?.value);
  const today = { year: part('year'), month: part('month'), day: part('day') };
  if (![today.year, today.month, today.day].every(Number.isInteger)) {
    throw new RangeError(`cannot read a date for ${now.toISOString()} in ${timeZone}`);
  }
  return today;
}
