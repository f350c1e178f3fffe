import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditLog, corrections, revisions, users } from '@/db/schema';
import {
  acceptCorrection,
  getReportableEventIn,
  listCorrectionsIn,
  rejectCorrection,
  submitCorrectionReport,
} from './corrections';
import { AuthorizationError, type SessionUser } from '@/lib/auth/actor';
import { insertCategory, insertEvent } from './test-fixtures';

const report = {
  description: 'The date is wrong: it was the 2nd.',
  suggestedSource: 'https://example.org/treaty',
  contact: null,
};

let categoryId: number;
let editor: SessionUser;
let n = 0;

function makeEditor(name: string): SessionUser {
  const email = `${name.toLowerCase()}@example.org`;
  const row = db
    .insert(users)
    .values({ name, email, role: 'editor', passwordHash: 'x' })
    .returning({ id: users.id })
    .get();
  return { id: row.id, email, name, role: 'editor' };
}

function addRevision(eventId: number, version: number, at: Date): number {
  return db
    .insert(revisions)
    .values({ eventId, version, snapshot: {}, authorId: editor.id, createdAt: at })
    .returning({ id: revisions.id })
    .get().id;
}

const addr = () => `hash-${++n}`;
const tok = () => `token-id-${++n}-${Math.random().toString(36).slice(2)}`;

beforeAll(() => {
  categoryId = insertCategory({ name: 'Politics' });
  editor = makeEditor('Edna');
});

describe('submitCorrectionReport', () => {
  it('files an open report for a public event', () => {
    const ev = insertEvent({ categoryId });
    const r = submitCorrectionReport({
      eventId: ev.id,
      input: report,
      addressHash: addr(),
      formTokenId: tok(),
    });
    expect(r.ok).toBe(true);
    const rows = listCorrectionsIn(db, { status: 'open' }).filter((c) => c.event.id === ev.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      status: 'open',
      description: report.description,
      contact: null,
    });
  });

  it('refuses drafts and trashed events', () => {
    const draft = insertEvent({ categoryId, status: 'draft' });
    const trashed = insertEvent({ categoryId, deletedAt: new Date() });
    expect(
      submitCorrectionReport({
        eventId: draft.id,
        input: report,
        addressHash: addr(),
        formTokenId: tok(),
      }),
    ).toEqual({
      ok: false,
      reason: 'not-found',
    });
    expect(
      submitCorrectionReport({
        eventId: trashed.id,
        input: report,
        addressHash: addr(),
        formTokenId: tok(),
      }).ok,
    ).toBe(false);
    expect(getReportableEventIn(db, draft.slug)).toBeNull();
  });

  it('allows 5 reports per address in 10 minutes', () => {
    const ev = insertEvent({ categoryId });
    const hash = addr();
    const t0 = Date.now();
    for (let i = 0; i < 5; i++)
      expect(
        submitCorrectionReport({
          eventId: ev.id,
          input: report,
          addressHash: hash,
          formTokenId: tok(),
          now: t0 + i,
        }).ok,
      ).toBe(true);
    expect(
      submitCorrectionReport({
        eventId: ev.id,
        input: report,
        addressHash: hash,
        formTokenId: tok(),
        now: t0 + 10,
      }),
    ).toEqual({
      ok: false,
      reason: 'throttled',
    });
    // another address still gets through; the first one again after the window
    expect(
      submitCorrectionReport({
        eventId: ev.id,
        input: report,
        addressHash: addr(),
        formTokenId: tok(),
        now: t0 + 20,
      }).ok,
    ).toBe(true);
    expect(
      submitCorrectionReport({
        eventId: ev.id,
        input: report,
        addressHash: hash,
        formTokenId: tok(),
        now: t0 + 10 * 60_000 + 100,
      }).ok,
    ).toBe(true);
  });

  it('files one report per form token: a replayed token is refused, even from another address', () => {
    const ev = insertEvent({ categoryId });
    const formTokenId = tok();
    const t0 = Date.now();
    const first = submitCorrectionReport({
      eventId: ev.id,
      input: report,
      addressHash: addr(),
      formTokenId,
      now: t0,
    });
    expect(first.ok).toBe(true);
    for (let i = 1; i <= 10; i++) {
      expect(
        submitCorrectionReport({
          eventId: ev.id,
          input: { ...report, description: `Replay number ${i} of the same form.` },
          addressHash: addr(),
          formTokenId,
          now: t0 + i * 60 * 60_000, // hours later, until the token itself has expired
        }),
      ).toEqual({ ok: false, reason: 'already-sent' });
    }
    const stored = listCorrectionsIn(db, { status: 'all' }).filter((c) => c.event.id === ev.id);
    expect(stored).toHaveLength(1);
    // A new form (a new token) files a new report.
    expect(
      submitCorrectionReport({
        eventId: ev.id,
        input: report,
        addressHash: addr(),
        formTokenId: tok(),
      }).ok,
    ).toBe(true);
  });

  it('allows 20 reports per event in an hour', () => {
    const ev = insertEvent({ categoryId });
    const t0 = Date.now();
    for (let i = 0; i < 20; i++)
      expect(
        submitCorrectionReport({
          eventId: ev.id,
          input: report,
          addressHash: addr(),
          formTokenId: tok(),
          now: t0 + i,
        }).ok,
      ).toBe(true);
    expect(
      submitCorrectionReport({
        eventId: ev.id,
        input: report,
        addressHash: addr(),
        formTokenId: tok(),
        now: t0 + 30,
      }).ok,
    ).toBe(false);
  });
});

