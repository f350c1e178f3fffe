import 'server-only';
import { hasRole } from '@/lib/auth/roles';
import type { UserRole } from '@/lib/auth/roles';
import { AuthorizationError, type SessionUser } from './session';

/**
 * The role check of the domain functions that take the acting user (the exported wrappers get it
 * from requireRole; tests and jobs pass it in). No user, or too small a role, is refused.
 */
export function assertRole(
  actor: SessionUser | null | undefined,
  role: UserRole,
): asserts actor is SessionUser {
  if (!actor) throw new AuthorizationError('unauthenticated');
  if (!hasRole(actor.role, role)) throw new AuthorizationError('forbidden');
}
