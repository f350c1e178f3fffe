import { describe, expect, it } from 'vitest';
import {
  centuryLabel,
  centurySlug,
  centuryYearRange,
  indexViewPath,
  parseCenturySlug,
  parseIndexPath,
  parsePageSegment,
  sitePaths,
} from './site-urls';

describe('century slugs', () => {
  it('round-trips CE and BCE centuries with the right ordinal', () => {
    for (const c of [1, 2, 3, 4, 11, 12, 13, 20, 21, 22, 101 - 1, -1, -2, -3, -11, -21]) {
      expect(parseCenturySlug(centurySlug(c))).toBe(c);
    }
    expect(centurySlug(20)).toBe('20th-century');
    expect(centurySlug(21)).toBe('21st-century');
    expect(centurySlug(-1)).toBe('1st-century-bce');
    expect(centuryLabel(-3)).toBe('3rd century BCE');
  });

  it('rejects junk, century 0 and wrong ordinals', () => {
    for (const s of [
      '20st-century',
      '0th-century',
      'century',
      '20th-century-ad',
      '20th-Century',
      '1st-century-bc',
    ]) {
      expect(parseCenturySlug(s)).toBeNull();
    }
  });

  it('gives the historical year range, with no year 0', () => {
    expect(centuryYearRange(20)).toEqual({ from: 1901, to: 2000 });
    expect(centuryYearRange(1)).toEqual({ from: 1, to: 100 });
    expect(centuryYearRange(-1)).toEqual({ from: -100, to: -1 });
    expect(centuryYearRange(-5)).toEqual({ from: -500, to: -401 });
  });
});

describe('page segments and paths', () => {
  it('accepts only canonical page numbers from 2 up', () => {
    expect(parsePageSegment('2')).toBe(2);
    expect(parsePageSegment('1')).toBeNull();
    expect(parsePageSegment('02')).toBeNull();
    expect(parsePageSegment('x')).toBeNull();
  });

  it('builds public paths', () => {
    expect(sitePaths.day(2, 29)).toBe('/days/february-29');
    expect(sitePaths.dayKind(2, 1, 'births')).toBe('/days/february-1/births');
    expect(sitePaths.year(-44)).toBe('/years/44-bce');
    expect(sitePaths.event('x')).toBe('/events/x');
  });
});

describe('index pages', () => {
  it('reads the paths the index pages answer, and writes them back the same', () => {
    const cases: [string[], string][] = [
      [['events'], '/events'],
      [['events', 'page', '2'], '/events/page/2'],
      [['people'], '/people'],
      [['people', 'a-z', 'j'], '/people/a-z/j'],
      [['people', 'a-z', 'j', '3'], '/people/a-z/j/3'],
      [['people', 'a-z', '0-9'], '/people/a-z/0-9'],
      [['years'], '/years'],
      [['years', '20th-century'], '/years/20th-century'],
      [['years', '1st-century-bce'], '/years/1st-century-bce'],
    ];
    for (const [segments, path] of cases) {
      const view = parseIndexPath(segments);
      expect(view, path).not.toBeNull();
      expect(indexViewPath(view!)).toBe(path);
    }
  });

  it('answers nothing (404) for any other path, page 1 spelled out included', () => {
    for (const segments of [
      [],
      ['browse'],
      ['events', 'page'],
      ['events', 'page', '1'],
      ['events', 'page', '02'],
      ['events', '2'],
      ['people', 'j'],
      ['people', 'a-z'],
      ['people', 'a-z', 'J'],
      ['people', 'a-z', 'ab'],
      ['people', 'a-z', 'j', '1'],
      ['people', 'a-z', 'j', '2', 'x'],
      ['years', '1924'],
      ['years', '20st-century'],
      ['years', '20th-century', '2'],
    ]) {
      expect(parseIndexPath(segments), segments.join('/')).toBeNull();
    }
  });
});