describe('resolving reports', () => {
  function openReport(at: Date) {
    // Written (its first revision) a second before the report.
    const ev = insertEvent({ categoryId, updatedAt: new Date(at.getTime() - 1000) });
    const r = submitCorrectionReport({
      eventId: ev.id,
      input: report,
      addressHash: addr(),
      formTokenId: tok(),
      now: at.getTime(),
    });
    if (!r.ok) throw new Error('report refused');
    return { eventId: ev.id, correctionId: r.id, firstRevision: ev.revisionId };
  }

  it('accepts with a revision made after the report, offering the later revisions newest first', () => {
    const t = new Date(Date.now() - 60_000);
    const { eventId, correctionId, firstRevision: before } = openReport(t);
    const fix1 = addRevision(eventId, 2, new Date(t.getTime() + 1000));
    const fix2 = addRevision(eventId, 3, new Date(t.getTime() + 2000));
    const row = listCorrectionsIn(db, { status: 'open' }).find((c) => c.id === correctionId);
    expect(row?.revisionsSince.map((r) => r.id)).toEqual([fix2, fix1]);

    const bad = acceptCorrection(editor, { correctionId, revisionId: before, note: null });
    expect(bad).toMatchObject({ ok: false, reason: 'bad-revision' });

    expect(
      acceptCorrection(editor, { correctionId, revisionId: fix2, note: 'Date fixed.' }),
    ).toEqual({
      ok: true,
      eventId,
    });
    const stored = db.select().from(corrections).where(eq(corrections.id, correctionId)).get();
    expect(stored).toMatchObject({
      status: 'accepted',
      revisionId: fix2,
      resolverId: editor.id,
      resolutionNote: 'Date fixed.',
    });
    expect(stored?.resolvedAt).toBeInstanceOf(Date);
    const listed = listCorrectionsIn(db, { status: 'accepted' }).find((c) => c.id === correctionId);
    expect(listed).toMatchObject({ resolverName: 'Edna', fixRevision: { id: fix2, version: 3 } });

    const audit = db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.action, 'correction.accept'), eq(auditLog.entityId, String(correctionId))),
      )
      .all();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.userId).toBe(editor.id);

    expect(acceptCorrection(editor, { correctionId, revisionId: fix2, note: null })).toMatchObject({
      ok: false,
      reason: 'already-resolved',
    });
  });

  it("refuses another event's revision", () => {
    const t = new Date(Date.now() - 60_000);
    const { correctionId } = openReport(t);
    const other = insertEvent({ categoryId });
    const rev = other.revisionId;
    expect(acceptCorrection(editor, { correctionId, revisionId: rev, note: null })).toMatchObject({
      ok: false,
      reason: 'bad-revision',
    });
  });

  it('rejects with a note and records it', () => {
    const { correctionId } = openReport(new Date());
    expect(rejectCorrection(editor, { correctionId, note: 'Our source is right.' }).ok).toBe(true);
    const stored = db.select().from(corrections).where(eq(corrections.id, correctionId)).get();
    expect(stored).toMatchObject({
      status: 'rejected',
      resolutionNote: 'Our source is right.',
      resolverId: editor.id,
    });
    const audit = db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.action, 'correction.reject'), eq(auditLog.entityId, String(correctionId))),
      )
      .all();
    expect(audit).toHaveLength(1);
    expect(listCorrectionsIn(db, { status: 'open' }).some((c) => c.id === correctionId)).toBe(
      false,
    );
  });

  it('refuses without a user and changes nothing', () => {
    const { correctionId } = openReport(new Date());
    expect(() => rejectCorrection(null, { correctionId, note: 'no' })).toThrow(AuthorizationError);
    const stored = db.select().from(corrections).where(eq(corrections.id, correctionId)).get();
    expect(stored?.status).toBe('open');
  });

  it('reports a missing report', () => {
    expect(rejectCorrection(editor, { correctionId: 999_999, note: 'x' })).toMatchObject({
      ok: false,
      reason: 'not-found',
    });
  });
});
