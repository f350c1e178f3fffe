import { and, eq } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditLog, eventReviews, events, revisions } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/actor';
import { REVIEW_REQUIRED_MESSAGE } from '@/lib/review/states';
import {
  createEventSchema,
  emptyEventFormValues,
  validateEventForm,
  type EventFormValues,
  type EventInput,
} from '@/lib/validation/event';
import { insertActor } from '@/test/actors';
import {
  bulkSetStatus,
  createEvent,
  publishDueEvents,
  setEventStatus,
  updateEvent,
} from './event-editor';
import {
  approveReview,
  getReviewPanel,
  listReviewQueue,
  listReviewSteps,
  sendBackReview,
  submitForReview,
} from './review';
import { getSiteSettings, isReviewRequiredIn, setReviewRequired } from './site-settings';
import { insertCategory, insertEvent } from './test-fixtures';

const NOW = new Date('2026-03-01T12:00:00Z');
const LATER = new Date('2026-03-05T09:30:00Z');
const schema = createEventSchema({ now: () => NOW.getTime() });

let categoryId: number;
let editor: SessionUser;
let otherEditor: SessionUser;
let reviewer: SessionUser;
let admin: SessionUser;

beforeAll(() => {
  categoryId = insertCategory({ name: 'Science' });
  editor = insertActor('editor', 'Edna Editor');
  otherEditor = insertActor('editor', 'Otto Editor');
  reviewer = insertActor('reviewer', 'Rita Reviewer');
  admin = insertActor('admin', 'Adam Admin');
});

afterEach(() => {
  setReviewRequired(admin, { required: false });
});

