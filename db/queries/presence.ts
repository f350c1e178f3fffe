import 'server-only';
import { and, asc, eq, gte, lt, ne, sql } from 'drizzle-orm';
import { assertRole, type SessionUser } from '@/lib/auth/actor';
import { fail, type Failure } from '@/lib/failure';
import { PRESENCE_STALE_MS, type PresenceEntry } from '@/lib/presence/presence';
import { db } from '../client';
import { eventPresence, events, users } from '../schema';
import type { DbOrTx } from '../types';

// Who has an event open in the editor (event_presence): the form's heartbeat writes the caller's
// row and reads everyone else's that is not stale; leaving the page deletes the row.

/** The others with the event open, seen within the last minute, the earliest first. */
function othersIn(dbh: DbOrTx, o: { eventId: number; userId: number; now: number }) {
  return dbh
    .select({ userId: eventPresence.userId, name: users.name, openedAt: eventPresence.openedAt })
    .from(eventPresence)
    .innerJoin(users, eq(users.id, eventPresence.userId))
    .where(
      and(
        eq(eventPresence.eventId, o.eventId),
        ne(eventPresence.userId, o.userId),
        gte(eventPresence.seenAt, new Date(o.now - PRESENCE_STALE_MS)),
        eq(users.disabled, false),
      ),
    )
    .orderBy(asc(eventPresence.openedAt), asc(eventPresence.userId))
    .all()
    .map((r): PresenceEntry => ({ ...r, openedAt: r.openedAt.getTime() }));
}

/**
 * One heartbeat of the caller's open form: marks the caller as having the event open (since now,
 * unless their entry is still fresh) and answers who else has it open.
 */
export function touchPresence(
  actor: SessionUser | null,
  o: { eventId: number; now?: Date },
): { ok: true; others: PresenceEntry[] } | Failure {
  assertRole(actor, 'editor');
  const user = actor;
  const now = (o.now ?? new Date()).getTime();
  return db.transaction(
    (tx) => {
      const exists = tx
        .select({ id: events.id })
        .from(events)
        .where(eq(events.id, o.eventId))
        .get();
      if (!exists) return fail('not_found', 'That event no longer exists.');
      // Entries nobody will read again (the stale ones of this event) go, so the table stays small.
      tx.delete(eventPresence)
        .where(
          and(
            eq(eventPresence.eventId, o.eventId),
            lt(eventPresence.seenAt, new Date(now - PRESENCE_STALE_MS)),
            ne(eventPresence.userId, user.id),
          ),
        )
        .run();
      tx.insert(eventPresence)
        .values({
          eventId: o.eventId,
          userId: user.id,
          openedAt: new Date(now),
          seenAt: new Date(now),
        })
        .onConflictDoUpdate({
          target: [eventPresence.eventId, eventPresence.userId],
          set: {
            // A stale entry is a new stretch of editing: it starts now.
            openedAt: sql`case when ${eventPresence.seenAt} < ${now - PRESENCE_STALE_MS} then ${now} else ${eventPresence.openedAt} end`,
            seenAt: new Date(now),
          },
        })
        .run();
      return {
        ok: true as const,
        others: othersIn(tx, { eventId: o.eventId, userId: user.id, now }),
      };
    },
    { behavior: 'immediate' },
  );
}

/** The caller left the event's form (the page was closed or left): their entry goes at once. */
export function leavePresence(actor: SessionUser | null, o: { eventId: number }): { ok: true } {
  assertRole(actor, 'editor');
  const user = actor;
  db.delete(eventPresence)
    .where(and(eq(eventPresence.eventId, o.eventId), eq(eventPresence.userId, user.id)))
    .run();
  return { ok: true };
}
