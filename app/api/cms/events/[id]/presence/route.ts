import { leavePresence, touchPresence } from '@/db/store';
import { parseEventId } from '@/lib/events/editor-filters';
import { fail } from '@/lib/failure';
import { cmsRoute, NO_STORE } from '@/server/route';

type Context = { params: Promise<{ id: string }> };

/**
 * POST /api/cms/events/{id}/presence (editors): the open form's heartbeat; answers who else has
 * the event open, `{ others: [{ userId, name, openedAt }] }`. With `?leave=1` (the page's
 * navigator.sendBeacon on pagehide) the caller's entry is removed instead.
 */
export const POST = cmsRoute<Context>(
  { role: 'editor', sameSiteOnly: true },
  async (request, { actor, context }) => {
    const eventId = parseEventId((await context.params).id);
    if (eventId === null) return fail('not_found', 'That event does not exist.');
    if (new URL(request.url).searchParams.get('leave') === '1') {
      await leavePresence(actor, { eventId });
      return new Response(null, { status: 204, headers: NO_STORE });
    }
    const answer = await touchPresence(actor, { eventId });
    if (!answer.ok) return answer;
    return Response.json({ others: answer.others }, { headers: NO_STORE });
  },
);
