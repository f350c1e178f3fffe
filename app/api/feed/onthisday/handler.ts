import { listOnThisDayEntries } from '@/db/store';
import {
  buildOnThisDayResponse,
  checkFeedLanguage,
  latestRevision,
  ONTHISDAY_CONTENT_TYPE,
  parseOnThisDayParams,
  problemBody,
  type Problem,
} from '@/lib/api/onthisday';
import { CONTENT_CACHE, jsonResponse, problemResponse } from '@/lib/api/http';
import { getConfig } from '@/lib/config';
import { gregorianToday } from '@/lib/dates';

/** The path parameters of the three mounts; `lang` only on the gateway's (feed/v1/wikipedia/{lang}/…). */
export type OnThisDayParams = {
  params: Promise<{ lang?: string; type: string; mm: string; dd: string }>;
};

function problem(request: Request, p: Problem): Response {
  return problemResponse(problemBody(p, new URL(request.url).pathname, request.method));
}

/**
 * GET …/feed/onthisday/{type}/{MM}/{DD}: Wikipedia's "on this day" answer built from Almanac's
 * published events, at /api/feed/onthisday/…, at Wikipedia's own path /api/rest_v1/feed/onthisday/…
 * and at the path of Wikimedia's API gateway, /api/feed/v1/wikipedia/{lang}/onthisday/… (English
 * only). Errors are problem+json, as Wikipedia's API sends them.
 */
export async function getOnThisDay(
  request: Request,
  { params }: OnThisDayParams,
): Promise<Response> {
  const { lang, ...path } = await params;
  const wrongLanguage = lang === undefined ? null : checkFeedLanguage(lang);
  if (wrongLanguage) return problem(request, wrongLanguage);
  const parsed = parseOnThisDayParams(path);
  if (!parsed.ok) return problem(request, parsed.problem);
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
