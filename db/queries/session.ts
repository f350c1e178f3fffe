import 'server-only';
import { getServerSession } from 'next-auth';
import { cache } from 'react';
import { hasRole } from '@/lib/auth/roles';
import { authOptions } from '@/server/auth-options';
import type { UserRole } from '@/lib/auth/roles';
import { sessionUserFromClaims, type SessionUser } from './auth-sessions';

export { loadSessionUser, type SessionClaims, type SessionUser } from './auth-sessions';

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

/** The current user, checked against the database (once per request), or null. */
export const verifySession = cache(async (): Promise<SessionUser | null> => {
  return sessionUserFromClaims(await getServerSession(authOptions));
});

/** The current user if they hold `role` (admins hold editor too); otherwise throws AuthorizationError. */
export async function requireRole(role: UserRole): Promise<SessionUser> {
  const user = await verifySession();
  if (!user) throw new AuthorizationError('unauthenticated');
  if (!hasRole(user.role, role)) throw new AuthorizationError('forbidden');
  return user;
}
