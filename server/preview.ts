import 'server-only';
import { cookies, draftMode } from 'next/headers';
import { hasRole } from '@/lib/auth/roles';
import type { SessionUser } from '@/lib/auth/actor';
import { verifySession } from './session';

/*
 * An editor's preview of the public pages (app/api/cms/preview): Next's draft mode, which renders
 * a page for this browser on every request and bypasses every cache (the page cache and
 * unstable_cache, for reading and for writing), so nothing a preview renders reaches readers. The
 * public pages ask here whether this request is one: only with draft mode on and a signed-in editor;
 * readers' requests (no draft-mode cookie) never read the session or any cookie.
 */

/** Which event the editor asked to preview (its day page shows it among the day's). */
export const PREVIEW_EVENT_COOKIE = 'almanac-preview-event';

export type PreviewRequest = { actor: SessionUser; eventId: number | null };

/** This request's preview, or null for everyone else (readers, a lapsed session). */
export async function readPreview(): Promise<PreviewRequest | null> {
  const { isEnabled } = await draftMode();
  if (!isEnabled) return null;
  const actor = await verifySession();
  if (!actor || !hasRole(actor.role, 'editor')) return null;
  const raw = (await cookies()).get(PREVIEW_EVENT_COOKIE)?.value;
  const id = Number(raw);
  return { actor, eventId: Number.isSafeInteger(id) && id > 0 ? id : null };
}
