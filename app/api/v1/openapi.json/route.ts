import { jsonResponse, STATIC_CACHE } from '@/lib/api/http';
import { buildOpenApiDocument } from '@/lib/api/openapi';
import { siteUrl } from '../_lib/respond';

export {
  methodNotAllowed as DELETE,
  methodNotAllowed as PATCH,
  methodNotAllowed as POST,
  methodNotAllowed as PUT,
  preflightResponse as OPTIONS,
} from '@/lib/api/http';

/** GET /api/v1/openapi.json: the OpenAPI 3.1 description of the read APIs (see /developers). */
export function GET(request: Request) {
  return jsonResponse(request, buildOpenApiDocument(siteUrl()), { cache: STATIC_CACHE });
}
