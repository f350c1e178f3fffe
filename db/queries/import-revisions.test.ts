import { beforeAll, describe, expect, it } from 'vitest';
import { db, getDbHandle } from '@/db/client';
import { users } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/actor';
import { parseImportJson, type ImportRow } from '@/lib/import';
import { diffSnapshots } from '@/lib/revisions/diff';
import { setEventStatus } from './event-editor';
import { mergeCategories } from './taxonomy-admin';
import { loadEvent } from './event-store';
import { importRows } from './import';
import { getRevisionsByVersionIn, listRevisionsIn, restoreRevision } from './revisions';

// Compact import revisions (issue 12): an import's revision stores no snapshot while the event is
// at that version ("live"); whatever changes the event first stores the snapshot of the version it
// leaves. So the history page, its comparison and restore see every version as before.

const link = (title: string) => ({
  title,
  link: `https://en.wikipedia.org/wiki/${title.replace(/ /g, '_')}`,
});

const day = (text: string) => ({
  date: 'July 20',
  url: 'https://en.wikipedia.org/wiki/July_20',
  data: {
    Events: [
      {
        year: '1969',
        text,
        html: '',
        no_year_html: '',
        links: [link('Apollo 11'), link('Moon')],
      },
    ],
    Births: [],
    Deaths: [],
  },
});

const ORIGINAL = 'Apollo 11 lands on the Moon; Neil Armstrong and Buzz Aldrin walk on its surface';
const CHANGED =
  'Apollo 11 lands on the Moon; Neil Armstrong and Buzz Aldrin walk on the lunar surface for two hours';

function rowOf(text: string): ImportRow {
  const parsed = parseImportJson(day(text), { fileName: '07-20.json' });
  if (!parsed.ok) throw new Error(parsed.error);
  const row = parsed.value.rows[0]!;
  // The same entry at the source, worded anew: the same external id (as a corrected entry keeps).
  return { ...row, externalId: 'muffinlabs:07-20:event:apollo-11-test' };
}

const sqlite = () => getDbHandle().sqlite;
const stored = (eventId: number) =>
  sqlite()
    .prepare(
      'SELECT version, snapshot IS NULL AS live FROM revisions WHERE event_id = ? ORDER BY version',
    )
    .all(eventId) as { version: number; live: number }[];

let editor: SessionUser;
let eventId: number;

beforeAll(() => {
  const row = db
    .insert(users)
    .values({ name: 'Eve Editor', email: 'eve@example.org', role: 'editor', passwordHash: 'x' })
    .returning({ id: users.id })
    .get();
  editor = { id: row.id, email: 'eve@example.org', name: 'Eve Editor', role: 'editor' };
});

