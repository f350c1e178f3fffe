import { todayFeed } from '../respond';

// Read at request time (the date is the site's today); the data is cached and tagged, see respond.ts.
export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return todayFeed(request, 'atom');
}
