import 'server-only';
import { randomBytes } from 'node:crypto';
import { and, eq, gt, lt } from 'drizzle-orm';
import { z } from 'zod';
import type { SessionUser } from '@/lib/auth/actor';
import { isSignInFresh, SESSION_MAX_AGE_SECONDS } from '@/lib/auth/session';
import { db } from '../client';
import { sessions, users } from '../schema';
import type { DbOrTx } from '../types';
import { recordAudit } from './audit';

// Sessions are next-auth JWTs, but each one names a row here (`sid`): signing out deletes the row,
// so the cookie (or a copy of it) is dead at once, on this device only. Bumping the user's session
// version instead would also end their sessions on every other device; that stays the tool for
// disabling a user and resetting a password, which must end them all.

const sessionClaimsSchema = z.object({
  uid: z.number().int().positive(),
  sv: z.number().int(),
  sid: z.string().min(16).max(64),
  authAt: z.number(),
});
export type SessionClaims = z.infer<typeof sessionClaimsSchema>;

/** Starts a session row for a sign-in (inside its transaction); returns the id for the token. */
export function createSessionRow(tx: DbOrTx, o: { userId: number; now: number }): string {
  tx.delete(sessions)
    .where(lt(sessions.expiresAt, new Date(o.now)))
    .run();
  const id = randomBytes(18).toString('base64url');
  tx.insert(sessions)
    .values({
      id,
      userId: o.userId,
      createdAt: new Date(o.now),
      expiresAt: new Date(o.now + SESSION_MAX_AGE_SECONDS * 1000),
    })
    .run();
  return id;
}

/** Ends every session of a user (disabling them, resetting their password). */
export function endUserSessions(tx: DbOrTx, userId: number): void {
  tx.delete(sessions).where(eq(sessions.userId, userId)).run();
}

/**
 * Turns the token's claims into the user, or null when the session no longer stands: signed out
 * (no session row), the user is gone or disabled, their password was reset since (session
 * version), or the sign-in is older than the session lifetime.
 */
export function loadSessionUser(
  claims: SessionClaims,
  dbh: DbOrTx = db,
  now = Date.now(),
): SessionUser | null {
  if (!isSignInFresh(claims.authAt, now)) return null;
  const row = dbh
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      disabled: users.disabled,
      sessionVersion: users.sessionVersion,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.id, claims.sid),
        eq(sessions.userId, claims.uid),
        gt(sessions.expiresAt, new Date(now)),
      ),
    )
    .get();
  if (!row || row.disabled || row.sessionVersion !== claims.sv) return null;
  return { id: row.id, email: row.email, name: row.name, role: row.role };
}

/** Whatever claims a token carries: the user if they still make a session, else null. */
export function sessionUserFromClaims(claims: unknown, dbh: DbOrTx = db): SessionUser | null {
  const parsed = sessionClaimsSchema.safeParse(claims);
  return parsed.success ? loadSessionUser(parsed.data, dbh) : null;
}

/** Signing out: deletes the session's row (if it is still there) and records it. */
export function endSession(o: { sid: string; userId: number }, dbh: DbOrTx = db): boolean {
  const ended = dbh
    .delete(sessions)
    .where(and(eq(sessions.id, o.sid), eq(sessions.userId, o.userId)))
    .returning({ id: sessions.id })
    .all();
  if (ended.length === 0) return false;
  recordAudit(dbh, {
    actorId: o.userId,
    action: 'auth.sign_out',
    entityType: 'user',
    entityId: o.userId,
  });
  return true;
}
