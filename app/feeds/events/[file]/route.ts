import { eventCalendar } from '../../respond';

export const dynamic = 'force-dynamic';

/** /feeds/events/{slug}.ics: the event's yearly anniversary as an all-day calendar entry. */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  return eventCalendar(request, (await params).file);
}
