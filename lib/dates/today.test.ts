import { describe, expect, it } from 'vitest';
import { gregorianToday, isValidTimeZone } from './today';

describe('gregorianToday', () => {
  it.each<[string, string, [number, number, number]]>([
    // 12:00 UTC on 14 March is already 01:00 on 15 March in Auckland (NZDT, UTC+13).
    ['2025-03-14T12:00:00Z', 'UTC', [2025, 3, 14]],
    ['2025-03-14T12:00:00Z', 'Pacific/Auckland', [2025, 3, 15]],
    ['2025-03-14T12:00:00Z', 'America/Los_Angeles', [2025, 3, 14]],
    ['2025-01-01T02:00:00Z', 'America/New_York', [2024, 12, 31]],
    ['2025-01-01T02:00:00Z', 'Europe/London', [2025, 1, 1]],
    ['2024-02-29T23:30:00Z', 'Asia/Kolkata', [2024, 3, 1]],
    ['2024-02-29T23:30:00Z', 'Etc/UTC', [2024, 2, 29]],
  ])('%s in %s is %j', (instant, zone, [year, month, day]) => {
    expect(gregorianToday(zone, new Date(instant))).toEqual({ year, month, day });
  });

  it('gives different dates for the same instant in Auckland and UTC', () => {
    const now = new Date('2025-06-30T20:00:00Z');
    expect(gregorianToday('Pacific/Auckland', now)).toEqual({ year: 2025, month: 7, day: 1 });
    expect(gregorianToday('UTC', now)).toEqual({ year: 2025, month: 6, day: 30 });
  });

  it('defaults to the current instant', () => {
    const utcDate = (d: Date) => ({
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
    });
    const before = utcDate(new Date());
    const today = gregorianToday('UTC');
    const after = utcDate(new Date());
    expect([before, after]).toContainEqual(today);
  });

  it.each(['Mars/Olympus_Mons', '', 'not a zone'])('throws RangeError for %j', (zone) => {
    expect(() => gregorianToday(zone, new Date('2025-03-14T12:00:00Z'))).toThrow(RangeError);
  });
});

describe('isValidTimeZone', () => {
  it.each<[string, boolean]>([
    ['UTC', true],
    ['Europe/London', true],
    ['Pacific/Auckland', true],
    ['America/Argentina/Buenos_Aires', true],
    ['Mars/Olympus_Mons', false],
    ['', false],
    ['   ', false],
    ['Europe/Lodnon', false],
  ])('%j -> %s', (zone, expected) => {
    expect(isValidTimeZone(zone)).toBe(expected);
  });
});
