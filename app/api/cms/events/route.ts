import { searchEventsForLinking } from '@/db/queries/event-editor';
import { pickerResponse } from '../respond';

/** GET /api/cms/events?q=&exclude=: events to link to, by title words or id (editors only). */
export async function GET(request: Request) {
  return pickerResponse(request, (q, params) => {
    const exclude = Number(params.get('exclude'));
    return searchEventsForLinking(
      q,
      Number.isInteger(exclude) && exclude > 0 ? exclude : undefined,
    );
  });
}
