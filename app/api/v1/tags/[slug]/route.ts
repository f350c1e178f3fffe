import { listApiScopeEvents } from '@/db/queries/api-v1';
import { getTagBySlug } from '@/db/queries/tags';
import { jsonError } from '@/lib/api/http';
import { absoluteUrl, apiPaths, toEventSummary } from '@/lib/api/v1-shapes';
import {
  checkYearRange,
  DEFAULT_LIMIT,
  isPlausibleSlug,
  parseQuery,
  scopeCursorKey,
  scopeQuerySchema,
} from '@/lib/api/v1-params';
import { sitePaths } from '@/lib/site-urls';
import { errorFrom, listResponse, notFound, readCursor, siteUrl } from '../../_lib/respond';

export {
  methodNotAllowed as DELETE,
  methodNotAllowed as PATCH,
  methodNotAllowed as POST,
  methodNotAllowed as PUT,
  preflightResponse as OPTIONS,
} from '@/lib/api/http';

/** GET /api/v1/tags/{slug}?order=&kind=&from=&to=&limit=&cursor=: a tag and its events. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const tag = isPlausibleSlug(slug) ? getTagBySlug(slug) : null;
  if (!tag) return notFound(`No tag has the slug "${slug.slice(0, 100)}"`);
  const query = parseQuery(new URL(request.url).searchParams, scopeQuerySchema);
  if (!query.ok) return errorFrom(query);
  const { kind, from, to, order = 'newest', limit = DEFAULT_LIMIT } = query.value;
  const range = checkYearRange(from, to);
  if (range) return jsonError(400, range);
  const scope = `tag:${tag.id}:${order}`;
  const cursor = readCursor(query.value.cursor, scope, scopeCursorKey);
  if (!cursor.ok) return cursor.response;

  const page = listApiScopeEvents({
    scope: { tagId: tag.id },
    order,
    kind,
    from,
    to,
    limit,
    after: cursor.key,
  });
  const site = siteUrl();
  return listResponse(request, {
    context: {
      tag: {
        slug: tag.slug,
        name: tag.name,
        url: absoluteUrl(site, sitePaths.tag(tag.slug)),
        apiUrl: absoluteUrl(site, apiPaths.tag(tag.slug)),
      },
    },
    data: page.items.map((row) => toEventSummary(site, row)),
    limit,
    scope,
    nextKey: page.nextKey,
  });
}
