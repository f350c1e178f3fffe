import { getCategoryBySlug } from '@/db/store';
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

/** GET /api/v1/categories/{slug}?order=&kind=&from=&to=&limit=&cursor=: a category and its events. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const category = isPlausibleSlug(slug) ? await getCategoryBySlug(slug) : null;
  if (!category) return notFound(`No category has the slug "${slug.slice(0, 100)}"`);
  const site = siteUrl();
  return scopeListResponse(request, {
    scope: { categoryId: category.id },
    scopeKey: `category:${category.id}`,
    defaultOrder: 'newest',
    context: {
      category: {
        slug: category.slug,
        name: category.name,
        description: category.description,
        color: category.color,
        url: absoluteUrl(site, sitePaths.category(category.slug)),
        apiUrl: absoluteUrl(site, apiPaths.category(category.slug)),
      },
    },
  });
}
