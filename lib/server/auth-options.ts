import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { attemptSignIn } from '@/db/queries/login-attempts';
import { safeCallbackPath } from '@/lib/auth/callback-url';
import { SESSION_MAX_AGE_SECONDS } from '@/lib/auth/session';
import { THROTTLED_ERROR_PREFIX } from '@/lib/auth/sign-in-errors';
import { clientAddress } from '@/lib/auth/throttle';

declare module 'next-auth' {
  interface Session {
    uid?: number;
    sv?: number;
    authAt?: number;
  }
  interface User {
    sessionVersion?: number;
  }
}

const toNumber = (v: unknown) =>
  typeof v === 'number' ? v : typeof v === 'string' && v !== '' ? Number(v) : undefined;

// Sessions are short JWTs (lib/auth/session.ts). Role and disabled flag are never in the token: the
// DAL re-reads them on every privileged call (db/queries/session.ts).
// NEXTAUTH_SECRET has no default: next-auth refuses to sign anyone in without it (scripts/start.mjs
// exports it from the file `npm start` generates beside the database).
export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: '/login', signOut: '/login', error: '/login' },
  providers: [
    CredentialsProvider({
      id: 'credentials',
      name: 'Email and password',
      credentials: {
        email: { label: 'Email', type: 'email' },
        password: { label: 'Password', type: 'password' },
      },
      async authorize(credentials, req) {
        const email = typeof credentials?.email === 'string' ? credentials.email : '';
        const password = typeof credentials?.password === 'string' ? credentials.password : '';
        if (!email.trim() || !password) return null;
        const result = await attemptSignIn({
          email,
          password,
          ip: clientAddress(req.headers ?? {}),
        });
        if (result.ok)
          return { id: String(result.user.id), sessionVersion: result.user.sessionVersion };
        // next-auth passes a thrown message on as ?error=; the login page turns it into words.
        if (result.reason === 'throttled')
          throw new Error(`${THROTTLED_ERROR_PREFIX}${result.retryAfterMinutes}`);
        return null;
      },
    }),
  ],
  callbacks: {
    // The token carries the user id, the session version and the sign-in time: nothing else.
    jwt({ token, user }) {
      if (user) return { sub: user.id, sv: user.sessionVersion ?? 0, authAt: Date.now() };
      return { sub: token.sub, sv: token.sv, authAt: token.authAt };
    },
    session({ session, token }) {
      return {
        expires: session.expires,
        uid: toNumber(token.sub),
        sv: toNumber(token.sv),
        authAt: toNumber(token.authAt),
      };
    },
    // Only ever a path on this site (next-auth's default would allow any URL on the same origin).
    redirect({ url, baseUrl }) {
      return safeCallbackPath(url.startsWith(`${baseUrl}/`) ? url.slice(baseUrl.length) : url);
    },
  },
};
