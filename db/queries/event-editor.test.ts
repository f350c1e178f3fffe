import { and, count, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import {
  auditLog,
  eventLinks,
  eventPeople,
  eventReferences,
  events,
  eventSlugs,
  people,
  revisions,
  tags,
} from '@/db/schema';
import { cacheTags } from '@/lib/cache-tags';
import {
  createEventSchema,
  emptyEventFormValues,
  validateEventForm,
  type EventFormValues,
  type EventInput,
} from '@/lib/validation/event';
import {
  bulkSetStatus,
  createEvent,
  findLikelyDuplicatesIn,
  getEventForEditorIn,
  listEventsForEditorIn,
  publishDueEvents,
  searchEventsForLinkingIn,
  setEventStatus,
  updateEvent,
  type SaveResult,
} from './event-editor';
import { resolveEventSlug } from './events';
import { restoreRevision } from './revisions';
import { mergePeople } from './taxonomy-admin';
import { findPeople, findPersonMergesIn, findTags } from './taxonomy-write';
import type { SessionUser } from '@/lib/auth/actor';
import { insertActor } from '@/test/actors';
import { insertCategory, insertEvent } from './test-fixtures';

type StatusOptions = { id: number; expectedVersion?: number; now?: Date };
const trashEvent = (actor: SessionUser, o: StatusOptions) =>
  setEventStatus(actor, { ...o, action: 'trash' });
const restoreEvent = (actor: SessionUser, o: StatusOptions) =>
  setEventStatus(actor, { ...o, action: 'restore' });

const NOW = new Date('2026-03-01T12:00:00Z');
const schema = createEventSchema({ now: () => NOW.getTime() });

const makeUser = (name: string, role: 'editor' | 'admin' = 'editor') => insertActor(role, name);

let categoryId: number;
let otherCategoryId: number;
let ada: SessionUser;
let grace: SessionUser;

beforeAll(() => {
  categoryId = insertCategory({ name: 'Politics' });
  otherCategoryId = insertCategory({ name: 'Diplomacy' });
  ada = makeUser('Ada Editor');
  grace = makeUser('Grace Admin', 'admin');
});

let titleCounter = 0;
/** A valid event (through the real schema, as a form would send it). */
function input(over: Partial<EventFormValues> = {}): EventInput {
  titleCounter++;
  const result = validateEventForm(
    {
      ...emptyEventFormValues(),
      title: `Distinct happening number ${titleCounter} zq${titleCounter}`,
      year: '1924',
      month: '2',
      day: '1',
      categoryId: String(categoryId),
      summary: 'A summary.',
      status: 'published',
      ...over,
    },
    schema,
  );
  if (!result.ok) throw new Error(`fixture invalid: ${JSON.stringify(result.errors)}`);
  return result.data;
}

function created(result: SaveResult): Extract<SaveResult, { ok: true }> {
  if (!result.ok) throw new Error(`save failed: ${JSON.stringify(result)}`);
  return result;
}

const match = (q: string) =>
  db
    .all<{ rowid: number }>(sql`SELECT rowid FROM events_fts WHERE events_fts MATCH ${q}`)
    .map((r) => r.rowid);
const revisionCount = (eventId: number) =>
  db.select({ n: count() }).from(revisions).where(eq(revisions.eventId, eventId)).get()?.n ?? 0;
const eventRow = (id: number) => db.select().from(events).where(eq(events.id, id)).get();

describe('createEvent', () => {
  it('writes the event with its relations, version 1, a revision, the search index and an audit row', () => {
    const other = created(
      createEvent(ada, {
        input: input({ title: 'Italy recognises the Soviet Union', day: '7' }),
        now: NOW,
      }),
    );
    const result = created(
      createEvent(ada, {
        input: input({
          title: 'The United Kingdom recognises the Soviet Union',
          slug: '',
          tags: ['Diplomacy', 'Soviet Union'],
          people: [{ personId: '', name: 'Ramsay MacDonald', role: 'Prime Minister' }],
          references: [
            { url: 'https://example.org/b', title: 'Second', publisher: '', accessedAt: '' },
            {
              url: 'https://example.org/a',
              title: 'First',
              publisher: 'Pub',
              accessedAt: '2025-01-02',
            },
          ],
          links: [{ eventId: String(other.id), title: '', type: 'led_to', direction: 'from' }],
          note: 'First draft',
        }),
        now: NOW,
      }),
    );
    const row = eventRow(result.id);
    expect(row).toMatchObject({
      slug: 'the-united-kingdom-recognises-the-soviet-union',
      version: 1,
      status: 'published',
      createdBy: ada.id,
      updatedBy: ada.id,
    });
    expect(row?.publishedAt?.getTime()).toBe(NOW.getTime());
    expect(
      db
        .select({ name: tags.name })
        .from(tags)
        .all()
        .map((t) => t.name),
    ).toEqual(expect.arrayContaining(['Diplomacy', 'Soviet Union']));
    const person = db.select().from(people).where(eq(people.name, 'Ramsay MacDonald')).get();
    expect(person?.slug).toBe('ramsay-macdonald');
    expect(db.select().from(eventPeople).where(eq(eventPeople.eventId, result.id)).all()).toEqual([
      { eventId: result.id, personId: person?.id, role: 'Prime Minister', position: 0 },
    ]);
    expect(
      db
        .select({ title: eventReferences.title, position: eventReferences.position })
        .from(eventReferences)
        .where(eq(eventReferences.eventId, result.id))
        .orderBy(eventReferences.position)
        .all(),
    ).toEqual([
      { title: 'Second', position: 0 },
      { title: 'First', position: 1 },
    ]);
    expect(db.select().from(eventLinks).where(eq(eventLinks.fromEventId, result.id)).all()).toEqual(
      [expect.objectContaining({ toEventId: other.id, type: 'led_to', createdBy: ada.id })],
    );
    const rev = db.select().from(revisions).where(eq(revisions.eventId, result.id)).all();
    expect(rev).toEqual([
      expect.objectContaining({ version: 1, authorId: ada.id, note: 'First draft' }),
    ]);
    expect(match('macdonald')).toContain(result.id);
    expect(
      db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'event.create'), eq(auditLog.entityId, String(result.id))))
        .all(),
    ).toHaveLength(1);
    expect(result.tags).toEqual(
      expect.arrayContaining([
        cacheTags.event(result.id),
        cacheTags.day(2, 1),
        cacheTags.year(1924),
        cacheTags.category(categoryId),
        cacheTags.event(other.id),
        cacheTags.person(person?.id ?? 0),
        cacheTags.allEvents,
      ]),
    );
  });

  it('makes generated slugs unique and refuses a typed slug another event uses', () => {
    const a = created(
      createEvent(ada, { input: input({ title: 'Same words here', year: '1901' }), now: NOW }),
    );
    const b = created(
      createEvent(ada, { input: input({ title: 'Same words here', year: '1902' }), now: NOW }),
    );
    expect(a.slug).toBe('same-words-here');
    expect(b.slug).toBe('same-words-here-2');
    const c = createEvent(ada, { input: input({ slug: 'same-words-here' }), now: NOW });
    expect(c).toMatchObject({
      ok: false,
      code: 'invalid',
      errors: { slug: [expect.stringMatching(/taken by "Same words here"/)] },
    });
  });

  it('reuses existing tags by slug and a person of exactly the typed name', () => {
    const first = created(
      createEvent(ada, {
        input: input({
          tags: ['Cold War'],
          people: [{ personId: '', name: 'Zelda Quill', role: '' }],
        }),
        now: NOW,
      }),
    );
    const second = created(
      createEvent(ada, {
        input: input({
          tags: ['cold war'],
          people: [{ personId: '', name: 'zelda quill', role: 'Witness' }],
        }),
        now: NOW,
      }),
    );
    expect(db.select().from(tags).where(eq(tags.slug, 'cold-war')).all()).toHaveLength(1);
    expect(db.select().from(people).where(eq(people.slug, 'zelda-quill')).all()).toHaveLength(1);
    const personOf = (id: number) =>
      db.select().from(eventPeople).where(eq(eventPeople.eventId, id)).get()?.personId;
    expect(personOf(first.id)).toBe(personOf(second.id));
  });
});

