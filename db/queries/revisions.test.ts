import { and, count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { seedSampleContent } from '@/db/seed';
import { categories, eventSlugs, events, revisions, users } from '@/db/schema';
import { diffSnapshots } from '@/lib/revisions/diff';
import { toSnapshot, type RevisionSnapshotV1 } from '@/lib/events/record';
import { parseSnapshot, snapshotContent } from '@/lib/revisions/snapshot';
import {
  createEventSchema,
  emptyEventFormValues,
  validateEventForm,
  type EventFormValues,
  EVENT_LIMITS,
  type EventInput,
} from '@/lib/validation/event';
import { createEvent, setEventStatus, updateEvent, type SaveResult } from './event-editor';
import { resolveEventSlug } from './events';
import { loadEvent } from './event-store';
import { getRevisionsByVersionIn, listRevisionsIn, restoreRevision } from './revisions';
import type { SessionUser } from '@/lib/auth/actor';
import { insertCategory } from './test-fixtures';

const NOW = new Date('2026-03-01T12:00:00Z');
const schema = createEventSchema({ now: () => NOW.getTime() });

function makeUser(name: string): SessionUser {
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}@example.org`;
  const row = db
    .insert(users)
    .values({ name, email, role: 'editor', passwordHash: 'x' })
    .returning({ id: users.id })
    .get();
  return { id: row.id, email, name, role: 'editor' };
}

let categoryId: number;
let ada: SessionUser;
let bob: SessionUser;

beforeAll(() => {
  categoryId = insertCategory({ name: 'Politics' });
  ada = makeUser('Ada Lovelace');
  bob = makeUser('Bob Stale');
});

function input(over: Partial<EventFormValues> = {}): EventInput {
  const result = validateEventForm(
    {
      ...emptyEventFormValues(),
      title: 'UK recognises the Soviet Union',
      year: '1924',
      month: '2',
      day: '1',
      categoryId: String(categoryId),
      summary: 'Recognition in early January.',
      status: 'published',
      ...over,
    },
    schema,
  );
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

function ok(result: SaveResult): Extract<SaveResult, { ok: true }> {
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result;
}

function snapshotOf(eventId: number, version: number) {
  const rev = getRevisionsByVersionIn(db, eventId, [version]).get(version);
  if (!rev) throw new Error(`no revision ${version}`);
  return rev;
}

describe('revisions', () => {
  // First: the seed loads only into an empty events table.
  it('gives seeded revisions the same snapshot as an editor save', () => {
    seedSampleContent(db);
    const seeded = db
      .select({ eventId: revisions.eventId, snapshot: revisions.snapshot })
      .from(revisions)
      .where(and(eq(revisions.note, 'Sample content')))
      .all()
      .find((r) => (parseSnapshot(r.snapshot)?.links.length ?? 0) > 0);
    expect(seeded).toBeDefined();
    if (!seeded) return;
    // The seed writes its first revisions with the store's one writer: the snapshot is the event as
    // stored, versioned, so a restore of a sample event works.
    expect(seeded.snapshot).toEqual(toSnapshot(loadEvent(seeded.eventId)!));
    expect(typeof parseSnapshot(seeded.snapshot)?.links[0]?.eventTitle).toBe('string');
  });
  it('writes one per save, lists them newest first, and diffs any two', () => {
    const e = ok(
      createEvent(ada, {
        input: input({ tags: ['Diplomacy'], note: 'First draft' }),
        allowDuplicates: true,
        now: NOW,
      }),
    );
    ok(
      updateEvent(ada, {
        id: e.id,
        expectedVersion: 1,
        input: input({
          summary: 'Recognition on 1 February.',
          tags: ['Diplomacy', 'Recognition'],
          note: 'Date fixed',
        }),
        allowDuplicates: true,
      }),
    );
    setEventStatus(ada, { id: e.id, action: 'unpublish' });

    const list = listRevisionsIn(db, e.id);
    expect(list.map((r) => [r.version, r.note, r.authorName])).toEqual([
      [3, 'Unpublished (back to draft)', 'Ada Lovelace'],
      [2, 'Date fixed', 'Ada Lovelace'],
      [1, 'First draft', 'Ada Lovelace'],
    ]);

    const changes = diffSnapshots(snapshotOf(e.id, 1).snapshot, snapshotOf(e.id, 2).snapshot);
    expect(changes.map((c) => c.field)).toEqual(['summary', 'tags']);
    expect(changes[0]?.segments).toEqual([
      { op: 'equal', text: 'Recognition ' },
      { op: 'delete', text: 'in early January' },
      { op: 'insert', text: 'on 1 February' },
      { op: 'equal', text: '.' },
    ]);
    expect(
      diffSnapshots(snapshotOf(e.id, 2).snapshot, snapshotOf(e.id, 3).snapshot).map((c) => c.field),
    ).toEqual(['status']);
  });

  it('restores an old revision as a new one with the same content, keeping the status', () => {
    const e = ok(
      createEvent(ada, {
        input: input({
          title: 'Italy recognises the Soviet Union',
          day: '7',
          tags: ['Italy'],
          people: [{ personId: '', name: 'Benito Mussolini', role: 'Prime Minister' }],
          references: [
            { url: 'https://example.org/it', title: 'Source', publisher: '', accessedAt: '' },
          ],
        }),
        allowDuplicates: true,
        now: NOW,
      }),
    );
    ok(
      updateEvent(ada, {
        id: e.id,
        expectedVersion: 1,
        allowDuplicates: true,
        input: input({
          title: 'Italy recognises the USSR',
          slug: 'italy-ussr',
          day: '8',
          tags: ['Fascist Italy'],
          people: [],
          references: [],
        }),
      }),
    );
    const v1 = snapshotOf(e.id, 1);

    const restored = restoreRevision(ada, {
      eventId: e.id,
      revisionId: v1.id,
      expectedVersion: 2,
    });
    expect(restored).toMatchObject({
      ok: true,
      version: 3,
      restoredVersion: 1,
      slug: 'italy-ussr',
      slugRestored: false,
    });
    const v3 = snapshotOf(e.id, 3);
    expect(v3.note).toBe('Restored version 1');
    // The content of version 1, at the address the event has now: its readers meet no 404.
    expect(snapshotContent(v3.snapshot)).toEqual({
      ...snapshotContent(v1.snapshot),
      slug: 'italy-ussr',
    });
    expect(v3.snapshot.status).toBe('published');
    const slugNow = () =>
      db.select({ slug: events.slug }).from(events).where(eq(events.id, e.id)).get()?.slug;
    expect(slugNow()).toBe('italy-ussr');
    expect(resolveEventSlug('italy-ussr')).toEqual({
      eventId: e.id,
      slug: 'italy-ussr',
      isCurrent: true,
    });
    // Nothing is lost: versions 1 and 2 are still there.
    expect(listRevisionsIn(db, e.id).map((r) => [r.version, r.slug])).toEqual([
      [3, 'italy-ussr'],
      [2, 'italy-ussr'],
      [1, v1.snapshot.slug],
    ]);

    // Asked for, the old address comes back, and the one it had until now redirects to it.
    const withAddress = restoreRevision(ada, {
      eventId: e.id,
      revisionId: v1.id,
      expectedVersion: 3,
      restoreSlug: true,
    });
    expect(withAddress).toMatchObject({ ok: true, slug: v1.snapshot.slug, slugRestored: true });
    expect(snapshotContent(snapshotOf(e.id, 4).snapshot)).toEqual(snapshotContent(v1.snapshot));
    expect(slugNow()).toBe(v1.snapshot.slug);
    expect(resolveEventSlug('italy-ussr')).toEqual({
      eventId: e.id,
      slug: v1.snapshot.slug,
      isCurrent: false,
    });
    expect(resolveEventSlug(v1.snapshot.slug)).toMatchObject({ eventId: e.id, isCurrent: true });
  });

  it('keeps an editor’s choice to keep an event out of the selected list, in its versions too', () => {
    const e = ok(
      createEvent(ada, {
        input: input({ title: 'A selectable event', year: '1925' }),
        allowDuplicates: true,
        now: NOW,
      }),
    );
    const selectable = () =>
      db.select({ v: events.selectable }).from(events).where(eq(events.id, e.id)).get()?.v;
    expect(selectable()).toBe(true);
    ok(
      updateEvent(ada, {
        id: e.id,
        expectedVersion: 1,
        allowDuplicates: true,
        input: input({ title: 'A selectable event', year: '1925', selectable: false }),
      }),
    );
    expect(selectable()).toBe(false);
    const [v1, v2] = [snapshotOf(e.id, 1), snapshotOf(e.id, 2)];
    expect(v2.snapshot.selectable).toBe(false);
    expect(diffSnapshots(v1.snapshot, v2.snapshot)).toEqual([
      expect.objectContaining({ field: 'selectable', label: 'May be selected' }),
    ]);
    expect(
      restoreRevision(ada, { eventId: e.id, revisionId: v1.id, expectedVersion: 2 }),
    ).toMatchObject({ ok: true, version: 3 });
    expect(selectable()).toBe(true);
  });

  it('refuses to restore a version without a summary onto a published event', () => {
    const e = ok(
      createEvent(ada, {
        input: input({
          title: 'Pestkovsky presents credentials',
          day: '6',
          status: 'draft',
          summary: '',
        }),
        allowDuplicates: true,
        now: NOW,
      }),
    );
    ok(
      updateEvent(ada, {
        id: e.id,
        expectedVersion: 1,
        input: input({ title: 'Pestkovsky presents credentials', day: '6' }),
        allowDuplicates: true,
      }),
    );
    const result = restoreRevision(ada, {
      eventId: e.id,
      revisionId: snapshotOf(e.id, 1).id,
      expectedVersion: 2,
    });
    expect(result).toMatchObject({
      ok: false,
      code: 'invalid',
      message:
        'Version 1 has no summary, and a published event needs one: unpublish this event first, or restore another version.',
    });
    expect(db.select().from(events).where(eq(events.id, e.id)).get()).toMatchObject({
      status: 'published',
      summary: 'Recognition in early January.',
      version: 2,
    });
  });

  it('refuses a restore on a stale version, writing nothing', () => {
    const e = ok(
      createEvent(ada, {
        input: input({ title: 'Rakovsky arrives in London', day: '3' }),
        allowDuplicates: true,
        now: NOW,
      }),
    );
    ok(
      updateEvent(ada, {
        id: e.id,
        expectedVersion: 1,
        input: input({ title: 'Rakovsky reaches London', day: '3' }),
        allowDuplicates: true,
      }),
    );
    const v1 = snapshotOf(e.id, 1);
    const result = restoreRevision(bob, { eventId: e.id, revisionId: v1.id, expectedVersion: 1 });
    expect(result).toMatchObject({
      ok: false,
      code: 'conflict',
      conflict: { byName: 'Ada Lovelace', currentVersion: 2 },
    });
    expect(
      db.select({ n: count() }).from(revisions).where(eq(revisions.eventId, e.id)).get()?.n,
    ).toBe(2);
    expect(
      db.select({ title: events.title }).from(events).where(eq(events.id, e.id)).get()?.title,
    ).toBe('Rakovsky reaches London');
  });

  it('refuses a restore without a user, and a revision of another event', () => {
    const e = ok(
      createEvent(ada, {
        input: input({ title: 'Chicherin writes a note', day: '4' }),
        allowDuplicates: true,
        now: NOW,
      }),
    );
    const other = ok(
      createEvent(ada, {
        input: input({ title: 'Obregón government acts', day: '5' }),
        allowDuplicates: true,
        now: NOW,
      }),
    );
    const otherRev = snapshotOf(other.id, 1);
    expect(() =>
      restoreRevision(null, { eventId: e.id, revisionId: otherRev.id, expectedVersion: 1 }),
    ).toThrow(expect.objectContaining({ name: 'AuthorizationError' }));
    expect(
      restoreRevision(ada, { eventId: e.id, revisionId: otherRev.id, expectedVersion: 1 }),
    ).toMatchObject({
      ok: false,
      code: 'not_found',
    });
  });
});

describe('restoring checks what the version holds, as a save of it would', () => {
  const revisionCount = (eventId: number) =>
    db.select({ n: count() }).from(revisions).where(eq(revisions.eventId, eventId)).get()?.n;
  const row = (eventId: number) => db.select().from(events).where(eq(events.id, eventId)).get();
  /** Replaces a stored snapshot (a revision written by an older version of Almanac). */
  const rewrite = (revisionId: number, snapshot: Record<string, unknown>) =>
    db.update(revisions).set({ snapshot }).where(eq(revisions.id, revisionId)).run();
  const storedSnapshot = (revisionId: number) =>
    db.select({ s: revisions.snapshot }).from(revisions).where(eq(revisions.id, revisionId)).get()
      ?.s as RevisionSnapshotV1;

  /** An event with a second version; `first` and `second` are the form values of each. */
  function twoVersions(first: Partial<EventFormValues>, second: Partial<EventFormValues>) {
    const e = ok(createEvent(ada, { input: input(first), allowDuplicates: true, now: NOW }));
    ok(
      updateEvent(ada, {
        id: e.id,
        expectedVersion: 1,
        input: input({ ...first, ...second }),
        allowDuplicates: true,
        now: NOW,
      }),
    );
    return { id: e.id, v1: snapshotOf(e.id, 1) };
  }

  it('refuses a summary longer than a summary may be now, naming it, and writes nothing', () => {
    const { id, v1 } = twoVersions(
      { title: 'Denmark recognises the Soviet Union', day: '18' },
      { summary: 'Recognition in June.' },
    );
    const old = storedSnapshot(v1.id);
    const long = 'Recognition, told at length. '.repeat(30);
    expect(long.length).toBeGreaterThan(EVENT_LIMITS.summary);
    rewrite(v1.id, { ...old, event: { ...old.event, summary: long } });

    const result = restoreRevision(ada, { eventId: id, revisionId: v1.id, expectedVersion: 2 });
    expect(result).toEqual({
      ok: false,
      code: 'invalid',
      message:
        'Version 1 cannot be restored: The summary has at most 600 characters. Restore another version, or edit the event instead.',
      errors: { summary: ['The summary has at most 600 characters'] },
    });
    expect(row(id)).toMatchObject({ version: 2, summary: 'Recognition in June.' });
    expect(revisionCount(id)).toBe(2);
  });

  it('refuses a deleted category and links to events in the trash or gone, naming them', () => {
    const interwar = insertCategory({ name: 'Interwar' });
    const locarno = ok(
      createEvent(ada, {
        input: input({ title: 'Locarno treaties signed', day: '9' }),
        allowDuplicates: true,
        now: NOW,
      }),
    );
    const gone = ok(
      createEvent(ada, {
        input: input({ title: 'A since deleted event', day: '10' }),
        allowDuplicates: true,
        now: NOW,
      }),
    );
    const { id, v1 } = twoVersions(
      {
        title: 'Norway recognises the Soviet Union',
        day: '13',
        categoryId: String(interwar),
        links: [
          { eventId: String(locarno.id), title: '', type: 'related', direction: 'from' },
          { eventId: String(gone.id), title: '', type: 'led_to', direction: 'to' },
        ],
      },
      { categoryId: String(categoryId), links: [] },
    );
    expect(setEventStatus(ada, { id: locarno.id, action: 'trash', now: NOW }).ok).toBe(true);
    db.delete(events).where(eq(events.id, gone.id)).run();
    db.delete(categories).where(eq(categories.id, interwar)).run();

    const result = restoreRevision(ada, { eventId: id, revisionId: v1.id, expectedVersion: 2 });
    expect(result).toMatchObject({
      ok: false,
      code: 'invalid',
      message:
        'Version 1 cannot be restored: Its category “Interwar” no longer exists. Its link to “Locarno treaties signed”: that event is in the trash. Its link to “A since deleted event”: that event does not exist (any more). Restore another version, or edit the event instead.',
    });
    expect(row(id)).toMatchObject({ version: 2, categoryId });
    expect(revisionCount(id)).toBe(2);
  });

  it('reads a snapshot written before the format had a version, and checks it as well', () => {
    const { id, v1 } = twoVersions(
      { title: 'Greece recognises the Soviet Union', day: '8', tags: ['Greece'] },
      { title: 'Greece recognises the USSR', tags: [] },
    );
    // Unversioned, without the fields such snapshots lacked (former slugs, provenance, link titles).
    const {
      formerSlugs: _f,
      source: _s,
      sourceUrl: _u,
      license: _l,
      ...legacy
    } = storedSnapshot(v1.id).event;
    rewrite(v1.id, legacy);
    expect(
      restoreRevision(ada, { eventId: id, revisionId: v1.id, expectedVersion: 2, now: NOW }),
    ).toMatchObject({ ok: true, version: 3, restoredVersion: 1 });
    expect(snapshotContent(snapshotOf(id, 3).snapshot)).toEqual({
      ...snapshotContent(v1.snapshot),
      slug: snapshotOf(id, 2).snapshot.slug,
    });

    // One whose title did not survive: read leniently (an empty title), refused as the form would.
    const { title: _t, ...untitled } = legacy;
    rewrite(v1.id, untitled);
    expect(
      restoreRevision(ada, { eventId: id, revisionId: v1.id, expectedVersion: 3, now: NOW }),
    ).toMatchObject({
      ok: false,
      code: 'invalid',
      message:
        'Version 1 cannot be restored: Enter a title. Restore another version, or edit the event instead.',
    });
    expect(row(id)).toMatchObject({ version: 3, title: 'Greece recognises the Soviet Union' });
  });

  it('keeps the current address when another event holds the version’s now', () => {
    const { id, v1 } = twoVersions(
      { title: 'Albania recognises the Soviet Union', day: '17' },
      { title: 'Albania recognises the USSR', slug: 'albania-ussr' },
    );
    // Its old address freed (as an old import could leave it) and taken by another event.
    db.delete(eventSlugs).where(eq(eventSlugs.slug, v1.snapshot.slug)).run();
    ok(
      createEvent(ada, {
        input: input({ title: 'Another', slug: v1.snapshot.slug, day: '19' }),
        allowDuplicates: true,
        now: NOW,
      }),
    );
    expect(
      restoreRevision(ada, {
        eventId: id,
        revisionId: v1.id,
        expectedVersion: 2,
        restoreSlug: true,
        now: NOW,
      }),
    ).toMatchObject({ ok: true, slug: 'albania-ussr', slugRestored: false });
    expect(row(id)).toMatchObject({ title: 'Albania recognises the Soviet Union' });
  });
});
