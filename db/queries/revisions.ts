import 'server-only';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { readSnapshot } from '@/lib/events/record';
import { describeRestoreProblems, validateRestore } from '@/lib/revisions/restore';
import { parseSnapshot, type RevisionSnapshot } from '@/lib/revisions/snapshot';
import type { EventFieldErrors } from '@/lib/validation/event';
import { db } from '../client';
import { events, revisions, users } from '../schema';
import type { DbOrTx } from '../types';
import { conflictMessage, type SaveFailure } from './event-editor';
import { loadEvent, revisionSnapshotOf } from './event-store';
import { eventInputToData, findConflict, findEventRow, saveEvent } from './event-write';
import { assertRole, type SessionUser } from '@/lib/auth/actor';

export type RevisionSummary = {
  id: number;
  version: number;
  note: string | null;
  authorName: string | null;
  createdAt: Date;
  /** The event's URL slug in that version. */
  slug: string | null;
};

/** Every revision of an event, newest first. */
export function listRevisionsIn(dbh: DbOrTx, eventId: number): RevisionSummary[] {
  return dbh
    .select({
      id: revisions.id,
      version: revisions.version,
      note: revisions.note,
      authorName: users.name,
      createdAt: revisions.createdAt,
      // Versioned snapshots hold the event under `event`; older ones were the event itself; a live
      // revision (no snapshot, event-store.ts) is the event as it stands.
      slug: sql<string | null>`CASE WHEN ${revisions.snapshot} IS NULL THEN ${events.slug}
        ELSE coalesce(json_extract(${revisions.snapshot}, '$.event.slug'), json_extract(${revisions.snapshot}, '$.slug')) END`,
    })
    .from(revisions)
    .innerJoin(events, eq(events.id, revisions.eventId))
    .leftJoin(users, eq(users.id, revisions.authorId))
    .where(eq(revisions.eventId, eventId))
    .orderBy(desc(revisions.version))
    .all();
}

export async function listRevisions(
  actor: SessionUser | null,
  eventId: number,
): Promise<RevisionSummary[]> {
  assertRole(actor, 'editor');
  return listRevisionsIn(db, eventId);
}

export type RevisionWithSnapshot = RevisionSummary & { snapshot: RevisionSnapshot };

/** The revisions of an event with these version numbers (for the diff), by version. */
export function getRevisionsByVersionIn(
  dbh: DbOrTx,
  eventId: number,
  versions: readonly number[],
): Map<number, RevisionWithSnapshot> {
  if (versions.length === 0) return new Map();
  const rows = dbh
    .select({
      id: revisions.id,
      version: revisions.version,
      note: revisions.note,
      authorName: users.name,
      createdAt: revisions.createdAt,
      snapshot: revisions.snapshot,
    })
    .from(revisions)
    .leftJoin(users, eq(users.id, revisions.authorId))
    .where(and(eq(revisions.eventId, eventId), inArray(revisions.version, [...versions])))
    .all();
  const out = new Map<number, RevisionWithSnapshot>();
  for (const r of rows) {
    const snapshot = parseSnapshot(revisionSnapshotOf(r.snapshot, eventId));
    if (snapshot) out.set(r.version, { ...r, slug: snapshot.slug, snapshot });
  }
  return out;
}

export async function getRevisionsByVersion(
  actor: SessionUser | null,
  eventId: number,
  versions: readonly number[],
): Promise<Map<number, RevisionWithSnapshot>> {
  assertRole(actor, 'editor');
  return getRevisionsByVersionIn(db, eventId, versions);
}

export type RestoreResult =
  | {
      ok: true;
      version: number;
      restoredVersion: number;
      tags: string[];
      /** The event's slug now, and whether it is the restored version's. */
      slug: string;
      slugRestored: boolean;
    }
  | SaveFailure;

