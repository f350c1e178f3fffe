import type { z } from 'zod';
import { listApiScopeEvents, type ApiScope } from '@/db/store';
import { decodeCursor, encodeCursor } from '@/lib/api/cursor';
import { CONTENT_CACHE, jsonError, jsonResponse } from '@/lib/api/http';
import {
  checkYearRange,
  DEFAULT_LIMIT,
  parseQuery,
  scopeCursorKey,
  scopeQuerySchema,
  type ApiOrder,
  type Parsed,
} from '@/lib/api/v1-params';
import {
  nextLinkHeader,
  toEventSummary,
  toPagination,
  type ApiEventRow,
  type ApiPagination,
} from '@/lib/api/v1-shapes';
import { getConfig } from '@/lib/config';

/** Shared steps of the /api/v1 route handlers: errors, cursors, the list envelope. */

export function siteUrl(): string {
  return getConfig().siteUrl;
}

export function errorFrom(parsed: Extract<Parsed<unknown>, { ok: false }>): Response {
  return jsonError(parsed.status, parsed.error);
}

export function notFound(what: string): Response {
  return jsonError(404, what);
}

export type CursorRead<K> = { ok: true; key: K | undefined } | { ok: false; response: Response };

/** The position after which a page starts: none without a cursor, 400 for a cursor that is not ours. */
export function readCursor<K>(
  cursor: string | undefined,
  scope: string,
  schema: z.ZodType<K>,
): CursorRead<K> {
  if (cursor === undefined) return { ok: true, key: undefined };
  const decoded = decodeCursor(cursor, scope, schema);
  return decoded.ok
    ? { ok: true, key: decoded.key }
    : { ok: false, response: jsonError(400, decoded.error) };
}

/** A paged answer: `{ ...context, data, pagination }`, with a Link header to the next page. */
export function listResponse<T>(
  request: Request,
  o: {
    context?: Record<string, unknown>;
    data: T[];
    limit?: number;
    scope: string;
    nextKey: unknown;
  },
): Response {
  const limit = o.limit ?? DEFAULT_LIMIT;
  const nextCursor = o.nextKey === null ? null : encodeCursor(o.scope, o.nextKey);
  const pagination: ApiPagination = toPagination({
    siteUrl: siteUrl(),
    requestUrl: new URL(request.url),
    limit,
    nextCursor,
  });
  return jsonResponse(
    request,
    { ...o.context, data: o.data, pagination },
    { cache: CONTENT_CACHE, headers: nextLinkHeader(pagination) },
  );
}

export function recordResponse(request: Request, body: unknown): Response {
  return jsonResponse(request, body, { cache: CONTENT_CACHE });
}

/** A path segment as typed ("44%20BCE" → "44 BCE"), whether or not the router decoded it already. */
export function segment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * A list of one record's events (a category's, tag's or person's): the scope query, year range,
 * cursor and page, as one answer `{ [name]: record, data, pagination }`. `decorate` adds fields to
 * each summary (a person's role in it).
 */
export async function scopeListResponse(
  request: Request,
  o: {
    scope: ApiScope;
    /** The cursor's scope, which names the record (`category:12`): a cursor only works on its own list. */
    scopeKey: string;
    defaultOrder: ApiOrder;
    context: Record<string, unknown>;
    decorate?: (rows: ApiEventRow[]) => Promise<(row: ApiEventRow) => Record<string, unknown>>;
  },
): Promise<Response> {
  const query = parseQuery(new URL(request.url).searchParams, scopeQuerySchema);
  if (!query.ok) return errorFrom(query);
  const { kind, from, to, order = o.defaultOrder, limit = DEFAULT_LIMIT } = query.value;
  const range = checkYearRange(from, to);
  if (range) return jsonError(400, range);
  const scope = `${o.scopeKey}:${order}`;
  const cursor = readCursor(query.value.cursor, scope, scopeCursorKey);
  if (!cursor.ok) return cursor.response;

  const page = await listApiScopeEvents({
    scope: o.scope,
    order,
    kind,
    from,
    to,
    limit,
    after: cursor.key,
  });
  const site = siteUrl();
  const extra = o.decorate ? await o.decorate(page.items) : undefined;
  return listResponse(request, {
    context: o.context,
    data: page.items.map((row) => ({ ...toEventSummary(site, row), ...extra?.(row) })),
    limit,
    scope,
    nextKey: page.nextKey,
  });
}
