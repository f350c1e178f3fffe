import { MONTH_NAMES, convertCalendar, daysInMonth, type Calendar } from '@/lib/dates';
import type { ImportKind, ImportRow } from './types';

// What an entry's text says about its own date: its calendar ("(Julian calendar date)", "(Old Style
// date)"), that the day is traditional, likely or unknown, or that it is a Swedish-calendar date.
// Read from the cleaned text of one entry; decided line by line over the whole corpus (see
// date-notes.test.ts for the lines).

export type DateNotes = {
  /** The calendar the text says the date is in; undefined when it says nothing (the default rule holds). */
  calendar?: Calendar;
  /** The text calls the date traditional, likely, probable, approximate or unknown. */
  circa: boolean;
  /** For editors: what to check about the date (a Swedish-calendar date, 1700–1712). */
  note?: string;
};

type PageDate = { year: number; month: number; day: number };

const MONTH = `(${MONTH_NAMES.join('|')})`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
// "March 8", "25 October", "23 February 1821", "November 11, 1620": five groups (month, day; or day,
// month; then the year).
const DATE = String.raw`(?:${MONTH}\s+${DAY}|${DAY}\s+${MONTH})(?:,?\s+(\d{3,4}))?`;
const OLD_STYLE = String.raw`O\.\s?S\.|OS|Old Style`;
const NEW_STYLE = String.raw`N\.\s?S\.|NS|New Style`;
const LABEL = String.raw`Julian|Gregorian|${OLD_STYLE}|${NEW_STYLE}`;

/**
 * Another date of the same day, with its calendar: "(March 8 in the Gregorian calendar)", "(on
 * April 23 by the Julian calendar)", "23 February 1821 (Julian calendar)", "(November 11, O.S.)",
 * "(22 October O.S.)", "September 16 per New Style date", "(OS date: September 3)", "the Julian
 * calendar date of 25 October". The label comes after the date, or before it.
 */
const MENTIONS: readonly RegExp[] = [
  new RegExp(
    String.raw`${DATE}\s*(?:,\s*|\(|(?:in|by|per|under)\s+the\s+|per\s+)?(${LABEL})(?![A-Za-z])(?:\s+calendar)?(?:\s+date)?\)?`,
    'gi',
  ),
  new RegExp(String.raw`(${LABEL})(?:\s+calendar)?(?:\s+date)?(?:\s+of|:)?\s+${DATE}`, 'gi'),
];

/** The text says so of its own date (after the other dates it gives are set aside). */
const SELF_JULIAN = [
  /\((?:as reckoned (?:under|in) the )?Julian calendar(?: date)?\)/i,
  new RegExp(String.raw`\((?:${OLD_STYLE})(?:\s+date)?\s*[;)]`, 'i'),
  /^Old Style date of\b/i,
];
const SELF_GREGORIAN = [
  new RegExp(String.raw`\((?:${NEW_STYLE})(?:\s+date)?\s*[;)]`, 'i'),
  /\bthis is the Gregorian date\b/i,
  /^The Gregorian calendar date of\b/i,
  /\bproleptic Gregorian\b/i,
];

/**
 * The date's day is not known for sure: "Traditional date of …", "(traditional date, the exact date
 * is unknown)", "Likely date of …", "(approximate date)", "(possible date of the crucifixion)",
 * "(probable; d. 193)", "Date traditionally ascribed to …", "Traditional founding of …". Not "the
 * traditional Japanese date" (another calendar's name for the day) nor a place's "foundation date is
 * unknown" (another date).
 */