describe('an import’s revisions, stored compactly', () => {
  it('stores no second copy of a new event: its revision is the event as it stands', () => {
    expect(importRows({ rows: [rowOf(ORIGINAL)], status: 'published' })).toMatchObject({
      imported: 1,
    });
    eventId = Number(
      sqlite()
        .prepare(
          `SELECT id FROM events WHERE external_id = 'muffinlabs:07-20:event:apollo-11-test'`,
        )
        .pluck()
        .get(),
    );
    expect(stored(eventId)).toEqual([{ version: 1, live: 1 }]);
    const history = listRevisionsIn(db, eventId);
    expect(history.map((r) => [r.version, r.note, r.slug])).toEqual([
      [1, 'Imported from muffinlabs', loadEvent(eventId)!.slug],
    ]);
    const v1 = getRevisionsByVersionIn(db, eventId, [1]).get(1)!;
    expect(v1.snapshot).toEqual(loadEvent(eventId));
    expect(v1.snapshot.references.map((r) => r.title)).toEqual(['Apollo 11', 'Moon']);
  });

  it('keeps what the event was when a later import changes it: history, diff and restore', () => {
    expect(importRows({ rows: [rowOf(CHANGED)], status: 'published' })).toMatchObject({
      updated: 1,
    });
    // Version 1 now holds its snapshot; version 2 is live.
    expect(stored(eventId)).toEqual([
      { version: 1, live: 0 },
      { version: 2, live: 1 },
    ]);
    expect(listRevisionsIn(db, eventId).map((r) => [r.version, r.note])).toEqual([
      [2, 'Updated from muffinlabs'],
      [1, 'Imported from muffinlabs'],
    ]);
    const both = getRevisionsByVersionIn(db, eventId, [1, 2]);
    expect(both.get(1)!.snapshot.title).toBe(ORIGINAL);
    expect(both.get(2)!.snapshot.title).toBe(CHANGED);
    expect(both.get(1)!.snapshot.version).toBe(1);
    // The history page's comparison of the two versions shows the change of wording.
    const changes = diffSnapshots(both.get(1)!.snapshot, both.get(2)!.snapshot);
    expect(changes.find((c) => c.field === 'title')).toMatchObject({
      before: ORIGINAL,
      after: CHANGED,
    });

    // Restore brings the import's first wording back, as a new version; nothing is lost.
    const restored = restoreRevision(editor, {
      eventId,
      revisionId: both.get(1)!.id,
      expectedVersion: 2,
    });
    expect(restored).toMatchObject({ ok: true, version: 3, restoredVersion: 1 });
    expect(loadEvent(eventId)?.title).toBe(ORIGINAL);
    expect(loadEvent(eventId)?.references.map((r) => [r.title, r.publisher])).toEqual([
      ['Apollo 11', 'Wikipedia'],
      ['Moon', 'Wikipedia'],
    ]);
    expect(stored(eventId)).toEqual([
      { version: 1, live: 0 },
      { version: 2, live: 0 },
      { version: 3, live: 0 },
    ]);
    const all = getRevisionsByVersionIn(db, eventId, [1, 2, 3]);
    expect(all.get(2)!.snapshot.title).toBe(CHANGED);
    expect(all.get(3)!.snapshot.title).toBe(ORIGINAL);
    // The references, written as rows by the save, are the same as the import's.
    expect(
      sqlite()
        .prepare('SELECT count(*) FROM event_references WHERE event_id = ?')
        .pluck()
        .get(eventId),
    ).toBe(2);
    expect(all.get(3)!.snapshot.references).toEqual(all.get(1)!.snapshot.references);
  });

  it('keeps the import’s version when an editor only changes the workflow', () => {
    importRows({
      rows: [{ ...rowOf(ORIGINAL), externalId: 'muffinlabs:07-20:event:two' }],
      status: 'published',
    });
    const id = Number(
      sqlite()
        .prepare(`SELECT id FROM events WHERE external_id = 'muffinlabs:07-20:event:two'`)
        .pluck()
        .get(),
    );
    expect(stored(id)).toEqual([{ version: 1, live: 1 }]);
    expect(setEventStatus(editor, { id, action: 'unpublish', expectedVersion: 1 })).toMatchObject({
      ok: true,
    });
    const revisions = getRevisionsByVersionIn(db, id, [1, 2]);
    expect(revisions.get(1)!.snapshot.status).toBe('published');
    expect(revisions.get(2)!.snapshot.status).toBe('draft');
  });

  it('keeps the import’s category in its version when an admin merges that category away', () => {
    importRows({
      rows: [{ ...rowOf(ORIGINAL), externalId: 'muffinlabs:07-20:event:four' }],
      status: 'published',
    });
    const id = Number(
      sqlite()
        .prepare(`SELECT id FROM events WHERE external_id = 'muffinlabs:07-20:event:four'`)
        .pluck()
        .get(),
    );
    const before = loadEvent(id)!.category!;
    const target = Number(
      sqlite()
        .prepare(`SELECT id FROM categories WHERE id <> ? ORDER BY id LIMIT 1`)
        .pluck()
        .get(before.id),
    );
    const admin = { ...editor, role: 'admin' as const };
    expect(mergeCategories(admin, { sourceId: before.id, targetId: target })).toMatchObject({
      ok: true,
    });
    expect(loadEvent(id)!.category?.id).toBe(target);
    expect(getRevisionsByVersionIn(db, id, [1]).get(1)!.snapshot.category).toEqual(before);
  });

  it('refuses a change of version that would lose a live revision', () => {
    importRows({
      rows: [{ ...rowOf(ORIGINAL), externalId: 'muffinlabs:07-20:event:three' }],
      status: 'published',
    });
    const id = Number(
      sqlite()
        .prepare(`SELECT id FROM events WHERE external_id = 'muffinlabs:07-20:event:three'`)
        .pluck()
        .get(),
    );
    expect(() =>
      sqlite().prepare('UPDATE events SET version = version + 1 WHERE id = ?').run(id),
    ).toThrow(/live revision/);
    expect(stored(id)).toEqual([{ version: 1, live: 1 }]);
  });
});
