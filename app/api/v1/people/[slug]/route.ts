import { listApiScopeEvents, listPersonRoles } from '@/db/queries/api-v1';
import { getPersonBySlug } from '@/db/queries/people';
import { jsonError } from '@/lib/api/http';
import { absoluteUrl, apiPaths, toEventSummary, toPartialDate } from '@/lib/api/v1-shapes';
import {
  checkYearRange,
  DEFAULT_LIMIT,
  isPlausibleSlug,
  parseQuery,
  scopeCursorKey,
  scopeQuerySchema,
} from '@/lib/api/v1-params';
import { sitePaths } from '@/lib/site-urls';
import { errorFrom, listResponse, notFound, readCursor, siteUrl } from '../../_lib/respond';

export {
  methodNotAllowed as DELETE,
  methodNotAllowed as PATCH,
  methodNotAllowed as POST,
  methodNotAllowed as PUT,
  preflightResponse as OPTIONS,
} from '@/lib/api/http';

/**
 * GET /api/v1/people/{slug}?order=&kind=&from=&to=&limit=&cursor=: a person and their events (their
 * birth, death and what they took part in, with their role), oldest first unless asked otherwise.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const person = isPlausibleSlug(slug) ? getPersonBySlug(slug) : null;
  if (!person) return notFound(`No person has the slug "${slug.slice(0, 100)}"`);
  const query = parseQuery(new URL(request.url).searchParams, scopeQuerySchema);
  if (!query.ok) return errorFrom(query);
  const { kind, from, to, order = 'oldest', limit = DEFAULT_LIMIT } = query.value;
  const range = checkYearRange(from, to);
  if (range) return jsonError(400, range);
  const scope = `person:${person.id}:${order}`;
  const cursor = readCursor(query.value.cursor, scope, scopeCursorKey);
  if (!cursor.ok) return cursor.response;

  const page = listApiScopeEvents({
    scope: { personId: person.id },
    order,
    kind,
    from,
    to,
    limit,
    after: cursor.key,
  });
  const roles = listPersonRoles(
    person.id,
    page.items.map((row) => row.id),
  );
  const site = siteUrl();
  return listResponse(request, {
    context: {
      person: {
        slug: person.slug,
        name: person.name,
        description: person.description,
        born: toPartialDate(person.born),
        died: toPartialDate(person.died),
        referenceUrl: person.referenceUrl,
        url: absoluteUrl(site, sitePaths.person(person.slug)),
        apiUrl: absoluteUrl(site, apiPaths.person(person.slug)),
      },
    },
    data: page.items.map((row) => ({
      ...toEventSummary(site, row),
      role: roles.get(row.id) ?? '',
    })),
    limit,
    scope,
    nextKey: page.nextKey,
  });
}
