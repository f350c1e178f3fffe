import 'server-only';
import type Database from 'better-sqlite3';
import type { ImportRow } from '@/lib/import';
import { materializeLiveRevisions } from './event-store';
import type { ImportGraph } from './import-graph';

/*
 * What an import takes back of what an earlier import made, when the source is read better now
 * (lib/import/groups.ts):
 *  - the events of entries a row now tells (a group's members, imported before as entries of their
 *    own) go to the trash, each with a revision saying which event tells it now;
 *  - a person an entry no longer names (a heading read as a person: "The Day the Music Died",
 *    "Haymarket affair") is removed, with the links to them the graph made. Only people the
 *    imports made and nobody has touched: no editor's event names them, no audit entry is theirs,
 *    and no entry of this import is about them.
 * Both run inside the batch's transaction and return the saves (revisions) they need.
 */

type Sqlite = Database.Database;
export type ImportSave = { eventId: number; version: number; note: string };

function prepare(sqlite: Sqlite) {
  return {
    liveUneditedByExternalId: sqlite.prepare<[string], { id: number }>(
      `SELECT id FROM events WHERE external_id IN (SELECT value FROM json_each(?))
         AND deleted_at IS NULL AND updated_by IS NULL`,
    ),
    trash: sqlite
      .prepare<[number, number, number]>(
        `UPDATE events SET deleted_at = ?, version = version + 1, updated_at = ? WHERE id = ? RETURNING version`,
      )
      .pluck(),
    subjectsOf: sqlite
      .prepare<[number]>(
        `SELECT person_id FROM event_people WHERE event_id = ? AND role = 'subject'`,
      )
      .pluck(),
    person: sqlite.prepare<[number], { id: number; reference_url: string | null }>(
      `SELECT id, reference_url FROM people WHERE id = ?`,
    ),
    // Still someone's subject (or given a role by an editor), named by an edited event, or in the audit log.
    kept: sqlite
      .prepare<[number, string]>(
        `SELECT 1 FROM event_people ep JOIN events e ON e.id = ep.event_id
           WHERE ep.person_id = ? AND (ep.role <> '' OR e.updated_by IS NOT NULL)
         UNION ALL
         SELECT 1 FROM audit_log WHERE entity_type = 'person' AND entity_id = ?
         LIMIT 1`,
      )
      .pluck(),
    mentions: sqlite
      .prepare<[number]>(`SELECT event_id FROM event_people WHERE person_id = ?`)
      .pluck(),
    unapply: sqlite.prepare<[string, number]>(
      `UPDATE event_articles SET applied = 0 WHERE url = ? AND event_id = ?`,
    ),
    deletePerson: sqlite.prepare<[number]>(`DELETE FROM people WHERE id = ?`),
    bump: sqlite
      .prepare<[number, number]>(
        `UPDATE events SET version = version + 1, updated_at = ? WHERE id = ? RETURNING version`,
      )
      .pluck(),
  };
}

const statementCache = new WeakMap<Sqlite, ReturnType<typeof prepare>>();
function statements(sqlite: Sqlite) {
  let s = statementCache.get(sqlite);
  if (!s) {
    s = prepare(sqlite);
    statementCache.set(sqlite, s);
  }
  return s;
}

/** Moves to the trash the events of the entries `row` now tells (its `supersedes`), unedited ones only. */
export function trashSupersededEvents(
  sqlite: Sqlite,
  row: ImportRow,
  o: { eventId: number; slug: string; now: number },
): ImportSave[] {
  if (!row.supersedes?.length) return [];
  const s = statements(sqlite);
  return s.liveUneditedByExternalId
    .all(JSON.stringify(row.supersedes))
    .filter((e) => e.id !== o.eventId)
    .map((e) => {
      materializeLiveRevisions([e.id], sqlite);
      return {
        eventId: e.id,
        version: Number(s.trash.get(o.now, o.now, e.id)),
        note: `Moved to the trash: ${row.source} now tells it as part of "${row.title}" (${o.slug})`,
      };
    });
}

/**
 * The subjects an updated event had before its people are written again; `forget` after they
 * are, then `drop` at the end of the batch removes those nobody's entry names any more.
 */
export class FormerSubjects {
  private s: ReturnType<typeof prepare>;
  private sqlite: Sqlite;
  /** Person id -> the events they were the subject of before this import. */
  private former = new Map<number, Set<number>>();

  constructor(sqlite: Sqlite) {
    this.sqlite = sqlite;
    this.s = statements(sqlite);
  }

  /** Call before the event's subjects are deleted. */
  before(eventId: number): number[] {
    return this.s.subjectsOf.all(eventId) as number[];
  }

  /** Call once the event's people are written: `before` less those it still has. */
  after(eventId: number, before: readonly number[], linked: ReadonlySet<number>): void {
    for (const id of before) {
      if (linked.has(id)) continue;
      const events = this.former.get(id) ?? new Set<number>();
      events.add(eventId);
      this.former.set(id, events);
    }
  }

  /**
   * Removes the former subjects nobody's entry names any more, with the graph's links to them; the
   * events that lose such a link and are not among `saved` get a relations-only save.
   */
  drop(graph: ImportGraph, saved: ReadonlySet<number>, now: number): ImportSave[] {
    const touched = new Set<number>();
    for (const [personId, events] of this.former) {
      const person = this.s.person.get(personId);
      if (!person || (person.reference_url && graph.subjects.has(person.reference_url))) continue;
      if (this.s.kept.get(personId, String(personId)) !== undefined) continue;
      const mentioned = this.s.mentions.all(personId) as number[];
      // Their revisions keep the link they had (a live one gets its snapshot first).
      materializeLiveRevisions(mentioned, this.sqlite);
      if (person.reference_url)
        for (const eventId of [...events, ...mentioned])
          this.s.unapply.run(person.reference_url, eventId);
      this.s.deletePerson.run(personId);
      for (const eventId of mentioned) if (!saved.has(eventId)) touched.add(eventId);
    }
    this.former.clear();
    return [...touched].map((eventId) => ({
      eventId,
      version: Number(this.s.bump.get(now, eventId)),
      note: 'A person an earlier import read wrongly is no longer linked',
    }));
  }
}
