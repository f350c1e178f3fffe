import { listApiTags } from '@/db/store';
import { absoluteUrl, apiPaths } from '@/lib/api/v1-shapes';
import { DEFAULT_LIMIT, parseQuery, tagsCursorKey, tagsQuerySchema } from '@/lib/api/v1-params';
import { sitePaths } from '@/lib/site-urls';
import { errorFrom, listResponse, readCursor, siteUrl } from '../_lib/respond';

export {
  methodNotAllowed as DELETE,
  methodNotAllowed as PATCH,
  methodNotAllowed as POST,
  methodNotAllowed as PUT,
  preflightResponse as OPTIONS,
} from '@/lib/api/http';

/** GET /api/v1/tags?limit=&cursor=: tags that have published events, by name, with their counts. */
export async function GET(request: Request) {
  const query = parseQuery(new URL(request.url).searchParams, tagsQuerySchema);
  if (!query.ok) return errorFrom(query);
  const { limit = DEFAULT_LIMIT } = query.value;
  const scope = 'tags';
  const cursor = readCursor(query.value.cursor, scope, tagsCursorKey);
  if (!cursor.ok) return cursor.response;

  const page = await listApiTags({ limit, after: cursor.key });
  const site = siteUrl();
  return listResponse(request, {
    data: page.items.map((t) => ({
      slug: t.slug,
      name: t.name,
      eventCount: t.eventCount,
      url: absoluteUrl(site, sitePaths.tag(t.slug)),
      apiUrl: absoluteUrl(site, apiPaths.tag(t.slug)),
    })),
    limit,
    scope,
    nextKey: page.nextKey,
  });
}
