import { NextResponse, type NextRequest } from 'next/server';
import { gregorianToday } from '@/lib/dates';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Runs only for the paths in `matcher`: `/` is rewritten to the cached page of today's date in the
 * site's time zone (so the home page is ISR like every other page); the CMS paths get their
 * signed-out redirect here in a later change. Never queries the database.
 */
export function proxy(request: NextRequest) {
  if (request.nextUrl.pathname === '/') {
    const t = gregorianToday(process.env.SITE_TIME_ZONE || 'UTC');
    const url = request.nextUrl.clone();
    url.pathname = `/today/${t.year}-${pad(t.month)}-${pad(t.day)}`;
    return NextResponse.rewrite(url);
  }
  return NextResponse.next();
}

export const config = { matcher: ['/'] };
