import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { eventAutosaves, revisions, users } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/actor';
import { AuthorizationError } from '@/lib/auth/actor';
import {
  createEventSchema,
  emptyEventFormValues,
  validateEventForm,
  type EventFormValues,
} from '@/lib/validation/event';
import { insertActor } from '@/test/actors';
import { discardAutosave, getAutosave, saveAutosave } from './event-autosave';
import { createEvent, setEventStatus, updateEvent } from './event-editor';
import { insertCategory, insertEvent } from './test-fixtures';

let categoryId: number;
let ada: SessionUser;
let bob: SessionUser;

beforeAll(() => {
  categoryId = insertCategory({ name: 'Autosaved' });
  ada = insertActor('editor', 'Ada Autosave');
  bob = insertActor('editor', 'Bob Autosave');
});

const typed = (over: Partial<EventFormValues> = {}): EventFormValues => ({
  ...emptyEventFormValues(),
  title: 'Half-written title',
  categoryId: String(categoryId),
  body: 'Some **body** text',
  ...over,
});
const rows = () => db.select({ n: count() }).from(eventAutosaves).get()?.n ?? 0;
const revisionCount = (eventId: number) =>
  db.select({ n: count() }).from(revisions).where(eq(revisions.eventId, eventId)).get()?.n ?? 0;

