import 'server-only';
import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { assertRole, type SessionUser } from '@/lib/auth/actor';
import { hasRole } from '@/lib/auth/roles';
import { describePublishingProblems, publishingProblems } from '@/lib/events/publishing';
import type { ReviewState } from '@/lib/review/states';
import { db } from '../client';
import { auditLog, eventReviews, events, users, type Event } from '../schema';
import type { DbOrTx } from '../types';
import { recordContentAudit } from './audit';
import { conflictMessage, type Conflict } from './event-editor';
import { findConflict, findEventRow, saveEvent } from './event-write';
import { isReviewRequiredIn } from './site-settings';

// Review before publish: an editor submits an event, a reviewer (or an admin) approves it, which
// publishes or schedules it through the save pipeline, or sends it back with a note. The review's
// current state is a row of event_reviews; each step is an audit row, which the event's history
// lists. Whether an editor may publish without one is the site's setting (./site-settings.ts),
// enforced by saveEvent itself.

export const REVIEW_NOTE_MAX = 2000;

export type ReviewFailure =
  | { ok: false; code: 'invalid' | 'not_found' | 'trashed' | 'not_in_review'; message: string }
  | { ok: false; code: 'conflict'; message: string; conflict: Conflict };

export type ReviewResult =
  { ok: true; tags: string[]; outcome?: 'published' | 'scheduled' } | ReviewFailure;

const NOT_FOUND = { ok: false, code: 'not_found', message: 'That event does not exist.' } as const;
const TRASHED = {
  ok: false,
  code: 'trashed',
  message: 'This event is in the trash: restore it before sending it for review.',
} as const;
const NOT_WAITING = {
  ok: false,
  code: 'not_in_review',
  message: 'This event is not waiting for review (it was approved, sent back or withdrawn).',
} as const;

