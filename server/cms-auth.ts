import 'server-only';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { AuthorizationError, type SessionUser } from '@/lib/auth/actor';
import { getReviewRequired } from '@/db/store';
import { hasRole, type UserRole } from '@/lib/auth/roles';
import { isSessionCookie } from './auth-cookies';
import { requireRole } from './session';

/**
 * The check at the top of every CMS page: the user if they hold `role`; null if they are signed in
 * without it (the page shows a 403 notice); a redirect to /login (back to `path` afterwards) if the
 * session is missing or no longer stands, e.g. the user was disabled a moment ago.
 */
export async function authorizePage(role: UserRole, path: string): Promise<SessionUser | null> {
  try {
    return await requireRole(role);
  } catch (error) {
    if (!(error instanceof AuthorizationError)) throw error;
    if (error.reason === 'forbidden') return null;
    const params = new URLSearchParams({ callbackUrl: path });
    if ((await cookies()).getAll().some((c) => isSessionCookie(c.name))) params.set('expired', '1');
    redirect(`/login?${params}`);
  }
}

/**
 * Whether this user's events go public only through a review: the site requires it and they are
 * an editor (reviewers and admins publish). The data layer refuses such a publish whatever the
 * form shows (db/queries/event-write.ts); the form only stops offering it.
 */
export async function editorsSubmitForReview(me: SessionUser): Promise<boolean> {
  return !hasRole(me.role, 'reviewer') && (await getReviewRequired(me));
}
