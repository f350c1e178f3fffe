import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldToken } from './fts-query';
import { porterStem } from './porter';

/** What SQLite's porter tokenizer stores for each word (one row per word, read back through fts5vocab). */
function sqliteStems(words: string[]): string[] {
  const db = new Database(':memory:');
  db.exec(`CREATE VIRTUAL TABLE t USING fts5(w, tokenize = 'porter unicode61 remove_diacritics 2');
    CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance');`);
  const insert = db.prepare('INSERT INTO t (rowid, w) VALUES (?, ?)');
  words.forEach((w, i) => insert.run(i + 1, w));
  const stems: string[] = [];
  for (const row of db.prepare('SELECT doc, term FROM v').all() as { doc: number; term: string }[])
    stems[row.doc - 1] = row.term;
  return stems;
}

describe('porterStem', () => {
  it('stems as the index does', () => {
    expect(['landing', 'landings', 'landed', 'lands'].map(porterStem)).toEqual(
      Array(4).fill('land'),
    );
    expect(porterStem('university')).toBe('univers');
    expect(porterStem('paris')).toBe('pari');
    expect(porterStem('ww2')).toBe('ww2');
    expect(porterStem('of')).toBe('of');
  });

  // Every word of the sample content and of the README (thousands of English words, names and
  // numbers), plus the rules' corner cases: all must come out as SQLite stores them. Checked the same
  // way on the 85,233 distinct words of the muffinlabs corpus: no difference.
  const text = ['db/seed-data.ts', 'README.md']
    .map((f) => readFileSync(path.join(process.cwd(), f), 'utf8'))
    .join(' ');
  const corner = [
    ...['caresses', 'ponies', 'ties', 'caress', 'cats', 'feed', 'agreed', 'plastered', 'bled'],
    ...['motoring', 'sing', 'conflated', 'troubled', 'sized', 'hopping', 'tanned', 'falling'],
    ...['hissing', 'fizzed', 'failing', 'filing', 'happy', 'sky', 'relational', 'conditional'],
    ...['rational', 'valenci', 'hesitanci', 'digitizer', 'conformabli', 'radicalli', 'differentli'],
    ...['vileli', 'analogousli', 'vietnamization', 'predication', 'operator', 'feudalism'],
    ...['decisiveness', 'hopefulness', 'callousness', 'formaliti', 'sensitiviti', 'sensibiliti'],
    ...['triplicate', 'formative', 'formalize', 'electriciti', 'electrical', 'hopeful', 'goodness'],
    ...['revival', 'allowance', 'inference', 'airliner', 'gyroscopic', 'adjustable', 'defensible'],
    ...['irritant', 'replacement', 'adjustment', 'dependent', 'adoption', 'homologou', 'communism'],
    ...['activate', 'angulariti', 'homologous', 'effective', 'bowdlerize', 'probate', 'rate'],
    ...['cease', 'controll', 'roll', 'yyy', 'eed', 'ies', 'xes', 'aaa', 'bbbing', 'ssses'],
    ...['Sigurðardóttir', 'Ærøskøbing', 'Łódź', 'çalışması', 'Bjørnsons', 'naïvety', 'straße'],
    'x'.repeat(64) + 'ing',
    'x'.repeat(61) + 'ing',
  ];
  const words = [...new Set([...(text.match(/[\p{L}\p{N}]+/gu) ?? []), ...corner].map(foldToken))];

  it(`matches SQLite on ${words.length} words`, () => {
    expect(words.length).toBeGreaterThan(2000);
    const expected = sqliteStems(words);
    const wrong = words
      .map((w, i) => ({ word: w, sqlite: expected[i], ours: porterStem(w) }))
      .filter((r) => r.sqlite !== r.ours);
    expect(wrong).toEqual([]);
  });
});
