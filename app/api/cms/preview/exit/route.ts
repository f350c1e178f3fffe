import { cookies, draftMode } from 'next/headers';
import { PREVIEW_EVENT_COOKIE } from '@/server/preview';
import { NO_STORE } from '@/server/route';

/**
 * POST /api/cms/preview/exit: the preview banner's "Exit preview". Turns draft mode off and goes
 * back to the event in the editor. It reads and changes no data, only this browser's two preview
 * cookies, so it asks for no role: a preview whose session has ended can still be left.
 */
export async function POST() {
  const jar = await cookies();
  const id = Number(jar.get(PREVIEW_EVENT_COOKIE)?.value);
  jar.delete(PREVIEW_EVENT_COOKIE);
  (await draftMode()).disable();
  const to = Number.isSafeInteger(id) && id > 0 ? `/editor/events/${id}` : '/editor';
  return new Response(null, { status: 303, headers: { ...NO_STORE, Location: to } });
}
