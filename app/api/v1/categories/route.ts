import { listCategoriesWithCounts } from '@/db/store';
import { absoluteUrl, apiPaths } from '@/lib/api/v1-shapes';
import { sitePaths } from '@/lib/site-urls';
import { recordResponse, siteUrl } from '../_lib/respond';

export {
  methodNotAllowed as DELETE,
  methodNotAllowed as PATCH,
  methodNotAllowed as POST,
  methodNotAllowed as PUT,
  preflightResponse as OPTIONS,
} from '@/lib/api/http';

/** GET /api/v1/categories: every category in the editors' order, with its count of published events. */
export async function GET(request: Request) {
  const site = siteUrl();
  const data = (await listCategoriesWithCounts()).map((c) => ({
    slug: c.slug,
    name: c.name,
    description: c.description,
    color: c.color,
    eventCount: c.eventCount,
    url: absoluteUrl(site, sitePaths.category(c.slug)),
    apiUrl: absoluteUrl(site, apiPaths.category(c.slug)),
  }));
  return recordResponse(request, { data });
}