function utc(d: Date): string {
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function cleanNote(note: string | null | undefined): string | null {
  const trimmed = note?.trim() ?? '';
  return trimmed === '' ? null : trimmed.slice(0, REVIEW_NOTE_MAX);
}

function readEvent(
  tx: DbOrTx,
  id: number,
  expectedVersion: number | undefined,
): Event | ReviewFailure {
  const event = findEventRow(tx, id);
  if (!event) return NOT_FOUND;
  if (event.deletedAt !== null) return TRASHED;
  if (expectedVersion !== undefined) {
    const conflict = findConflict(tx, event, expectedVersion);
    if (conflict)
      return { ok: false, code: 'conflict', message: conflictMessage(conflict), conflict };
  }
  return event;
}

/**
 * Sends an event for review, as it is at `expectedVersion` (the version the editor's page showed):
 * with `publishAt`, the editor asks for it to go public then, else when approved. Submitting again
 * (after it was sent back, or to change the wish) replaces the request. An event that is already
 * public or scheduled, or that could not be published (it needs a summary), is refused.
 */
export function submitForReview(
  actor: SessionUser | null,
  o: {
    id: number;
    expectedVersion?: number;
    publishAt?: Date | null;
    note?: string | null;
    now?: Date;
  },
): ReviewResult {
  assertRole(actor, 'editor');
  const now = o.now ?? new Date();
  return db.transaction(
    (tx): ReviewResult => {
      const event = readEvent(tx, o.id, o.expectedVersion);
      if ('ok' in event) return event;
      if (event.status === 'published')
        return { ok: false, code: 'invalid', message: 'This event is already published.' };
      if (event.status === 'draft' && event.publishAt !== null)
        return {
          ok: false,
          code: 'invalid',
          message: `This event is already scheduled for ${utc(event.publishAt)}.`,
        };
      const problems = publishingProblems(event);
      if (problems.length > 0)
        return {
          ok: false,
          code: 'invalid',
          message: `Not sent for review: ${describePublishingProblems(problems)}.`,
        };
      const publishAt = o.publishAt ?? null;
      if (publishAt && publishAt.getTime() <= now.getTime())
        return { ok: false, code: 'invalid', message: 'Choose a publish time in the future.' };
      const note = cleanNote(o.note);
      const row = {
        state: 'pending' as const,
        publishAt,
        submittedBy: actor.id,
        submittedAt: now,
        submittedVersion: event.version,
        submitNote: note,
        reviewedBy: null,
        reviewedAt: null,
        reviewNote: null,
      };
      tx.insert(eventReviews)
        .values({ eventId: event.id, ...row })
        .onConflictDoUpdate({ target: eventReviews.eventId, set: row })
        .run();
      recordContentAudit(tx, {
        actorId: actor.id,
        action: 'event.review_submit',
        entityType: 'event',
        entityId: event.id,
        details: {
          title: event.title,
          version: event.version,
          ...(publishAt ? { publishAt: publishAt.toISOString() } : {}),
          ...(note ? { note } : {}),
        },
      });
      // Nothing public changed.
      return { ok: true, tags: [] };
    },
    { behavior: 'immediate' },
  );
}

/**
 * Approves what waits for review, as the reviewer saw it (`expectedVersion`): the event is
 * published, or scheduled when the editor asked for a time still to come, as a new version with
 * its revision ("Approved by …") and one audit row for the approval.
 */
export function approveReview(
  actor: SessionUser | null,
  o: { id: number; expectedVersion?: number; now?: Date },
): ReviewResult {
  assertRole(actor, 'reviewer');
  const now = o.now ?? new Date();
  return db.transaction(
    (tx): ReviewResult => {
      const event = readEvent(tx, o.id, o.expectedVersion);
      if ('ok' in event) return event;
      const review = tx.select().from(eventReviews).where(eq(eventReviews.eventId, o.id)).get();
      if (!review || review.state !== 'pending') return NOT_WAITING;
      const problems = publishingProblems(event);
      if (problems.length > 0)
        return {
          ok: false,
          code: 'invalid',
          message: `Not approved: ${describePublishingProblems(problems)}.`,
        };
      const schedule = review.publishAt !== null && review.publishAt.getTime() > now.getTime();
      const saved = saveEvent(tx, {
        actorId: actor.id,
        existing: event,
        change: schedule
          ? { kind: 'workflow', status: 'draft', publishAt: review.publishAt }
          : { kind: 'workflow', status: 'published' },
        note: schedule
          ? `Approved by ${actor.name}; scheduled for ${utc(review.publishAt!)}`
          : `Approved by ${actor.name} and published`,
        origin: 'workflow',
        audit: ({ version }) => ({
          action: 'event.review_approve',
          details: {
            title: event.title,
            version,
            outcome: schedule ? 'scheduled' : 'published',
            ...(schedule ? { publishAt: review.publishAt!.toISOString() } : {}),
          },
        }),
        now,
      });
      if (!saved.ok) throw new Error(`an approval was refused: ${JSON.stringify(saved.errors)}`);
      return { ok: true, tags: saved.tags, outcome: schedule ? 'scheduled' : 'published' };
    },
    { behavior: 'immediate' },
  );
}

/** Sends an event back to its editor with a note (required: it is what they will act on). */
export function sendBackReview(
  actor: SessionUser | null,
  o: { id: number; note: string; now?: Date },
): ReviewResult {
  assertRole(actor, 'reviewer');
  const now = o.now ?? new Date();
  const note = cleanNote(o.note);
  if (!note)
    return {
      ok: false,
      code: 'invalid',
      message: 'Say what should change before sending it back.',
    };
  return db.transaction(
    (tx): ReviewResult => {
      const event = readEvent(tx, o.id, undefined);
      if ('ok' in event) return event;
      const review = tx.select().from(eventReviews).where(eq(eventReviews.eventId, o.id)).get();
      if (!review || review.state !== 'pending') return NOT_WAITING;
      tx.update(eventReviews)
        .set({
          state: 'changes_requested',
          reviewedBy: actor.id,
          reviewedAt: now,
          reviewNote: note,
        })
        .where(eq(eventReviews.eventId, o.id))
        .run();
      recordContentAudit(tx, {
        actorId: actor.id,
        action: 'event.review_send_back',
        entityType: 'event',
        entityId: event.id,
        details: { title: event.title, version: event.version, note },
      });
      return { ok: true, tags: [] };
    },
    { behavior: 'immediate' },
  );
}

// ---- Reads ----

export type EventReviewView = {
  state: ReviewState;
  publishAt: Date | null;
  submittedBy: { id: number | null; name: string | null };
  submittedAt: Date;
  submittedVersion: number;
  submitNote: string | null;
  reviewedByName: string | null;
  reviewedAt: Date | null;
  reviewNote: string | null;
};

export type ReviewPanelData = {
  /** The site requires review: editors cannot publish or schedule themselves. */
  required: boolean;
  /** The signed-in user may approve and send back. */
  canReview: boolean;
  review: EventReviewView | null;
};

/** What the event form's review panel shows for this event and user. */
export async function getReviewPanel(
  actor: SessionUser | null,
  eventId: number,
): Promise<ReviewPanelData> {
  assertRole(actor, 'editor');
  const submitter = alias(users, 'submitter');
  const reviewer = alias(users, 'reviewer');
  const row = db
    .select({
      state: eventReviews.state,
      publishAt: eventReviews.publishAt,
      submittedById: eventReviews.submittedBy,
      submittedByName: submitter.name,
      submittedAt: eventReviews.submittedAt,
      submittedVersion: eventReviews.submittedVersion,
      submitNote: eventReviews.submitNote,
      reviewedByName: reviewer.name,
      reviewedAt: eventReviews.reviewedAt,
      reviewNote: eventReviews.reviewNote,
    })
    .from(eventReviews)
    .leftJoin(submitter, eq(submitter.id, eventReviews.submittedBy))
    .leftJoin(reviewer, eq(reviewer.id, eventReviews.reviewedBy))
    .where(eq(eventReviews.eventId, eventId))
    .get();
  return {
    required: isReviewRequiredIn(db),
    canReview: hasRole(actor.role, 'reviewer'),
    review: row
      ? {
          state: row.state,
          publishAt: row.publishAt,
          submittedBy: { id: row.submittedById, name: row.submittedByName },
          submittedAt: row.submittedAt,
          submittedVersion: row.submittedVersion,
          submitNote: row.submitNote,
          reviewedByName: row.reviewedByName,
          reviewedAt: row.reviewedAt,
          reviewNote: row.reviewNote,
        }
      : null,
  };
}

export type ReviewQueueItem = {
  id: number;
  title: string;
  submittedByName: string | null;
  submittedAt: Date;
  publishAt: Date | null;
  reviewNote: string | null;
  reviewedByName: string | null;
  reviewedAt: Date | null;
};

export type ReviewQueue = {
  /** Waiting for review: every one for a reviewer, an editor's own for an editor. */
  waiting: ReviewQueueItem[];
  /** Sent back to the signed-in user. */
  sentBack: ReviewQueueItem[];
};

const QUEUE_LIMIT = 50;

/** The dashboard's lists: what waits for review, and what was sent back to me. */
export async function listReviewQueue(actor: SessionUser | null): Promise<ReviewQueue> {
  assertRole(actor, 'editor');
  const submitter = alias(users, 'submitter');
  const reviewer = alias(users, 'reviewer');
  const read = (state: ReviewState, mine: boolean) =>
    db
      .select({
        id: events.id,
        title: events.title,
        submittedByName: submitter.name,
        submittedAt: eventReviews.submittedAt,
        publishAt: eventReviews.publishAt,
        reviewNote: eventReviews.reviewNote,
        reviewedByName: reviewer.name,
        reviewedAt: eventReviews.reviewedAt,
      })
      .from(eventReviews)
      .innerJoin(events, eq(events.id, eventReviews.eventId))
      .leftJoin(submitter, eq(submitter.id, eventReviews.submittedBy))
      .leftJoin(reviewer, eq(reviewer.id, eventReviews.reviewedBy))
      .where(
        and(
          eq(eventReviews.state, state),
          isNull(events.deletedAt),
          mine ? eq(eventReviews.submittedBy, actor.id) : undefined,
        ),
      )
      .orderBy(
        state === 'pending' ? asc(eventReviews.submittedAt) : desc(eventReviews.reviewedAt),
        asc(events.id),
      )
      .limit(QUEUE_LIMIT)
      .all();
  return {
    waiting: read('pending', !hasRole(actor.role, 'reviewer')),
    sentBack: read('changes_requested', true),
  };
}

export type ReviewStep = {
  action: 'submit' | 'approve' | 'send_back';
  byName: string | null;
  at: Date;
  note: string | null;
  publishAt: string | null;
  version: number | null;
  outcome: string | null;
};

const STEP_OF = {
  'event.review_submit': 'submit',
  'event.review_approve': 'approve',
  'event.review_send_back': 'send_back',
} as const;

/** Each review step of an event, newest first, from the audit log (for the event's history). */
export async function listReviewSteps(
  actor: SessionUser | null,
  eventId: number,
): Promise<ReviewStep[]> {
  assertRole(actor, 'editor');
  const rows = db
    .select({
      action: auditLog.action,
      details: auditLog.details,
      at: auditLog.createdAt,
      byName: users.name,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(
      and(
        eq(auditLog.entityType, 'event'),
        eq(auditLog.entityId, String(eventId)),
        inArray(auditLog.action, Object.keys(STEP_OF)),
      ),
    )
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .all();
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  return rows.map((r) => ({
    action: STEP_OF[r.action as keyof typeof STEP_OF],
    byName: r.byName,
    at: r.at,
    note: text(r.details?.note),
    publishAt: text(r.details?.publishAt),
    version: typeof r.details?.version === 'number' ? r.details.version : null,
    outcome: text(r.details?.outcome),
  }));
}
