import ical, {
  ICalEventRepeatingFreq,
  ICalEventTransparency,
  type ICalRepeatingOptions,
} from 'ical-generator';
import { isLeapYear, isValidCalendarDay } from '@/lib/dates';
import { textUnderShortTitle } from '@/lib/events/entry-text';
import { shortTitle } from '@/lib/events/short-title';

/**
 * Anniversaries as iCalendar (RFC 5545): one all-day VEVENT per event, repeating every year on the
 * event's month and day as recorded (the day the site lists it under, Julian dates included).
 *
 * The series starts in FIRST_SERIES_YEAR, or in the event's own year when that is later: iCalendar dates
 * have no BCE years, and calendar apps handle years before 1970 unevenly, while an anniversary series
 * that starts before the event itself would show anniversaries of something that had not happened yet.
 *
 * 29 February repeats on the last day of February (BYMONTH=2;BYMONTHDAY=-1): the 29th in leap years,
 * the 28th otherwise, so the anniversary appears every year rather than every fourth. Its series starts
 * on a 29 February, the first leap year from the start year on, so DTSTART is itself an occurrence.
 */
export const FIRST_SERIES_YEAR = 1970;

export type Anniversary = {
  id: number;
  /** Absolute URL of the event's page. */
  url: string;
  title: string;
  summary: string;
  month: number;
  day: number;
  /** "1924", "44 BCE", "c. 1500"; null for an observance (no year). */
  yearLabel: string | null;
  /** Historical year (-44 = 44 BCE); null for an observance. */
  year: number | null;
  category: string;
  updatedAt: Date;
};

export type AnniversarySeries = {
  start: { year: number; month: number; day: number };
  repeating: ICalRepeatingOptions;
};

/** When an anniversary series starts and how it repeats (see the module comment). */
export function anniversarySeries(d: {
  year: number | null;
  month: number;
  day: number;
}): AnniversarySeries {
  if (!isValidCalendarDay(d.month, d.day))
    throw new RangeError(`not a calendar day: ${d.month}-${d.day}`);
  const from = d.year !== null && d.year > FIRST_SERIES_YEAR ? d.year : FIRST_SERIES_YEAR;
  if (d.month === 2 && d.day === 29) {
    let year = from;
    while (!isLeapYear(year, 'gregorian')) year++;
    return {
      start: { year, month: 2, day: 29 },
      repeating: { freq: ICalEventRepeatingFreq.YEARLY, byMonth: [2], byMonthDay: [-1] },
    };
  }
  return {
    start: { year: from, month: d.month, day: d.day },
    repeating: { freq: ICalEventRepeatingFreq.YEARLY },
  };
}

/** TEXT value escaping (RFC 5545 §3.3.11) for the calendar properties the library writes verbatim. */
function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

export type AnniversaryCalendar = {
  name: string;
  description: string;
  /** Absolute URL of the page the calendar belongs to. */
  pageUrl: string;
  /** Absolute URL of this calendar, for apps that refresh it (SOURCE). */
  calendarUrl: string;
  siteName: string;
  siteUrl: string;
  anniversaries: Anniversary[];
};

/** A stable UID per event: the same in the event's own calendar and in its category's. */
function anniversaryUid(siteUrl: string, eventId: number): string {
  return `event-${eventId}@${new URL(siteUrl).hostname}`;
}

/** The calendar as text: CRLF line endings, lines folded at 75 octets (by ical-generator). */
export function renderAnniversaryCalendar(c: AnniversaryCalendar): string {
  const calendar = ical({
    prodId: { company: c.siteName, product: 'Anniversaries', language: 'EN' },
    name: escapeText(c.name),
    description: escapeText(c.description),
    url: c.pageUrl,
    source: c.calendarUrl,
    ttl: 24 * 60 * 60,
  });
  for (const a of c.anniversaries) {
    const { start, repeating } = anniversarySeries(a);
    const startDate = new Date(Date.UTC(start.year, start.month - 1, start.day));
    // A calendar shows the short title; the description carries the whole text.
    const title = shortTitle(a.title);
    const text = textUnderShortTitle(a) || a.title;
    const description = a.yearLabel
      ? `On this day in ${a.yearLabel}: ${text}\n\n${a.url}`
      : `${text}\n\n${a.url}`;
    calendar.createEvent({
      id: anniversaryUid(c.siteUrl, a.id),
      allDay: true,
      start: startDate,
      end: new Date(startDate.getTime() + 86_400_000),
      repeating,
      summary: a.yearLabel ? `${title} (${a.yearLabel})` : title,
      description,
      url: a.url,
      categories: [{ name: a.category }],
      transparency: ICalEventTransparency.TRANSPARENT,
      // Without METHOD, DTSTAMP is when the information last changed (RFC 5545 §3.8.7.2): output is stable.
      stamp: a.updatedAt,
      lastModified: a.updatedAt,
    });
  }
  // The library leaves the last line without its CRLF; every content line ends with one.
  return `${calendar.toString()}\r\n`;
}
