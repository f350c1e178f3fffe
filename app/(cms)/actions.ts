'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { isSessionCookie, sessionCookieSecure } from '@/lib/server/auth-cookies';

/**
 * Signs out by expiring the session cookie. A server action rather than next-auth's signout POST:
 * it needs no CSRF cookie (which a browser restart drops while the session cookie lives on) and
 * Next already refuses cross-site action calls.
 */
export async function signOut(): Promise<void> {
  const store = await cookies();
  for (const cookie of store.getAll()) {
    if (isSessionCookie(cookie.name)) {
      store.set(cookie.name, '', {
        path: '/',
        maxAge: 0,
        httpOnly: true,
        sameSite: 'lax',
        secure: sessionCookieSecure(),
      });
    }
  }
  redirect('/login?signedOut=1');
}
