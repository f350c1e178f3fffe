import 'server-only';
import { AuthorizationError } from '@/db/queries/session';

// Small pieces the admin's import and export route handlers share. The role check itself is in the
// data layer (every function they call checks it); these turn its refusal into the JSON answer.

export const NO_STORE = { 'Cache-Control': 'private, no-store' } as const;

export function jsonError(status: number, error: string): Response {
  return Response.json({ error }, { status, headers: NO_STORE });
}

/** 401 signed out, 403 without the role; anything else is unexpected and rethrown. */
export function refusal(error: unknown): Response {
  if (error instanceof AuthorizationError)
    return jsonError(error.reason === 'unauthenticated' ? 401 : 403, error.message);
  throw error;
}

/**
 * Refuses a request another site made the browser send (the session cookie is SameSite=Lax, which
 * already keeps it off cross-site POSTs; this also covers same-site subdomains and old browsers).
 */
export function refuseCrossSite(request: Request): Response | null {
  const site = request.headers.get('sec-fetch-site');
  if (site === 'cross-site' || site === 'same-site')
    return jsonError(403, 'Requests from other sites are not accepted.');
  const origin = request.headers.get('origin');
  if (origin && origin !== 'null') {
    let host: string | null = null;
    try {
      host = new URL(origin).host;
    } catch {
      host = null;
    }
    const expected = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
    if (!host || (expected && host !== expected))
      return jsonError(403, 'Requests from other sites are not accepted.');
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
