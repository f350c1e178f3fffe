import { hasRole, type UserRole } from './roles';

/** The signed-in user as every CMS page, action and data-layer call sees them: read fresh from the database. */
export type SessionUser = { id: number; email: string; name: string; role: UserRole };

/** A refusal of who is asking: signed out (or their session ended), or signed in without the role. */
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

/**
 * The role check of every data-layer function that acts for someone: the edges (server/action.ts,
 * server/route.ts, the pages' authorizePage) resolve the session and pass the user in, and the data
 * layer checks it again here, so a caller that forgot its own check is still refused. No user, or
 * too small a role (admins hold editor too), throws AuthorizationError.
 */
export function assertRole(
  actor: SessionUser | null | undefined,
  role: UserRole,
): asserts actor is SessionUser {
  if (!actor) throw new AuthorizationError('unauthenticated');
  if (!hasRole(actor.role, role)) throw new AuthorizationError('forbidden');
}