describe('the autosave store', () => {
  it('keeps one copy per editor and event, replaced as they type, and writes no revision', () => {
    const { id } = insertEvent({ categoryId, title: 'Kept event', slug: 'kept-event' });
    const before = rows();
    const revisionsBefore = revisionCount(id);
    for (const title of ['A', 'Ab', 'Abc']) {
      const r = saveAutosave(ada, { eventId: id, baseVersion: 1, values: typed({ title }) });
      expect(r.ok).toBe(true);
    }
    saveAutosave(bob, { eventId: id, baseVersion: 1, values: typed({ title: 'Bob’s' }) });
    expect(rows()).toBe(before + 2);
    expect(getAutosave(ada, { eventId: id })?.values.title).toBe('Abc');
    expect(getAutosave(bob, { eventId: id })?.values.title).toBe('Bob’s');
    expect(getAutosave(ada, { eventId: id })?.baseVersion).toBe(1);
    expect(revisionCount(id)).toBe(revisionsBefore);
  });

  it('keeps the new-event form’s copy apart from every event’s', () => {
    const { id } = insertEvent({ categoryId, title: 'Another', slug: 'another-autosaved' });
    saveAutosave(ada, { eventId: null, baseVersion: 0, values: typed({ title: 'New one' }) });
    saveAutosave(ada, { eventId: id, baseVersion: 1, values: typed({ title: 'Edit one' }) });
    saveAutosave(ada, { eventId: null, baseVersion: 0, values: typed({ title: 'New two' }) });
    expect(getAutosave(ada, { eventId: null })?.values.title).toBe('New two');
    expect(getAutosave(ada, { eventId: id })?.values.title).toBe('Edit one');
    expect(
      db.select({ n: count() }).from(eventAutosaves).where(eq(eventAutosaves.userId, ada.id)).get()
        ?.n,
    ).toBeGreaterThanOrEqual(2);
  });

  it('is removed by a successful save of the form (an update, and a create for the new form)', () => {
    const { id, version } = insertEvent({ categoryId, title: 'Saved later', slug: 'saved-later' });
    saveAutosave(ada, { eventId: id, baseVersion: version, values: typed() });
    saveAutosave(bob, { eventId: id, baseVersion: version, values: typed() });
    const schema = createEventSchema();
    const valid = (title: string) => {
      const r = validateEventForm(
        typed({
          title,
          year: '1901',
          month: '3',
          day: '4',
          summary: 'A summary.',
          status: 'draft',
          version: String(version),
        }),
        schema,
      );
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      return r.data;
    };
    const updated = updateEvent(ada, { id, expectedVersion: version, input: valid('Saved now') });
    expect(updated.ok).toBe(true);
    expect(getAutosave(ada, { eventId: id })).toBeNull();
    // Another editor's copy is theirs: it stays.
    expect(getAutosave(bob, { eventId: id })).not.toBeNull();

    saveAutosave(ada, { eventId: null, baseVersion: 0, values: typed() });
    const created = createEvent(ada, { input: valid('Created from the new form zqx') });
    expect(created.ok).toBe(true);
    expect(getAutosave(ada, { eventId: null })).toBeNull();
  });

  it('is kept when the save is refused (a conflict)', () => {
    const { id, version } = insertEvent({ categoryId, title: 'Refused', slug: 'refused-save' });
    saveAutosave(ada, { eventId: id, baseVersion: version, values: typed() });
    const r = validateEventForm(
      typed({ year: '1901', month: '3', day: '5', summary: 'S.', status: 'draft' }),
      createEventSchema(),
    );
    if (!r.ok) throw new Error('fixture');
    const refused = updateEvent(ada, { id, expectedVersion: version - 1, input: r.data });
    expect(refused.ok).toBe(false);
    expect(getAutosave(ada, { eventId: id })).not.toBeNull();
  });

  it('refuses a copy older than the editor’s own later save, or of an event in the trash', () => {
    const { id, version } = insertEvent({ categoryId, title: 'Stale copy', slug: 'stale-copy' });
    const published = setEventStatus(ada, { id, action: 'unpublish', expectedVersion: version });
    expect(published.ok).toBe(true);
    const stale = saveAutosave(ada, { eventId: id, baseVersion: version, values: typed() });
    expect(stale).toMatchObject({ ok: false, code: 'conflict' });
    // Someone else's newer save is not a reason: the copy is kept, and its save will conflict.
    const other = saveAutosave(bob, { eventId: id, baseVersion: version, values: typed() });
    expect(other.ok).toBe(true);

    const trashed = insertEvent({ categoryId, title: 'Binned', deletedAt: new Date() });
    expect(
      saveAutosave(ada, { eventId: trashed.id, baseVersion: trashed.version, values: typed() }),
    ).toMatchObject({ ok: false });
    expect(saveAutosave(ada, { eventId: 999_999, baseVersion: 1, values: typed() })).toMatchObject({
      ok: false,
      code: 'not_found',
    });
  });

  it('refuses what is not the form’s values', () => {
    expect(
      saveAutosave(ada, { eventId: null, baseVersion: 0, values: { title: 42 } }),
    ).toMatchObject({ ok: false, code: 'invalid' });
    expect(
      saveAutosave(ada, { eventId: null, baseVersion: 0, values: { evil: 'extra key' } }),
    ).toMatchObject({ ok: false, code: 'invalid' });
    expect(
      saveAutosave(ada, { eventId: null, baseVersion: 0, values: { body: 'x'.repeat(600_000) } }),
    ).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('discards on request, and goes with its editor', () => {
    const cleo = insertActor('editor', 'Cleo Autosave');
    saveAutosave(cleo, { eventId: null, baseVersion: 0, values: typed() });
    discardAutosave(cleo, { eventId: null });
    expect(getAutosave(cleo, { eventId: null })).toBeNull();
    saveAutosave(cleo, { eventId: null, baseVersion: 0, values: typed() });
    db.delete(users).where(eq(users.id, cleo.id)).run();
    expect(
      db.select({ n: count() }).from(eventAutosaves).where(eq(eventAutosaves.userId, cleo.id)).get()
        ?.n,
    ).toBe(0);
  });

  it('is for editors only', () => {
    expect(() => saveAutosave(null, { eventId: null, baseVersion: 0, values: typed() })).toThrow(
      AuthorizationError,
    );
    expect(() => getAutosave(null, { eventId: null })).toThrow(AuthorizationError);
    expect(() => discardAutosave(null, { eventId: null })).toThrow(AuthorizationError);
  });
});
