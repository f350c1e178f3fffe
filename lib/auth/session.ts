/**
 * A session lasts 8 hours from sign-in (a working day), whatever refreshes its cookie: `authAt` in
 * the token is the sign-in time, checked by proxy.ts (token only) and by the DAL (with the database).
 */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export function isSignInFresh(authAt: unknown, now = Date.now()): boolean {
  return (
    typeof authAt === 'number' &&
    authAt <= now + 60_000 &&
    now - authAt <= SESSION_MAX_AGE_SECONDS * 1000
  );
}
