import { sql, type SQL } from 'drizzle-orm';
import { NOTABLE_ARTICLES } from '@/lib/graph/notable';
import { IMPORT_SOURCES } from '@/lib/import/types';
import { wikipediaUrlForTitle } from '@/lib/import/wikipedia';
import type { DbOrTx } from '../types';

/*
 * Notability: how well known an entry, a person or a topic is, from the graph (issue 11). Derived
 * data, like a person's public count: not part of an event's record or its revisions.
 *
 *   tier bonus     3 for an article of tier 2 of the editorial list of well-known subjects
 *                  (lib/graph/notable.ts), 1.5 for tier 1, else 0
 *   person         ln(1 + entries linked to the person) + the bonus of their article
 *   topic or tag   ln(1 + public entries) + the bonus of its article
 *   entry          its best-known subject (a birth's or death's person)
 *                + 0.6 × its best-known other person
 *                + 0.5 × max(its best-known topic or tag, ln 2 + the best bonus of its other articles)
 *                + 1.5 when written in Almanac (not by an importer: lib/events/provenance.ts), + 3 when featured
 *
 * So a famous person's birth outranks a namesake's, an entry about World War II outranks one about
 * a village fête, and what editors wrote or featured comes first. Ranked lists order by it (the
 * day's highlights and selected list, search, person and topic pages).
 */

const BONUS = (col: string) =>
  sql.raw(`(CASE ${col} WHEN 2 THEN 3.0 WHEN 1 THEN 1.5 ELSE 0.0 END)`);

/** The importers' sources: an entry with another source (the sample's) was written in Almanac. */
const IMPORTED = sql.raw(IMPORT_SOURCES.map((s) => `'${s}'`).join(', '));

const ids = (list: readonly number[]) =>
  sql.join(
    list.map((id) => sql`${id}`),
    sql`, `,
  );

/** The editorial list as a table of this connection (temp.notable_articles: url, tier), made once. */
function ensureNotableTable(tx: DbOrTx): void {
  tx.run(
    sql`CREATE TEMP TABLE IF NOT EXISTS notable_articles (url TEXT PRIMARY KEY, tier INTEGER NOT NULL) WITHOUT ROWID`,
  );
  const filled = tx.get<{ n: number }>(sql`SELECT count(*) AS n FROM temp.notable_articles`);
  if ((filled?.n ?? 0) > 0 || NOTABLE_ARTICLES.size === 0) return;
  const rows = [...NOTABLE_ARTICLES].map(([title, tier]) => [wikipediaUrlForTitle(title), tier]);
  tx.run(
    sql`INSERT OR REPLACE INTO temp.notable_articles (url, tier) SELECT value ->> 0, value ->> 1 FROM json_each(${JSON.stringify(rows)})`,
  );
}

const bonusOf = (urlSql: string) =>
  sql.raw(
    `coalesce((SELECT CASE na.tier WHEN 2 THEN 3.0 WHEN 1 THEN 1.5 ELSE 0.0 END FROM temp.notable_articles na WHERE na.url = ${urlSql}), 0.0)`,
  );

function peopleSql(where: SQL): SQL {
  return sql`UPDATE people SET notability = round(
      ln(1 + (SELECT count(*) FROM event_people ep WHERE ep.person_id = people.id)) + ${bonusOf('people.reference_url')}, 3)
    WHERE ${where}`;
}

function tagsSql(where: SQL): SQL {
  return sql`UPDATE tags SET notability = round(ln(1 + public_event_count) + ${bonusOf('tags.reference_url')}, 3)
    WHERE ${where}`;
}

function eventsSql(where: SQL): SQL {
  return sql`UPDATE events SET notability = round(
      (CASE WHEN source IS NULL OR source NOT IN (${IMPORTED}) THEN 1.5 ELSE 0.0 END)
      + (CASE WHEN featured THEN 3.0 ELSE 0.0 END)
      + coalesce((SELECT max(p.notability) FROM event_people ep JOIN people p ON p.id = ep.person_id
          WHERE ep.event_id = events.id AND ep.role = 'subject'), 0.0)
      + 0.6 * coalesce((SELECT max(p.notability) FROM event_people ep JOIN people p ON p.id = ep.person_id
          WHERE ep.event_id = events.id AND ep.role <> 'subject'), 0.0)
      + 0.5 * max(
          coalesce((SELECT max(t.notability) FROM event_tags et JOIN tags t ON t.id = et.tag_id
            WHERE et.event_id = events.id), 0.0),
          coalesce((SELECT 0.693 + max(${BONUS('na.tier')}) FROM event_articles ea
            JOIN temp.notable_articles na ON na.url = ea.url
            WHERE ea.event_id = events.id AND ea.applied = 0), 0.0)), 3)
    WHERE ${where}`;
}

/**
 * Brings notability up to date: of everything (after an import), or of these events, their people
 * and their tags (after a save). Inside the caller's transaction.
 */
export function refreshNotability(tx: DbOrTx, o: { eventIds?: readonly number[] } = {}): void {
  ensureNotableTable(tx);
  if (!o.eventIds) {
    tx.run(peopleSql(sql`1`));
    tx.run(tagsSql(sql`1`));
    tx.run(eventsSql(sql`1`));
    return;
  }
  if (o.eventIds.length === 0) return;
  const list = ids(o.eventIds);
  tx.run(peopleSql(sql`id IN (SELECT person_id FROM event_people WHERE event_id IN (${list}))`));
  tx.run(tagsSql(sql`id IN (SELECT tag_id FROM event_tags WHERE event_id IN (${list}))`));
  tx.run(eventsSql(sql`id IN (${list})`));
}
