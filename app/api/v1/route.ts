import { jsonResponse, STATIC_CACHE } from '@/lib/api/http';
import { buildOpenApiDocument } from '@/lib/api/openapi';
import { apiPaths } from '@/lib/api/v1-shapes';
import { siteUrl } from './_lib/respond';

export {
  methodNotAllowed as DELETE,
  methodNotAllowed as PATCH,
  methodNotAllowed as POST,
  methodNotAllowed as PUT,
  preflightResponse as OPTIONS,
} from '@/lib/api/http';

/** GET /api/v1: where to start — the endpoints, their documentation and the OpenAPI description. */
export function GET(request: Request) {
  const site = siteUrl();
  const doc = buildOpenApiDocument(site);
  return jsonResponse(
    request,
    {
      name: doc.info.title,
      version: doc.info.version,
      documentation: `${site}/developers`,
      openapi: `${site}${apiPaths.openapi()}`,
      endpoints: Object.entries(doc.paths).map(([path, { get }]) => ({
        method: 'GET',
        url: `${site}${path}`,
        summary: get.summary,
      })),
    },
    { cache: STATIC_CACHE },
  );
}
