import { monthName, ordinalCentury } from './calendar-day';
import type { HistoricalDate } from './historical-date';

export type DateStyle = 'long' | 'short';

/** 1924 -> "1924", 9 -> "9", -44 -> "44 BCE". */
export function formatYear(year: number): string {
  if (!Number.isInteger(year) || year === 0) {
    throw new RangeError(`year must be a non-zero integer, got ${year}`);
  }
  return year < 0 ? `${-year} BCE` : String(year);
}

/** 1924 -> "1920s", -44 -> "40s BCE" (49–40 BCE). */
export function formatDecade(year: number): string {
  if (!Number.isInteger(year) || year === 0) {
    throw new RangeError(`year must be a non-zero integer, got ${year}`);
  }
  const decade = Math.floor(Math.abs(year) / 10) * 10;
  return year < 0 ? `${decade}s BCE` : `${decade}s`;
}

function monthLabel(month: number, style: DateStyle): string {
  const name = monthName(month);
  return style === 'short' ? name.slice(0, 3) : name;
}

/**
 * A date as readers see it, only as precise as it is known: "1 February 1924", "February 1924",
 * "44 BCE", "c. 1500", "1920s", "19th century"; an observance (no year) is "1 February".
 * Short style abbreviates months ("1 Feb 1924"). In long style a Julian date that names a month
 * says so ("25 October 1917 (Julian)"); a bare year reads the same in either calendar.
 */
export function formatHistoricalDate(d: HistoricalDate, opts?: { style?: DateStyle }): string {
  const style = opts?.style ?? 'long';
  const julian = style === 'long' && d.calendar === 'julian' ? ' (Julian)' : '';
  const circa = d.circa ? 'c. ' : '';

  if (d.year === null) {
    if (d.month === null) return '';
    const label =
      d.day === null ? monthLabel(d.month, style) : `${d.day} ${monthLabel(d.month, style)}`;
    return `${circa}${label}${julian}`;
  }

  const year = formatYear(d.year);
  const { precision, month, day } = d;
  // A stored date missing a part its precision calls for is shown as precisely as it can be.
  if (precision === 'day' && month !== null && day !== null) {
    return `${circa}${day} ${monthLabel(month, style)} ${year}${julian}`;
  }
  if ((precision === 'day' || precision === 'month') && month !== null) {
    return `${circa}${monthLabel(month, style)} ${year}${julian}`;
  }
  if (precision === 'decade') return `${circa}${formatDecade(d.year)}`;
  if (precision === 'century') return `${circa}${ordinalCentury(d.year)}`;
  return `${circa}${year}`;
}