describe('updateEvent', () => {
  it('bumps the version, keeps the old slug for the redirect, replaces relations and writes a revision', () => {
    const e = created(
      createEvent(ada, {
        input: input({
          title: 'Mexico recognises the Soviet Union',
          tags: ['Mexico'],
          month: '8',
          day: '4',
        }),
        now: NOW,
      }),
    );
    const result = created(
      updateEvent(grace, {
        id: e.id,
        expectedVersion: 1,
        input: input({
          title: 'Mexico recognises the USSR',
          slug: 'mexico-recognises-ussr',
          tags: ['Latin America'],
          month: '8',
          day: '5',
          categoryId: String(otherCategoryId),
          note: 'Renamed',
        }),
      }),
    );
    expect(result.version).toBe(2);
    expect(eventRow(e.id)).toMatchObject({
      slug: 'mexico-recognises-ussr',
      version: 2,
      updatedBy: grace.id,
      day: 5,
    });
    expect(
      db
        .select({ slug: eventSlugs.slug })
        .from(eventSlugs)
        .where(eq(eventSlugs.eventId, e.id))
        .all(),
    ).toEqual([{ slug: e.slug }]);
    expect(resolveEventSlug(e.slug)).toEqual({
      eventId: e.id,
      slug: 'mexico-recognises-ussr',
      isCurrent: false,
    });
    expect(getEventForEditorIn(db, e.id)?.values.tags).toEqual(['Latin America']);
    expect(revisionCount(e.id)).toBe(2);
    // Old and new day, old and new category, old and new tags.
    const mexico = db.select().from(tags).where(eq(tags.slug, 'mexico')).get();
    expect(result.tags).toEqual(
      expect.arrayContaining([
        cacheTags.day(8, 4),
        cacheTags.day(8, 5),
        cacheTags.category(categoryId),
        cacheTags.category(otherCategoryId),
        cacheTags.tag(mexico?.id ?? 0),
      ]),
    );
  });

  it('refuses the second of two editors with a stale version, names the first, and writes nothing', () => {
    const e = created(
      createEvent(ada, { input: input({ title: 'Treaty of Rapallo signed' }), now: NOW }),
    );
    // Both open version 1. Ada saves first.
    created(
      updateEvent(ada, {
        id: e.id,
        expectedVersion: 1,
        input: input({ title: 'Treaty of Rapallo is signed' }),
        allowDuplicates: true,
      }),
    );
    const before = {
      row: eventRow(e.id),
      revisions: revisionCount(e.id),
      audit: db.select({ n: count() }).from(auditLog).get()?.n,
    };

    const stale = updateEvent(grace, {
      id: e.id,
      expectedVersion: 1,
      input: input({ title: "Grace's title", tags: ['Should not exist'] }),
    });
    expect(stale).toMatchObject({
      ok: false,
      code: 'conflict',
      conflict: { byName: 'Ada Editor', currentVersion: 2 },
    });
    if (stale.ok || stale.code !== 'conflict') return;
    expect(stale.message).toMatch(/^Changed by Ada Editor at .+ UTC since you opened it\.$/);
    expect(eventRow(e.id)).toEqual(before.row);
    expect(revisionCount(e.id)).toBe(before.revisions);
    expect(db.select({ n: count() }).from(auditLog).get()?.n).toBe(before.audit);
    expect(db.select().from(tags).where(eq(tags.slug, 'should-not-exist')).get()).toBeUndefined();
  });

  it('refuses links to itself and to events in the trash', () => {
    const e = created(createEvent(ada, { input: input(), now: NOW }));
    const gone = created(createEvent(ada, { input: input(), now: NOW }));
    trashEvent(ada, { id: gone.id });
    const result = updateEvent(ada, {
      id: e.id,
      expectedVersion: 1,
      input: input({
        links: [
          { eventId: String(e.id), title: '', type: 'related', direction: 'from' },
          { eventId: String(gone.id), title: '', type: 'related', direction: 'from' },
        ],
      }),
    });
    expect(result).toMatchObject({
      ok: false,
      code: 'invalid',
      errors: {
        'links.0.eventId': [expect.stringMatching(/itself/)],
        'links.1.eventId': [expect.stringMatching(/trash/)],
      },
    });
    expect(eventRow(e.id)?.version).toBe(1);
  });

  it('keeps links stored once, whichever side saves them', () => {
    const a = created(createEvent(ada, { input: input(), now: NOW }));
    const b = created(
      createEvent(ada, {
        input: input({
          links: [{ eventId: String(a.id), title: '', type: 'part_of', direction: 'from' }],
        }),
        now: NOW,
      }),
    );
    // A's form shows the link as "Includes B" (direction `to`) and saves it back unchanged.
    const formA = getEventForEditorIn(db, a.id);
    expect(formA?.values.links).toEqual([
      expect.objectContaining({ eventId: String(b.id), type: 'part_of', direction: 'to' }),
    ]);
    created(
      updateEvent(ada, {
        id: a.id,
        expectedVersion: 1,
        input: input({ links: formA?.values.links ?? [] }),
      }),
    );
    expect(db.select().from(eventLinks).where(eq(eventLinks.toEventId, a.id)).all()).toEqual([
      expect.objectContaining({ fromEventId: b.id, toEventId: a.id, type: 'part_of' }),
    ]);
    // Removing it on A's side removes it for B too.
    created(updateEvent(ada, { id: a.id, expectedVersion: 2, input: input({ links: [] }) }));
    expect(db.select().from(eventLinks).where(eq(eventLinks.fromEventId, b.id)).all()).toEqual([]);
  });
});

