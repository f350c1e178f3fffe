import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/site/breadcrumbs';
import { EventCards } from '@/components/site/event-lists';
import { siteToday } from '@/components/site/format';
import type { PersonDetail } from '@/db/store';
import { getPersonBySlug, listCachedEventsForPerson } from '@/server/public-cache';
import { formatYear, MONTH_NAMES } from '@/lib/dates';
import { sitePaths } from '@/lib/site-urls';
import {
  decodeParam,
  orNotFound,
  orNull,
  type Resolved,
  unresolvedMetadata,
} from '../../_lib/params';

export const revalidate = 3600;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

async function findPerson(params: Props['params']): Promise<Resolved<PersonDetail>> {
  const person = await getPersonBySlug(decodeParam((await params).slug));
  return person ? { ok: person } : null;
}

/** "2 July 1877", "July 1877", "1877", or just "2 July" when the year is unknown. */
function partialDate(d: NonNullable<PersonDetail['born']>): string {
  const month = d.month !== null ? MONTH_NAMES[d.month - 1] : undefined;
  const parts = [
    d.day !== null && month ? String(d.day) : null,
    month ?? null,
    d.year !== null ? formatYear(d.year) : null,
  ];
  return parts.filter(Boolean).join(' ');
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const person = orNull(await findPerson(params));
  if (!person || (await listCachedEventsForPerson(person.id)).length === 0)
    return unresolvedMetadata;
  const life = [person.born?.year, person.died?.year].some((y) => y != null)
    ? ` (${person.born?.year != null ? formatYear(person.born.year) : '?'}–${person.died?.year != null ? formatYear(person.died.year) : ''})`
    : '';
  return {
    title: `${person.name}${life}`,
    description: person.description || `${person.name} in history: the events they took part in.`,
    alternates: { canonical: sitePaths.person(person.slug) },
  };
}

export default async function PersonPage({ params }: Props) {
  const person = orNotFound(await findPerson(params));
  const events = await listCachedEventsForPerson(person.id);
  // Someone named only in drafts (or whose events were all unpublished) has no public page yet.
  if (events.length === 0) notFound();
  const today = siteToday();
  const withRoles = events.map((e) => ({ ...e, note: e.role || undefined }));

  return (
    <>
      <Breadcrumbs
        items={[{ label: 'People', href: sitePaths.people() }, { label: person.name }]}
      />
      <header className="mb-10 max-w-3xl">
        <p className="eyebrow">Person</p>
        <h1 className="mt-1 text-4xl font-bold tracking-tight sm:text-5xl">{person.name}</h1>
        {person.description ? (
          <p className="mt-3 font-serif text-xl leading-relaxed text-ink-soft">
            {person.description}
          </p>
        ) : null}
        {person.born || person.died || person.referenceUrl ? (
          <dl className="mt-5 flex flex-wrap gap-x-10 gap-y-3 [&_dt]:text-xs [&_dt]:font-semibold [&_dt]:tracking-wider [&_dt]:text-muted [&_dt]:uppercase">
            {person.born ? (
              <div>
                <dt>Born</dt>
                <dd>{partialDate(person.born)}</dd>
              </div>
            ) : null}
            {person.died ? (
              <div>
                <dt>Died</dt>
                <dd>{partialDate(person.died)}</dd>
              </div>
            ) : null}
            {person.referenceUrl ? (
              <div>
                <dt>Reference</dt>
                <dd>
                  <a href={person.referenceUrl} rel="nofollow noopener">
                    More about {person.name}
                  </a>
                </dd>
              </div>
            ) : null}
          </dl>
        ) : null}
      </header>
      <section aria-labelledby="person-events">
        <h2 id="person-events" className="section-title">
          In our records
          <span className="count">{events.length}</span>
        </h2>
        <EventCards items={withRoles} today={today} />
      </section>
    </>
  );
}
