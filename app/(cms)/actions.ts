'use server';

import { getServerSession } from 'next-auth';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { endSession } from '@/db/store';
import { isSessionCookie, sessionCookieSecure } from '@/server/auth-cookies';
import { authOptions } from '@/server/auth-options';

/**
 * Signs out: ends the session on the server (its row goes, so the cookie and any copy of it stop
 * working at once; the user's other devices stay signed in) and expires the cookie. A server action
 * rather than next-auth's signout POST: it needs no CSRF cookie (which a browser restart drops
 * while the session cookie lives on) and Next already refuses cross-site action calls. Signing out
 * needs no role: whoever holds the cookie may end that session.
 */
export async function signOut(): Promise<void> {
  const session = await getServerSession(authOptions);
  if (session?.sid && session.uid) await endSession({ sid: session.sid, userId: session.uid });
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
