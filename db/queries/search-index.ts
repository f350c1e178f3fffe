import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../types';
import { publicEventsSql } from './visibility';

/*
 * The two full-text indexes over events (drizzle/0001_search_fts.sql, 0011_search_stemming.sql),
 * kept in the same transaction as every write that changes what they hold (the save pipeline and
 * its batch form call syncSearchIndex):
 * - events_fts, the readers' search: published, non-deleted events only, with their people, tags,
 *   location and the titles of the other articles they link, so no query of it can show a draft.
 * - events_cms_fts, the CMS event list's: every event, whatever its status or the trash, over title,
 *   summary, body and people; contentless (the list shows no passages).
 * People's and tags' names have their own indexes, kept by triggers on those tables.
 */

const PUBLIC_E = sql.raw(publicEventsSql('e'));

const CHUNK = 500;

const PEOPLE = sql.raw(
  `coalesce((SELECT group_concat(p.name, ' ') FROM event_people ep JOIN people p ON p.id = ep.person_id WHERE ep.event_id = e.id), '')`,
);
const TAGS = sql.raw(
  `coalesce((SELECT group_concat(t.name, ' ') FROM event_tags et JOIN tags t ON t.id = et.tag_id WHERE et.event_id = e.id), '')`,
);
/** The linked articles that are none of the event's people or topics (see drizzle/0011). */
const ARTICLES = sql.raw(
  `coalesce((SELECT group_concat(ea.title, ' ') FROM event_articles ea WHERE ea.event_id = e.id AND NOT ea.applied), '')`,
);

function fillPublic(tx: DbOrTx, where: SQL): void {
  tx.run(sql`
    INSERT INTO events_fts (rowid, title, summary, body, people, tags, location, articles)
    SELECT e.id, e.title, e.summary, e.body, ${PEOPLE}, ${TAGS}, coalesce(e.location, ''), ${ARTICLES}
    FROM events e
    WHERE ${where} AND ${PUBLIC_E}`);
}

function fillCms(tx: DbOrTx, where: SQL): void {
  tx.run(sql`
    INSERT INTO events_cms_fts (rowid, title, summary, body, people)
    SELECT e.id, e.title, e.summary, e.body, ${PEOPLE}
    FROM events e
    WHERE ${where}`);
}

const idListOf = (ids: readonly number[]) =>
  sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );

/**
 * Brings both indexes' rows of these events up to date: published, non-deleted events are
 * (re)indexed for readers with their people and tags, anything else leaves the readers' index;
 * every existing event is (re)indexed for the CMS. Call it inside the write transaction.
 * `created`: events inserted in this transaction, which have no rows to delete yet (an import's
 * new ones: deleting 2,000 rowids that are not there costs FTS5 some 80 ms).
 */
export function syncSearchIndex(
  tx: DbOrTx,
  eventIds: readonly number[],
  o: { created?: ReadonlySet<number> } = {},
): void {
  for (let i = 0; i < eventIds.length; i += CHUNK) {
    const ids = eventIds.slice(i, i + CHUNK);
    const idList = idListOf(ids);
    const existing = o.created ? ids.filter((id) => !o.created!.has(id)) : ids;
    if (existing.length > 0) {
      const existingList = idListOf(existing);
      tx.run(sql`DELETE FROM events_fts WHERE rowid IN (${existingList})`);
      tx.run(sql`DELETE FROM events_cms_fts WHERE rowid IN (${existingList})`);
    }
    fillPublic(tx, sql`e.id IN (${idList})`);
    fillCms(tx, sql`e.id IN (${idList})`);
  }
}

/** Rebuilds both indexes from the events table (after bulk imports or a restore). */
export function rebuildSearchIndex(tx: DbOrTx): void {
  tx.run(sql`DELETE FROM events_fts`);
  tx.run(sql`DELETE FROM events_cms_fts`);
  fillPublic(tx, sql`1`);
  fillCms(tx, sql`1`);
}

/** Merges each index into one segment (after a bulk import: see compactSearchIndexesAfterImport). */
export function optimizeSearchIndexes(tx: DbOrTx): void {
  tx.run(sql`INSERT INTO events_fts (events_fts) VALUES ('optimize')`);
  tx.run(sql`INSERT INTO events_cms_fts (events_cms_fts) VALUES ('optimize')`);
}
