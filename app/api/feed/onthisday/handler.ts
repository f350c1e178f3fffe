import { listOnThisDayEntries } from '@/db/store';
import {
  buildOnThisDayResponse,
  latestRevision,
  ONTHISDAY_CONTENT_TYPE,
  parseOnThisDayParams,
  PROBLEM_CONTENT_TYPE,
  problemBody,
} from '@/lib/api/onthisday';
import {
  cacheControl,
  CONTENT_CACHE,
  CORS_HEADERS,
  ERROR_CACHE,
  jsonResponse,
} from '@/lib/api/http';
import { getConfig } from '@/lib/config';
import { gregorianToday } from '@/lib/dates';

export type OnThisDayParams = { params: Promise<{ type: string; mm: string; dd: string }> };

/**
 * GET …/feed/onthisday/{type}/{MM}/{DD}: Wikipedia's "on this day" answer built from Almanac's
 * published events. Errors are problem+json, as Wikipedia's API sends them.
 */
export async function getOnThisDay(
  request: Request,
  { params }: OnThisDayParams,
): Promise<Response> {
  const parsed = parseOnThisDayParams(await params);
  if (!parsed.ok) {
    const uri = new URL(request.url).pathname;
    return new Response(JSON.stringify(problemBody(parsed.problem, uri)), {
      status: parsed.problem.status,
      headers: {
        ...CORS_HEADERS,
        'Content-Type': PROBLEM_CONTENT_TYPE,
        'Cache-Control': cacheControl(ERROR_CACHE),
      },
    });
  }
  const { type, month, day } = parsed.value;
  // Round anniversaries are this year's (in the site's time zone), as on the day page.
  const { year } = gregorianToday(getConfig().siteTimeZone);
  const entries = await listOnThisDayEntries({ month, day, year });
  const body = buildOnThisDayResponse(entries, type, getConfig().siteUrl);
  const revision = latestRevision(entries, type);
  return jsonResponse(request, body, {
    contentType: ONTHISDAY_CONTENT_TYPE,
    cache: CONTENT_CACHE,
    // Wikipedia's tags read "<revision>/<time uuid>"; ours are "<latest revision>/<body hash>".
    etag: (hash) => `"${revision}/${hash}"`,
    headers: { 'Access-Control-Allow-Headers': 'accept, x-requested-with, content-type' },
  });
}