describe('likely duplicates', () => {
  it('asks before saving a same-date event with a similar title, and saves when told to', () => {
    created(
      createEvent(ada, {
        input: input({ title: 'Coup in Myanmar', year: '2021', month: '2', day: '1' }),
        now: NOW,
      }),
    );
    const again = createEvent(ada, {
      input: input({ title: 'The coup in Myanmar', year: '2021', month: '2', day: '1' }),
      now: NOW,
    });
    expect(again).toMatchObject({
      ok: false,
      code: 'duplicates',
      duplicates: [expect.objectContaining({ title: 'Coup in Myanmar' })],
    });
    expect(
      findLikelyDuplicatesIn(db, { title: 'Coup in Myanmar', year: 2020, month: 2, day: 1 }),
    ).toEqual([]);
    expect(
      findLikelyDuplicatesIn(db, { title: 'Election in Myanmar', year: 2021, month: 2, day: 1 }),
    ).toEqual([]);
    expect(
      createEvent(ada, {
        input: input({ title: 'The coup in Myanmar', year: '2021', month: '2', day: '1' }),
        allowDuplicates: true,
        now: NOW,
      }).ok,
    ).toBe(true);
  });
});

describe('workflow', () => {
  it('publishes scheduled drafts when their time comes, with a revision and the search index', () => {
    const soon = created(
      createEvent(ada, {
        input: input({
          title: 'Scheduled quokka parade',
          status: 'scheduled',
          publishAt: '2026-03-01T13:00',
        }),
        now: NOW,
      }),
    );
    const later = created(
      createEvent(ada, {
        input: input({
          title: 'Later wombat parade',
          status: 'scheduled',
          publishAt: '2026-03-02T13:00',
        }),
        now: NOW,
      }),
    );
    expect(eventRow(soon.id)).toMatchObject({ status: 'draft', version: 1 });
    expect(match('quokka')).toEqual([]);
    expect(publishDueEvents(new Date('2026-03-01T12:59:00Z')).published).not.toContain(soon.id);

    const run = publishDueEvents(new Date('2026-03-01T13:00:30Z'));
    expect(run.published).toContain(soon.id);
    expect(run.published).not.toContain(later.id);
    expect(run.tags).toEqual(
      expect.arrayContaining([cacheTags.event(soon.id), cacheTags.day(2, 1), cacheTags.allEvents]),
    );
    expect(eventRow(soon.id)).toMatchObject({
      status: 'published',
      publishAt: null,
      version: 2,
      updatedBy: null,
    });
    expect(eventRow(later.id)?.status).toBe('draft');
    expect(match('quokka')).toEqual([soon.id]);
    const rev = db
      .select()
      .from(revisions)
      .where(and(eq(revisions.eventId, soon.id), eq(revisions.version, 2)))
      .get();
    expect(rev).toMatchObject({ authorId: null, note: 'Published as scheduled' });
    // Nothing left to do on the next run.
    expect(publishDueEvents(new Date('2026-03-01T13:01:00Z')).published).not.toContain(soon.id);
  });

  it('trash and restore: the search index follows, the list shows it in the trash, editing is refused', () => {
    const e = created(
      createEvent(ada, { input: input({ title: 'Platypus congress convenes' }), now: NOW }),
    );
    expect(match('platypus')).toEqual([e.id]);
    expect(trashEvent(ada, { id: e.id })).toMatchObject({ ok: true, version: 2 });
    expect(match('platypus')).toEqual([]);
    expect(
      listEventsForEditorIn(db, { status: 'trash', q: 'platypus' }).rows.map((r) => r.id),
    ).toEqual([e.id]);
    expect(listEventsForEditorIn(db, { status: 'all', q: 'platypus' }).rows).toEqual([]);
    expect(updateEvent(ada, { id: e.id, expectedVersion: 2, input: input() })).toMatchObject({
      ok: false,
      code: 'trashed',
    });
    expect(searchEventsForLinkingIn(db, 'platypus')).toEqual([]);

    expect(restoreEvent(ada, { id: e.id, expectedVersion: 2 })).toMatchObject({
      ok: true,
      version: 3,
    });
    expect(match('platypus')).toEqual([e.id]);
    expect(revisionCount(e.id)).toBe(3);
  });

  it('unpublishes, archives and schedules with a version check', () => {
    const e = created(createEvent(ada, { input: input({ title: 'Echidna summit' }), now: NOW }));
    expect(
      setEventStatus(ada, { id: e.id, action: 'unpublish', expectedVersion: 1 }),
    ).toMatchObject({ ok: true, version: 2 });
    expect(match('echidna')).toEqual([]);
    expect(setEventStatus(ada, { id: e.id, action: 'archive', expectedVersion: 1 })).toMatchObject({
      ok: false,
      code: 'conflict',
    });
    expect(
      setEventStatus(ada, {
        id: e.id,
        action: 'schedule',
        publishAt: new Date('2020-01-01'),
        now: NOW,
      }),
    ).toMatchObject({ ok: false, code: 'invalid' });
    expect(
      setEventStatus(ada, {
        id: e.id,
        action: 'schedule',
        publishAt: new Date('2026-04-01'),
        now: NOW,
      }),
    ).toMatchObject({ ok: true });
    expect(
      listEventsForEditorIn(db, { status: 'scheduled', q: 'echidna' }).rows.map((r) => r.id),
    ).toEqual([e.id]);
  });

  it('bulk actions change many events in one go and skip what does not apply', () => {
    const a = created(
      createEvent(ada, {
        input: input({ title: 'Bulk narwhal one', status: 'draft' }),
        now: NOW,
      }),
    );
    const b = created(
      createEvent(ada, {
        input: input({ title: 'Bulk narwhal two', status: 'draft' }),
        allowDuplicates: true,
        now: NOW,
      }),
    );
    const published = bulkSetStatus(ada, { ids: [a.id, b.id, 999_999], action: 'publish' });
    expect(published.changed).toBe(2);
    expect(published.skipped).toEqual([{ id: 999_999, reason: 'That event does not exist.' }]);
    expect(match('narwhal').sort()).toEqual([a.id, b.id].sort());
    expect(bulkSetStatus(ada, { ids: [a.id, b.id], action: 'trash' }).changed).toBe(2);
    expect(match('narwhal')).toEqual([]);
  });
});

