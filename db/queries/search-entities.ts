import { sql, type SQL } from 'drizzle-orm';
import type { FtsQuery } from '@/lib/search/fts-query';
import { foldToken, queryWords } from '@/lib/search/fts-query';
import {
  chooseNamedEntities,
  matchName,
  type EntityCandidate,
  type EntityKind,
} from '@/lib/search/entities';
import type { DbOrTx } from '../types';

/*
 * The people and topics a search names (the panel above the results, and whose entries come
 * first): candidates are the people and tags whose names hold every word of the query, or of an
 * alias's subject (people_names_fts and tag_names_fts, drizzle/0011_search_stemming.sql), that
 * readers can see entries of; lib/search/entities.ts decides which the query names.
 */

export type SearchEntity = {
  kind: EntityKind;
  slug: string;
  name: string;
  /** The person's or topic's short description ('' when there is none). */
  description: string;
  /** A person's years of birth and death, when known. */
  birthYear: number | null;
  deathYear: number | null;
  /** How many entries readers can see. */
  count: number;
};

/** The entity whose entries a search puts first. */
export type LeadEntity = { kind: EntityKind; id: number; name: string };

type Row = {
  id: number;
  slug: string;
  name: string;
  description: string;
  birthYear: number | null;
  deathYear: number | null;
  count: number;
  notability: number;
  tagKind: 'tag' | 'topic' | null;
};

/** Candidates per name index and word set; enough for any real name, bounded for common words. */
const CANDIDATES = 50;

const nameMatch = (words: string[]) => words.map((w) => `"${w}"`).join(' AND ');

function candidates(
  dbh: DbOrTx,
  words: string[],
): { rows: (Row & { kind: EntityKind })[]; containing: number } {
  const match = nameMatch(words);
  const people = dbh.all<Row>(sql`
    SELECT p.id, p.slug, p.name, p.description, p.birth_year AS birthYear, p.death_year AS deathYear,
      p.public_event_count AS count, p.notability, NULL AS tagKind
    FROM people_names_fts f CROSS JOIN people p ON p.id = f.rowid
    WHERE people_names_fts MATCH ${match} AND p.public_event_count > 0
    ORDER BY p.notability DESC, p.id LIMIT ${CANDIDATES}`);
  const topics = dbh.all<Row>(sql`
    SELECT t.id, t.slug, t.name, t.description, NULL AS birthYear, NULL AS deathYear,
      t.public_event_count AS count, t.notability, t.kind AS tagKind
    FROM tag_names_fts f CROSS JOIN tags t ON t.id = f.rowid
    WHERE tag_names_fts MATCH ${match} AND t.public_event_count > 0
    ORDER BY t.notability DESC, t.id LIMIT ${CANDIDATES}`);
  const containing =
    (dbh.get<{ n: number }>(
      sql`SELECT count(*) AS n FROM people_names_fts WHERE people_names_fts MATCH ${match}`,
    )?.n ?? 0) +
    (dbh.get<{ n: number }>(
      sql`SELECT count(*) AS n FROM tag_names_fts WHERE tag_names_fts MATCH ${match}`,
    )?.n ?? 0);
  return {
    rows: [
      ...people.map((r) => ({ ...r, kind: 'person' as const })),
      ...topics.map((r) => ({
        ...r,
        kind: (r.tagKind === 'topic' ? 'topic' : 'tag') as EntityKind,
      })),
    ],
    containing,
  };
}

/** The people and topics the query names (at most three, best first), and the one that leads. */
export function findNamedEntities(
  dbh: DbOrTx,
  fts: FtsQuery,
  /** How many events the query matches. */
  matches: number,
): { entities: SearchEntity[]; lead: LeadEntity | null } {
  const literal = fts.terms.map(foldToken);
  const wordSets: { words: string[]; byAlias: boolean }[] = [
    { words: literal, byAlias: false },
    ...fts.aliases.map((a) => ({ words: queryWords(a.name).map(foldToken), byAlias: true })),
  ];
  const found = new Map<string, { candidate: EntityCandidate; row: Row & { kind: EntityKind } }>();
  let containing = 0;
  for (const { words, byAlias } of wordSets) {
    const result = candidates(dbh, words);
    if (!byAlias) containing = result.containing;
    for (const row of result.rows) {
      const match = matchName(row.name, row.kind, words);
      if (!match) continue;
      const key = `${row.kind === 'person' ? 'p' : 't'}${row.id}`;
      const candidate: EntityCandidate = {
        kind: row.kind,
        id: row.id,
        name: row.name,
        notability: row.notability,
        count: row.count,
        byAlias: byAlias && match === 'exact',
        match,
      };
      const seen = found.get(key);
      if (
        !seen ||
        (candidate.byAlias && !seen.candidate.byAlias) ||
        (match === 'exact' && seen.candidate.match !== 'exact')
      )
        found.set(key, { candidate, row });
    }
  }
  const { named, lead } = chooseNamedEntities(
    [...found.values()].map((f) => f.candidate),
    { containing, matches },
  );
  const rowOf = (c: EntityCandidate) => found.get(`${c.kind === 'person' ? 'p' : 't'}${c.id}`)!.row;
  return {
    entities: named.map((c) => {
      const r = rowOf(c);
      return {
        kind: c.kind,
        slug: r.slug,
        name: r.name,
        description: r.description,
        birthYear: r.birthYear,
        deathYear: r.deathYear,
        count: r.count,
      };
    }),
    lead: lead ? { kind: lead.kind, id: lead.id, name: lead.name } : null,
  };
}

/**
 * The lead entity's events, and those that are its own, which come first among them. For a person:
 * the entries that name them, their own those they are the subject of (their birth and death). For
 * a topic: its entries and the events about a part of it, those that link an article or carry a
 * topic whose name holds the topic's ("Sinking of the RMS Titanic", "Founding of Rome", "Paris
 * Commune"), which are its own: they are about it, where the others only mention it (a crew
 * member's birth carries RMS Titanic too). Births and deaths are nobody's part.
 */
export function findLeadEvents(dbh: DbOrTx, lead: LeadEntity): { all: number[]; own: number[] } {
  const ids = (query: SQL) => dbh.all<{ id: number }>(query).map((r) => r.id);
  if (lead.kind === 'person')
    return {
      all: ids(sql`SELECT event_id AS id FROM event_people WHERE person_id = ${lead.id}`),
      own: ids(
        sql`SELECT event_id AS id FROM event_people WHERE person_id = ${lead.id} AND role = 'subject'`,
      ),
    };
  const words = queryWords(lead.name).map(foldToken);
  const tagged = ids(sql`SELECT event_id AS id FROM event_tags WHERE tag_id = ${lead.id}`);
  if (words.length === 0) return { all: tagged, own: [] };
  const phrase = `"${words.join(' ')}"`;
  // From the few ids each index gives, by primary key (SQLite would rather walk every event of
  // kind 'event' and look each up in the list: 5 ms for Paris).
  const own = ids(sql`SELECT u.id FROM (
      SELECT rowid AS id FROM events_fts WHERE events_fts MATCH ${`{articles} : ${phrase}`}
      UNION SELECT et.event_id FROM tag_names_fts n CROSS JOIN event_tags et ON et.tag_id = n.rowid
        WHERE tag_names_fts MATCH ${phrase} AND n.rowid <> ${lead.id}
    ) u CROSS JOIN events e ON e.id = u.id WHERE e.kind = 'event'`);
  return { all: [...new Set([...tagged, ...own])], own };
}
