import { listApiRowsByIds } from '@/db/store';
import { SEARCH_PAGE_SIZE, searchEvents } from '@/db/store';
import { bodyHash, jsonError } from '@/lib/api/http';
import {
  checkYearRange,
  parseQuery,
  searchCursorKey,
  searchQuerySchema,
} from '@/lib/api/v1-params';
import { toEventSummary } from '@/lib/api/v1-shapes';
import { cleanQueryText } from '@/lib/search/search-params';
import { errorFrom, listResponse, readCursor, siteUrl } from '../_lib/respond';

export {
  methodNotAllowed as DELETE,
  methodNotAllowed as PATCH,
  methodNotAllowed as POST,
  methodNotAllowed as PUT,
  preflightResponse as OPTIONS,
} from '@/lib/api/http';

/**
 * GET /api/v1/search?q=&category=&tag=&kind=&from=&to=&sort=&cursor=: full-text search over
 * published events, the same search as the site's /search (ranked, prefix matching on the last
 * word, any input safe). Pages hold 20 results.
 */
export async function GET(request: Request) {
  const query = parseQuery(new URL(request.url).searchParams, searchQuerySchema);
  if (!query.ok) return errorFrom(query);
  const { category, tag, kind, from, to } = query.value;
  const q = cleanQueryText(query.value.q ?? '');
  if (!q && !category && !tag && !kind && from === undefined && to === undefined) {
    return jsonError(
      400,
      'Give q (the words to search for) or at least one filter: category, tag, kind, from, to',
    );
  }
  const range = checkYearRange(from, to);
  if (range) return jsonError(400, range);
  const sort = query.value.sort ?? (q ? 'relevance' : 'newest');
  // A page number means something only for the same search: the cursor is bound to it.
  const scope = `search:${bodyHash(JSON.stringify([q, category, tag, kind, from, to, sort]))}`;
  const cursor = readCursor(query.value.cursor, scope, searchCursorKey);
  if (!cursor.ok) return cursor.response;
  const page = cursor.key ?? 1;

  const result = await searchEvents({
    q,
    category,
    tag,
    kind,
    yearFrom: from,
    yearTo: to,
    sort,
    page,
  });
  const rows = await listApiRowsByIds(result.hits.map((h) => h.id));
  const site = siteUrl();
  return listResponse(request, {
    context: {
      query: {
        q,
        terms: result.terms,
        category: category ?? null,
        tag: tag ?? null,
        kind: kind ?? null,
        from: from ?? null,
        to: to ?? null,
        sort,
      },
      total: result.total,
    },
    data: result.hits.flatMap((hit) => {
      const row = rows.get(hit.id);
      return row ? [{ ...toEventSummary(site, row), snippet: hit.snippet }] : [];
    }),
    limit: SEARCH_PAGE_SIZE,
    scope,
    nextKey: page < result.pageCount ? page + 1 : null,
  });
}