describe('what publishing requires, on every path that publishes', () => {
  // A draft without a summary: the form saves it, and refuses to publish it.
  const draftWithoutSummary = (title: string) =>
    created(
      createEvent(ada, {
        input: input({ title, status: 'draft', summary: '' }),
        allowDuplicates: true,
        now: NOW,
      }),
    );
  const statusOf = (id: number) => eventRow(id)?.status;

  it('the form refuses it, and so does the save itself when handed a published event without one', () => {
    const form = {
      ...emptyEventFormValues(),
      title: 'Summaryless kakapo',
      year: '1924',
      month: '2',
      day: '1',
      categoryId: String(categoryId),
      status: 'published',
    };
    expect(validateEventForm(form, schema)).toEqual(
      expect.objectContaining({
        ok: false,
        errors: expect.objectContaining({ summary: [expect.stringMatching(/needs a summary/)] }),
      }),
    );
    const draft = input({ title: 'Summaryless kakapo', status: 'draft', summary: '' });
    const create = createEvent(ada, { input: { ...draft, status: 'published' }, now: NOW });
    expect(create).toMatchObject({ ok: false, code: 'invalid' });
    expect(create.ok ? null : 'errors' in create && create.errors.summary).toEqual([
      expect.stringMatching(/needs a summary/),
    ]);
    const e = draftWithoutSummary('Summaryless kakapo draft');
    const publish = updateEvent(ada, {
      id: e.id,
      expectedVersion: 1,
      input: { ...draft, status: 'published' },
      now: NOW,
    });
    expect(publish).toMatchObject({ ok: false, code: 'invalid' });
    const schedule = updateEvent(ada, {
      id: e.id,
      expectedVersion: 1,
      input: { ...draft, status: 'draft', publishAt: new Date('2026-04-01T00:00:00Z') },
      now: NOW,
    });
    expect(schedule).toMatchObject({ ok: false, code: 'invalid' });
    expect(eventRow(e.id)).toMatchObject({ status: 'draft', publishAt: null, version: 1 });
  });

  it('the workflow buttons refuse to publish or schedule it, saying why', () => {
    const e = draftWithoutSummary('Summaryless takahe');
    const publish = setEventStatus(ada, { id: e.id, action: 'publish', now: NOW });
    expect(publish).toMatchObject({
      ok: false,
      code: 'invalid',
      message: 'Not published: it needs a summary.',
      errors: { summary: [expect.stringMatching(/needs a summary/)] },
    });
    expect(
      setEventStatus(ada, {
        id: e.id,
        action: 'schedule',
        publishAt: new Date('2026-04-01T00:00:00Z'),
        now: NOW,
      }),
    ).toMatchObject({ ok: false, message: 'Not scheduled: it needs a summary.' });
    expect(eventRow(e.id)).toMatchObject({ status: 'draft', publishAt: null, version: 1 });
    expect(match('takahe')).toEqual([]);
  });

  it('bulk publish publishes the others and names each event it did not publish, and why', () => {
    const good = created(
      createEvent(ada, {
        input: input({ title: 'Bulk kea with a summary', status: 'draft' }),
        allowDuplicates: true,
        now: NOW,
      }),
    );
    const bad = draftWithoutSummary('Bulk kea without one');
    const result = bulkSetStatus(ada, { ids: [good.id, bad.id], action: 'publish', now: NOW });
    expect(result.changed).toBe(1);
    expect(result.skipped).toEqual([
      { id: bad.id, title: 'Bulk kea without one', reason: 'it needs a summary.' },
    ]);
    expect(statusOf(good.id)).toBe('published');
    expect(statusOf(bad.id)).toBe('draft');
    expect(match('kea')).toEqual([good.id]);
  });

  it('the scheduler leaves a due event that cannot be published scheduled, and reports it', () => {
    const e = created(
      createEvent(ada, {
        input: input({
          title: 'Scheduled weka',
          status: 'scheduled',
          publishAt: '2026-03-01T13:00',
        }),
        now: NOW,
      }),
    );
    // Emptied since by something other than the form (an older version of Almanac, a script).
    db.update(events).set({ summary: '' }).where(eq(events.id, e.id)).run();
    const run = publishDueEvents(new Date('2026-03-01T13:00:30Z'));
    expect(run.published).not.toContain(e.id);
    expect(run.skipped).toContainEqual({
      id: e.id,
      title: 'Scheduled weka',
      reason: 'it needs a summary',
    });
    expect(eventRow(e.id)).toMatchObject({ status: 'draft', version: 1 });
    expect(eventRow(e.id)?.publishAt).not.toBeNull();
    expect(match('weka')).toEqual([]);
  });

  it('restoring from the trash brings back a published event that cannot be published as a draft', () => {
    const e = created(createEvent(ada, { input: input({ title: 'Trashed pukeko' }), now: NOW }));
    expect(trashEvent(ada, { id: e.id, now: NOW })).toMatchObject({ ok: true });
    db.update(events).set({ summary: '' }).where(eq(events.id, e.id)).run();
    const restored = restoreEvent(ada, { id: e.id, now: NOW });
    expect(restored).toMatchObject({
      ok: true,
      restoredAsDraft: 'restored as a draft: it needs a summary',
    });
    expect(eventRow(e.id)).toMatchObject({ status: 'draft', deletedAt: null });
    expect(match('pukeko')).toEqual([]);
    // In bulk too, and the list says so.
    const other = created(
      createEvent(ada, {
        input: input({ title: 'Trashed pukeko two' }),
        allowDuplicates: true,
        now: NOW,
      }),
    );
    trashEvent(ada, { id: other.id, now: NOW });
    db.update(events).set({ summary: ' ' }).where(eq(events.id, other.id)).run();
    const bulk = bulkSetStatus(ada, { ids: [other.id], action: 'restore', now: NOW });
    expect(bulk).toMatchObject({
      changed: 1,
      skipped: [],
      notes: [
        {
          id: other.id,
          title: 'Trashed pukeko two',
          note: 'restored as a draft: it needs a summary',
        },
      ],
    });
    expect(statusOf(other.id)).toBe('draft');
  });
});

