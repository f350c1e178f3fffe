import { describe, expect, it } from 'vitest';
import { shortTitle } from '@/lib/events/short-title';
import {
  type Anniversary,
  type AnniversaryCalendar,
  anniversarySeries,
  FIRST_SERIES_YEAR,
  renderAnniversaryCalendar,
} from './ical';

const anniversary = (over: Partial<Anniversary> = {}): Anniversary => ({
  id: 7,
  url: 'https://almanac.example/events/uk-recognises-ussr',
  title: 'The United Kingdom recognises the Soviet Union',
  summary: 'Britain became the first major Western power to do so.',
  month: 2,
  day: 1,
  year: 1924,
  yearLabel: '1924',
  category: 'Politics & Government',
  updatedAt: new Date('2026-01-15T08:00:00Z'),
  ...over,
});

const calendar = (anniversaries: Anniversary[], over: Partial<AnniversaryCalendar> = {}) =>
  renderAnniversaryCalendar({
    name: 'Politics & Government anniversaries, Almanac',
    description: 'Every year; one line\nand the next',
    pageUrl: 'https://almanac.example/categories/politics-government',
    calendarUrl: 'https://almanac.example/feeds/categories/politics-government.ics',
    siteName: 'Almanac',
    siteUrl: 'https://almanac.example',
    anniversaries,
    ...over,
  });

/** Content lines as a calendar app reads them: CRLF-separated, folded lines joined (RFC 5545 §3.1). */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n');

/** The VEVENT blocks, each as a map of property (with parameters) to value. */
function vevents(ics: string): Map<string, string>[] {
  const out: Map<string, string>[] = [];
  let current: Map<string, string> | null = null;
  for (const line of unfold(ics)) {
    if (line === 'BEGIN:VEVENT') current = new Map();
    else if (line === 'END:VEVENT') {
      out.push(current!);
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      current.set(line.slice(0, colon), line.slice(colon + 1));
    }
  }
  return out;
}

describe('anniversarySeries', () => {
  it('repeats every year from the event’s own year when that is after 1970', () => {
    const s = anniversarySeries({ year: 2001, month: 9, day: 11 });
    expect(s.start).toEqual({ year: 2001, month: 9, day: 11 });
    expect(s.repeating).toEqual({ freq: 'YEARLY' });
  });

  it('starts in 1970 for older events, BCE ones and observances (no year)', () => {
    expect(anniversarySeries({ year: 1924, month: 2, day: 1 }).start.year).toBe(FIRST_SERIES_YEAR);
    expect(anniversarySeries({ year: -44, month: 3, day: 15 }).start).toEqual({
      year: 1970,
      month: 3,
      day: 15,
    });
    expect(anniversarySeries({ year: null, month: 5, day: 1 }).start.year).toBe(1970);
  });

  it('puts 29 February on the last day of February, starting on a real 29 February', () => {
    const old = anniversarySeries({ year: 1504, month: 2, day: 29 });
    expect(old.start).toEqual({ year: 1972, month: 2, day: 29 });
    expect(old.repeating).toEqual({ freq: 'YEARLY', byMonth: [2], byMonthDay: [-1] });
    expect(anniversarySeries({ year: 2024, month: 2, day: 29 }).start.year).toBe(2024);
    expect(anniversarySeries({ year: null, month: 2, day: 29 }).start.year).toBe(1972);
  });

  it('rejects a day that no year has', () => {
    expect(() => anniversarySeries({ year: 1924, month: 2, day: 30 })).toThrow(RangeError);
  });
});

