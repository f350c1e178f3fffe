import { describe, expect, it } from 'vitest';
import { parseSearchParams, searchHref } from './search-params';

describe('parseSearchParams', () => {
  it('reads words, filters, a BCE year range and the page', () => {
    const { query, notes } = parseSearchParams({
      q: '  Julius   Caesar ',
      category: 'politics',
      kind: 'death',
      tag: 'roman-republic',
      from: '100 BCE',
      to: '-1',
      page: '3',
    });
    expect(notes).toEqual([]);
    expect(query).toEqual({
      q: 'Julius Caesar',
      category: 'politics',
      kind: 'death',
      tag: 'roman-republic',
      yearFrom: -100,
      yearTo: -1,
      sort: 'relevance',
      page: 3,
    });
  });

  it('drops what makes no sense and says why, instead of failing', () => {
    const { query, notes } = parseSearchParams({
      q: ['first', 'second'],
      category: '../etc',
      kind: 'wedding',
      from: 'yesterday',
      to: '0',
      page: '-2',
      sort: 'random',
    });
    expect(query).toEqual({ q: 'first', sort: 'relevance', page: 1 });
    expect(notes).toHaveLength(2);
    expect(notes[0]).toContain('From year "yesterday"');
    expect(notes[1]).toContain('To year "0"');
  });

  it('swaps a reversed year range and says so', () => {
    const { query, notes } = parseSearchParams({ from: '1945', to: '1914' });
    expect([query.yearFrom, query.yearTo]).toEqual([1914, 1945]);
    expect(notes[0]).toMatch(/wrong way round.*1914 to 1945/);
  });

  it('orders filter-only listings newest first', () => {
    expect(parseSearchParams({ kind: 'birth' }).query.sort).toBe('newest');
  });

  it('strips control characters and bounds the length of the words', () => {
    const { query } = parseSearchParams({ q: `a\u0000b\u0002c ${'x'.repeat(20_000)}` });
    expect(query.q.startsWith('a b c x')).toBe(true);
    expect(query.q.length).toBe(500);
  });
});

describe('searchHref', () => {
  it('leaves defaults out and writes BCE years as readers do', () => {
    expect(searchHref({ q: 'rome', sort: 'relevance', page: 1 })).toBe('/search?q=rome');
    expect(searchHref({ q: 'rome', yearFrom: -44, yearTo: 14, page: 2 })).toBe(
      '/search?q=rome&from=44+BCE&to=14&page=2',
    );
    expect(searchHref({})).toBe('/search');
  });

  it('round-trips through parseSearchParams', () => {
    const href = searchHref({ q: 'a & b', kind: 'event', yearFrom: -500, sort: 'oldest', page: 4 });
    const params = Object.fromEntries(new URL(href, 'http://x').searchParams);
    expect(parseSearchParams(params).query).toEqual({
      q: 'a & b',
      kind: 'event',
      yearFrom: -500,
      sort: 'oldest',
      page: 4,
    });
  });
});
