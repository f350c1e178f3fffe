import { describe, expect, it } from 'vitest';
import {
  checkYearRange,
  parseApiDay,
  parseApiYear,
  parseQuery,
  scopeQuerySchema,
  searchQuerySchema,
} from './v1-params';

describe('parseApiYear', () => {
  it('reads CE and BCE years in the forms the site and people use', () => {
    const cases: [string, number][] = [
      ['1924', 1924],
      ['9', 9],
      ['-44', -44],
      ['44-bce', -44],
      ['44 BCE', -44],
      ['44bc', -44],
      ['ad-9', 9],
      ['AD 9', 9],
      ['1 ce', 1],
    ];
    for (const [text, year] of cases)
      expect({ text, r: parseApiYear(text) }).toEqual({ text, r: { ok: true, year } });
  });

  it('refuses year 0, circa and anything that is not a year, saying why', () => {
    expect(parseApiYear('0')).toEqual({
      ok: false,
      reason: 'there is no year 0: 1 BCE is followed by 1 CE',
    });
    expect(parseApiYear('0-bce')).toMatchObject({ ok: false, reason: /no year 0/ });
    for (const text of ['c. 1500', '1500?', '1969 or 1970', 'nineteen', '', '1e3', '--4']) {
      expect({ text, ok: parseApiYear(text).ok }).toEqual({ text, ok: false });
    }
    expect(parseApiYear('99999')).toMatchObject({ ok: false, reason: /outside/ });
  });
});

describe('parseApiDay', () => {
  it('reads MM-DD and day names, 29 February included', () => {
    expect(parseApiDay('02-01')).toEqual({ ok: true, value: { month: 2, day: 1 } });
    expect(parseApiDay('2-29')).toEqual({ ok: true, value: { month: 2, day: 29 } });
    expect(parseApiDay('february-1')).toEqual({ ok: true, value: { month: 2, day: 1 } });
  });

  it('answers 400 for a malformed day and 404 for a day no year has', () => {
    expect(parseApiDay('00-10')).toMatchObject({ ok: false, status: 400 });
    expect(parseApiDay('2024-02-01')).toMatchObject({ ok: false, status: 400 });
    expect(parseApiDay('04-31')).toMatchObject({ ok: false, status: 404 });
    expect(parseApiDay('02-30')).toMatchObject({ ok: false, status: 404 });
  });
});

describe('parseQuery', () => {
  const q = (s: string) => parseQuery(new URLSearchParams(s), scopeQuerySchema);

  it('reads limits, orders, kinds and years; ignores unknown and empty parameters', () => {
    expect(q('limit=10&order=oldest&kind=birth&from=44-bce&to=1924&utm_source=x&cursor=')).toEqual({
      ok: true,
      value: { limit: 10, order: 'oldest', kind: 'birth', from: -44, to: 1924 },
    });
    expect(q('limit=5&limit=500')).toEqual({ ok: true, value: { limit: 5 } });
  });

  it('names every bad parameter in one message', () => {
    expect(q('limit=-1&order=up&from=circa%201500')).toEqual({
      ok: false,
      status: 400,
      error:
        'limit must be a whole number from 1 to 200; order must be one of newest, oldest; from must be a year like 1924, -44 or 44-bce: "circa 1500" is not a year',
    });
    expect(parseQuery(new URLSearchParams('category=Politics%20%26'), searchQuerySchema)).toEqual({
      ok: false,
      status: 400,
      error: 'category must be a slug such as politics-government',
    });
  });

  it('checks year ranges', () => {
    expect(checkYearRange(-44, 1924)).toBeNull();
    expect(checkYearRange(1924, -44)).toBe(
      'from (1924) is after to (-44): give the earlier year as from',
    );
    expect(checkYearRange(undefined, -44)).toBeNull();
  });
});
