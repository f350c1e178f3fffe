import 'server-only';
import type Database from 'better-sqlite3';
import { getDbHandle } from '@/db/client';
import { SCALAR_FIELD_NAMES, specOf, type FieldsWith, type ScalarField } from '@/lib/events/fields';
import { SNAPSHOT_VERSION, type EventRecord } from '@/lib/events/record';
import type { DbOrTx } from '../types';
import { refreshNotability } from './notability';
import { syncSearchIndex } from './search-index';

/*
 * The one loader of a whole event (lib/events/record.ts): a single prepared statement that builds
 * the event's record as JSON inside SQLite, so that the editor, the importers and the seed read an
 * event, and write its revision's snapshot, the same way and at the importer's speed (a revision is
 * written by one INSERT … SELECT of that same record: the snapshot is the stored event by
 * construction).
 */

type Sqlite = Database.Database;

const iso = (col: string) =>
  `CASE WHEN ${col} IS NULL THEN NULL ELSE strftime('%Y-%m-%dT%H:%M:%S', ${col} / 1000, 'unixepoch') || '.' || printf('%03d', ${col} % 1000) || 'Z' END`;
const bool = (col: string) => `json(CASE WHEN ${col} THEN 'true' ELSE 'false' END)`;

/** The SQL of the scalar fields that are not a column of the event's row. */
const NOT_A_COLUMN: Record<FieldsWith<{ column: null }>, string> = {
  formerSlugs: `json((SELECT json_group_array(s.slug ORDER BY s.slug) FROM event_slugs s WHERE s.event_id = e.id))`,
};

/** A scalar field's value in the record (lib/events/fields.ts), from its column. */
function fieldSql(name: ScalarField): string {
  const spec = specOf(name);
  if (spec.column === null) return NOT_A_COLUMN[name as keyof typeof NOT_A_COLUMN];
  const col = `e.${spec.column}`;
  switch (spec.kind) {
    case 'boolean':
      return bool(col);
    case 'timestamp':
      return iso(col);
    case 'list':
      return `json(${col})`;
    default:
      return col;
  }
}

/**
 * References an import keeps as the event's first articles (events.article_references): they are
 * read as of this publisher, the same as those rows would hold (see articleReferenceCount).
 */
export const ARTICLE_PUBLISHER = 'Wikipedia';

/**
 * How many of an imported row's articles are its references, in order, as ARTICLE_PUBLISHER ones
 * (then they are not stored again in event_references: issue 12); 0 when they are not exactly that.
 */
export function articleReferenceCount(row: {
  references: readonly { url: string; title: string; publisher: string | null }[];
  articles: readonly { url: string; title: string }[];
}): number {
  const { references, articles } = row;
  if (references.length === 0 || references.length > articles.length) return 0;
  for (let i = 0; i < references.length; i++) {
    const r = references[i]!;
    const a = articles[i]!;
    if (r.url !== a.url || r.title !== a.title || r.publisher !== ARTICLE_PUBLISHER) return 0;
  }
  return references.length;
}

/** The record of the event whose id is the statement's `@id`, as JSON text. */
const RECORD_SQL = `json_object(
  ${SCALAR_FIELD_NAMES.map((name) => `'${name}', ${fieldSql(name)}`).join(',\n  ')},
  'category', (SELECT json_object('id', c.id, 'slug', c.slug, 'name', c.name) FROM categories c WHERE c.id = e.category_id),
  'tags', json((SELECT json_group_array(json_object('id', t.id, 'slug', t.slug, 'name', t.name) ORDER BY t.name, t.id)
    FROM event_tags et JOIN tags t ON t.id = et.tag_id WHERE et.event_id = e.id)),
  'people', json((SELECT json_group_array(json_object('id', p.id, 'slug', p.slug, 'name', p.name, 'role', ep.role,
      'position', ep.position) ORDER BY ep.position)
    FROM event_people ep JOIN people p ON p.id = ep.person_id WHERE ep.event_id = e.id)),
  'references', json(CASE WHEN e.article_references > 0
    THEN (SELECT json_group_array(json_object('url', a.url, 'title', a.title, 'publisher', '${ARTICLE_PUBLISHER}',
      'accessedAt', NULL, 'position', a.position) ORDER BY a.position)
      FROM event_articles a WHERE a.event_id = e.id AND a.position < e.article_references)
    ELSE (SELECT json_group_array(json_object('url', r.url, 'title', r.title, 'publisher', r.publisher,
      'accessedAt', r.accessed_at, 'position', r.position) ORDER BY r.position, r.id)
      FROM event_references r WHERE r.event_id = e.id) END),
  'links', json((SELECT json_group_array(json_object('type', l.type,
      'direction', CASE WHEN l.from_event_id = e.id THEN 'outgoing' ELSE 'incoming' END,
      'eventId', o.id, 'eventSlug', o.slug, 'eventTitle', o.title) ORDER BY l.id)
    FROM event_links l JOIN events o
      ON o.id = CASE WHEN l.from_event_id = e.id THEN l.to_event_id ELSE l.from_event_id END
    WHERE l.from_event_id = e.id OR l.to_event_id = e.id))
)`;

