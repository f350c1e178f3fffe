import { describe, expect, it } from 'vitest';
import {
  isValidSlug,
  SLUG_MAX_LENGTH,
  slugCandidates,
  parseYearSlug,
  slugify,
  slugProblem,
  slugWithSuffix,
  uniqueSlug,
  yearSlug,
} from './slugs';

describe('slugify', () => {
  it.each([
    [
      'Restoration of UK–Soviet Diplomatic Relations',
      'restoration-of-uk-soviet-diplomatic-relations',
    ],
    ['Álvaro Obregón', 'alvaro-obregon'],
    ['Jóhanna Sigurðardóttir', 'johanna-sigurdardottir'],
    ['  Hello,   World!  ', 'hello-world'],
    ['!!!', ''],
  ])('%s -> %s', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it('cuts long text at a word boundary', () => {
    const slug = slugify('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug.split('-').every((w) => w === 'word')).toBe(true);
  });
});

describe('year slugs', () => {
  it.each([
    [1924, '1924'],
    [-44, '44-bce'],
    [9, '9'],
  ])('%i <-> %s', (year, slug) => {
    expect(yearSlug(year)).toBe(slug);
    expect(parseYearSlug(slug)).toBe(year);
  });
  it.each(['0', '0-bce', 'abc', '', '12-xyz'])('rejects %s', (s) =>
    expect(parseYearSlug(s)).toBeNull(),
  );
  it('accepts BC and AD spellings', () => {
    expect(parseYearSlug('44-bc')).toBe(-44);
    expect(parseYearSlug('ad-9')).toBe(9);
  });
});

describe('uniqueSlug', () => {
  it('appends the first free counter', () => {
    const taken = new Set(['a', 'a-2']);
    expect(uniqueSlug('a', (s) => taken.has(s))).toBe('a-3');
    expect(uniqueSlug('b', (s) => taken.has(s))).toBe('b');
    expect(uniqueSlug('', () => false)).toBe('untitled');
  });
});

describe('the slug rule', () => {
  it('is at most 80 characters of lower-case words and single hyphens', () => {
    expect(slugProblem('uk-recognises-ussr')).toBeNull();
    expect(slugProblem('a'.repeat(80))).toBeNull();
    expect(slugProblem('a'.repeat(81))).toBe('A slug has at most 80 characters');
    for (const bad of ['Upper', 'two--hyphens', '-edge', 'edge-', 'sp ace', 'ü', ''])
      expect(isValidSlug(bad), bad).toBe(false);
  });

  it('keeps a year suffix within the limit, cutting the text at a word', () => {
    const title =
      'Vandal king Huneric organises a conference between Catholic and Arian bishops at Carthage';
    const slug = slugWithSuffix(title, '481');
    expect(slug).toBe('vandal-king-huneric-organises-a-conference-between-catholic-and-arian-481');
    expect(isValidSlug(slug)).toBe(true);
    expect(slugWithSuffix('Caesar', yearSlug(-44))).toBe('caesar-44-bce');
    expect(slugWithSuffix('!!!', '1924')).toBe('1924');
  });

  it('keeps a counter within the limit too', () => {
    const base = slugify('word '.repeat(40));
    const slug = uniqueSlug(base, (s) => s === base);
    expect(slug).toMatch(/^(word-)+2$/);
    expect(isValidSlug(slug)).toBe(true);
    // A base longer than the rule (an old slug) comes back within it.
    expect(isValidSlug(uniqueSlug('a-'.repeat(60) + 'b', () => false))).toBe(true);
  });
});

describe('slugCandidates', () => {
  it('offers the base, then numbered variants within the length limit', () => {
    const next = slugCandidates('Battle of Hastings');
    expect([next.next().value, next.next().value, next.next().value]).toEqual([
      'battle-of-hastings',
      'battle-of-hastings-2',
      'battle-of-hastings-3',
    ]);
    const long = slugCandidates('word '.repeat(40));
    long.next();
    expect(long.next().value.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
  });
});
