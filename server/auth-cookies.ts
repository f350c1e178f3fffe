import 'server-only';
import crypto from 'node:crypto';

// next-auth names its cookies after whether the site is served over HTTPS (NEXTAUTH_URL).
const secure = () => process.env.NEXTAUTH_URL?.startsWith('https://') ?? false;

const sessionCookieName = () => `${secure() ? '__Secure-' : ''}next-auth.session-token`;
export const csrfCookieName = () => `${secure() ? '__Host-' : ''}next-auth.csrf-token`;

/**
 * The CSRF token for next-auth's sign-in POST, read from the cookie next-auth set (`token|sha256(token
 * + secret)`), so the sign-in form works without JavaScript. Null when the cookie is missing or was
 * not made with this server's secret.
 */
export function csrfTokenFromCookie(cookieValue: string | undefined): string | null {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!cookieValue || !secret) return null;
  const [token, hash] = cookieValue.split('|');
  if (!token || !hash) return null;
  const expected = crypto.createHash('sha256').update(`${token}${secret}`).digest('hex');
  const a = Buffer.from(hash);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b) ? token : null;
}

/** The session cookie and its chunks (next-auth splits a long token into `name.0`, `name.1`, ...). */
export function isSessionCookie(name: string): boolean {
  const base = sessionCookieName();
  return name === base || name.startsWith(`${base}.`);
}

export const sessionCookieSecure = secure;
