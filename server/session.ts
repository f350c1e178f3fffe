import 'server-only';
import { getServerSession } from 'next-auth';
import { cache } from 'react';
import { sessionUserFromClaims } from '@/db/store';
import { assertRole, type SessionUser } from '@/lib/auth/actor';
import type { UserRole } from '@/lib/auth/roles';
import { authOptions } from './auth-options';

/** The current user, checked against the database (once per request), or null. */
export const verifySession = cache(async (): Promise<SessionUser | null> => {
  return await sessionUserFromClaims(await getServerSession(authOptions));
});

/** The current user if they hold `role` (admins hold editor too); otherwise throws AuthorizationError. */
export async function requireRole(role: UserRole): Promise<SessionUser> {
  const user = await verifySession();
  assertRole(user, role);
  return user;
}