describe('an imported entry, whose title is its whole text', () => {
  // A one-sentence entry as the importer writes it: the sentence is the title, the summary empty.
  const importedDraft = (title: string) =>
    insertEvent({
      title,
      summary: '',
      year: 1924,
      month: 2,
      day: 1,
      categoryId,
      status: 'draft',
      source: 'muffinlabs',
      sourceUrl: 'https://en.wikipedia.org/wiki/February_1',
      license: 'CC BY-SA 3.0',
    });

  it('is published without a summary by the form, the save and the workflow button', () => {
    const e = importedDraft(
      'A harbour crane of the northern port collapses onto a moored ferry loaded with cattle and grain for the islands',
    );
    const opened = getEventForEditorIn(db, e.id)!;
    expect(opened.source).toBe('muffinlabs');
    const form = createEventSchema({
      now: () => NOW.getTime(),
      stored: opened.values,
      source: opened.source,
    });
    const parsed = validateEventForm({ ...opened.values, status: 'published' }, form);
    expect(parsed).toMatchObject({ ok: true });
    // Without its source the form holds it to the rule of an event written here.
    expect(
      validateEventForm(
        { ...opened.values, status: 'published' },
        createEventSchema({ now: () => NOW.getTime(), stored: opened.values }),
      ),
    ).toMatchObject({ ok: false, errors: { summary: [expect.stringMatching(/needs a summary/)] } });
    if (!parsed.ok) return;
    const saved = updateEvent(ada, {
      id: e.id,
      expectedVersion: parsed.data.version ?? 0,
      input: parsed.data,
      now: NOW,
    });
    expect(saved).toMatchObject({ ok: true });
    expect(eventRow(e.id)).toMatchObject({
      status: 'published',
      summary: '',
      source: 'muffinlabs',
    });

    const other = importedDraft(
      'A second harbour crane of the southern port is taken down for repairs',
    );
    expect(setEventStatus(ada, { id: other.id, action: 'publish', now: NOW })).toMatchObject({
      ok: true,
    });
    expect(eventRow(other.id)).toMatchObject({ status: 'published', summary: '' });
  });
});