let n = 0;
function input(over: Partial<EventFormValues> = {}): EventInput {
  n++;
  const result = validateEventForm(
    {
      ...emptyEventFormValues(),
      title: `A reviewed happening ${n} qx${n}`,
      year: '1911',
      month: '4',
      day: String((n % 27) + 1),
      categoryId: String(categoryId),
      summary: 'What happened, in a sentence.',
      status: 'draft',
      ...over,
    },
    schema,
  );
  if (!result.ok) throw new Error(`fixture invalid: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** A draft written by `who`, through the editor's create. */
function draft(who: SessionUser = editor, over: Partial<EventFormValues> = {}) {
  const saved = createEvent(who, { input: input(over), now: NOW });
  if (!saved.ok) throw new Error(JSON.stringify(saved));
  return saved;
}

const row = (id: number) => db.select().from(events).where(eq(events.id, id)).get()!;
const reviewRow = (id: number) =>
  db.select().from(eventReviews).where(eq(eventReviews.eventId, id)).get();
const auditActions = (id: number) =>
  db
    .select({ action: auditLog.action, userId: auditLog.userId, details: auditLog.details })
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'event'), eq(auditLog.entityId, String(id))))
    .orderBy(auditLog.id)
    .all();

describe('the review setting', () => {
  it('is off by default, turned on by an admin only, with an audit row', async () => {
    expect(isReviewRequiredIn(db)).toBe(false);
    expect(() => setReviewRequired(reviewer, { required: true })).toThrow(/permission/);
    expect(setReviewRequired(admin, { required: true })).toEqual({ ok: true, changed: true });
    expect(isReviewRequiredIn(db)).toBe(true);
    const settings = await getSiteSettings(admin);
    expect(settings.reviewRequired).toBe(true);
    expect(settings.reviewChanged?.byName).toBe('Adam Admin');
    const audit = db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'settings.update'))
      .all()
      .at(-1);
    expect(audit).toMatchObject({
      userId: admin.id,
      entityType: 'setting',
      details: { from: false, to: true },
    });
  });
});

describe('submit, approve, send back', () => {
  it('submits a draft: pending, listed for reviewers, not yet public, with an audit row', async () => {
    const e = draft();
    const result = submitForReview(editor, { id: e.id, expectedVersion: e.version, now: NOW });
    expect(result).toEqual({ ok: true, tags: [] });
    expect(reviewRow(e.id)).toMatchObject({
      state: 'pending',
      submittedBy: editor.id,
      submittedVersion: e.version,
      publishAt: null,
    });
    expect(row(e.id).status).toBe('draft');
    const forReviewer = await listReviewQueue(reviewer);
    expect(forReviewer.waiting.map((w) => w.id)).toContain(e.id);
    // Another editor sees only their own submissions waiting.
    expect((await listReviewQueue(otherEditor)).waiting.map((w) => w.id)).not.toContain(e.id);
    expect(auditActions(e.id).map((a) => a.action)).toEqual([
      'event.create',
      'event.review_submit',
    ]);
  });

  it('approving publishes it as a new version with its revision and an audit row', async () => {
    const e = draft();
    submitForReview(editor, { id: e.id, expectedVersion: e.version, now: NOW });
    const approved = approveReview(reviewer, { id: e.id, expectedVersion: e.version, now: NOW });
    expect(approved.ok).toBe(true);
    if (approved.ok) expect(approved.tags).toContain(`event:${e.id}`);
    const after = row(e.id);
    expect(after).toMatchObject({ status: 'published', version: e.version + 1 });
    expect(after.publishedAt?.getTime()).toBe(NOW.getTime());
    expect(reviewRow(e.id)).toBeUndefined();
    const revision = db
      .select()
      .from(revisions)
      .where(and(eq(revisions.eventId, e.id), eq(revisions.version, e.version + 1)))
      .get();
    expect(revision).toMatchObject({
      authorId: reviewer.id,
      note: 'Approved by Rita Reviewer and published',
    });
    const last = auditActions(e.id).at(-1);
    expect(last).toMatchObject({
      action: 'event.review_approve',
      userId: reviewer.id,
      details: { outcome: 'published' },
    });
    expect((await listReviewQueue(reviewer)).waiting.map((w) => w.id)).not.toContain(e.id);
    const steps = await listReviewSteps(editor, e.id);
    expect(steps.map((s) => [s.action, s.byName])).toEqual([
      ['approve', 'Rita Reviewer'],
      ['submit', 'Edna Editor'],
    ]);
  });

  it('approving an event submitted with a time to come schedules it; the scheduler publishes it then', () => {
    const e = draft();
    submitForReview(editor, { id: e.id, publishAt: LATER, now: NOW });
    expect(approveReview(admin, { id: e.id, now: NOW }).ok).toBe(true);
    expect(row(e.id)).toMatchObject({ status: 'draft', publishAt: LATER });
    expect(auditActions(e.id).at(-1)?.details).toMatchObject({
      outcome: 'scheduled',
      publishAt: LATER.toISOString(),
    });
    setReviewRequired(admin, { required: true });
    expect(publishDueEvents(new Date(LATER.getTime() + 1000)).published).toContain(e.id);
    expect(row(e.id).status).toBe('published');
  });

  it('sending back keeps it a draft and shows the note to the editor, who can submit again', async () => {
    const e = draft();
    submitForReview(editor, { id: e.id, now: NOW });
    expect(sendBackReview(reviewer, { id: e.id, note: '   ', now: NOW })).toMatchObject({
      ok: false,
      code: 'invalid',
    });
    expect(
      sendBackReview(reviewer, { id: e.id, note: 'Cite a second source for the date.', now: NOW }),
    ).toEqual({ ok: true, tags: [] });
    expect(row(e.id).status).toBe('draft');
    const panel = await getReviewPanel(editor, e.id);
    expect(panel.review).toMatchObject({
      state: 'changes_requested',
      reviewNote: 'Cite a second source for the date.',
      reviewedByName: 'Rita Reviewer',
    });
    const queue = await listReviewQueue(editor);
    expect(queue.sentBack.map((s) => [s.id, s.reviewNote])).toContainEqual([
      e.id,
      'Cite a second source for the date.',
    ]);
    expect((await listReviewQueue(otherEditor)).sentBack.map((s) => s.id)).not.toContain(e.id);
    // Sent back, it cannot be approved until it is submitted again.
    expect(approveReview(reviewer, { id: e.id, now: NOW })).toMatchObject({
      ok: false,
      code: 'not_in_review',
    });
    expect(submitForReview(editor, { id: e.id, now: NOW }).ok).toBe(true);
    expect(reviewRow(e.id)).toMatchObject({ state: 'pending', reviewNote: null });
    expect(auditActions(e.id).map((a) => a.action)).toEqual([
      'event.create',
      'event.review_submit',
      'event.review_send_back',
      'event.review_submit',
    ]);
    expect(auditActions(e.id)[2]?.details).toMatchObject({
      note: 'Cite a second source for the date.',
    });
  });

  it('refuses what cannot be submitted: published, without a summary, a time in the past, a stale version', () => {
    const published = insertEvent({ categoryId, title: 'Already out' });
    expect(submitForReview(editor, { id: published.id, now: NOW })).toMatchObject({
      ok: false,
      message: 'This event is already published.',
    });
    const noSummary = draft(editor, { summary: '' });
    expect(submitForReview(editor, { id: noSummary.id, now: NOW })).toMatchObject({
      ok: false,
      message: 'Not sent for review: it needs a summary.',
    });
    const e = draft();
    expect(
      submitForReview(editor, { id: e.id, publishAt: new Date(NOW.getTime() - 60_000), now: NOW }),
    ).toMatchObject({ ok: false, message: 'Choose a publish time in the future.' });
    updateEvent(otherEditor, { id: e.id, expectedVersion: e.version, input: input(), now: NOW });
    expect(
      submitForReview(editor, { id: e.id, expectedVersion: e.version, now: NOW }),
    ).toMatchObject({ ok: false, code: 'conflict' });
  });

  it('an approval of a version the reviewer did not see is refused, naming who changed it', () => {
    const e = draft();
    submitForReview(editor, { id: e.id, now: NOW });
    updateEvent(editor, { id: e.id, expectedVersion: e.version, input: input(), now: NOW });
    const result = approveReview(reviewer, { id: e.id, expectedVersion: e.version, now: NOW });
    expect(result).toMatchObject({ ok: false, code: 'conflict' });
    expect(result.ok === false && result.message).toMatch(/Changed by Edna Editor/);
    expect(row(e.id).status).toBe('draft');
  });
});

describe('who may review', () => {
  it('an editor can neither approve nor send back; a reviewer and an admin can', () => {
    const e = draft();
    submitForReview(editor, { id: e.id, now: NOW });
    expect(() => approveReview(editor, { id: e.id, now: NOW })).toThrow(/permission/);
    expect(() => sendBackReview(editor, { id: e.id, note: 'No', now: NOW })).toThrow(/permission/);
    expect(() => approveReview(null, { id: e.id, now: NOW })).toThrow(/session/);
    expect(reviewRow(e.id)?.state).toBe('pending');
    expect(sendBackReview(admin, { id: e.id, note: 'Shorter title.', now: NOW }).ok).toBe(true);
  });

  it('a reviewer holds every editor right (writes and publishes with review required)', () => {
    setReviewRequired(admin, { required: true });
    const saved = createEvent(reviewer, { input: input({ status: 'published' }), now: NOW });
    expect(saved.ok).toBe(true);
    if (saved.ok) expect(row(saved.id).status).toBe('published');
  });
});

describe('with review required, an editor cannot publish or schedule by any path', () => {
  it('the form: creating or saving as published or scheduled is refused on the status field', () => {
    setReviewRequired(admin, { required: true });
    const created = createEvent(editor, { input: input({ status: 'published' }), now: NOW });
    expect(created).toMatchObject({ ok: false, code: 'invalid' });
    expect(created.ok === false && 'errors' in created && created.errors.status).toEqual([
      REVIEW_REQUIRED_MESSAGE,
    ]);
    const e = draft();
    const scheduled = updateEvent(editor, {
      id: e.id,
      expectedVersion: e.version,
      input: input({ status: 'scheduled', publishAt: '2026-03-09T10:00' }),
      now: NOW,
    });
    expect(scheduled).toMatchObject({ ok: false, code: 'invalid' });
    expect(row(e.id)).toMatchObject({ status: 'draft', publishAt: null, version: e.version });
    // A draft is still saved as ever.
    expect(
      updateEvent(editor, { id: e.id, expectedVersion: e.version, input: input(), now: NOW }).ok,
    ).toBe(true);
  });

  it('the workflow button and bulk publish are refused and say why; nothing changes', () => {
    const e = draft();
    setReviewRequired(admin, { required: true });
    const single = setEventStatus(editor, { id: e.id, action: 'publish', now: NOW });
    expect(single).toMatchObject({ ok: false, code: 'invalid' });
    expect(single.ok === false && single.message).toContain('submit it for review');
    const bulk = bulkSetStatus(editor, { ids: [e.id], action: 'publish', now: NOW });
    expect(bulk.changed).toBe(0);
    expect(bulk.skipped[0]?.reason).toBe(REVIEW_REQUIRED_MESSAGE);
    expect(row(e.id).status).toBe('draft');
    expect(auditActions(e.id).map((a) => a.action)).toEqual(['event.create']);
  });

  it('an editor still edits an already public event, unpublishes and trashes', () => {
    const out = insertEvent({ categoryId, title: 'Public before the setting', summary: 'Yes.' });
    setReviewRequired(admin, { required: true });
    const version = row(out.id).version;
    expect(
      updateEvent(editor, {
        id: out.id,
        expectedVersion: version,
        input: input({ title: 'Public before the setting', status: 'published' }),
        allowDuplicates: true,
        now: NOW,
      }).ok,
    ).toBe(true);
    expect(setEventStatus(editor, { id: out.id, action: 'unpublish', now: NOW }).ok).toBe(true);
    // Back to public needs the review now.
    expect(setEventStatus(editor, { id: out.id, action: 'publish', now: NOW }).ok).toBe(false);
    expect(setEventStatus(editor, { id: out.id, action: 'trash', now: NOW }).ok).toBe(true);
  });

  it('with the setting off an editor publishes directly, as before', () => {
    const e = draft();
    expect(setEventStatus(editor, { id: e.id, action: 'publish', now: NOW }).ok).toBe(true);
    expect(row(e.id).status).toBe('published');
  });

  it('an admin publishing an event that waits for review ends the review', async () => {
    const e = draft();
    submitForReview(editor, { id: e.id, now: NOW });
    setReviewRequired(admin, { required: true });
    expect(setEventStatus(admin, { id: e.id, action: 'publish', now: NOW }).ok).toBe(true);
    expect(reviewRow(e.id)).toBeUndefined();
    expect((await listReviewQueue(reviewer)).waiting.map((w) => w.id)).not.toContain(e.id);
  });
});
