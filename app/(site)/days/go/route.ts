import type { NextRequest } from 'next/server';
import { maxDaysInMonth, monthDaySlug } from '@/lib/dates';

/**
 * Target of the "Choose another day" GET form (works without JavaScript): /days/go?month=2&day=1
 * answers 303 See Other to /days/february-1. A day past the month's end goes to its last day
 * (30 February -> 29 February); anything unreadable goes to the calendar. The Location is a path, so
 * the reader stays on the host they use (an absolute URL would be built from the server's bind address).
 */
export function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const month = Number(params.get('month'));
  const day = Number(params.get('day'));
  let path = '/days';
  if (Number.isInteger(month) && month >= 1 && month <= 12 && Number.isInteger(day) && day >= 1) {
    path = `/days/${monthDaySlug(month, Math.min(day, maxDaysInMonth(month)))}`;
  }
  return new Response(null, { status: 303, headers: { Location: path } });
}
