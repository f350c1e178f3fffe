import { listApiDayEvents } from '@/db/store';
import { apiPaths, absoluteUrl, toEventSummary } from '@/lib/api/v1-shapes';
import {
  dayCursorKey,
  dayLabel,
  dayQuerySchema,
  DEFAULT_LIMIT,
  parseApiDay,
  parseQuery,
} from '@/lib/api/v1-params';
import { sitePaths } from '@/lib/site-urls';
import { errorFrom, listResponse, readCursor, siteUrl } from '../../_lib/respond';

export {
  methodNotAllowed as DELETE,
  methodNotAllowed as PATCH,
  methodNotAllowed as POST,
  methodNotAllowed as PUT,
  preflightResponse as OPTIONS,
} from '@/lib/api/http';

/** GET /api/v1/days/{MM-DD}?kind=&limit=&cursor=: a calendar day's entries in year order. */
export async function GET(request: Request, { params }: { params: Promise<{ day: string }> }) {
  const day = parseApiDay((await params).day);
  if (!day.ok) return errorFrom(day);
  const query = parseQuery(new URL(request.url).searchParams, dayQuerySchema);
  if (!query.ok) return errorFrom(query);
  const { month, day: d } = day.value;
  const { kind, limit = DEFAULT_LIMIT } = query.value;
  const scope = `day:${month}-${d}`;
  const cursor = readCursor(query.value.cursor, scope, dayCursorKey);
  if (!cursor.ok) return cursor.response;

  const page = await listApiDayEvents({ month, day: d, kind, limit, after: cursor.key });
  const site = siteUrl();
  return listResponse(request, {
    context: {
      day: {
        month,
        day: d,
        label: dayLabel(day.value),
        url: absoluteUrl(site, sitePaths.day(month, d)),
        apiUrl: absoluteUrl(site, apiPaths.day(month, d)),
      },
    },
    data: page.items.map((row) => toEventSummary(site, row)),
    limit,
    scope,
    nextKey: page.nextKey,
  });
}
