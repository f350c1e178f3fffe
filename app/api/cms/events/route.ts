import { searchEventsForLinking } from '@/db/store';
import { cmsRoute, NO_STORE } from '@/server/route';
import { pickerQuery } from '../picker-query';

/** GET /api/cms/events?q=&exclude=: events to link to, by title words or id (editors only). */
export const GET = cmsRoute({ role: 'editor' }, async (request, { actor }) => {
  const { q, params } = pickerQuery(request);
  const exclude = Number(params.get('exclude'));
  const results = await searchEventsForLinking(
    actor,
    q,
    Number.isInteger(exclude) && exclude > 0 ? exclude : undefined,
  );
  return Response.json({ results }, { headers: NO_STORE });
});