/**
 * Brings back the content of an earlier revision as a new version ("Restored version N"); the
 * event's status, schedule and address (slug) stay as they are. With `restoreSlug` the version's
 * slug comes back too, and the current one keeps working as a redirect (as any slug change), unless
 * another event holds the old one now (then the slug stays). Refused, writing nothing, when the
 * event changed since the editor opened it (`expectedVersion`), and when what the version holds
 * would not pass today's checks of a save: the editor form's schema (lib/validation/event.ts), a
 * category deleted since, a link to an event that is gone or in the trash; the message names each.
 */
export function restoreRevision(
  actor: SessionUser | null,
  o: {
    eventId: number;
    revisionId: number;
    expectedVersion: number;
    restoreSlug?: boolean;
    now?: Date;
  },
): RestoreResult {
  assertRole(actor, 'editor');
  const now = o.now ?? new Date();
  return db.transaction(
    (tx): RestoreResult => {
      const event = findEventRow(tx, o.eventId);
      if (!event) return { ok: false, code: 'not_found', message: 'That event does not exist.' };
      if (event.deletedAt !== null)
        return {
          ok: false,
          code: 'trashed',
          message: 'This event is in the trash: restore it before changing it.',
        };
      const conflict = findConflict(tx, event, o.expectedVersion);
      if (conflict)
        return { ok: false, code: 'conflict', message: conflictMessage(conflict), conflict };
      const revision = tx
        .select({ version: revisions.version, snapshot: revisions.snapshot })
        .from(revisions)
        .where(and(eq(revisions.id, o.revisionId), eq(revisions.eventId, o.eventId)))
        .get();
      // Any version of the snapshot format reads (lib/events/record.ts); what it holds is checked as
      // a form save of it would be (lib/revisions/restore.ts), then by the save itself.
      const snapshot = revision
        ? readSnapshot(revisionSnapshotOf(revision.snapshot, o.eventId))
        : null;
      const current = loadEvent(event.id);
      if (!revision || !snapshot || !current)
        return { ok: false, code: 'not_found', message: 'That revision does not exist.' };
      const refused = (errors: EventFieldErrors): RestoreResult => ({
        ok: false,
        code: 'invalid',
        message: describeRestoreProblems({
          version: revision.version,
          snapshot,
          errors,
          publicNow:
            event.status === 'published'
              ? 'published'
              : event.status === 'draft' && event.publishAt !== null
                ? 'scheduled'
                : null,
        }),
        errors,
      });
      const checked = validateRestore({
        snapshot,
        current,
        restoreSlug: o.restoreSlug === true,
        now: now.getTime(),
      });
      if (!checked.ok) return refused(checked.errors);

      const saved = saveEvent(tx, {
        actorId: actor.id,
        existing: event,
        change: {
          kind: 'event',
          // The workflow stays exactly as it is (the form's values hold its time to the minute).
          data: {
            ...eventInputToData(checked.data),
            status: event.status,
            publishAt: event.publishAt,
          },
          onProblem: 'adapt',
        },
        note: `Restored version ${revision.version}`,
        origin: 'restore',
        audit: ({ version, slug }) => ({
          action: 'event.revision_restore',
          details: {
            restoredVersion: revision.version,
            version,
            ...(event.slug !== slug ? { slug: { from: event.slug, to: slug } } : {}),
          },
        }),
        now,
      });
      if (!saved.ok) return refused(saved.errors);
      return {
        ok: true,
        version: saved.version,
        restoredVersion: revision.version,
        tags: saved.tags,
        slug: saved.slug,
        slugRestored: saved.slug === snapshot.slug,
      };
    },
    { behavior: 'immediate' },
  );
}

/** The event's title and current version, for the history page's heading. */
export async function getEventHeading(
  actor: SessionUser | null,
  eventId: number,
): Promise<{
  id: number;
  title: string;
  slug: string;
  version: number;
  deletedAt: Date | null;
} | null> {
  assertRole(actor, 'editor');
  return (
    db
      .select({
        id: events.id,
        title: events.title,
        slug: events.slug,
        version: events.version,
        deletedAt: events.deletedAt,
      })
      .from(events)
      .where(eq(events.id, eventId))
      .get() ?? null
  );
}
