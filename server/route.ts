import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import { jsonError } from '@/lib/api/http';
import { assertRole, type SessionUser } from '@/lib/auth/actor';
import type { UserRole } from '@/lib/auth/roles';
import { failureStatus, thrownFailure, UNEXPECTED_MESSAGE, type Failure } from '@/lib/failure';
import { revalidateEventTags } from './revalidate-event';
import { verifySession } from './session';

/*
 * The one wrapper of the CMS's route handlers (/api/cms/*): refuses requests from other sites
 * where asked, resolves the session, checks the role, runs the body with the user, and answers a
 * failure (a refused session, or one the body returns) with its status and `{ error }`, an
 * unexpected error with a logged 500, and expires the cache tags the body returns.
 */

export const NO_STORE = { 'Cache-Control': 'private, no-store' } as const;

/** What a body answers: a response, a failure, or a response after a change to public pages. */
export type RouteAnswer = Response | Failure | { response: Response; tags: readonly string[] };

export type RouteOptions = {
  role: UserRole;
  /** Refuse what another site made the browser send (every handler that changes or exports data). */
  sameSiteOnly?: boolean;
};

export type RouteBody<C> = (
  request: Request,
  o: { actor: SessionUser; context: C },
) => Promise<RouteAnswer> | RouteAnswer;

export type RouteDeps = {
  resolveActor: () => Promise<SessionUser | null>;
  expire: (tags: readonly string[]) => void;
};

/** A failure as the CMS answers it: its status, `{ error }`, never cached. */
function failureResponse(f: Failure): Response {
  return jsonError(failureStatus(f.code), f.message, { audience: 'signed-in' });
}

/** cmsRoute()'s handling of one request, with its session and cache given (tests give their own). */
export async function runCmsRoute<C>(
  deps: RouteDeps,
  o: RouteOptions,
  body: RouteBody<C>,
  request: Request,
  context: C,
): Promise<Response> {
  if (o.sameSiteOnly) {
    const refused = refuseCrossSite(request);
    if (refused) return failureResponse(refused);
  }
  let answer: RouteAnswer;
  try {
    const actor = await deps.resolveActor();
    assertRole(actor, o.role);
    answer = await body(request, { actor, context });
  } catch (error) {
    // Next's own signals pass through: reading the session makes the handler dynamic at build time.
    unstable_rethrow(error);
    const expected = thrownFailure(error);
    if (expected) return failureResponse(expected);
    console.error(`[route] ${request.method} ${new URL(request.url).pathname} failed:`, error);
    return failureResponse({ ok: false, code: 'error', message: UNEXPECTED_MESSAGE });
  }
  if (answer instanceof Response) return answer;
  if ('ok' in answer) return failureResponse(answer);
  deps.expire(answer.tags);
  return answer.response;
}

/** A CMS route handler (export it as GET, POST, …): the body runs for a user holding `role`. */
export function cmsRoute<C = unknown>(
  o: RouteOptions,
  body: RouteBody<C>,
): (
  request: Request,
  ...context: unknown extends C ? [context?: C] : [context: C]
) => Promise<Response> {
  const deps: RouteDeps = {
    resolveActor: verifySession,
    expire: (tags) => revalidateEventTags(tags, 'route-handler'),
  };
  return (request, ...context) => runCmsRoute(deps, o, body, request, context[0] as C);
}

/**
 * A request another site made the browser send, as a failure (the session cookie is SameSite=Lax,
 * which already keeps it off cross-site POSTs; this also covers same-site subdomains and old
 * browsers); null for the site's own.
 */
function refuseCrossSite(request: Request): Failure | null {
  const refused: Failure = {
    ok: false,
    code: 'forbidden',
    message: 'Requests from other sites are not accepted.',
  };
  const site = request.headers.get('sec-fetch-site');
  if (site === 'cross-site' || site === 'same-site') return refused;
  const origin = request.headers.get('origin');
  if (origin && origin !== 'null') {
    let host: string | null = null;
    try {
      host = new URL(origin).host;
    } catch {
      host = null;
    }
    const expected = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
    if (!host || (expected && host !== expected)) return refused;
  }
  return null;
}

/** Reads a request body up to `limit` bytes; null when it is larger (nothing beyond is read). */
export async function readBodyWithin(
  request: Request,
  limit: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > limit) return null;
  if (!request.body) return new Uint8Array(new ArrayBuffer(0));
  const reader = request.body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    parts.push(value);
  }
  const out = new Uint8Array(new ArrayBuffer(size));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.byteLength;
  }
  return out;
}
