import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { parseSearchParams } from '@/lib/search/search-params';
import { people } from '../schema';
import { searchEvents, SEARCH_PAGE_SIZE } from './search';
import { syncSearchIndex } from './search-index';
import { insertCategory, insertEvent, type FixtureEvent } from './test-fixtures';

/*
 * Ranking with the knowledge graph: notability (set here directly, as db/queries/notability.ts
 * will) lifts better-known entries, and the person or topic a query names has its own entries
 * first, before namesakes; the panel lists who and what the query names.
 */

const search = (q: string, extra: Record<string, string> = {}) =>
  searchEvents(parseSearchParams({ q, ...extra }).query);
const titles = (q: string, extra: Record<string, string> = {}) =>
  search(q, extra).hits.map((h) => h.title);

let category: number;
const event = (title: string, values: Partial<FixtureEvent> & { notability?: number } = {}) => {
  const { notability = 0, ...rest } = values;
  const { id } = insertEvent({ categoryId: category, title, summary: '', year: 1900, ...rest });
  db.run(sql`UPDATE events SET notability = ${notability} WHERE id = ${id}`);
  return id;
};
const person = (
  name: string,
  notability: number,
  extra: Partial<typeof people.$inferInsert> = {},
) =>
  db
    .insert(people)
    .values({ slug: name.toLowerCase().replace(/\W+/g, '-'), name, notability, ...extra })
    .returning({ id: people.id })
    .get().id;
const topic = (name: string, notability: number, description = '') =>
  db.run(
    sql`UPDATE tags SET kind = 'topic', notability = ${notability}, description = ${description} WHERE name = ${name}`,
  );