describe('a field the editor did not change never blocks a save', () => {
  it('saves a typo fix on an event with an imported slug longer than the form allows', () => {
    const linked = created(
      createEvent(ada, { input: input({ title: 'Kept link target kiwi' }), now: NOW }),
    );
    const e = created(
      createEvent(ada, {
        input: input({
          title: 'Legacy slug kiwi',
          links: [{ eventId: String(linked.id), title: '', type: 'led_to', direction: 'from' }],
        }),
        now: NOW,
      }),
    );
    // As the importer wrote it before the slug rule applied to it, and the linked event trashed since.
    const longSlug = `${'a-slug-from-an-older-import-'.repeat(3)}1924`;
    expect(longSlug.length).toBeGreaterThan(80);
    db.update(events).set({ slug: longSlug }).where(eq(events.id, e.id)).run();
    trashEvent(ada, { id: linked.id, now: NOW });

    const opened = getEventForEditorIn(db, e.id);
    if (!opened) throw new Error('not found');
    const values = { ...opened.values, title: 'Legacy slug kiwi (typo fixed)' };
    // The form's rule for new slugs refuses it; checked against the stored event, it is kept.
    expect(validateEventForm(values, schema)).toMatchObject({
      ok: false,
      errors: { slug: ['A slug has at most 80 characters'] },
    });
    const checked = validateEventForm(
      values,
      createEventSchema({ now: () => NOW.getTime(), stored: opened.values }),
    );
    if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
    const saved = updateEvent(ada, {
      id: e.id,
      expectedVersion: opened.version,
      input: checked.data,
      now: NOW,
    });
    expect(saved).toMatchObject({ ok: true, slug: longSlug });
    expect(eventRow(e.id)).toMatchObject({
      title: 'Legacy slug kiwi (typo fixed)',
      slug: longSlug,
    });
    expect(db.select().from(eventSlugs).where(eq(eventSlugs.eventId, e.id)).all()).toEqual([]);
    // The link the editor kept stays, though its other end is in the trash now.
    expect(db.select().from(eventLinks).where(eq(eventLinks.fromEventId, e.id)).all()).toEqual([
      expect.objectContaining({ toEventId: linked.id, type: 'led_to' }),
    ]);
  });
});