const UNCERTAIN = [
  /\b(?:traditional|likely|probable|possible|approximate) date\b/i,
  /\bthe exact date is unknown\b/i,
  /\(probable;/i,
  /^Date traditionally ascribed to\b/i,
  /^Traditional founding of\b/i,
];
/**
 * A birth whose year is disputed: "Swami Kalyan Dev, philosopher [year disputed]." Read in the text
 * as the source has it: cleaning takes "[year disputed]" for a maintenance tag and drops it.
 */
const BIRTH_YEAR_DISPUTED = /\[year disputed\]|\(year of birth disputed\)/i;

const labelCalendar = (label: string): Calendar =>
  /^(?:Julian|O\.?\s?S\.?|Old Style)$/i.test(label) ? 'julian' : 'gregorian';
const other = (c: Calendar): Calendar => (c === 'julian' ? 'gregorian' : 'julian');

function monthNumber(name: string): number {
  return MONTH_NAMES.findIndex((n) => n.toLowerCase() === name.toLowerCase()) + 1;
}

/** True when the page's day, read in calendar `from`, is the given day in calendar `to`. */
function sameDay(page: PageDate, from: Calendar, to: Calendar, named: Partial<PageDate>): boolean {
  if (page.day > daysInMonth({ year: page.year, month: page.month, calendar: from })) return false;
  const converted = convertCalendar({ ...page, from, to });
  return (
    converted.month === named.month &&
    converted.day === named.day &&
    (named.year === undefined || converted.year === named.year)
  );
}

/**
 * The calendar the other dates of the text imply for the page's date: "(March 8 in the Gregorian
 * calendar)" on 23 February 1917 makes it Julian, "(22 October O.S.)" on 1 November 1612 Gregorian,
 * but only when the two dates are the same day (10–13 days apart as the century has it): "effective
 * February 14 (NS)" on 24 January 1918 names another day, and says nothing of this one. Returns the
 * text without those mentions, so that their labels are not read as the page date's.
 */
function readMentions(text: string, page: PageDate): { calendar?: Calendar; rest: string } {
  const found = new Set<Calendar>();
  let rest = text;
  for (const re of MENTIONS) {
    rest = rest.replace(re, (...m: unknown[]) => {
      const g = m.slice(1, -2) as (string | undefined)[];
      const labelFirst = re !== MENTIONS[0];
      const label = (labelFirst ? g[0] : g[5]) ?? '';
      // The date's groups: month and day, or day and month, then the year.
      const [month1, day1, day2, month2, year] = labelFirst ? g.slice(1) : g;
      const named = {
        month: monthNumber(month1 ?? month2 ?? ''),
        day: Number(day1 ?? day2),
        year: year ? Number(year) : undefined,
      };
      const theirs = labelCalendar(label);
      if (sameDay(page, other(theirs), theirs, named)) found.add(other(theirs));
      return ' ';
    });
  }
  return { calendar: found.size === 1 ? [...found][0] : undefined, rest };
}

function readSelfMarks(text: string): Calendar | undefined {
  const julian = SELF_JULIAN.some((re) => re.test(text));
  const gregorian = SELF_GREGORIAN.some((re) => re.test(text));
  if (julian === gregorian) return undefined;
  return julian ? 'julian' : 'gregorian';
}

// Sweden's own calendar: 1 March 1700 to 30 February 1712, one day after the Julian.
const isSwedishPeriod = (d: PageDate) =>
  (d.year > 1700 || (d.year === 1700 && d.month >= 3)) &&
  (d.year < 1712 || (d.year === 1712 && d.month <= 2));
// Before and after it, until 17 February 1753 (followed by 1 March), Sweden kept the Julian calendar.
const isSwedishJulian = (d: PageDate) =>
  d.year < 1753 || (d.year === 1753 && (d.month === 1 || (d.month === 2 && d.day <= 17)));
const ABOUT_SWEDEN = /\bSwed(?:en|ish|es?)\b|\bCharles XII\b/i;
const ABOUT_SWEDENS_CALENDAR =
  /\bSwedish calendar\b|\bin Sweden\b.*\b(?:Julian|Gregorian) calendar\b/i;

export const SWEDISH_DATE_NOTE =
  'A Swedish-calendar date: Sweden counted its own calendar from 1 March 1700 to 30 February 1712, one day after the Julian and 10–11 days before the Gregorian. Stored as written and marked circa; check the day against the source.';
export const MAYBE_SWEDISH_DATE_NOTE =
  'Possibly a Swedish-calendar date: Sweden counted its own calendar from 1 March 1700 to 30 February 1712, one day after the Julian and 10–11 days before the Gregorian. Stored as written (Gregorian); check the day against the source.';

/**
 * An entry about Sweden's calendar itself ("In Sweden February 17 is followed by March 1 as the
 * country moves from the Julian calendar …", "Today is followed by March 1 in Sweden, thus creating
 * the Swedish calendar") names the day as Sweden counted it then: Julian, or Swedish (kept as
 * written, circa, with a note). Any other entry about Sweden in 1700–1712 may be a Swedish date
 * too, though nothing in its text tells (Poltava is on both 28 June and 8 July): a note only.
 */
function readSweden(text: string, page: PageDate): DateNotes | null {
  if (ABOUT_SWEDENS_CALENDAR.test(text)) {
    if (isSwedishPeriod(page)) return { circa: true, note: SWEDISH_DATE_NOTE };
    if (isSwedishJulian(page)) return { calendar: 'julian', circa: false };
    return null;
  }
  if (isSwedishPeriod(page) && ABOUT_SWEDEN.test(text))
    return { circa: false, note: MAYBE_SWEDISH_DATE_NOTE };
  return null;
}

/**
 * What an entry's text says about its date (its year, month and day as the page gives them): `text`
 * cleaned (lib/import/text.ts), `rawText` as the source wrote it.
 */
export function readDateNotes(
  o: { text: string; rawText: string; kind: ImportKind } & PageDate,
): DateNotes {
  const page = { year: o.year, month: o.month, day: o.day };
  const uncertain =
    UNCERTAIN.some((re) => re.test(o.text)) ||
    (o.kind === 'birth' && BIRTH_YEAR_DISPUTED.test(o.rawText));
  const sweden = readSweden(o.text, page);
  if (sweden) return { ...sweden, circa: sweden.circa || uncertain };
  const mentions = readMentions(o.text, page);
  const calendar = mentions.calendar ?? readSelfMarks(mentions.rest);
  return calendar ? { calendar, circa: uncertain } : { circa: uncertain };
}

/** The import's notes about dates, one line per row that has one: where it is, its title, the note. */
export function dateNoteWarnings(rows: readonly ImportRow[]): string[] {
  return rows.flatMap((r) =>
    r.dateNote
      ? [
          `${r.where.file} ${r.where.section} #${r.where.index} (${r.where.rawYear}): ${r.title}: ${r.dateNote}`,
        ]
      : [],
  );
}
