import { getApiEvent } from '@/db/store';
import { jsonError } from '@/lib/api/http';
import { isPlausibleSlug } from '@/lib/api/v1-params';
import { apiEventOf, apiPaths } from '@/lib/api/v1-shapes';
import { notFound, recordResponse, siteUrl } from '../../_lib/respond';

export {
  methodNotAllowed as DELETE,
  methodNotAllowed as PATCH,
  methodNotAllowed as POST,
  methodNotAllowed as PUT,
  preflightResponse as OPTIONS,
} from '@/lib/api/http';

/**
 * GET /api/v1/events/{slug}: one event in full. A renamed event's old slug answers 308 with the
 * current URL (as its page does); drafts, archived and trashed events are 404 like missing ones.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const missing = `No published event has the slug "${slug.slice(0, 100)}"`;
  if (!isPlausibleSlug(slug)) return notFound(missing);
  const found = await getApiEvent(slug);
  if (!found) return notFound(missing);
  const site = siteUrl();
  if (!found.found) {
    return jsonError(308, `This event is now at ${apiPaths.event(found.redirectTo)}`, {
      headers: { Location: `${site}${apiPaths.event(found.redirectTo)}` },
    });
  }
  const data = apiEventOf({ siteUrl: site, event: found.event, linked: found.linked });
  return data ? recordResponse(request, { data }) : notFound(missing);
}
