import 'server-only';
import { and, count, desc, eq, gt, gte, lt } from 'drizzle-orm';
import {
  REPORT_LIMITS,
  REPORT_THROTTLE,
  type AcceptCorrectionInput,
  type RejectCorrectionInput,
  type ReportInput,
} from '@/lib/validation/correction';
import { db } from '../client';
import { correctionReportAttempts, corrections, events, revisions, users } from '../schema';
import type { Db, DbOrTx } from '../types';
import { recordContentAudit } from './audit';
import { isPubliclyVisible } from './visibility';

import type { CorrectionStatus } from '@/lib/corrections';
import { assertRole, type SessionUser } from '@/lib/auth/actor';
export type { CorrectionStatus };

/** The public event a report is about (published and not in the trash), or null. */
export function getReportableEventIn(
  dbh: DbOrTx,
  slug: string,
): { id: number; slug: string; title: string } | null {
  return (
    dbh
      .select({ id: events.id, slug: events.slug, title: events.title })
      .from(events)
      .where(and(eq(events.slug, slug), isPubliclyVisible()))
      .get() ?? null
  );
}

export const getReportableEvent = (slug: string) => getReportableEventIn(db, slug);

export type SubmitReportResult =
  { ok: true; id: number } | { ok: false; reason: 'throttled' | 'not-found' | 'already-sent' };

// A form token lives 24 hours (REPORT_LIMITS.maxFormAgeMs) and its id is kept for at least as long
// (the row is made when the token is used, which is after it was issued), so a token can never
// file a second report, however late it is replayed.
const KEEP_ATTEMPTS_MS = Math.max(24 * 60 * 60_000, REPORT_LIMITS.maxFormAgeMs);

/**
 * Files a reader's report (no sign-in). The checks and the insert run in one IMMEDIATE
 * transaction, so concurrent reports see each other: one report per form token (`formTokenId`,
 * from checkFormToken), at most 5 per address hash in 10 minutes and 20 per event in an hour.
 */
export function submitCorrectionReport(
  o: {
    eventId: number;
    input: ReportInput;
    addressHash: string;
    formTokenId: string;
    now?: number;
  },
  dbh: Db = db,
): SubmitReportResult {
  const now = o.now ?? Date.now();
  return dbh.transaction(
    (tx) => {
      tx.delete(correctionReportAttempts)
        .where(lt(correctionReportAttempts.createdAt, new Date(now - KEEP_ATTEMPTS_MS)))
        .run();
      const event = tx
        .select({ id: events.id })
        .from(events)
        .where(and(eq(events.id, o.eventId), isPubliclyVisible()))
        .get();
      if (!event) return { ok: false, reason: 'not-found' } as const;
      const used = tx
        .select({ id: correctionReportAttempts.id })
        .from(correctionReportAttempts)
        .where(eq(correctionReportAttempts.formTokenId, o.formTokenId))
        .get();
      if (used) return { ok: false, reason: 'already-sent' } as const;
      const byAddress =
        tx
          .select({ n: count() })
          .from(correctionReportAttempts)
          .where(
            and(
              eq(correctionReportAttempts.addressHash, o.addressHash),
              gt(
                correctionReportAttempts.createdAt,
                new Date(now - REPORT_THROTTLE.perAddress.windowMs),
              ),
            ),
          )
          .get()?.n ?? 0;
      const byEvent =
        tx
          .select({ n: count() })
          .from(correctionReportAttempts)
          .where(
            and(
              eq(correctionReportAttempts.eventId, o.eventId),
              gt(
                correctionReportAttempts.createdAt,
                new Date(now - REPORT_THROTTLE.perEvent.windowMs),
              ),
            ),
          )
          .get()?.n ?? 0;
      if (byAddress >= REPORT_THROTTLE.perAddress.max || byEvent >= REPORT_THROTTLE.perEvent.max)
        return { ok: false, reason: 'throttled' } as const;
      tx.insert(correctionReportAttempts)
        .values({
          addressHash: o.addressHash,
          eventId: o.eventId,
          formTokenId: o.formTokenId,
          createdAt: new Date(now),
        })
        .run();
      const row = tx
        .insert(corrections)
        .values({
          eventId: o.eventId,
          description: o.input.description,
          suggestedSource: o.input.suggestedSource,
          contact: o.input.contact,
          createdAt: new Date(now),
        })
        .returning({ id: corrections.id })
        .get();
      return { ok: true, id: row.id } as const;
    },
    { behavior: 'immediate' },
  );
}

export type RevisionOption = {
  id: number;
  version: number;
  authorName: string | null;
  createdAt: Date;
  note: string | null;
};

export type CorrectionRow = {
  id: number;
  status: CorrectionStatus;
  description: string;
  suggestedSource: string | null;
  contact: string | null;
  createdAt: Date;
  resolvedAt: Date | null;
  resolutionNote: string | null;
  resolverName: string | null;
  event: { id: number; title: string; slug: string };
  /** The revision that fixed it (accepted reports). */
  fixRevision: { id: number; version: number } | null;
  /** Open reports: the event's revisions made since the report, newest first (the accept choices). */
  revisionsSince: RevisionOption[];
};

