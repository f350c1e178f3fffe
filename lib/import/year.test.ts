import { describe, expect, it } from 'vitest';
import { calendarForWikipediaDate, readImportYear, splitYearAndText } from './year';

describe('readImportYear', () => {
  it.each([
    ['1924', 1924, false],
    ['106 BC', -106, false],
    ['44 BCE', -44, false],
    ['AD 9', 9, false],
    ['387 BC[2]', -387, false],
    ['1685[5]', 1685, false],
    ['2013.', 2013, false],
    ['1974 \u00a0', 1974, false],
    ['1969 (or 1970)', 1969, true],
    ['1476 (or 1474)[5]', 1476, true],
    ['543 or 547', 543, true],
    ['1093/1094', 1093, true],
    ['1882 (O.S. 27 March)', 1882, false],
    // 7 May, Births #0 (Julia Maesa): born before 160, so about then.
    ['before 160', 160, true],
  ])('%j -> %d (circa %s)', (raw, year, circa) => {
    expect(readImportYear(raw)).toMatchObject({ ok: true, year, circa });
  });

  it('marks a bare Old Style note', () => {
    expect(readImportYear('1642 (OS)')).toMatchObject({ ok: true, year: 1642, oldStyle: true });
    expect(readImportYear('1882 (O.S. 27 March)')).toMatchObject({ ok: true, oldStyle: false });
  });

  it('refuses year 0 with its own reason', () => {
    expect(readImportYear('0')).toMatchObject({ ok: false, zero: true });
  });

  it.each([
    'Roger B. Chaffee, American pilot, engineer, and astronaut (b. 1935)',
    '1988 –',
    '1916\nTokelau is annexed by the United Kingdom.',
  ])('refuses a description in the year field: %j', (raw) => {
    const result = readImportYear(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toBe(`unparseable year "${raw.trim()}"`);
  });
});

describe('calendarForWikipediaDate', () => {
  it('reads dates before the Gregorian reform as Julian', () => {
    expect(calendarForWikipediaDate({ year: 481, month: 2, day: 1, oldStyle: false })).toBe(
      'julian',
    );
    expect(calendarForWikipediaDate({ year: -44, month: 3, day: 15, oldStyle: false })).toBe(
      'julian',
    );
    expect(calendarForWikipediaDate({ year: 1582, month: 10, day: 4, oldStyle: false })).toBe(
      'julian',
    );
    expect(calendarForWikipediaDate({ year: 1582, month: 10, day: 15, oldStyle: false })).toBe(
      'gregorian',
    );
    expect(calendarForWikipediaDate({ year: 1924, month: 2, day: 1, oldStyle: false })).toBe(
      'gregorian',
    );
  });

  it('follows what the text says of the date over the rule', () => {
    expect(
      calendarForWikipediaDate({ year: 1690, month: 7, day: 1, oldStyle: false, stated: 'julian' }),
    ).toBe('julian');
    expect(
      calendarForWikipediaDate({
        year: 1500,
        month: 3,
        day: 21,
        oldStyle: false,
        stated: 'gregorian',
      }),
    ).toBe('gregorian');
  });

  it('honours an Old Style mark after the reform', () => {
    expect(calendarForWikipediaDate({ year: 1642, month: 12, day: 25, oldStyle: true })).toBe(
      'julian',
    );
  });
});

describe('splitYearAndText', () => {
  // Year fields of ../shared/data/muffinlabs entries whose text is null.
  it.each([
    [
      '1993 –Eritrea gains its independence from Ethiopia.',
      '1993',
      'Eritrea gains its independence from Ethiopia.',
    ],
    [
      '1986– Neil Wagner, South African-New Zealand cricketer',
      '1986',
      'Neil Wagner, South African-New Zealand cricketer',
    ],
    [
      '30 BC– Cleopatra, Egyptian queen (b. 69 BC)',
      '30 BC',
      'Cleopatra, Egyptian queen (b. 69 BC)',
    ],
    [
      '1821: The Kingdom of Spain cedes the territory of Florida to the United States.[1]',
      '1821',
      'The Kingdom of Spain cedes the territory of Florida to the United States.[1]',
    ],
    [
      '1995 − Inori Minase, Japanese actress, voice actress and singer',
      '1995',
      'Inori Minase, Japanese actress, voice actress and singer',
    ],
    [
      '1819 –*Simón Bolívar declares the independence of Gran Colombia in Angostura (now Ciudad Bolívar in Venezuela).',
      '1819',
      'Simón Bolívar declares the independence of Gran Colombia in Angostura (now Ciudad Bolívar in Venezuela).',
    ],
  ])('%j', (raw, year, text) => {
    expect(splitYearAndText(raw)).toEqual({ year, text });
  });

  it.each([
    '1988 –',
    'Gregory Jarvis, American captain, engineer, and astronaut (b. 1944)',
    '1916\nTokelau is annexed by the United Kingdom.',
    '1093/1094',
  ])('leaves %j alone', (raw) => {
    expect(splitYearAndText(raw)).toBeNull();
  });
});
