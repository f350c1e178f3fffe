import { NOT_FOUND } from './onthisday';
import { apiPaths } from './v1-shapes';

/*
 * The answer for a path under /api that names no endpoint (app/api/[[...path]]/route.ts): a 404 in
 * the problem+json shape of the feed's errors (RFC 9457, as Wikipedia's REST API writes it), never
 * the site's HTML page, with a detail saying where the endpoints are. Under /api/v1 it also carries
 * `error`, the member every other /api/v1 error has, so a client of that API reads it as usual.
 */

const FEED_PATHS =
  '/api/feed/onthisday/{type}/{MM}/{DD}, /api/rest_v1/feed/onthisday/{type}/{MM}/{DD} and /api/feed/v1/wikipedia/en/onthisday/{type}/{MM}/{DD}';

export type UnknownRouteProblem = {
  status: 404;
  type: string;
  title: string;
  detail: string;
  method: string;
  uri: string;
  error?: string;
};

export function unknownRouteProblem(o: {
  path: string;
  method: string;
  siteUrl: string;
}): UnknownRouteProblem {
  const path = o.path.slice(0, 200);
  const docs = `${o.siteUrl}/developers`;
  let where: string;
  if (/^\/api\/v1(\/|$)/.test(path)) {
    where = `The endpoints are listed at ${o.siteUrl}${apiPaths.index()} and documented at ${docs}`;
  } else if (/^\/api\/(feed|rest_v1)(\/|$)/.test(path)) {
    where = `The "on this day" feed is at ${FEED_PATHS}, documented at ${docs}`;
  } else {
    where = `The APIs are documented at ${docs}`;
  }
  const detail = `No API endpoint at ${path}. ${where}`;
  return {
    status: 404,
    type: NOT_FOUND,
    title: 'Not found.',
    detail,
    method: o.method.toLowerCase(),
    uri: path,
    ...(/^\/api\/v1(\/|$)/.test(path) ? { error: detail } : {}),
  };
}
