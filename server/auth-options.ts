import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { endSession, sessionUserFromClaims } from '@/db/store';
import { attemptSignIn } from '@/db/store';
import { safeCallbackPath } from '@/lib/auth/callback-url';
import { SESSION_MAX_AGE_SECONDS } from '@/lib/auth/session';
import { THROTTLED_ERROR_PREFIX } from '@/lib/auth/sign-in-errors';
import { requestClientAddress } from './client-address';

declare module 'next-auth' {
  interface Session {
    uid?: number;
    sv?: number;
    sid?: string;
    authAt?: number;
  }
  interface User {
    sessionVersion?: number;
    sessionId?: string;
  }
}

const toNumber = (v: unknown) =>
  typeof v === 'number' ? v : typeof v === 'string' && v !== '' ? Number(v) : undefined;

/** Thrown by the jwt callback for a token whose session no longer stands; next-auth then clears the cookie. */
class SessionEndedError extends Error {
  constructor() {
    super('The session has ended.');
    this.name = 'SessionEndedError';
  }
}

const claimsOf = (token: Record<string, unknown>) => ({
  uid: toNumber(token.sub),
  sv: toNumber(token.sv),
  sid: token.sid,
  authAt: toNumber(token.authAt),
});

// Sessions are short JWTs (lib/auth/session.ts) naming a row of `sessions` (db/queries/auth-sessions.ts).
// Role and disabled flag are never in the token: every request that acts for someone re-reads them
// (server/session.ts), and so does the jwt callback, so `/api/auth/session` answers `{}` (and
// clears the cookie) for a session that was signed out, or whose user was disabled.
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
          ip: requestClientAddress(req.headers ?? {}),
        });
        if (result.ok)
          return {
            id: String(result.user.id),
            sessionVersion: result.user.sessionVersion,
            sessionId: result.user.sessionId,
          };
        // next-auth passes a thrown message on as ?error=; the login page turns it into words.
        if (result.reason === 'throttled')
          throw new Error(`${THROTTLED_ERROR_PREFIX}${result.retryAfterMinutes}`);
        return null;
      },
    }),
  ],
  callbacks: {
    // The token carries the user id, the session version, the session's id and the sign-in time:
    // nothing else.
    async jwt({ token, user }) {
      if (user)
        return {
          sub: user.id,
          sv: user.sessionVersion ?? 0,
          sid: user.sessionId,
          authAt: Date.now(),
        };
      if (!(await sessionUserFromClaims(claimsOf(token)))) throw new SessionEndedError();
      return { sub: token.sub, sv: token.sv, sid: token.sid, authAt: token.authAt };
    },
    session({ session, token }) {
      const claims = claimsOf(token);
      return {
        expires: session.expires,
        uid: claims.uid,
        sv: claims.sv,
        sid: typeof claims.sid === 'string' ? claims.sid : undefined,
        authAt: claims.authAt,
      };
    },
    // Only ever a path on this site (next-auth's default would allow any URL on the same origin).
    redirect({ url, baseUrl }) {
      return safeCallbackPath(url.startsWith(`${baseUrl}/`) ? url.slice(baseUrl.length) : url);
    },
  },
  events: {
    // next-auth's own sign-out endpoint ends the session row too (the CMS signs out through
    // app/(cms)/actions.ts).
    async signOut({ token }) {
      const claims = claimsOf(token ?? {});
      if (typeof claims.sid === 'string' && claims.uid)
        await endSession({ sid: claims.sid, userId: claims.uid });
    },
  },
  logger: {
    // A signed-out or disabled session is expected, not an error worth a stack trace.
    error(code, metadata) {
      const cause = metadata instanceof Error ? metadata : (metadata as { error?: unknown })?.error;
      if (code === 'JWT_SESSION_ERROR' && cause instanceof SessionEndedError) return;
      console.error(`[next-auth][error][${code}]`, metadata);
    },
  },
};