describe('a person merged into another while a form is open', () => {
  const personNamed = (name: string) => db.select().from(people).where(eq(people.name, name)).all();
  const peopleOf = (eventId: number) =>
    db
      .select({ personId: eventPeople.personId })
      .from(eventPeople)
      .where(eq(eventPeople.eventId, eventId))
      .all()
      .map((r) => r.personId);

  it('refuses the save, naming the person and whom they were merged into, and writes nothing', () => {
    const e = created(
      createEvent(ada, {
        input: input({
          title: 'Merged person albatross',
          people: [{ personId: '', name: 'Ada Mergedaway', role: 'Witness' }],
        }),
        now: NOW,
      }),
    );
    const target = created(
      createEvent(ada, {
        input: input({
          title: 'Merge target albatross',
          people: [{ personId: '', name: 'Augusta Kept', role: '' }],
        }),
        allowDuplicates: true,
        now: NOW,
      }),
    );
    const [source] = personNamed('Ada Mergedaway');
    const [kept] = personNamed('Augusta Kept');
    if (!source || !kept) throw new Error('people missing');

    const opened = getEventForEditorIn(db, e.id);
    if (!opened) throw new Error('not found');
    expect(mergePeople(ada, { sourceId: source.id, targetId: kept.id })).toMatchObject({
      ok: true,
    });
    // The merge is a change of the event (a new version and revision, see taxonomy-admin.test.ts).
    const merged = eventRow(e.id)!.version;
    expect(merged).toBe(opened.version + 1);

    const values = { ...opened.values, title: 'Merged person albatross (edited)' };
    const checked = validateEventForm(
      values,
      createEventSchema({ now: () => NOW.getTime(), stored: opened.values }),
    );
    if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
    const saved = updateEvent(ada, {
      id: e.id,
      expectedVersion: opened.version,
      input: checked.data,
      now: NOW,
    });
    expect(saved).toMatchObject({
      ok: false,
      code: 'invalid',
      errors: {
        'people.0.name': [
          '“Ada Mergedaway” was merged into “Augusta Kept” after this form was opened: remove this row, and add Augusta Kept if they belong here',
        ],
      },
    });
    expect(eventRow(e.id)).toMatchObject({ title: 'Merged person albatross', version: merged });
    expect(peopleOf(e.id)).toEqual([kept.id]);
    expect(target.id).toBeGreaterThan(0);
  });

  it('a restore of a version that names them takes the person they became, creating nobody', () => {
    const e = created(
      createEvent(ada, {
        input: input({
          title: 'Restored petrel',
          people: [{ personId: '', name: 'Petrel Gone', role: 'Pilot' }],
        }),
        now: NOW,
      }),
    );
    const [gone] = personNamed('Petrel Gone');
    if (!gone) throw new Error('person missing');
    const [survivor] = db
      .insert(people)
      .values({ slug: 'petrel-survivor', name: 'Petrel Survivor' })
      .returning({ id: people.id })
      .all();
    if (!survivor) throw new Error('insert failed');
    // Version 2 without them, then the merge.
    created(
      updateEvent(ada, {
        id: e.id,
        expectedVersion: 1,
        input: input({ title: 'Restored petrel', people: [] }),
        allowDuplicates: true,
        now: NOW,
      }),
    );
    mergePeople(ada, { sourceId: gone.id, targetId: survivor.id });
    const v1 = db
      .select({ id: revisions.id })
      .from(revisions)
      .where(and(eq(revisions.eventId, e.id), eq(revisions.version, 1)))
      .get();
    expect(
      restoreRevision(ada, { eventId: e.id, revisionId: v1?.id ?? 0, expectedVersion: 2 }),
    ).toMatchObject({ ok: true });
    expect(peopleOf(e.id)).toEqual([survivor.id]);
    expect(personNamed('Petrel Gone')).toEqual([]);
  });

  it('remembers whom a person became through later merges', () => {
    const ids = ['Chain One', 'Chain Two', 'Chain Three'].map(
      (name, i) =>
        db
          .insert(people)
          .values({ slug: `chain-${i}`, name })
          .returning({ id: people.id })
          .get().id,
    );
    const [one, two, three] = ids as [number, number, number];
    mergePeople(ada, { sourceId: one, targetId: two });
    mergePeople(ada, { sourceId: two, targetId: three });
    expect(findPersonMergesIn(db, [one, two])).toEqual(
      new Map([
        [one, { name: 'Chain One', into: { id: three, name: 'Chain Three' } }],
        [two, { name: 'Chain Two', into: { id: three, name: 'Chain Three' } }],
      ]),
    );
  });
});

describe('the edit form round trip', () => {
  it('opens an event as form values that save back to the same content', () => {
    const other = created(
      createEvent(ada, { input: input({ title: 'Roundtrip target event' }), now: NOW }),
    );
    const e = created(
      createEvent(ada, {
        input: input({
          title: 'Roundtrip source event',
          circa: true,
          precision: 'month',
          day: '',
          endYear: '1925',
          latitude: '10.5',
          longitude: '-3.25',
          keyPoints: ['One', 'Two'],
          body: '## Heading\n\nText with **bold**.',
          imageUrl: 'https://example.org/i.jpg',
          imageAlt: 'An image',
          tags: ['Roundtrip'],
          people: [{ personId: '', name: 'Roundtrip Person', role: 'Lead' }],
          references: [
            { url: 'https://example.org/r', title: 'R', publisher: 'P', accessedAt: '2025-05-05' },
          ],
          links: [{ eventId: String(other.id), title: '', type: 'led_to', direction: 'to' }],
          status: 'scheduled',
          publishAt: '2026-06-01T08:00',
        }),
        now: NOW,
      }),
    );
    const opened = getEventForEditorIn(db, e.id);
    expect(opened?.values).toMatchObject({
      status: 'scheduled',
      publishAt: '2026-06-01T08:00',
      precision: 'month',
      day: '',
      circa: true,
      endYear: '1925',
      links: [
        {
          eventId: String(other.id),
          title: 'Roundtrip target event',
          type: 'led_to',
          direction: 'to',
        },
      ],
      version: '1',
    });
    const reparsed = validateEventForm(opened!.values, schema);
    expect(reparsed.ok).toBe(true);
    if (!reparsed.ok) return;
    const before = db.select().from(revisions).where(eq(revisions.eventId, e.id)).get()?.snapshot;
    created(updateEvent(ada, { id: e.id, expectedVersion: 1, input: reparsed.data }));
    const after = db
      .select()
      .from(revisions)
      .where(and(eq(revisions.eventId, e.id), eq(revisions.version, 2)))
      .get()?.snapshot;
    const strip = (snap: Record<string, unknown> | null | undefined) => {
      const {
        version: _v,
        updatedAt: _u,
        ...rest
      } = (snap?.event ?? {}) as Record<string, unknown>;
      return rest;
    };
    expect(strip(after)).toEqual(strip(before));
  });
});

