import 'server-only';
import type { DateFields } from '@/db/store';
import {
  formatHistoricalDate,
  formatYear,
  gregorianToday,
  howLongAgo,
  type YearMonthDay,
} from '@/lib/dates';
import { getConfig } from '@/lib/config';

/** Today's date in the site's time zone (setting SITE_TIME_ZONE). */
export function siteToday(): YearMonthDay {
  return gregorianToday(getConfig().siteTimeZone);
}

/** "1 February 1924", "44 BCE", "c. 1440"; "" for an observance without a day. */
export function dateLabel(d: DateFields, style: 'long' | 'short' = 'long'): string {
  return formatHistoricalDate(d, { style });
}

/** The year as a timeline shows it: "1924", "44 BCE", "c. 1440"; "Every year" for observances. */
export function yearLabel(d: Pick<DateFields, 'year' | 'circa'>): string {
  if (d.year === null) return 'Yearly';
  return `${d.circa ? 'c. ' : ''}${formatYear(d.year)}`;
}

/** Full "How long ago?" ("101 years, 1 month, 14 days ago"), or "" for observances. */
export function agoLabel(d: DateFields, today: YearMonthDay): string {
  try {
    return howLongAgo({ date: d, today });
  } catch {
    return '';
  }
}

/** The short form a list shows: only the largest unit ("101 years ago", "about 2,069 years ago"). */
export function shortAgoLabel(d: DateFields, today: YearMonthDay): string {
  const full = agoLabel(d, today);
  const comma = full.indexOf(', ');
  if (comma === -1) return full;
  return full.startsWith('in ') ? full.slice(0, comma) : `${full.slice(0, comma)} ago`;
}

const numberFormat = new Intl.NumberFormat('en-GB');
export const formatCount = (n: number) => numberFormat.format(n);

/** "1 birth", "512 births". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}
