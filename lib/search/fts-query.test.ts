import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { buildFtsQuery } from './fts-query';

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
    "CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')",
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
  ])('FTS5 accepts the query built from %j', (input) => {
    const q = buildFtsQuery(input);
    if (q) expect(() => search.get(q.match)).not.toThrow();
  });

  it('ranks the whole word above words it begins', () => {
    const db = new Database(':memory:');
    db.exec(
      "CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')",
    );
    const insert = db.prepare('INSERT INTO t (rowid, body) VALUES (?, ?)');
    insert.run(1, 'Neil Parish');
    insert.run(2, 'François Parisien');
    insert.run(3, 'The Paris Commune is formally established in Paris');
    const ranked = db.prepare('SELECT rowid AS id FROM t WHERE t MATCH ? ORDER BY bm25(t)');
    const ids = (ranked.all(buildFtsQuery('paris')!.match) as { id: number }[]).map((r) => r.id);
    // The longer text ranks first only because it holds the whole word; the others are still found.
    expect(ids[0]).toBe(3);
    expect([...ids].sort()).toEqual([1, 2, 3]);
  });

  it('finds a half-typed word', () => {
    expect(search.get(buildFtsQuery('mussol')!.match)).toEqual({ n: 1 });
    expect(search.get(buildFtsQuery('((soviet "union')!.match)).toEqual({ n: 1 });
  });
});
