import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { buildFtsQuery, shorterStems } from './fts-query';

/** A table tokenized as events_fts is (drizzle/0011_search_stemming.sql). */
function index(rows: string[]) {
  const db = new Database(':memory:');
  db.exec(
    "CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3')",
  );
  const insert = db.prepare('INSERT INTO t (rowid, body) VALUES (?, ?)');
  rows.forEach((body, i) => insert.run(i + 1, body));
  const ranked = db.prepare('SELECT rowid AS id FROM t WHERE t MATCH ? ORDER BY bm25(t), rowid');
  return (q: string) =>
    (ranked.all(buildFtsQuery(q)!.match) as { id: number }[]).map((r) => rows[r.id - 1]);
}

describe('buildFtsQuery', () => {
  it('quotes words and lets the last one be the word or a prefix of one', () => {
    expect(buildFtsQuery('Benito mussol')?.match).toBe('"benito" AND ("mussol" OR "mussol"*)');
    expect(buildFtsQuery('Benito mussol', { prefixLastTerm: false })?.match).toBe(
      '"benito" AND "mussol"',
    );
  });

  it.each(['', '   ', '***', '""', '()', '-', '😀'])(
    'returns null for input with no words: %j',
    (input) => {
      expect(buildFtsQuery(input)).toBeNull();
    },
  );

  it('keeps letters with diacritics and digits', () => {
    expect(buildFtsQuery('Jóhanna 2009', { prefixLastTerm: false })?.terms).toEqual([
      'jóhanna',
      '2009',
    ]);
  });

  it('bounds the number and length of terms', () => {
    const q = buildFtsQuery(`${'x'.repeat(100)} ${'word '.repeat(50)}`);
    expect(q?.terms.length).toBe(12);
    expect(q?.terms[0]?.length).toBe(40);
  });

  // The real check: every hostile input yields an expression FTS5 accepts.
  const sqlite = new Database(':memory:');
  sqlite.exec(
    "CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3')",
  );
  sqlite
    .prepare('INSERT INTO t (body) VALUES (?)')
    .run('Benito Mussolini recognises the Soviet Union');
  const search = sqlite.prepare('SELECT count(*) AS n FROM t WHERE t MATCH ?');

  it.each([
    'mussol',
    '"unbalanced',
    'soviet AND OR NOT',
    'NEAR(soviet union, 2)',
    '((((',
    'body:soviet',
    '-soviet',
    "'; DROP TABLE t; --",
    'soviet 🚀 union',
    'a'.repeat(10_000),
    'x '.repeat(5_000),
    '^soviet',
    '+union*',
    'ww2 9/11 moon landing us',
    'universit',
  ])('FTS5 accepts the query built from %j', (input) => {
    const q = buildFtsQuery(input);
    if (q) expect(() => search.get(q.match)).not.toThrow();
  });

  it('ranks the whole word above words it begins', () => {
    const find = index([
      'Neil Parish',
      'François Parisien',
      'The Paris Commune is formally established in Paris',
    ]);
    // The longer text ranks first only because it holds the whole word; the others are still found.
    expect(find('paris')).toEqual([
      'The Paris Commune is formally established in Paris',
      'Neil Parish',
      'François Parisien',
    ]);
  });

  it('finds a half-typed word', () => {
    expect(search.get(buildFtsQuery('mussol')!.match)).toEqual({ n: 1 });
    expect(search.get(buildFtsQuery('((soviet "union')!.match)).toEqual({ n: 1 });
  });
});

describe('stemming', () => {
  const find = index([
    'Apollo 11 landings on the Moon',
    'The Eagle has landed',
    'A landing craft sinks',
    'A landscape by Turner',
    'Oxford University is founded',
    'The first universities of Europe',
    'A generation of poets',
  ]);

  it('finds the other forms of a word, not other words that begin like it', () => {
    expect(find('landing').sort()).toEqual([
      'A landing craft sinks',
      'Apollo 11 landings on the Moon',
      'The Eagle has landed',
    ]);
    expect(find('universities').sort()).toEqual([
      'Oxford University is founded',
      'The first universities of Europe',
    ]);
  });

  it('finds what a half-typed word is heading for, though its stem is shorter than what was typed', () => {
    expect(find('universit')).toHaveLength(2);
    expect(find('landin')).toHaveLength(3);
    expect(find('generat')).toEqual(['A generation of poets']);
    expect(find('lands')).toHaveLength(4); // a final "s" may still be a beginning: landscape
  });

  it('looks for a shorter stem only after letters that begin a suffix the stemmer removes', () => {
    expect(shorterStems('universit')).toEqual([{ stem: 'univers', word: 'university' }]);
    expect(shorterStems('runni').map((s) => s.stem)).toEqual(['run']);
    expect(shorterStems('mussol')).toEqual([]);
  });
});

describe('aliases', () => {
  const find = index([
    'World War II ends in Europe',
    'The Second World War begins',
    'A war in the old world',
    'The United States declares war',
    'US troops land',
    'Hijackers crash planes in the September 11 attacks',
    'Apollo 11 lands on the Moon',
    'Luna 9 makes the first soft moon landing',
    'On 9 November, 11 ships sail',
  ]);

  it('searches what an abbreviation stands for, as a phrase', () => {
    expect(find('ww2').sort()).toEqual([
      'The Second World War begins',
      'World War II ends in Europe',
    ]);
    expect(find('WWII')).toHaveLength(2);
    expect(find('world war 2')).toHaveLength(2);
  });

  it('reads 9/11 as the attacks, not as any text with a 9 and an 11', () => {
    expect(find('9/11')).toEqual(['Hijackers crash planes in the September 11 attacks']);
  });

  it('searches the subject and the words typed', () => {
    expect(find('moon landing').sort()).toEqual([
      'Apollo 11 lands on the Moon',
      'Luna 9 makes the first soft moon landing',
    ]);
    expect(find('us').sort()).toEqual(['The United States declares war', 'US troops land']);
    // Other forms do not search the short one, which is also a word ("join us").
    expect(find('usa')).toEqual(['The United States declares war']);
    expect(find('united states')).toEqual(['The United States declares war']);
  });

  it('names the aliases it found, for finding their subjects', () => {
    expect(buildFtsQuery('ww2 in paris')?.aliases.map((a) => a.name)).toEqual(['World War II']);
    expect(buildFtsQuery('moon landings')?.aliases.map((a) => a.name)).toEqual(['Apollo 11']);
    expect(buildFtsQuery('paris')?.aliases).toEqual([]);
  });
});