/** Reports, newest first, optionally by status. */
export function listCorrectionsIn(
  dbh: DbOrTx,
  f: { status?: CorrectionStatus | 'all'; limit?: number } = {},
): CorrectionRow[] {
  const rows = dbh
    .select({
      id: corrections.id,
      status: corrections.status,
      description: corrections.description,
      suggestedSource: corrections.suggestedSource,
      contact: corrections.contact,
      createdAt: corrections.createdAt,
      resolvedAt: corrections.resolvedAt,
      resolutionNote: corrections.resolutionNote,
      resolverName: users.name,
      eventId: events.id,
      eventTitle: events.title,
      eventSlug: events.slug,
      revisionId: corrections.revisionId,
      revisionVersion: revisions.version,
    })
    .from(corrections)
    .innerJoin(events, eq(events.id, corrections.eventId))
    .leftJoin(users, eq(users.id, corrections.resolverId))
    .leftJoin(revisions, eq(revisions.id, corrections.revisionId))
    .where(f.status && f.status !== 'all' ? eq(corrections.status, f.status) : undefined)
    .orderBy(desc(corrections.createdAt), desc(corrections.id))
    .limit(f.limit ?? 200)
    .all();
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    description: r.description,
    suggestedSource: r.suggestedSource,
    contact: r.contact,
    createdAt: r.createdAt,
    resolvedAt: r.resolvedAt,
    resolutionNote: r.resolutionNote,
    resolverName: r.resolverName,
    event: { id: r.eventId, title: r.eventTitle, slug: r.eventSlug },
    fixRevision:
      r.revisionId !== null && r.revisionVersion !== null
        ? { id: r.revisionId, version: r.revisionVersion }
        : null,
    revisionsSince:
      r.status === 'open'
        ? listRevisionsSinceIn(dbh, { eventId: r.eventId, since: r.createdAt })
        : [],
  }));
}

/** The event's revisions made at or after `since`, newest first. */
function listRevisionsSinceIn(dbh: DbOrTx, o: { eventId: number; since: Date }): RevisionOption[] {
  return dbh
    .select({
      id: revisions.id,
      version: revisions.version,
      authorName: users.name,
      createdAt: revisions.createdAt,
      note: revisions.note,
    })
    .from(revisions)
    .leftJoin(users, eq(users.id, revisions.authorId))
    .where(and(eq(revisions.eventId, o.eventId), gte(revisions.createdAt, o.since)))
    .orderBy(desc(revisions.version))
    .all();
}

export async function listCorrections(
  actor: SessionUser | null,
  f: {
    status?: CorrectionStatus | 'all';
  },
): Promise<CorrectionRow[]> {
  assertRole(actor, 'editor');
  return listCorrectionsIn(db, f);
}

export type ResolveResult =
  | { ok: true; eventId: number }
  | { ok: false; reason: 'not-found' | 'already-resolved' | 'bad-revision'; message: string };

function loadOpen(tx: DbOrTx, id: number) {
  const row = tx
    .select({
      id: corrections.id,
      status: corrections.status,
      eventId: corrections.eventId,
      createdAt: corrections.createdAt,
    })
    .from(corrections)
    .where(eq(corrections.id, id))
    .get();
  if (!row)
    return { ok: false, reason: 'not-found', message: 'That report no longer exists.' } as const;
  if (row.status !== 'open')
    return {
      ok: false,
      reason: 'already-resolved',
      message: `That report was already ${row.status}.`,
    } as const;
  return { ok: true, row } as const;
}

/** Accepts a report: links it to the revision of its event, made since the report, that fixed it. */
export function acceptCorrection(
  actor: SessionUser | null,
  input: AcceptCorrectionInput,
  dbh: Db = db,
  now = new Date(),
): ResolveResult {
  assertRole(actor, 'editor');
  return dbh.transaction(
    (tx): ResolveResult => {
      const found = loadOpen(tx, input.correctionId);
      if (!found.ok) return found;
      const rev = tx
        .select({ id: revisions.id, version: revisions.version, createdAt: revisions.createdAt })
        .from(revisions)
        .where(and(eq(revisions.id, input.revisionId), eq(revisions.eventId, found.row.eventId)))
        .get();
      if (!rev || rev.createdAt.getTime() < found.row.createdAt.getTime())
        return {
          ok: false,
          reason: 'bad-revision',
          message: 'Choose a revision of this event made after the report.',
        };
      tx.update(corrections)
        .set({
          status: 'accepted',
          revisionId: rev.id,
          resolverId: actor.id,
          resolutionNote: input.note,
          resolvedAt: now,
        })
        .where(eq(corrections.id, input.correctionId))
        .run();
      recordContentAudit(tx, {
        actorId: actor.id,
        action: 'correction.accept',
        entityType: 'correction',
        entityId: input.correctionId,
        details: { eventId: found.row.eventId, revisionId: rev.id, version: rev.version },
      });
      return { ok: true, eventId: found.row.eventId };
    },
    { behavior: 'immediate' },
  );
}

/** Rejects a report with a note saying why. */
export function rejectCorrection(
  actor: SessionUser | null,
  input: RejectCorrectionInput,
  dbh: Db = db,
  now = new Date(),
): ResolveResult {
  assertRole(actor, 'editor');
  return dbh.transaction(
    (tx): ResolveResult => {
      const found = loadOpen(tx, input.correctionId);
      if (!found.ok) return found;
      tx.update(corrections)
        .set({
          status: 'rejected',
          resolverId: actor.id,
          resolutionNote: input.note,
          resolvedAt: now,
        })
        .where(eq(corrections.id, input.correctionId))
        .run();
      recordContentAudit(tx, {
        actorId: actor.id,
        action: 'correction.reject',
        entityType: 'correction',
        entityId: input.correctionId,
        details: { eventId: found.row.eventId },
      });
      return { ok: true, eventId: found.row.eventId };
    },
    { behavior: 'immediate' },
  );
}
