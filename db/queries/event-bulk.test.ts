import { and, count, eq, inArray, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditLog, eventLinks, events, revisions } from '@/db/schema';
import { AuthorizationError, type SessionUser } from '@/lib/auth/actor';
import { insertActor } from '@/test/actors';
import { bulkEditEvents, countTrash, emptyTrash, purgeEvents } from './event-bulk';
import { listEventsForEditorIn } from './event-editor';
import { loadEvent } from './event-store';
import { insertCategory, insertEvent } from './test-fixtures';

let editor: SessionUser;
let admin: SessionUser;
let categoryId: number;
let otherCategoryId: number;

beforeAll(() => {
  editor = insertActor('editor', 'Bulk Editor');
  admin = insertActor('admin', 'Bulk Admin');
  categoryId = insertCategory({ name: 'Bulk politics' });
  otherCategoryId = insertCategory({ name: 'Bulk science' });
});

const revisionCount = (ids: readonly number[]) =>
  db
    .select({ n: count() })
    .from(revisions)
    .where(inArray(revisions.eventId, [...ids]))
    .get()?.n ?? 0;

const auditOf = (action: string, ids: readonly number[]) =>
  db
    .select({ entityId: auditLog.entityId, details: auditLog.details })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.action, action),
        inArray(
          auditLog.entityId,
          ids.map((id) => String(id)),
        ),
      ),
    )
    .all();

const ftsRows = (table: 'events_cms_fts' | 'events_fts', ids: readonly number[]) =>
  db.get<{ n: number }>(
    sql`SELECT count(*) AS n FROM ${sql.raw(table)} WHERE rowid IN (${sql.join([...ids], sql`, `)})`,
  )?.n ?? 0;

describe('bulk changes over "all matching"', () => {
  it('features every event a search matches (in chunks), each with its revision, audit row and index entry', () => {
    const word = `zanzibarite${Date.now()}`;
    const ids = Array.from(
      { length: 450 },
      (_, i) => insertEvent({ title: `Treaty ${word} number ${i}`, categoryId }).id,
    );
    const trashed = insertEvent({
      title: `Treaty ${word} trashed`,
      categoryId,
      deletedAt: new Date(),
    });
    const other = insertEvent({ title: 'An unrelated treaty', categoryId });
    const before = revisionCount(ids);

    const started = performance.now();
    const result = bulkEditEvents(editor, {
      target: { filter: { q: word, categoryId } },
      change: { kind: 'featured', featured: true },
    });
    const ms = performance.now() - started;

    expect(result).toMatchObject({ ok: true, matched: 450, changed: 450, skipped: [] });
    const featured = db
      .select({ id: events.id, featured: events.featured })
      .from(events)
      .where(inArray(events.id, [...ids, trashed.id, other.id]))
      .all();
    expect(
      featured
        .filter((e) => e.featured)
        .map((e) => e.id)
        .sort((a, b) => a - b),
    ).toEqual([...ids].sort((a, b) => a - b));
    expect(revisionCount(ids) - before).toBe(450);
    // The newest revision of each is the event as stored.
    const sample = loadEvent(ids[321]!)!;
    const newest = db
      .select({ snapshot: revisions.snapshot, note: revisions.note })
      .from(revisions)
      .where(eq(revisions.eventId, sample.id))
      .orderBy(sql`${revisions.version} DESC`)
      .limit(1)
      .get()!;
    expect((newest.snapshot as { event: { featured: boolean } }).event.featured).toBe(true);
    expect(newest.note).toBe('Featured (bulk edit)');
    expect(auditOf('event.update', ids).filter((a) => a.details?.bulk === 'featured')).toHaveLength(
      450,
    );
    expect(ftsRows('events_cms_fts', ids)).toBe(450);
    expect(result.ok && result.tags.length).toBeGreaterThan(0);
    console.log(`bulk-featured 450 events through saveEvent in ${ms.toFixed(0)} ms`);

    // Done again: nothing left to change, nothing written.
    const again = bulkEditEvents(editor, {
      target: { filter: { q: word, categoryId } },
      change: { kind: 'featured', featured: true },
    });
    expect(again).toMatchObject({ ok: true, matched: 450, changed: 0 });
    expect(revisionCount(ids) - before).toBe(450);
  });

  it('refuses a filter that matches more than the limit, and changes nothing', () => {
    const word = `quokkaish${Date.now()}`;
    const ids = Array.from(
      { length: 6 },
      (_, i) => insertEvent({ title: `Quokka ${word} ${i}`, categoryId }).id,
    );
    const result = bulkEditEvents(editor, {
      target: { filter: { q: word } },
      change: { kind: 'category', categoryId: otherCategoryId },
      limit: 5,
    });
    expect(result).toEqual({
      ok: false,
      code: 'too_many',
      message: '6 events match: a bulk change reaches at most 5. Narrow the filter first.',
    });
    const moved = db
      .select({ n: count() })
      .from(events)
      .where(and(inArray(events.id, ids), eq(events.categoryId, otherCategoryId)))
      .get()?.n;
    expect(moved).toBe(0);
  });

  it('moves the ticked events to another category and adds and removes tags', () => {
    const a = insertEvent({ title: 'Bulk tags A', categoryId, tags: ['Old tag', 'Keep me'] });
    const b = insertEvent({ title: 'Bulk tags B', categoryId, tags: ['old tag'] });
    const oldTagId = loadEvent(a.id)!.tags.find((t) => t.name === 'Old tag')!.id;
    const moved = bulkEditEvents(editor, {
      target: { ids: [a.id, b.id] },
      change: { kind: 'category', categoryId: otherCategoryId },
    });
    expect(moved).toMatchObject({ ok: true, changed: 2 });
    expect(loadEvent(a.id)!.categoryId).toBe(otherCategoryId);

    const tagged = bulkEditEvents(editor, {
      target: { ids: [a.id, b.id] },
      change: { kind: 'tags', add: ['New tag', 'Keep me'], remove: ['Old Tag'] },
    });
    expect(tagged).toMatchObject({ ok: true, changed: 2 });
    expect(loadEvent(a.id)!.tags.map((t) => t.name)).toEqual(['Keep me', 'New tag']);
    expect(
      loadEvent(b.id)!
        .tags.map((t) => t.name)
        .sort(),
    ).toEqual(['Keep me', 'New tag']);
    // The public tag pages of both the removed and the added tag expire.
    const newTagId = loadEvent(a.id)!.tags.find((t) => t.name === 'New tag')!.id;
    expect(tagged.ok && tagged.tags).toEqual(
      expect.arrayContaining([`tag:${oldTagId}`, `tag:${newTagId}`]),
    );
  });

  it('publishes every draft a filter matches, naming those that cannot be', () => {
    const word = `wombatine${Date.now()}`;
    const ready = insertEvent({ title: `Draft ${word} ready`, categoryId, status: 'draft' });
    const bare = insertEvent({
      title: `Draft ${word} bare`,
      categoryId,
      status: 'draft',
      summary: '',
    });
    const result = bulkEditEvents(editor, {
      target: { filter: { q: word, status: 'draft' } },
      change: { kind: 'status', action: 'publish' },
    });
    expect(result).toMatchObject({ ok: true, matched: 2, changed: 1 });
    expect(result.ok && result.skipped).toEqual([
      expect.objectContaining({ id: bare.id, title: `Draft ${word} bare` }),
    ]);
    expect(loadEvent(ready.id)!.status).toBe('published');
  });
});

