import 'server-only';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { parseSnapshot, type RevisionSnapshot } from '@/lib/revisions/snapshot';
import { db } from '../client';
import { events, revisions, users } from '../schema';
import type { DbOrTx } from '../types';
import { conflictMessage, type SaveFailure } from './event-editor';
import { findConflict, findEventRow, saveEvent, type EventData } from './event-write';
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
      // Versioned snapshots hold the event under `event`; older ones were the event itself.
      slug: sql<
        string | null
      >`coalesce(json_extract(${revisions.snapshot}, '$.event.slug'), json_extract(${revisions.snapshot}, '$.slug'))`,
    })
    .from(revisions)
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
    const snapshot = parseSnapshot(r.snapshot);
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

/**
 * A snapshot as a save of that content, keeping the event's current workflow (status, schedule)
 * and, unless asked otherwise, its current address: readers of today's URL must not meet a 404.
 */
function snapshotToData(
  s: RevisionSnapshot,
  current: { status: EventData['status']; publishAt: Date | null; slug: string },
  o: { restoreSlug: boolean },
): EventData {
  return {
    content: {
      slug: o.restoreSlug ? s.slug : current.slug,
      kind: s.kind,
      title: s.title,
      summary: s.summary,
      keyPoints: s.keyPoints,
      body: s.body,
      funFact: s.funFact,
      furtherReading: s.furtherReading,
      year: s.year,
      month: s.month,
      day: s.day,
      precision: s.precision,
      circa: s.circa,
      calendar: s.calendar,
      endYear: s.endYear,
      endMonth: s.endMonth,
      endDay: s.endDay,
      endPrecision: s.endPrecision,
      location: s.location,
      latitude: s.latitude,
      longitude: s.longitude,
      categoryId: s.categoryId,
      imageUrl: s.imageUrl,
      imageAlt: s.imageAlt,
      imageCredit: s.imageCredit,
      featured: s.featured,
    },
    tags: s.tags.map((t) => t.name),
    people: [...s.people]
      .sort((a, b) => a.position - b.position)
      .map((p) => ({ personId: p.id, name: p.name, role: p.role })),
    references: [...s.references]
      .sort((a, b) => a.position - b.position)
      .map((r) => ({
        url: r.url,
        title: r.title,
        publisher: r.publisher,
        accessedAt: r.accessedAt,
      })),
    links: s.links.map((l) => ({
      eventId: l.eventId,
      type: l.type,
      direction: l.direction === 'outgoing' ? 'from' : 'to',
    })),
    status: current.status,
    publishAt: current.publishAt,
  };
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
 * event changed since the editor opened it (`expectedVersion`).
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
      const snapshot = revision ? parseSnapshot(revision.snapshot) : null;
      if (!revision || !snapshot)
        return { ok: false, code: 'not_found', message: 'That revision does not exist.' };

      const saved = saveEvent(tx, {
        actorId: actor.id,
        existing: event,
        change: {
          kind: 'event',
          data: snapshotToData(snapshot, event, { restoreSlug: o.restoreSlug === true }),
          onProblem: 'drop',
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
      if (!saved.ok)
        return {
          ok: false,
          code: 'invalid',
          message: saved.errors.summary
            ? `Version ${revision.version} has no summary, and a ${event.status === 'published' ? 'published' : 'scheduled'} event needs one: unpublish this event first, or restore another version.`
            : 'This revision cannot be restored.',
          errors: saved.errors,
        };
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
