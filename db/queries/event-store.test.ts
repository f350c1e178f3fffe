import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db, getDbHandle } from '@/db/client';
import { seedSampleContent } from '@/db/seed';
import { auditLog, events, people, revisions, tags, users } from '@/db/schema';
import { parseImportFile, parseImportJson, type ParsedImportFile } from '@/lib/import';
import { eventRecordSchema, readSnapshot, toSnapshot } from '@/lib/events/record';
import {
  createEventSchema,
  emptyEventFormValues,
  validateEventForm,
  type EventFormValues,
} from '@/lib/validation/event';
import {
  bulkSetStatus,
  createEvent,
  publishDueEvents,
  setEventStatus,
  updateEvent,
  type SaveResult,
} from './event-editor';
import { loadEvent, revisionSnapshotOf } from './event-store';
import { exportAlmanacIn } from './export';
import { EMPTY_EXPORT_FILTER } from '@/lib/import/export-filter';
import { importRows } from './import';
import { importFiles } from './import-run';
import { restoreRevision } from './revisions';
import { mergePeople, mergeTags, renameTag, updatePerson } from './taxonomy-admin';
import type { SessionUser } from '@/lib/auth/actor';
import { changeEvent, insertCategory, insertEvent } from './test-fixtures';

// Whoever writes an event (the form, the workflow button, bulk actions, the scheduler, a restore,
// the seed, each importer, the test fixtures), its newest revision holds exactly the event as the store loads it.

const NOW = new Date('2026-03-01T12:00:00Z');
const schema = createEventSchema({ now: () => NOW.getTime() });
let ada: SessionUser;
let categoryId: number;

beforeAll(() => {
  seedSampleContent(db);
  categoryId = insertCategory({ name: 'Store test' });
  const row = db
    .insert(users)
    .values({ name: 'Ada', email: 'ada@store.test', role: 'editor', passwordHash: 'x' })
    .returning({ id: users.id })
    .get();
  ada = { id: row.id, email: 'ada@store.test', name: 'Ada', role: 'editor' };
});

let n = 0;
function formInput(over: Partial<EventFormValues> = {}) {
  n++;
  const r = validateEventForm(
    {
      ...emptyEventFormValues(),
      title: `Store origin test number ${n} qx${n}`,
      year: '1931',
      month: '5',
      day: String(n),
      categoryId: String(categoryId),
      summary: 'A summary.',
      status: 'published',
      ...over,
    },
    schema,
  );
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.data;
}
const saved = (r: SaveResult) => {
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r;
};
const versionOf = (id: number) =>
  db.select({ v: events.version }).from(events).where(eq(events.id, id)).get()!.v;

/**
 * The newest revision's snapshot equals the versioned record of the event as stored (a live one,
 * an import's, holds none: it is read as the event).
 */
function expectSnapshotIsStored(id: number) {
  const latest = db
    .select({ snapshot: revisions.snapshot, version: revisions.version })
    .from(revisions)
    .where(eq(revisions.eventId, id))
    .orderBy(desc(revisions.version))
    .get();
  const stored = loadEvent(id);
  expect(stored, `event ${id}`).not.toBeNull();
  expect(eventRecordSchema.parse(stored)).toEqual(stored);
  const snapshot = revisionSnapshotOf(latest?.snapshot, id);
  expect(snapshot, `event ${id}`).toEqual(toSnapshot(stored!));
  expect(latest?.version).toBe(stored!.version);
  expect(readSnapshot(snapshot)).toEqual(stored);
}

