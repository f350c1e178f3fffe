import { preflightResponse } from '@/lib/api/http';
import { getOnThisDay, type OnThisDayParams } from '@/app/api/feed/onthisday/handler';

/**
 * The same answer at the path of Wikimedia's API gateway (api.wikimedia.org/feed/v1/wikipedia/{lang}/
 * onthisday/…), mounted under /api: a client of the gateway works with its base URL set to
 * <site>/api. Almanac is in English: another {lang} answers a problem+json 404.
 */
export function GET(request: Request, context: OnThisDayParams) {
  return getOnThisDay(request, context);
}

export function OPTIONS() {
  return preflightResponse();
}
