import { preflightResponse } from '@/lib/api/http';
import { getOnThisDay, type OnThisDayParams } from '@/app/api/feed/onthisday/handler';

/**
 * The same answer at Wikipedia's own path (…/api/rest_v1/feed/onthisday/…), so a client that only
 * lets you change the host works unchanged.
 */
export function GET(request: Request, context: OnThisDayParams) {
  return getOnThisDay(request, context);
}

export function OPTIONS() {
  return preflightResponse();
}
