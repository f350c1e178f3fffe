import { preflightResponse } from '@/lib/api/http';
import { getOnThisDay, type OnThisDayParams } from '../../../handler';

/** Wikimedia-compatible "on this day": see app/api/feed/onthisday/handler.ts and /developers. */
export function GET(request: Request, context: OnThisDayParams) {
  return getOnThisDay(request, context);
}

export function OPTIONS() {
  return preflightResponse();
}