/** An article the entry links that is none of its people or topics (event_articles, as imported). */
const linkArticle = (eventId: number, title: string, anchor: string) => {
  db.run(sql`INSERT INTO event_articles (event_id, position, url, title, anchor, applied)
    VALUES (${eventId}, 9, ${`https://en.wikipedia.org/wiki/${title.replace(/ /g, '_')}`}, ${title}, ${anchor}, 0)`);
  db.transaction((tx) => syncSearchIndex(tx, [eventId]), { behavior: 'immediate' });
};
const subject = (personId: number) => [{ personId, name: null, role: 'subject' }];
const mentioned = (personId: number) => [{ personId, name: null, role: 'mentioned' }];

beforeAll(() => {
  category = insertCategory({ slug: 'history', name: 'History' });

  const albert = person('Albert Einstein', 40, {
    description: 'German-born theoretical physicist',
    birthYear: 1879,
    deathYear: 1955,
  });
  const alfred = person('Alfred Einstein', 2, { description: 'German-American musicologist' });
  const hilton = person('Paris Hilton', 10);
  // Namesakes first, so that insertion order cannot make the test pass.
  event('Einstein Tower observatory is completed', { year: 1921 });
  event('Alfred Einstein', { kind: 'birth', year: 1880, people: subject(alfred), notability: 1 });
  event('A physicist publishes the theory of special relativity', {
    year: 1905,
    summary: 'The paper on the electrodynamics of moving bodies appears in Annalen der Physik.',
    people: mentioned(albert),
    notability: 12,
  });
  event('Albert Einstein', { kind: 'death', year: 1955, people: subject(albert), notability: 20 });
  event('Albert Einstein', { kind: 'birth', year: 1879, people: subject(albert), notability: 20 });

  event('Paris Hilton', { kind: 'birth', year: 1981, people: subject(hilton), notability: 5 });
  event('The Eiffel Tower opens to the public', { year: 1889, tags: ['Paris'], notability: 8 });
  event('The Treaty of Paris ends the Seven Years’ War', {
    year: 1763,
    tags: ['Paris'],
    notability: 6,
  });
  topic('Paris', 50, 'Capital of France');

  event('Titanic, the film, premieres in Tokyo', { year: 1997 });
  event('The Titanic leaves Southampton on her maiden voyage', {
    year: 1912,
    tags: ['RMS Titanic'],
    notability: 5,
  });
  // A crew member's birth carries the topic too, and is better known than the sinking; the
  // sinking also links the article about it, "Sinking of the RMS Titanic" (as an import keeps it).
  const officer = person('Charles Lightoller', 30);
  event('Charles Lightoller', {
    kind: 'birth',
    year: 1874,
    summary: 'Charles Lightoller, English sailor, second officer of the Titanic (d. 1952)',
    people: subject(officer),
    tags: ['RMS Titanic'],
    notability: 30,
  });
  const sinking = event('The Titanic sinks after striking an iceberg', {
    year: 1912,
    tags: ['RMS Titanic'],
    notability: 10,
  });
  linkArticle(sinking, 'Sinking of the RMS Titanic', 'sinks');
  // An event about the sinking that does not carry the topic is about a part of it all the same.
  const inquiry = event('A Senate inquiry into the disaster opens in New York', { year: 1912 });
  linkArticle(inquiry, 'Sinking of the RMS Titanic', 'the disaster');
  topic('RMS Titanic', 20);

  event('Luna 9 makes the first soft landing on the Moon', { year: 1966, notability: 4 });
  event('Apollo 11 launches from Florida', { year: 1969, tags: ['Apollo 11'], notability: 6 });
  event('Apollo 11 lands on the Moon', { year: 1969, tags: ['Apollo 11'], notability: 30 });
  topic('Apollo 11', 30);

  event('A war memorial is unveiled', { year: 1920 });
  event('Germany invades Poland', { year: 1939, tags: ['World War II'], notability: 25 });
  event('A museum of the Second World War opens', { year: 2017 });
  topic('World War II', 60);

  // The better known first: bm25 ties, and would list the newer row first.
  event('A solar eclipse is seen in China', { year: -709, notability: 50 });
  event('A solar eclipse is seen in Greece', { year: -585 });
});

describe('ranking with notability', () => {
  it('puts the better-known of two equal matches first', () => {
    expect(titles('solar eclipse')).toEqual([
      'A solar eclipse is seen in China',
      'A solar eclipse is seen in Greece',
    ]);
  });
});

describe('entity first', () => {
  it('“einstein”: Albert Einstein’s birth, death and the entry naming him, before namesakes', () => {
    const found = search('einstein').hits.map((h) => `${h.kind} ${h.year} ${h.title}`);
    expect(found.slice(0, 3).sort()).toEqual([
      'birth 1879 Albert Einstein',
      'death 1955 Albert Einstein',
      'event 1905 A physicist publishes the theory of special relativity',
    ]);
    // His own entries (he is their subject) before those that name him.
    expect(found[2]).toBe('event 1905 A physicist publishes the theory of special relativity');
    expect(found.slice(3).sort()).toEqual([
      'birth 1880 Alfred Einstein',
      'event 1921 Einstein Tower observatory is completed',
    ]);
  });

  it('“paris”: the entries of the topic Paris before people named Paris', () => {
    const found = titles('paris');
    expect(found.slice(0, 2).sort()).toEqual([
      'The Eiffel Tower opens to the public',
      'The Treaty of Paris ends the Seven Years’ War',
    ]);
    expect(found.slice(2)).toEqual(['Paris Hilton']);
  });

  it('“titanic”: the topic RMS Titanic, its sinking first, the film last', () => {
    const found = titles('titanic');
    expect(found.slice(0, 2).sort()).toEqual([
      'A Senate inquiry into the disaster opens in New York',
      'The Titanic sinks after striking an iceberg',
    ]);
    expect(found.slice(2, 4).sort()).toEqual([
      'Charles Lightoller',
      'The Titanic leaves Southampton on her maiden voyage',
    ]);
    expect(found.slice(4)).toEqual(['Titanic, the film, premieres in Tokyo']);
    // What the linked article says is searched as well.
    expect(titles('sinking of the rms titanic').sort()).toEqual([
      'A Senate inquiry into the disaster opens in New York',
      'The Titanic sinks after striking an iceberg',
    ]);
  });

  it('“moon landing”: Apollo 11 first, other landings after', () => {
    expect(titles('moon landing')).toEqual([
      'Apollo 11 lands on the Moon',
      'Apollo 11 launches from Florida',
      'Luna 9 makes the first soft landing on the Moon',
    ]);
  });

  it('“ww2”: a World War II entry first', () => {
    expect(titles('ww2')).toEqual([
      'Germany invades Poland',
      'A museum of the Second World War opens',
    ]);
    expect(titles('world war ii')[0]).toBe('Germany invades Poland');
  });

  it('keeps filters and date order', () => {
    expect(titles('einstein', { kind: 'birth' })).toEqual(['Albert Einstein', 'Alfred Einstein']);
    expect(titles('einstein', { sort: 'oldest' })).toEqual([
      'Albert Einstein',
      'Alfred Einstein',
      'A physicist publishes the theory of special relativity',
      'Einstein Tower observatory is completed',
      'Albert Einstein',
    ]);
  });
});

describe('the people and topics panel', () => {
  it('names the person a surname stands for, with what the panel shows', () => {
    expect(search('einstein').entities).toEqual([
      {
        kind: 'person',
        slug: 'albert-einstein',
        name: 'Albert Einstein',
        description: 'German-born theoretical physicist',
        birthYear: 1879,
        deathYear: 1955,
        count: 3,
      },
    ]);
  });

  it('names topics by their name, by their last word and through aliases', () => {
    const named = (q: string) => search(q).entities.map((e) => `${e.kind} ${e.name} ${e.count}`);
    expect(named('paris')).toEqual(['topic Paris 2']);
    expect(named('Paris')[0]).toBe('topic Paris 2');
    expect(named('titanic')).toEqual(['topic RMS Titanic 3']);
    expect(named('moon landing')).toEqual(['topic Apollo 11 2']);
    expect(named('ww2')).toEqual(['topic World War II 1']);
    expect(named('second world war')).toEqual(['topic World War II 1']);
    expect(named('alfred einstein')).toEqual(['person Alfred Einstein 1']);
  });

  it('names nobody for a common word or a first name, and nothing that has no public entry', () => {
    expect(search('war').entities).toEqual([]);
    expect(search('albert').entities).toEqual([]);
    person('Nobody Einstein', 1000);
    expect(search('einstein').entities.map((e) => e.name)).toEqual(['Albert Einstein']);
  });
});

describe('many matches', () => {
  it('ranks the best by notability and pages through the rest without losing or repeating one', () => {
    // More matches than are scored one by one (search.ts, SCORE_ALL_LIMIT): the best 200 by bm25
    // are reordered by notability, the others follow by bm25 alone. The texts are alike, so bm25
    // ties and the newest rows are its best.
    const n = 2_050;
    const ids = db.transaction(
      (tx) => {
        const inserted = Array.from({ length: n }, (_, i) => {
          const title = `Comet sighting number ${i}`;
          return tx.get<{
            id: number;
          }>(sql`INSERT INTO events (slug, title, summary, year, month, day, category_id, status)
            VALUES (${`comet-${i}`}, ${title}, 'A comet is seen.', 1800, 1, 1, ${category}, 'published')
            RETURNING id`)!.id;
        });
        syncSearchIndex(tx, inserted);
        return inserted;
      },
      { behavior: 'immediate' },
    );
    const notable = (i: number) =>
      db.run(sql`UPDATE events SET notability = 90 WHERE id = ${ids[i]}`);
    notable(n - 150); // among the best 200 by bm25
    notable(0); // beyond them: not looked at
    const first = search('comet');
    expect(first.total).toBe(n);
    expect(first.hits[0]?.title).toBe(`Comet sighting number ${n - 150}`);
    expect(first.hits.map((h) => h.title)).not.toContain('Comet sighting number 0');
    const seen = new Set<number>();
    for (let page = 1; page <= Math.ceil(n / SEARCH_PAGE_SIZE); page++)
      for (const hit of search('comet', { page: String(page) }).hits) seen.add(hit.id);
    expect(seen.size).toBe(n);
  });
});
