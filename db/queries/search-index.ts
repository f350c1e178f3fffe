import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../types';
import { publicEventsSql } from './visibility';

const PUBLIC_E = sql.raw(publicEventsSql('e'));

const CHUNK = 500;

/**
 * Brings the FTS rows of these events up to date: published, non-deleted events are (re)indexed
 * with their people and tags; anything else is removed. Call it inside the write transaction.
 */
export function syncSearchIndex(tx: DbOrTx, eventIds: readonly number[]): void {
  for (let i = 0; i < eventIds.length; i += CHUNK) {
    const ids = eventIds.slice(i, i + CHUNK);
    const idList = sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    );
    tx.run(sql`DELETE FROM events_fts WHERE rowid IN (${idList})`);
    tx.run(sql`
      INSERT INTO events_fts (rowid, title, summary, body, people, tags, location)
      SELECT e.id, e.title, e.summary, e.body,
        coalesce((SELECT group_concat(p.name, ' ') FROM event_people ep JOIN people p ON p.id = ep.person_id WHERE ep.event_id = e.id), ''),
        coalesce((SELECT group_concat(t.name, ' ') FROM event_tags et JOIN tags t ON t.id = et.tag_id WHERE et.event_id = e.id), ''),
        coalesce(e.location, '')
      FROM events e
      WHERE e.id IN (${idList}) AND ${PUBLIC_E}`);
  }
}

/** Rebuilds the whole index from the events table (after bulk imports or a restore). */
export function rebuildSearchIndex(tx: DbOrTx): void {
  tx.run(sql`DELETE FROM events_fts`);
  tx.run(sql`
    INSERT INTO events_fts (rowid, title, summary, body, people, tags, location)
    SELECT e.id, e.title, e.summary, e.body,
      coalesce((SELECT group_concat(p.name, ' ') FROM event_people ep JOIN people p ON p.id = ep.person_id WHERE ep.event_id = e.id), ''),
      coalesce((SELECT group_concat(t.name, ' ') FROM event_tags et JOIN tags t ON t.id = et.tag_id WHERE et.event_id = e.id), ''),
      coalesce(e.location, '')
    FROM events e
    WHERE ${PUBLIC_E}`);
}
