import { describe, expect, it } from 'vitest';
import { parseYearSlug, slugify, uniqueSlug, yearSlug } from './slugs';

describe('slugify', () => {
  it.each([
    ['Restoration of UK–Soviet Diplomatic Relations', 'restoration-of-uk-soviet-diplomatic-relations'],
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
  it.each(['0', '0-bce', 'abc', '', '12-xyz'])('rejects %s', (s) => expect(parseYearSlug(s)).toBeNull());
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
