import { getTagBySlug } from '@/db/store';
import { absoluteUrl, apiPaths } from '@/lib/api/v1-shapes';
import { isPlausibleSlug } from '@/lib/api/v1-params';
import { sitePaths } from '@/lib/site-urls';
import { notFound, scopeListResponse, siteUrl } from '../../_lib/respond';

export {
  methodNotAllowed as DELETE,
  methodNotAllowed as PATCH,
  methodNotAllowed as POST,
  methodNotAllowed as PUT,
  preflightResponse as OPTIONS,
} from '@/lib/api/http';

/** GET /api/v1/tags/{slug}?order=&kind=&from=&to=&limit=&cursor=: a tag and its events. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const tag = isPlausibleSlug(slug) ? await getTagBySlug(slug) : null;
  if (!tag) return notFound(`No tag has the slug "${slug.slice(0, 100)}"`);
  const site = siteUrl();
  return scopeListResponse(request, {
    scope: { tagId: tag.id },
    scopeKey: `tag:${tag.id}`,
    defaultOrder: 'newest',
    context: {
      tag: {
        slug: tag.slug,
        name: tag.name,
        url: absoluteUrl(site, sitePaths.tag(tag.slug)),
        apiUrl: absoluteUrl(site, apiPaths.tag(tag.slug)),
      },
    },
  });
}
