import { getToken } from 'next-auth/jwt';
import { NextResponse, type NextRequest } from 'next/server';
import { isSignInFresh } from '@/lib/auth/session';
import { gregorianToday } from '@/lib/dates';
import { checkActionRequest } from '@/server/action-guard';
import { actionName } from '@/server/action-manifest';

const pad = (n: number) => String(n).padStart(2, '0');

/** A strict per-request CSP (the CMS, sign-in, the report form): only scripts carrying this response's nonce run. */
function contentSecurityPolicy(nonce: string): string {
  const dev = process.env.NODE_ENV === 'development';
  const https = (process.env.NEXTAUTH_URL ?? '').startsWith('https://');
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

const CMS_PATH = /^\/(?:editor|admin)(?:\/|$)/;
// Dynamic public pages with a form: the sign-in page and the report form get the CMS's CSP too.
const NONCE_CSP_PATH = /^\/(?:login|events\/[^/]+\/report)\/?$/;

/**
 * Runs only for the requests in `matcher`. A POST that may be a server action (a Next-Action header,
 * or a multipart form) is checked first: too big, malformed or ill-fitting ones are answered 413/400
 * here, where Next would answer 500 (server/action-guard.ts). `/` is rewritten to the cached page of
 * today's date in the site's time zone (so the home page is ISR like every other page). `/editor`
 * and `/admin` send signed-out visitors to /login. The CMS, `/login` and `/events/<slug>/report`
 * (all rendered per request) get a nonce-based CSP. This only reads the signed session cookie: it
 * never queries the database and is never the only check (every CMS page and action checks the
 * user's role in the data access layer).
 */
export async function proxy(request: NextRequest) {
  if (request.method === 'POST') {
    const refusal = await checkActionRequest(request, actionName);
    if (refusal) return Response.json({ error: refusal.error }, { status: refusal.status });
  }
  const { pathname, search } = request.nextUrl;
  if (pathname === '/') {
    const t = gregorianToday(process.env.SITE_TIME_ZONE || 'UTC');
    const url = request.nextUrl.clone();
    url.pathname = `/today/${t.year}-${pad(t.month)}-${pad(t.day)}`;
    return NextResponse.rewrite(url);
  }
  if (CMS_PATH.test(pathname)) {
    const token = await getToken({ req: request });
    if (!token || !isSignInFresh(token.authAt)) {
      const login = new URL('/login', request.url);
      login.searchParams.set('callbackUrl', `${pathname}${search}`);
      return NextResponse.redirect(login);
    }
    return withNonceCsp(request);
  }
  if (NONCE_CSP_PATH.test(pathname)) return withNonceCsp(request);
  return NextResponse.next();
}

/** Passes the request on with a fresh nonce in its CSP header (Next puts it on its own scripts). */
function withNonceCsp(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = contentSecurityPolicy(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  response.headers.set('Cache-Control', 'private, no-store');
  return response;
}

// Server-action POSTs reach the proxy wherever they go (the API's route handlers check their own
// bodies). Next reads this statically: literals only.
export const config = {
  matcher: [
    '/',
    '/editor/:path*',
    '/admin/:path*',
    '/login',
    '/events/:slug/report',
    { source: '/((?!api/|_next/).*)', has: [{ type: 'header', key: 'next-action' }] },
    {
      source: '/((?!api/|_next/).*)',
      has: [{ type: 'header', key: 'content-type', value: 'multipart/form-data.*' }],
    },
  ],
};