describe('every writer', () => {
  it('the seed', () => {
    const ids = db.select({ id: events.id }).from(events).all();
    expect(ids.length).toBeGreaterThan(5);
    for (const { id } of ids) expectSnapshotIsStored(id);
  });

  it('the form: create and update, with tags, people, references and links', () => {
    const other = saved(createEvent(ada, { input: formInput(), now: NOW }));
    const e = saved(
      createEvent(ada, {
        input: formInput({
          tags: ['Store tag'],
          people: [{ personId: '', name: 'Store Person', role: 'subject' }],
          references: [{ url: 'https://example.org/a', title: 'A', publisher: '', accessedAt: '' }],
          links: [{ eventId: String(other.id), title: '', type: 'led_to', direction: 'from' }],
          keyPoints: ['One', 'Two'],
        }),
        now: NOW,
      }),
    );
    // (The other end's newest revision predates the link: a revision is of the event that was saved.)
    expectSnapshotIsStored(e.id);
    saved(
      updateEvent(ada, {
        id: e.id,
        expectedVersion: 1,
        input: formInput({ title: 'Store origin renamed qq', tags: [] }),
        allowDuplicates: true,
        now: NOW,
      }),
    );
    expectSnapshotIsStored(e.id);
  });

  it('tag and person renames and merges', () => {
    const e = saved(
      createEvent(ada, {
        input: formInput({
          tags: ['Renamed store tag', 'Merged store tag', 'Kept store tag'],
          people: [
            { personId: '', name: 'Renamed Store Person', role: 'subject' },
            { personId: '', name: 'Merged Store Person', role: '' },
            { personId: '', name: 'Kept Store Person', role: '' },
          ],
        }),
        now: NOW,
      }),
    );
    const tagId = (name: string) => db.select().from(tags).where(eq(tags.name, name)).get()!.id;
    const personId = (name: string) =>
      db.select().from(people).where(eq(people.name, name)).get()!.id;
    const steps = [
      () => renameTag(ada, { tagId: tagId('Renamed store tag'), name: 'Store tag, renamed' }),
      () =>
        mergeTags(ada, {
          sourceId: tagId('Merged store tag'),
          targetId: tagId('Kept store tag'),
        }),
      () => {
        const id = personId('Renamed Store Person');
        const p = db.select().from(people).where(eq(people.id, id)).get()!;
        return updatePerson(ada, id, {
          name: 'Store Person, renamed',
          slug: 'store-person-renamed',
          description: p.description,
          birthYear: p.birthYear,
          birthMonth: p.birthMonth,
          birthDay: p.birthDay,
          deathYear: p.deathYear,
          deathMonth: p.deathMonth,
          deathDay: p.deathDay,
          referenceUrl: p.referenceUrl,
        });
      },
      () =>
        mergePeople(ada, {
          sourceId: personId('Merged Store Person'),
          targetId: personId('Kept Store Person'),
        }),
    ];
    for (const [i, step] of steps.entries()) {
      expect(step()).toMatchObject({ ok: true });
      expect(versionOf(e.id)).toBe(2 + i);
      expectSnapshotIsStored(e.id);
    }
    expect(
      loadEvent(e.id)!
        .people.map((p) => p.name)
        .sort(),
    ).toEqual(['Kept Store Person', 'Store Person, renamed']);
    // None of those was a save of the event: a form opened before them saves without a conflict.
    expect(
      updateEvent(ada, {
        id: e.id,
        expectedVersion: 1,
        input: formInput({
          title: 'Store origin after renames qz',
          tags: ['Store tag, renamed', 'Kept store tag'],
        }),
        allowDuplicates: true,
        now: NOW,
      }),
    ).toMatchObject({ ok: true, version: 6 });
    expectSnapshotIsStored(e.id);
    const record = loadEvent(e.id)!;
    expect(record.tags.map((t) => t.name).sort()).toEqual(['Kept store tag', 'Store tag, renamed']);
    expect(record.people).toEqual([]);
  });

  it('the workflow button, bulk actions and the scheduler', () => {
    const e = saved(createEvent(ada, { input: formInput(), now: NOW }));
    for (const action of ['unpublish', 'trash', 'restore', 'publish'] as const) {
      const r = setEventStatus(ada, {
        id: e.id,
        action,
        expectedVersion: versionOf(e.id),
        now: NOW,
      });
      expect(r.ok, action).toBe(true);
      expectSnapshotIsStored(e.id);
    }
    expect(bulkSetStatus(ada, { ids: [e.id], action: 'unpublish', now: NOW }).changed).toBe(1);
    expectSnapshotIsStored(e.id);

    const due = saved(
      createEvent(ada, {
        input: formInput({ status: 'scheduled', publishAt: '2026-03-02T09:00' }),
        now: NOW,
      }),
    );
    expect(publishDueEvents(new Date('2026-03-02T10:00:00Z')).published).toContain(due.id);
    expectSnapshotIsStored(due.id);
  });

  it('a revision restore', () => {
    const e = saved(createEvent(ada, { input: formInput(), now: NOW }));
    saved(
      updateEvent(ada, {
        id: e.id,
        expectedVersion: 1,
        input: formInput({ title: 'Store restore second qz' }),
        allowDuplicates: true,
        now: NOW,
      }),
    );
    const first = db
      .select({ id: revisions.id })
      .from(revisions)
      .where(eq(revisions.eventId, e.id))
      .orderBy(revisions.version)
      .get()!;
    const r = restoreRevision(ada, {
      eventId: e.id,
      revisionId: first.id,
      expectedVersion: 2,
      now: NOW,
    });
    expect(r.ok).toBe(true);
    expectSnapshotIsStored(e.id);
  });

  it('a revision restore, of a version with tags, people, references and links, and its address', () => {
    const other = saved(createEvent(ada, { input: formInput(), now: NOW }));
    const e = saved(
      createEvent(ada, {
        input: formInput({
          tags: ['Store restore tag'],
          people: [{ personId: '', name: 'Store Restore Person', role: 'subject' }],
          references: [{ url: 'https://example.org/r', title: 'R', publisher: '', accessedAt: '' }],
          links: [{ eventId: String(other.id), title: '', type: 'part_of', direction: 'to' }],
        }),
        now: NOW,
      }),
    );
    saved(
      updateEvent(ada, {
        id: e.id,
        expectedVersion: 1,
        input: formInput({ title: 'Store restore second qz', slug: 'store-restore-second' }),
        allowDuplicates: true,
        now: NOW,
      }),
    );
    const first = db
      .select({ id: revisions.id })
      .from(revisions)
      .where(eq(revisions.eventId, e.id))
      .orderBy(revisions.version)
      .get()!;
    const r = restoreRevision(ada, {
      eventId: e.id,
      revisionId: first.id,
      expectedVersion: 2,
      now: NOW,
    });
    expect(r.ok).toBe(true);
    expectSnapshotIsStored(e.id);
    expect(loadEvent(e.id)).toMatchObject({
      slug: 'store-restore-second',
      tags: [{ name: 'Store restore tag' }],
      people: [{ name: 'Store Restore Person' }],
      references: [{ url: 'https://example.org/r' }],
      links: [{ eventId: other.id, type: 'part_of', direction: 'incoming' }],
    });
    const withAddress = restoreRevision(ada, {
      eventId: e.id,
      revisionId: first.id,
      expectedVersion: 3,
      restoreSlug: true,
      now: NOW,
    });
    expect(withAddress).toMatchObject({ ok: true, slugRestored: true });
    expectSnapshotIsStored(e.id);
  });

  it('the test fixtures: an event written in several steps, with its search entry and audit rows', () => {
    const other = insertEvent({ categoryId, slug: 'store-fixture-other' });
    expectSnapshotIsStored(other.id);
    const e = insertEvent({
      categoryId,
      slug: 'store-fixture',
      summary: '',
      tags: ['Store fixture tag'],
      people: [{ personId: null, name: 'Store Fixture Person', role: 'subject' }],
      references: [
        { url: 'https://example.org/f', title: 'F', publisher: null, accessedAt: '2026-01-02' },
      ],
      links: [{ eventId: other.id, type: 'led_to', direction: 'from' }],
      source: 'store fixture',
      sourceUrl: 'https://en.wikipedia.org/wiki/March_4',
      license: 'CC BY-SA 3.0',
      updatedAt: NOW,
    });
    // Published without a summary (as imported events may be): created a draft, then published.
    expect(loadEvent(e.id)).toMatchObject({
      status: 'published',
      version: 2,
      source: 'store fixture',
      license: 'CC BY-SA 3.0',
      publishedAt: NOW.toISOString(),
      links: [{ eventId: other.id, direction: 'outgoing' }],
    });
    expectSnapshotIsStored(e.id);
    const indexed = () =>
      db.get<{ tags: string; people: string } | undefined>(
        sql`SELECT tags, people FROM events_fts WHERE rowid = ${e.id}`,
      );
    expect(indexed()).toEqual({ tags: 'Store fixture tag', people: 'Store Fixture Person' });

    changeEvent(e.id, { title: 'Store fixture renamed', tags: [] });
    expectSnapshotIsStored(e.id);
    expect(indexed()).toEqual({ tags: '', people: 'Store Fixture Person' });
    expect(loadEvent(e.id)).toMatchObject({ version: 3, source: 'store fixture' });

    const trashed = insertEvent({
      categoryId,
      status: 'archived',
      publishedAt: new Date('2026-01-01T00:00:00Z'),
      deletedAt: NOW,
    });
    expect(loadEvent(trashed.id)).toMatchObject({
      status: 'archived',
      publishedAt: '2026-01-01T00:00:00.000Z',
      deletedAt: NOW.toISOString(),
      version: 3,
    });
    expectSnapshotIsStored(trashed.id);
    expect(
      db.get(sql`SELECT rowid FROM events_fts WHERE rowid = ${trashed.id}`),
      'not in the search index',
    ).toBeUndefined();
    const audit = (id: number) =>
      db
        .select({ action: auditLog.action })
        .from(auditLog)
        .where(and(eq(auditLog.entityType, 'event'), eq(auditLog.entityId, String(id))))
        .orderBy(asc(auditLog.id))
        .all()
        .map((a) => a.action);
    expect(audit(e.id)).toEqual(['event.create', 'event.publish', 'event.update']);
    expect(audit(trashed.id)).toEqual(['event.create', 'event.archive', 'event.trash']);
  });

  it('the muffinlabs and Wikimedia importer: new rows and updated ones', () => {
    const day = (text: string) => ({
      date: 'March 4',
      url: 'https://wikipedia.org/wiki/March_4',
      data: {
        Events: [{ year: '1933', text, html: '', no_year_html: '', links: [] }],
        Births: [
          {
            year: '1878',
            text: 'Store Importedperson, Example writer (d. 1950)',
            html: '',
            no_year_html: '',
            links: [
              {
                title: 'Store Importedperson',
                link: 'https://en.wikipedia.org/wiki/Store_Importedperson',
              },
            ],
          },
        ],
        Deaths: [],
      },
    });
    const parse = (text: string) => {
      const r = parseImportJson(day(text), { fileName: '03-04.json' });
      if (!r.ok) throw new Error(r.error);
      return r.value.rows;
    };
    importRows({ rows: parse('A store test inauguration takes place.'), status: 'published' });
    const ids = db
      .select({ id: events.id })
      .from(events)
      .where(eq(events.source, 'muffinlabs'))
      .all()
      .map((r) => r.id);
    expect(ids).toHaveLength(2);
    for (const id of ids) expectSnapshotIsStored(id);
    importRows({
      rows: parse('A store test inauguration takes place, revised.'),
      status: 'published',
    });
    for (const id of ids) expectSnapshotIsStored(id);
  });

  it('the Almanac importer', () => {
    const { sqlite } = getDbHandle();
    const doc = exportAlmanacIn(sqlite, EMPTY_EXPORT_FILTER, {
      exportedAt: NOW,
      site: { name: 'Test', url: null },
    });
    const base = doc.events.find((e) => e.links.length > 0 && e.tags.length > 0);
    if (!base) throw new Error('no sample event with links and tags');
    const copy = {
      ...base,
      slug: 'store-test-almanac-copy',
      title: 'Store test Almanac copy',
      externalId: null,
    };
    const parsed = parseImportFile(JSON.stringify({ ...doc, events: [copy] }), {
      fileName: 'a.json',
    });
    if (!parsed.ok) throw new Error(parsed.error);
    const files: ParsedImportFile[] = [parsed.value];
    const result = importFiles(files, { status: 'published', actorId: ada.id });
    expect(result.imported).toBe(1);
    const id = db.select({ id: events.id }).from(events).where(eq(events.slug, copy.slug)).get()!
      .id;
    expectSnapshotIsStored(id);
  });
});

describe('a save of a row that makes no valid record', () => {
  it('is rolled back: no revision, no change', () => {
    const created = saved(createEvent(ada, { input: formInput(), now: NOW }));
    // Something outside the store (a hand-edited database) left the key points as an object.
    db.run(sql`UPDATE events SET key_points = '{"a": 1}' WHERE id = ${created.id}`);
    const revisionsBefore = db
      .select({ id: revisions.id })
      .from(revisions)
      .where(eq(revisions.eventId, created.id))
      .all().length;
    expect(() => setEventStatus(ada, { id: created.id, action: 'archive', now: NOW })).toThrow(
      /does not make a valid record/,
    );
    expect(
      db.select({ id: revisions.id }).from(revisions).where(eq(revisions.eventId, created.id)).all()
        .length,
    ).toBe(revisionsBefore);
    expect(
      db.select({ s: events.status }).from(events).where(eq(events.id, created.id)).get()?.s,
    ).toBe('published');
  });
});