describe('renderAnniversaryCalendar', () => {
  const ics = calendar([
    anniversary(),
    anniversary({
      id: 8,
      url: 'https://almanac.example/events/leap-day-event',
      title: 'A leap-day event',
      month: 2,
      day: 29,
      year: 1504,
      yearLabel: '1504',
    }),
    anniversary({
      id: 9,
      title: 'Assassination of Julius Caesar',
      month: 3,
      day: 15,
      year: -44,
      yearLabel: '44 BCE',
    }),
  ]);
  const [uk, leap, caesar] = vevents(ics) as [
    Map<string, string>,
    Map<string, string>,
    Map<string, string>,
  ];

  it('ends every line with CRLF and folds none longer than 75 octets', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    }
  });

  it('folds long multi-byte text without losing a character', () => {
    const title = 'Ceremonia de investidura — «Presidente» Ñandú '.repeat(4).trim();
    const long = calendar([anniversary({ title, summary: 'é'.repeat(120) })]);
    expect(long.split('\r\n').some((l) => l.startsWith(' '))).toBe(true);
    for (const line of long.split('\r\n'))
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const [event] = vevents(long);
    // The entry's name is the short title; its description carries the whole one.
    expect(event!.get('SUMMARY')).toBe(`${shortTitle(title)} (1924)`);
    expect(shortTitle(title)).not.toBe(title);
    expect(event!.get('DESCRIPTION')).toContain(`${title}. ${'é'.repeat(120)}`);
  });

  it('names an entry by its short title and gives the whole sentence in its description', () => {
    const sentence =
      'A storm floods the lower town of a river port and carries away two of its bridges and most of the harbour walls in one night';
    const [event] = vevents(calendar([anniversary({ title: sentence, summary: '' })]));
    expect(event!.get('SUMMARY')).toBe(
      'A storm floods the lower town of a river port and carries away two of its bridges… (1924)',
    );
    expect(event!.get('DESCRIPTION')).toContain(`On this day in 1924: ${sentence}`);
  });

  it('writes all-day, yearly, transparent events with stable UIDs and DTSTAMP', () => {
    expect(uk.get('UID')).toBe('event-7@almanac.example');
    expect(uk.get('DTSTART;VALUE=DATE')).toBe('19700201');
    expect(uk.get('DTEND;VALUE=DATE')).toBe('19700202');
    expect(uk.get('RRULE')).toBe('FREQ=YEARLY');
    expect(uk.get('TRANSP')).toBe('TRANSPARENT');
    expect(uk.get('DTSTAMP')).toBe('20260115T080000Z');
    expect(uk.get('URL;VALUE=URI')).toBe('https://almanac.example/events/uk-recognises-ussr');
    // The same input gives the same bytes: caches and ETags can rely on it.
    expect(
      calendar([
        anniversary(),
        anniversary({
          id: 8,
          month: 2,
          day: 29,
          year: 1504,
          yearLabel: '1504',
          title: 'A leap-day event',
          url: 'https://almanac.example/events/leap-day-event',
        }),
        anniversary({
          id: 9,
          title: 'Assassination of Julius Caesar',
          month: 3,
          day: 15,
          year: -44,
          yearLabel: '44 BCE',
        }),
      ]),
    ).toBe(ics);
  });

  it('marks 29 February on the last day of February every year', () => {
    expect(leap.get('DTSTART;VALUE=DATE')).toBe('19720229');
    expect(leap.get('DTEND;VALUE=DATE')).toBe('19720301');
    expect(leap.get('RRULE')).toBe('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1');
  });

  it('names the year in the summary, BCE included, and escapes TEXT values', () => {
    expect(caesar.get('SUMMARY')).toBe('Assassination of Julius Caesar (44 BCE)');
    expect(caesar.get('DTSTART;VALUE=DATE')).toBe('19700315');
    expect(uk.get('DESCRIPTION')).toBe(
      'On this day in 1924: Britain became the first major Western power to do so.\\n\\nhttps://almanac.example/events/uk-recognises-ussr',
    );
    expect(uk.get('CATEGORIES')).toBe('Politics & Government');
    const lines = unfold(ics);
    expect(lines).toContain('X-WR-CALNAME:Politics & Government anniversaries\\, Almanac');
    expect(lines).toContain('X-WR-CALDESC:Every year\\; one line\\nand the next');
  });

  it('escapes commas, semicolons and backslashes in event text', () => {
    const [event] = vevents(
      calendar([anniversary({ title: 'Treaty of A, B; C \\ D', yearLabel: null, year: null })]),
    );
    expect(event!.get('SUMMARY')).toBe('Treaty of A\\, B\\; C \\\\ D');
  });
});
