import NextAuth from 'next-auth';
import { authOptions } from '@/server/auth-options';

// Sign-in (credentials callback), CSRF token and session endpoints. Sign-out is a server action
// (app/(cms)/actions.ts); the pages next-auth would render itself all redirect to /login.
const handler = NextAuth(authOptions);

export { handler as GET, handler as POST };
