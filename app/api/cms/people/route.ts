import { searchPeople } from '@/db/store';
import { cmsRoute, NO_STORE } from '@/server/route';
import { pickerQuery } from '../picker-query';

/** GET /api/cms/people?q=: people for the event form's picker (editors only). */
export const GET = cmsRoute({ role: 'editor' }, async (request, { actor }) => {
  const results = await searchPeople(actor, pickerQuery(request).q);
  return Response.json({ results }, { headers: NO_STORE });
});
