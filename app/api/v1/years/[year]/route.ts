import { listApiYearEvents } from '@/db/store';
import { absoluteUrl, apiPaths, toEventSummary, yearLabel } from '@/lib/api/v1-shapes';
import {
  DEFAULT_LIMIT,
  parseApiYearSegment,
  parseQuery,
  yearCursorKey,
  yearQuerySchema,
} from '@/lib/api/v1-params';
import { sitePaths } from '@/lib/site-urls';
import { errorFrom, listResponse, readCursor, segment, siteUrl } from '../../_lib/respond';

export {
  methodNotAllowed as DELETE,
  methodNotAllowed as PATCH,
  methodNotAllowed as POST,
  methodNotAllowed as PUT,
  preflightResponse as OPTIONS,
} from '@/lib/api/http';

/** GET /api/v1/years/{year}?kind=&limit=&cursor=: everything dated in a year, by month and day. */
export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }) {
  const year = parseApiYearSegment(segment((await params).year));
  if (!year.ok) return errorFrom(year);
  const query = parseQuery(new URL(request.url).searchParams, yearQuerySchema);
  if (!query.ok) return errorFrom(query);
  const { kind, limit = DEFAULT_LIMIT } = query.value;
  const scope = `year:${year.value}`;
  const cursor = readCursor(query.value.cursor, scope, yearCursorKey);
  if (!cursor.ok) return cursor.response;

  const page = await listApiYearEvents({ year: year.value, kind, limit, after: cursor.key });
  const site = siteUrl();
  return listResponse(request, {
    context: {
      year: {
        year: year.value,
        label: yearLabel(year.value),
        url: absoluteUrl(site, sitePaths.year(year.value)),
        apiUrl: absoluteUrl(site, apiPaths.year(year.value)),
      },
    },
    data: page.items.map((row) => toEventSummary(site, row)),
    limit,
    scope,
    nextKey: page.nextKey,
  });
}