type Statements = {
  record: Database.Statement<{ id: number }, string>;
  records: Database.Statement<{ ids: string }, string>;
  insertRevision: Database.Statement<{
    id: number;
    version: number;
    authorId: number | null;
    note: string | null;
    now: number;
    relationsOnly: 0 | 1;
  }>;
  insertLiveRevision: Database.Statement<{
    id: number;
    version: number;
    authorId: number | null;
    note: string | null;
    now: number;
  }>;
  materialize: Database.Statement<{ ids: string }>;
};

const cache = new WeakMap<Sqlite, Statements>();

function statements(sqlite: Sqlite): Statements {
  let s = cache.get(sqlite);
  if (!s) {
    s = {
      record: sqlite
        .prepare<{ id: number }, string>(`SELECT ${RECORD_SQL} FROM events e WHERE e.id = @id`)
        .pluck(),
      records: sqlite
        .prepare<{ ids: string }, string>(
          `SELECT ${RECORD_SQL} FROM events e WHERE e.id IN (SELECT value FROM json_each(@ids)) ORDER BY e.id`,
        )
        .pluck(),
      insertRevision: sqlite.prepare(
        `INSERT INTO revisions (event_id, version, snapshot, author_id, note, created_at, relations_only)
         SELECT e.id, @version, json_object('v', ${SNAPSHOT_VERSION}, 'event', json(${RECORD_SQL})), @authorId, @note, @now, @relationsOnly
         FROM events e WHERE e.id = @id`,
      ),
      insertLiveRevision: sqlite.prepare(
        `INSERT INTO revisions (event_id, version, snapshot, author_id, note, created_at, relations_only)
         SELECT e.id, @version, NULL, @authorId, @note, @now, 0 FROM events e WHERE e.id = @id AND e.version = @version`,
      ),
      // Only a revision at the event's version can be live (the trigger revisions_live_kept).
      materialize: sqlite.prepare(
        `UPDATE revisions SET snapshot = (SELECT json_object('v', ${SNAPSHOT_VERSION}, 'event', json(${RECORD_SQL}))
           FROM events e WHERE e.id = revisions.event_id)
         WHERE snapshot IS NULL AND event_id IN (SELECT value FROM json_each(@ids))`,
      ),
    };
    cache.set(sqlite, s);
  }
  return s;
}

/** The connection a store function works on: the app's, unless a test or tool passes its own. */
const handle = (sqlite?: Sqlite) => sqlite ?? getDbHandle().sqlite;

/** The whole event as stored, or null when there is no such event. */
export function loadEvent(id: number, sqlite?: Sqlite): EventRecord | null {
  const json = statements(handle(sqlite)).record.get({ id });
  return json === undefined ? null : (JSON.parse(json) as EventRecord);
}

/** The batch form of loadEvent: the events of these ids that exist, in id order. */
export function loadEvents(ids: readonly number[], sqlite?: Sqlite): EventRecord[] {
  if (ids.length === 0) return [];
  return statements(handle(sqlite))
    .records.all({ ids: JSON.stringify(ids) })
    .map((json) => JSON.parse(json) as EventRecord);
}

/**
 * Live revisions (issue 12): an import writes its revision without a snapshot (NULL), since the
 * event as it stands is that revision; a 130,000-entry import then keeps no second copy of every
 * event. Before anything changes such an event (a save, a later import, a relation renamed) its
 * writer calls this, which stores the snapshot of the event as it still is: the revision becomes
 * an ordinary one, and nothing is lost. The trigger revisions_live_kept (migration 0016) refuses a
 * version change that would leave a live revision behind. One statement for all the ids.
 */
export function materializeLiveRevisions(ids: readonly number[], sqlite?: Sqlite): void {
  if (ids.length === 0) return;
  statements(handle(sqlite)).materialize.run({ ids: JSON.stringify(ids) });
}

/**
 * A revision's snapshot as stored, or for a live one (NULL) the versioned record of the event as
 * it stands (which is that revision's content). Null when the event is gone.
 */
export function revisionSnapshotOf(stored: unknown, eventId: number, sqlite?: Sqlite): unknown {
  if (stored !== null && stored !== undefined) return stored;
  const record = loadEvent(eventId, sqlite);
  return record === null ? null : { v: SNAPSHOT_VERSION, event: record };
}

