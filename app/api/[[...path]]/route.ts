import { problemResponse } from '@/lib/api/http';
import { unknownRouteProblem } from '@/lib/api/unknown-route';
import { getConfig } from '@/lib/config';

/*
 * Any path under /api that no route handler serves, with any method: a problem+json 404
 * (lib/api/unknown-route.ts), not the site's HTML page. Next matches the more specific routes first
 * (a static segment before a dynamic one, a dynamic one before a catch-all), so every real endpoint,
 * next-auth's /api/auth/[...nextauth] and the CMS's /api/cms/* answer as before; a real endpoint
 * asked with a method it does not export keeps Next's 405.
 */
function notFound(request: Request): Response {
  const body = unknownRouteProblem({
    path: new URL(request.url).pathname,
    method: request.method,
    siteUrl: getConfig().siteUrl,
  });
  return problemResponse(body, { method: request.method });
}

export {
  notFound as DELETE,
  notFound as GET,
  notFound as HEAD,
  notFound as OPTIONS,
  notFound as PATCH,
  notFound as POST,
  notFound as PUT,
};
