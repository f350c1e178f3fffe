import 'server-only';
import { eq } from 'drizzle-orm';
import { getServerSession } from 'next-auth';
import { cache } from 'react';
import { z } from 'zod';
import { hasRole } from '@/lib/auth/roles';
import { isSignInFresh } from '@/lib/auth/session';
import { authOptions } from '@/lib/server/auth-options';
import { db } from '../client';
import { users, type UserRole } from '../schema';
import type { DbOrTx } from '../types';

/** The signed-in user as every CMS page and action sees them: read fresh from the database. */
export type SessionUser = { id: number; email: string; name: string; role: UserRole };

/** Thrown by requireRole; server actions turn it into a message, pages into a redirect or a 403 notice. */
export class AuthorizationError extends Error {
  constructor(readonly reason: 'unauthenticated' | 'forbidden') {
    super(
      reason === 'unauthenticated'
        ? 'Your session has ended. Sign in again.'
        : 'You do not have permission to do that.',
    );
    this.name = 'AuthorizationError';
  }
}

const claimsSchema = z.object({
  uid: z.number().int().positive(),
  sv: z.number().int(),
  authAt: z.number(),
});
export type SessionClaims = z.infer<typeof claimsSchema>;

/**
 * Turns the token's claims into the user, or null when the session no longer stands: the user is
 * gone or disabled, their password was reset since (session version), or the sign-in is older
 * than the session lifetime.
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
    .from(users)
    .where(eq(users.id, claims.uid))
    .get();
  if (!row || row.disabled || row.sessionVersion !== claims.sv) return null;
  return { id: row.id, email: row.email, name: row.name, role: row.role };
}

/** The current user, checked against the database (once per request), or null. */
export const verifySession = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  const claims = claimsSchema.safeParse(session);
  return claims.success ? loadSessionUser(claims.data) : null;
});

/** The current user if they hold `role` (admins hold editor too); otherwise throws AuthorizationError. */
export async function requireRole(role: UserRole): Promise<SessionUser> {
  const user = await verifySession();
  if (!user) throw new AuthorizationError('unauthenticated');
  if (!hasRole(user.role, role)) throw new AuthorizationError('forbidden');
  return user;
}
