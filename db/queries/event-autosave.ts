import 'server-only';
import { and, eq, isNull, type SQL } from 'drizzle-orm';
import { assertRole, type SessionUser } from '@/lib/auth/actor';
import { parseAutosaveValues } from '@/lib/events/autosave';
import { fail, type Failure } from '@/lib/failure';
import type { EventFormValues } from '@/lib/validation/event';
import { db } from '../client';
import { eventAutosaves, events } from '../schema';
import type { DbOrTx } from '../types';

/*
 * The event form's autosave (lib/events/autosave.ts): one copy per editor and event, `eventId`
 * null for the editor's new-event form. Replaced on every autosave, removed when the form saves
 * (createEvent / updateEvent call clearAutosaveIn in their transaction) or the editor discards it.
 * It writes no revision, audit row or cache tag: nothing public changes.
 */

export type Autosave = { values: EventFormValues; baseVersion: number; savedAt: Date };

const slot = (userId: number, eventId: number | null): SQL =>
  and(
    eq(eventAutosaves.userId, userId),
    eventId === null ? isNull(eventAutosaves.eventId) : eq(eventAutosaves.eventId, eventId),
  ) as SQL;

/** Removes this editor's copy for the event (or their new-event form's): inside a save's transaction. */
export function clearAutosaveIn(dbh: DbOrTx, o: { userId: number; eventId: number | null }): void {
  dbh.delete(eventAutosaves).where(slot(o.userId, o.eventId)).run();
}

/**
 * Keeps what the editor typed. Refused when the event is gone or in the trash, and when the form is
 * older than this editor's own later save (a copy sent just before that save, or from another tab
 * of theirs): offering it back would undo what they saved.
 */
export function saveAutosave(
  actor: SessionUser | null,
  o: { eventId: number | null; baseVersion: number; values: unknown; now?: Date },
): { ok: true; savedAt: Date } | Failure {
  assertRole(actor, 'editor');
  const values = parseAutosaveValues(o.values);
  if (!values) return fail('invalid', 'This draft copy could not be kept: it is not the form’s.');
  const savedAt = o.now ?? new Date();
  return db.transaction(
    (tx) => {
      if (o.eventId !== null) {
        const event = tx
          .select({
            version: events.version,
            deletedAt: events.deletedAt,
            updatedBy: events.updatedBy,
          })
          .from(events)
          .where(eq(events.id, o.eventId))
          .get();
        if (!event) return fail('not_found', 'This event no longer exists.');
        if (event.deletedAt !== null) return fail('conflict', 'This event is in the trash.');
        if (event.version > o.baseVersion && event.updatedBy === actor.id)
          return fail(
            'conflict',
            'You have saved this event since this form was opened: reload it to go on.',
          );
      }
      clearAutosaveIn(tx, { userId: actor.id, eventId: o.eventId });
      tx.insert(eventAutosaves)
        .values({
          userId: actor.id,
          eventId: o.eventId,
          baseVersion: o.baseVersion,
          values,
          savedAt,
        })
        .run();
      return { ok: true as const, savedAt };
    },
    { behavior: 'immediate' },
  );
}

/** This editor's copy for the event (or their new-event form), or null. */
export function getAutosave(
  actor: SessionUser | null,
  o: { eventId: number | null },
): Autosave | null {
  assertRole(actor, 'editor');
  const row = db
    .select({
      values: eventAutosaves.values,
      baseVersion: eventAutosaves.baseVersion,
      savedAt: eventAutosaves.savedAt,
    })
    .from(eventAutosaves)
    .where(slot(actor.id, o.eventId))
    .get();
  if (!row) return null;
  const values = parseAutosaveValues(row.values);
  return values ? { values, baseVersion: row.baseVersion, savedAt: row.savedAt } : null;
}

/** Discards this editor's copy (the "Discard" of the offer). */
export function discardAutosave(actor: SessionUser | null, o: { eventId: number | null }): void {
  assertRole(actor, 'editor');
  clearAutosaveIn(db, { userId: actor.id, eventId: o.eventId });
}