describe('picker searches', () => {
  it('find tags, people and events to link by what is typed, literally', () => {
    created(
      createEvent(ada, {
        input: input({
          title: 'Picker 100% literal',
          tags: ['Picker_tag'],
          people: [{ personId: '', name: 'Pickwick Papers', role: '' }],
        }),
        now: NOW,
      }),
    );
    expect(findTags(db, 'picker_').map((t) => t.name)).toEqual(['Picker_tag']);
    expect(findTags(db, 'picker%')).toEqual([]);
    expect(findPeople(db, 'pickw').map((p) => p.name)).toEqual(['Pickwick Papers']);
    expect(searchEventsForLinkingIn(db, '100%').map((r) => r.title)).toEqual([
      'Picker 100% literal',
    ]);
    expect(searchEventsForLinkingIn(db, '100_')).toEqual([]);
  });
});

describe('the event list’s search', () => {
  it('finds drafts, archived and trashed events by title, summary, body and people, best match first', () => {
    let day = 0;
    const save = (over: Partial<EventFormValues>) =>
      created(
        createEvent(ada, { input: input({ month: '5', day: String(++day), ...over }), now: NOW }),
      ).id;
    const inBody = save({
      title: 'A treaty is signed at Versailles',
      summary: 'The delegates meet in the Hall of Mirrors.',
      body: 'Later accounts mention the bilbies kept in the palace gardens.',
      status: 'draft',
    });
    const inTitle = save({ title: 'Bilbies are shown in London', status: 'draft' });
    const inSummary = save({
      title: 'A zoo opens in Melbourne',
      summary: 'Its first animals are two bilbies.',
    });
    const archived = save({ title: 'Bilby keepers strike' });
    expect(setEventStatus(ada, { id: archived, action: 'archive' })).toMatchObject({ ok: true });
    const byPerson = save({
      title: 'A naturalist sails for Tasmania',
      people: [{ personId: '', name: 'Walter Quollman', role: '' }],
    });
    const trashed = save({ title: 'Bilby census', status: 'draft' });
    expect(setEventStatus(ada, { id: trashed, action: 'trash' })).toMatchObject({ ok: true });

    const ids = (f: Parameters<typeof listEventsForEditorIn>[1]) =>
      listEventsForEditorIn(db, f).rows.map((r) => r.id);
    // "bilby" stems like "bilbies"; the title weighs most, then the summary, then the body.
    const found = ids({ q: 'bilby' });
    expect(found.slice(0, 2).sort()).toEqual([inTitle, archived].sort());
    expect(found.slice(2)).toEqual([inSummary, inBody]);
    expect(listEventsForEditorIn(db, { q: 'bilby' }).total).toBe(4);
    expect(ids({ q: 'quollman' })).toEqual([byPerson]);
    expect(ids({ q: 'bilby', status: 'draft' })).toEqual([inTitle, inBody]);
    expect(ids({ q: 'bilby', status: 'archived' })).toEqual([archived]);
    expect(ids({ q: 'bilby', status: 'trash' })).toEqual([trashed]);
    // Another order still searches the same way; a page of the best matches; no words, nothing.
    expect(ids({ q: 'bilbies', sort: 'title' })).toEqual([inBody, inSummary, inTitle, archived]);
    expect(ids({ q: 'bilby', pageSize: 2, page: 2 })).toEqual(found.slice(2, 4));
    expect(ids({ q: '"***"' })).toEqual([]);
    // Readers' search sees none of the drafts.
    expect(match('bilby')).toEqual([inSummary]);
  });
});

describe('role checks', () => {
  it('refuses a call without a user, writing nothing', async () => {
    const before = db.select({ n: count() }).from(events).get()?.n;
    expect(() => createEvent(null, { input: input() })).toThrow(
      expect.objectContaining({ name: 'AuthorizationError', reason: 'unauthenticated' }),
    );
    expect(() => bulkSetStatus(null, { ids: [1], action: 'trash' })).toThrow(
      expect.objectContaining({ reason: 'unauthenticated' }),
    );
    expect(() =>
      setEventStatus(undefined as unknown as null, { id: 1, action: 'publish' }),
    ).toThrow(/session/);
    expect(() => updateEvent(null, { id: 1, expectedVersion: 1, input: input() })).toThrow(
      expect.objectContaining({ reason: 'unauthenticated' }),
    );
    // A hand-made POST by a signed-out visitor is refused before it gets here: server/action.test.ts.
    expect(db.select({ n: count() }).from(events).get()?.n).toBe(before);
  });
});
