import { jsonError } from '@/lib/api/http';
import { apiPaths } from '@/lib/api/v1-shapes';
import { siteUrl } from '../_lib/respond';

export {
  methodNotAllowed as DELETE,
  methodNotAllowed as PATCH,
  methodNotAllowed as POST,
  methodNotAllowed as PUT,
  preflightResponse as OPTIONS,
} from '@/lib/api/http';

/** Any other /api/v1 path: a JSON 404 that says where the endpoints are listed. */
export function GET(request: Request) {
  const path = new URL(request.url).pathname;
  return jsonError(
    404,
    `No API endpoint at ${path.slice(0, 200)}. The endpoints are listed at ${siteUrl()}${apiPaths.index()} and documented at ${siteUrl()}/developers`,
  );
}