describe('deleting from the trash for good', () => {
  it('is refused to an editor, in the data layer', () => {
    const e = insertEvent({ title: 'Not for editors to purge', categoryId, deletedAt: new Date() });
    expect(() => purgeEvents(editor, { target: { ids: [e.id] } })).toThrow(AuthorizationError);
    expect(() => emptyTrash(editor)).toThrow(AuthorizationError);
    expect(loadEvent(e.id)).not.toBeNull();
  });

  it('deletes only events in the trash, each with an audit row, and the events linked to them say so', () => {
    const kept = insertEvent({ title: 'Neighbour that stays', categoryId });
    const doomed = insertEvent({
      title: 'Doomed for good',
      categoryId,
      links: [{ eventId: kept.id, type: 'related', direction: 'from' }],
    });
    db.update(events).set({ deletedAt: new Date() }).where(eq(events.id, doomed.id)).run();
    const live = insertEvent({ title: 'Live, not purged', categoryId });
    const keptRevisions = revisionCount([kept.id]);

    const result = purgeEvents(admin, { target: { ids: [doomed.id, live.id] } });
    expect(result).toEqual({
      ok: true,
      purged: 1,
      skipped: [{ id: live.id, title: 'Live, not purged', reason: 'it is not in the trash.' }],
    });
    expect(loadEvent(doomed.id)).toBeNull();
    expect(loadEvent(live.id)).not.toBeNull();
    expect(revisionCount([doomed.id])).toBe(0);
    expect(ftsRows('events_cms_fts', [doomed.id])).toBe(0);
    expect(
      db.select({ n: count() }).from(eventLinks).where(eq(eventLinks.toEventId, kept.id)).get()?.n,
    ).toBe(0);
    // The neighbour's newest revision is the event as stored, without the link.
    expect(revisionCount([kept.id])).toBe(keptRevisions + 1);
    expect(loadEvent(kept.id)!.links).toEqual([]);
    const audit = auditOf('event.purge', [doomed.id]);
    expect(audit).toEqual([
      {
        entityId: String(doomed.id),
        details: expect.objectContaining({ title: 'Doomed for good', slug: expect.any(String) }),
      },
    ]);
  });

  it('empties the whole trash in chunks', () => {
    const ids = Array.from(
      { length: 230 },
      (_, i) => insertEvent({ title: `Trash pile ${i}`, categoryId, deletedAt: new Date() }).id,
    );
    expect(countTrash(editor)).toBeGreaterThanOrEqual(230);
    const result = emptyTrash(admin);
    expect(result.purged).toBeGreaterThanOrEqual(230);
    expect(countTrash(editor)).toBe(0);
    expect(auditOf('event.purge', ids)).toHaveLength(230);
    expect(listEventsForEditorIn(db, { status: 'trash' }).total).toBe(0);
  });
});
