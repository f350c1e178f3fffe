import { listPersonRoles } from '@/db/store';
import { getPersonBySlug } from '@/db/store';
import { absoluteUrl, apiPaths, toPartialDate } from '@/lib/api/v1-shapes';
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

/**
 * GET /api/v1/people/{slug}?order=&kind=&from=&to=&limit=&cursor=: a person and their events (their
 * birth, death and what they took part in, with their role), oldest first unless asked otherwise.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const found = isPlausibleSlug(slug) ? await getPersonBySlug(slug) : null;
  // Someone named only in drafts (or unpublished or trashed events) is not public yet, like their page.
  const person = found && found.publicEventCount > 0 ? found : null;
  if (!person) return notFound(`No person has the slug "${slug.slice(0, 100)}"`);
  const site = siteUrl();
  return scopeListResponse(request, {
    scope: { personId: person.id },
    scopeKey: `person:${person.id}`,
    defaultOrder: 'oldest',
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
    decorate: async (rows) => {
      const roles = await listPersonRoles(
        person.id,
        rows.map((row) => row.id),
      );
      return (row) => ({ role: roles.get(row.id) ?? '' });
    },
  });
}
