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
 * Old Style date in passing, so the day of the page is the New Style one.
 */
export function readImportYear(raw: string): ImportYear {
  let s = cleanText(raw).replace(/\.$/, '').trim();
  const oldStyle = /\((?:O\.?\s?S\.?)\)\s*$/i.test(s);
  s = s.replace(/^(\d{1,4})\s*\/\s*(\d{1,4})(\s*(?:BCE?|AD|CE))?$/i, '$1$3 or $2$3');
  const uncertain = /\bor\b/i.test(s);
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
 * calendar, as recorded at the time; later ones in the Gregorian unless marked Old Style.
 */
export function calendarForWikipediaDate(o: {
  year: number;
  month: number;
  day: number;
  oldStyle: boolean;
}): 'gregorian' | 'julian' {
  if (o.oldStyle) return 'julian';
  if (o.year < 1582) return 'julian';
  if (o.year === 1582 && (o.month < 10 || (o.month === 10 && o.day < 15))) return 'julian';
  return 'gregorian';
}
