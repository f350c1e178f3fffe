import { parseYear } from '@/lib/dates';
import { cleanText } from './text';

export type ImportYear =
  | { ok: true; year: number; circa: boolean; oldStyle: boolean }
  | { ok: false; zero: boolean; reason: string };

/**
 * Reads a year as the scraped data writes it. Before handing it to parseYear, removes what is
 * noise here: citation markers ("1685[5]"), non-breaking spaces, a trailing full stop ("2013."),
 * and reads "1093/1094" like "1093 or 1094". Two candidate years make the date circa.
 * "(OS)" / "(O.S.)" alone marks the day as Old Style (Julian); "(O.S. 27 March)" gives the
 * Old Style date in passing, so the day of the page is the New Style one. "before 160" is circa 160.
 */
export function readImportYear(raw: string): ImportYear {
  let s = cleanText(raw).replace(/\.$/, '').trim();
  const oldStyle = /\((?:O\.?\s?S\.?)\)\s*$/i.test(s);
  s = s.replace(/^(\d{1,4})\s*\/\s*(\d{1,4})(\s*(?:BCE?|AD|CE))?$/i, '$1$3 or $2$3');
  const before = /^before\s+(?=\d)/i.exec(s);
  if (before) s = s.slice(before[0].length);
  const uncertain = /\bor\b/i.test(s) || before !== null;
  const parsed = parseYear(s);
  if (!parsed.ok) {
    const zero = /^0+\s*(?:AD|CE|BCE?)?$/i.test(s) || /^(?:AD|CE)\s*0+$/i.test(s);
    return {
      ok: false,
      zero,
      reason: zero
        ? 'year 0 does not exist (1 BCE is followed by 1 CE)'
        : `unparseable year "${raw.trim()}"`,
    };
  }
  return { ok: true, year: parsed.year, circa: parsed.circa || uncertain, oldStyle };
}

/**
 * Wikipedia's date pages give dates before the Gregorian reform (15 October 1582) in the Julian
 * calendar, as recorded at the time; later ones in the Gregorian unless marked Old Style. What the
 * entry says of its own date comes first: "(Julian calendar date)" in 1918, "proleptic Gregorian"
 * before 1582.
 */
export function calendarForWikipediaDate(o: {
  year: number;
  month: number;
  day: number;
  oldStyle: boolean;
  /** What the entry's text says of its date's calendar (lib/import/date-notes.ts), if anything. */
  stated?: 'gregorian' | 'julian';
}): 'gregorian' | 'julian' {
  if (o.oldStyle) return 'julian';
  if (o.stated) return o.stated;
  if (o.year < 1582) return 'julian';
  if (o.year === 1582 && (o.month < 10 || (o.month === 10 && o.day < 15))) return 'julian';
  return 'gregorian';
}

/**
 * An entry whose year field holds its whole line and whose text is null: "1993 –Eritrea gains its
 * independence from Ethiopia.", "30 BC– Cleopatra, Egyptian queen (b. 69 BC)", "1821: The Kingdom
 * of Spain cedes …", "1819 –*Simón Bolívar …". Null when the field is a year alone ("1988 –") or
 * not a year followed by a dash or colon and words.
 */
export function splitYearAndText(raw: string): { year: string; text: string } | null {
  const m =
    /^\s*(\d{1,4}(?:\s*(?:BCE?|AD|CE))?)[\s\u00a0]*[–—−:-][\s\u00a0]*\*?\s*([^\d\s][\s\S]*)$/i.exec(
      raw,
    );
  return m?.[1] && m[2] ? { year: m[1], text: m[2] } : null;
}
