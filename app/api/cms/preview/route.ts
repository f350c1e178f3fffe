import { cookies, draftMode } from 'next/headers';
import { getEventForEditor } from '@/db/store';
import { fail } from '@/lib/failure';
import { sitePaths } from '@/lib/site-urls';
import { PREVIEW_EVENT_COOKIE } from '@/server/preview';
import { cmsRoute, NO_STORE } from '@/server/route';

/**
 * POST /api/cms/preview (eventId, page=event|day): the editor's "Preview" buttons. Turns on Next's
 * draft mode for this browser (server/preview.ts), remembers the event, and sends the editor to its
 * public page (or its day's), where the page shows the event as readers will see it once published.
 */
export const POST = cmsRoute({ role: 'editor', sameSiteOnly: true }, async (request, { actor }) => {
  const form = await request.formData();
  const id = Number(form.get('eventId'));
  if (!Number.isSafeInteger(id) || id <= 0) return fail('invalid', 'Which event?');
  const event = await getEventForEditor(actor, id);
  if (!event || event.deletedAt) return fail('not_found', 'This event is not there to preview.');
  const month = Number(event.values.month);
  const day = Number(event.values.day);
  const onDay = event.values.precision === 'day' && month > 0 && day > 0;
  const to =
    form.get('page') === 'day' && onDay ? sitePaths.day(month, day) : sitePaths.event(event.slug);
  (await draftMode()).enable();
  (await cookies()).set(PREVIEW_EVENT_COOKIE, String(event.id), {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: new URL(request.url).protocol === 'https:',
  });
  return new Response(null, { status: 303, headers: { ...NO_STORE, Location: to } });
});
