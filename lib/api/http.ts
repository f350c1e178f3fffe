import { createHash } from 'node:crypto';

/*
 * HTTP plumbing shared by the public read APIs (/api/v1 and the Wikimedia-compatible feed): JSON
 * bodies with an ETag made from the body itself (so a 304 needs no bookkeeping), Cache-Control for
 * browsers and shared caches, and CORS for GET from any origin. The APIs never read cookies: every
 * answer depends on the URL alone, which is what makes it safe to cache and to share. The JSON
 * error answer is the CMS route handlers' too (server/route.ts), with private headers.
 */

const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/** Seconds a browser (max-age) and a shared cache or CDN (s-maxage) may reuse an answer. */
export type CachePolicy = { maxAge: number; sMaxAge: number; staleWhileRevalidate?: number };

/** Lists and records: editors' changes show within minutes; a CDN absorbs repeated requests. */
export const CONTENT_CACHE: CachePolicy = { maxAge: 300, sMaxAge: 900, staleWhileRevalidate: 300 };
/** Documents that change only with a deployment (the OpenAPI description, the API index). */
export const STATIC_CACHE: CachePolicy = { maxAge: 3600, sMaxAge: 86_400 };
/** Errors for bad or unknown input: cached briefly, since a 404 may exist once an editor publishes. */
export const ERROR_CACHE: CachePolicy = { maxAge: 60, sMaxAge: 60 };

export function cacheControl(p: CachePolicy): string {
  const parts = ['public', `max-age=${p.maxAge}`, `s-maxage=${p.sMaxAge}`];
  if (p.staleWhileRevalidate) parts.push(`stale-while-revalidate=${p.staleWhileRevalidate}`);
  return parts.join(', ');
}

const READ_METHODS = 'GET, HEAD, OPTIONS';

/** Headers every answer carries: any origin may read it (there are no credentials to protect). */
export const CORS_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag, Link',
};

/** A strong entity tag made from the body: equal bodies, equal tags, across servers and restarts. */
export function bodyHash(body: string): string {
  return createHash('sha256').update(body).digest('base64url').slice(0, 27);
}

/**
 * True when an If-None-Match header names this tag (or is "*"). Comparison is weak, as RFC 9110
 * asks for If-None-Match: W/"x" matches "x", which also covers caches that weaken tags on the way.
 */
function ifNoneMatchHits(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => bare(tag) === bare(etag));
}

type JsonOptions = {
  status?: number;
  contentType?: string;
  cache: CachePolicy;
  /** Builds the ETag from the body's hash; default `"<hash>"`. */
  etag?: (hash: string) => string;
  headers?: Record<string, string>;
};

/**
 * A JSON answer to a GET: 304 without a body when the client's If-None-Match already names this
 * body, else the body with ETag, Cache-Control and CORS headers.
 */
export function jsonResponse(request: Request, data: unknown, options: JsonOptions): Response {
  const body = JSON.stringify(data);
  const hash = bodyHash(body);
  const etag = options.etag ? options.etag(hash) : `"${hash}"`;
  const headers: Record<string, string> = {
    ...CORS_HEADERS,
    'Cache-Control': cacheControl(options.cache),
    ETag: etag,
    Vary: 'Accept-Encoding',
    ...options.headers,
  };
  const status = options.status ?? 200;
  if (status === 200 && ifNoneMatchHits(request.headers.get('if-none-match'), etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(body, {
    status,
    headers: { ...headers, 'Content-Type': options.contentType ?? JSON_CONTENT_TYPE },
  });
}

/**
 * The `{ error }` answer of every JSON endpoint (style guide), public or not. The public APIs' (the
 * default) carry CORS, so browsers can read them, and brief caching; the CMS's (`audience:
 * 'signed-in'`) are never stored anywhere, since they depend on who asks.
 */
export function jsonError(
  status: number,
  message: string,
  o: { headers?: Record<string, string>; audience?: 'public' | 'signed-in' } = {},
): Response {
  const audience =
    o.audience === 'signed-in'
      ? { 'Cache-Control': 'private, no-store' }
      : {
          ...CORS_HEADERS,
          'Cache-Control': status >= 500 ? 'no-store' : cacheControl(ERROR_CACHE),
        };
  return new Response(JSON.stringify({ error: message }), {
    status,
    headers: { ...audience, 'Content-Type': JSON_CONTENT_TYPE, ...o.headers },
  });
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/**
 * An `application/problem+json` answer (RFC 9457): the Wikimedia-compatible feed's errors, as
 * Wikipedia's REST API sends them, and any path under /api that names no endpoint. Public like the
 * APIs (CORS); a GET's is cached briefly, since the path may answer after a deployment.
 */
export function problemResponse(
  body: { status: number } & Record<string, unknown>,
  o: { method?: string } = {},
): Response {
  const method = (o.method ?? 'GET').toUpperCase();
  const read = method === 'GET' || method === 'HEAD';
  return new Response(method === 'HEAD' ? null : JSON.stringify(body), {
    status: body.status,
    headers: {
      ...CORS_HEADERS,
      'Content-Type': PROBLEM_CONTENT_TYPE,
      'Cache-Control': read && body.status < 500 ? cacheControl(ERROR_CACHE) : 'no-store',
    },
  });
}

/** Answer to a CORS preflight (and a plain OPTIONS): what may be asked, for a day. */
export function preflightResponse(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      Allow: READ_METHODS,
      'Access-Control-Allow-Methods': READ_METHODS,
      'Access-Control-Allow-Headers': 'Accept, Content-Type, If-None-Match, X-Requested-With',
      'Access-Control-Max-Age': '86400',
      'Cache-Control': cacheControl(STATIC_CACHE),
    },
  });
}

/** The read-only APIs refuse writes with 405, naming what is allowed. */
export function methodNotAllowed(): Response {
  return jsonError(405, 'This API is read-only: use GET (or HEAD, OPTIONS).', {
    headers: { Allow: READ_METHODS, 'Cache-Control': 'no-store' },
  });
}