/**
 * Writes the revision of the event as it now stands ({ v: 1, event: its record }) and returns its
 * id. Inside the caller's transaction, after the event and its relations are written.
 */
export function writeRevision(
  o: {
    eventId: number;
    version: number;
    authorId: number | null;
    note: string | null;
    now: Date | number;
    /** Written for a renamed or merged tag or person (reviseEvents), not a save of the event. */
    relationsOnly?: boolean;
    /** Without a snapshot: the event as it stands is this revision (materializeLiveRevisions). */
    live?: boolean;
  },
  sqlite?: Sqlite,
): number {
  const st = statements(handle(sqlite));
  const params = {
    id: o.eventId,
    version: o.version,
    authorId: o.authorId,
    note: o.note,
    now: typeof o.now === 'number' ? o.now : o.now.getTime(),
  };
  // Live only at the event's version (a row changed again since gets its snapshot as usual).
  const live = o.live && !o.relationsOnly ? st.insertLiveRevision.run(params) : null;
  const info =
    live && live.changes === 1
      ? live
      : st.insertRevision.run({ ...params, relationsOnly: o.relationsOnly ? 1 : 0 });
  if (info.changes !== 1)
    throw new Error(`event ${o.eventId} not found while writing its revision`);
  return Number(info.lastInsertRowid);
}

/**
 * The batch form of saveEvent for writers of thousands of events (the importers, the seed), which
 * write rows and relations with their own prepared statements: the same steps in the same order
 * for every event they wrote, inside their transaction: the revisions, the search index, notability.
 * Their audit is one row for the whole run, and the pages to expire are every list (their caller
 * expires cacheTags.allEvents and the events it names).
 */
export function completeEventBatch(
  tx: DbOrTx,
  saves: readonly { eventId: number; version: number; note: string }[],
  o: {
    actorId: number | null;
    now: Date | number;
    /** Events whose revision comes later (their links are not all written yet): indexed now. */
    alsoIndex?: readonly number[];
    /** The connection of `tx`, when it is not the app's (the seed of a given database). */
    sqlite?: Database.Database;
    /** The revisions are of relations changed elsewhere (reviseEvents). */
    relationsOnly?: boolean;
    /** False when the caller brings every notability score up to date afterwards (an import). */
    notability?: boolean;
    /**
     * Live revisions (materializeLiveRevisions): the last save of each event is written without a
     * snapshot (an import's rows, whose version nothing else changes within the batch).
     */
    live?: boolean;
    /** Events inserted in this transaction (nothing of them in the search index yet). */
    created?: ReadonlySet<number>;
  },
): void {
  const last = new Map<number, number>();
  if (o.live) saves.forEach((s, i) => last.set(s.eventId, i));
  saves.forEach((s, i) =>
    writeRevision(
      {
        eventId: s.eventId,
        version: s.version,
        authorId: o.actorId,
        note: s.note,
        now: o.now,
        relationsOnly: o.relationsOnly,
        live: o.live === true && last.get(s.eventId) === i,
      },
      o.sqlite,
    ),
  );
  const ids = [...new Set([...saves.map((s) => s.eventId), ...(o.alsoIndex ?? [])])];
  if (ids.length > 0) syncSearchIndex(tx, ids, { created: o.created });
  if (o.notability !== false) refreshNotability(tx, { eventIds: ids });
}

/**
 * The batch form of saveEvent for a change made to many events' relations at once (a tag or a
 * person renamed or merged): each event gets a new version and a revision of the record as it now
 * stands, with `note`, and its search entry; the caller writes one audit row for the change. The
 * revisions are marked relations-only: a form opened before them is not in conflict (it does not
 * hold what they changed: a merged person is refused by name, see checkChosenPeople).
 */
export function reviseEvents(
  tx: DbOrTx,
  ids: readonly number[],
  o: { actorId: number | null; note: string; now: Date },
): void {
  if (ids.length === 0) return;
  const sqlite = getDbHandle().sqlite;
  const bump = sqlite.prepare<[number, number | null, number], { version: number }>(
    'UPDATE events SET version = version + 1, updated_at = ?, updated_by = ? WHERE id = ? RETURNING version',
  );
  const now = o.now.getTime();
  materializeLiveRevisions(ids, sqlite);
  const saves = ids.map((eventId) => {
    const row = bump.get(now, o.actorId, eventId);
    if (!row) throw new Error(`event ${eventId} not found while revising it`);
    return { eventId, version: row.version, note: o.note };
  });
  completeEventBatch(tx, saves, { actorId: o.actorId, now, relationsOnly: true });
}
