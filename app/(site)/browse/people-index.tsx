import 'server-only';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/site/breadcrumbs';
import { formatCount, plural } from '@/components/site/format';
import { Pager } from '@/components/site/pager';
import type { InitialCount, PersonListItem } from '@/db/store';
import {
  countCachedPeopleByInitial,
  countCachedPeopleByPrefix,
  listCachedBestKnownPeople,
  listCachedPeopleByInitial,
} from '@/server/public-cache';
import { formatYear } from '@/lib/dates';
import { type PeopleInitial, peopleInitialLabel, prefixLabel } from '@/lib/people-initials';
import { sitePaths } from '@/lib/site-urls';

/** People per page of a letter: one-line entries, so twice a card list's page. */
export const PEOPLE_PAGE_SIZE = 100;

const SEARCH_NOTE =
  'Everyone is filed by their name as we write it, first names first (Albert Einstein is under A).';

/** The A–Z: one link per initial that has anyone, with its count; the others are shown but not links. */
function InitialNav({
  initials,
  current,
  large = false,
}: {
  initials: InitialCount[];
  current?: PeopleInitial;
  large?: boolean;
}) {
  return (
    <nav aria-label="People A to Z">
      <ul
        className={
          large
            ? 'grid grid-cols-[repeat(auto-fill,minmax(5.5rem,1fr))] gap-2'
            : 'flex flex-wrap gap-1.5'
        }
      >
        {initials.map(({ initial, count }) => {
          const label = peopleInitialLabel(initial);
          if (count === 0) {
            return (
              <li key={initial}>
                <span
                  className={`${large ? 'initial-tile' : 'pill sm'} border-dashed bg-transparent text-muted`}
                  title="Nobody yet"
                >
                  <span aria-hidden="true">{label}</span>
                  <span className="sr-only">{label}: nobody yet</span>
                </span>
              </li>
            );
          }
          return (
            <li key={initial}>
              <a
                className={large ? 'initial-tile' : 'pill sm'}
                href={sitePaths.peopleInitial(initial)}
                aria-current={initial === current ? 'page' : undefined}
              >
                <span className={large ? 'font-serif text-2xl font-bold' : 'font-semibold'}>
                  {label}
                </span>{' '}
                {/* A phone shows the letters alone (the counts are on /people): three rows, not seven. */}
                <span className={large ? 'count' : 'count max-sm:sr-only'}>
                  {formatCount(count)}
                  <span className="sr-only"> {count === 1 ? 'person' : 'people'}</span>
                </span>
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

export async function PeopleLanding() {
  const [initials, famous] = await Promise.all([
    countCachedPeopleByInitial(),
    listCachedBestKnownPeople(30),
  ]);
  const total = initials.reduce((n, i) => n + i.count, 0);
  return (
    <>
      <Breadcrumbs items={[{ label: 'People' }]} />
      <header className="mb-8 max-w-3xl">
        <p className="eyebrow">Browse</p>
        <h1 className="mt-1 text-4xl font-bold tracking-tight sm:text-5xl">People</h1>
        <p className="mt-3 text-lg text-ink-soft">
          {total === 0
            ? 'Nobody is in our published records yet.'
            : `${plural(total, 'person', 'people')} in our records: everyone born, who died or who took part in an event we have published.`}{' '}
          {total > 0 ? (
            <>
              {SEARCH_NOTE} To find someone by any part of their name, <a href="/search">search</a>.
            </>
          ) : null}
        </p>
      </header>
      {total > 0 ? <InitialNav initials={initials} large /> : null}
      {famous.length >= 6 ? (
        <section aria-labelledby="best-known-people" className="mt-10">
          <h2 id="best-known-people" className="section-title">
            Best known
          </h2>
          <ol className="people-list">
            {famous.map((p) => {
              const years = lifeYears(p);
              return (
                <li key={p.slug}>
                  <a href={sitePaths.person(p.slug)}>{p.name}</a>
                  {years ? <span className="years"> ({years})</span> : null}
                  {p.description ? <span className="rest">, {p.description}</span> : null}
                </li>
              );
            })}
          </ol>
        </section>
      ) : null}
    </>
  );
}

function lifeYears(p: PersonListItem): string {
  if (p.birthYear === null && p.deathYear === null) return '';
  const born = p.birthYear !== null ? formatYear(p.birthYear) : '?';
  const died = p.deathYear !== null ? formatYear(p.deathYear) : '';
  return p.birthYear !== null && p.deathYear === null ? `born ${born}` : `${born}–${died}`;
}

const prefixAnchor = (prefix: string) => `from-${prefix}`;

export async function PeopleInitialPage({
  initial,
  page,
}: {
  initial: PeopleInitial;
  page: number;
}) {
  const [initials, prefixes, people] = await Promise.all([
    countCachedPeopleByInitial(),
    countCachedPeopleByPrefix(initial),
    listCachedPeopleByInitial({ initial, page, pageSize: PEOPLE_PAGE_SIZE }),
  ]);
  const total = initials.find((i) => i.initial === initial)?.count ?? 0;
  const pageCount = Math.ceil(total / PEOPLE_PAGE_SIZE);
  if (total === 0 || page > pageCount) notFound();
  const label = peopleInitialLabel(initial);
  const first = (page - 1) * PEOPLE_PAGE_SIZE + 1;

  // Where each two-letter beginning starts: its page, and the first entry on that page carries its anchor.
  // Jumps only where a letter runs to several pages, and only to beginnings with a tenth of a page or
  // more ("Jo", not the two "Jc"s, which the pages still list).
  const jumps = (pageCount > 1 ? prefixes : [])
    .filter((p) => p.count >= PEOPLE_PAGE_SIZE / 10)
    .map((p) => ({ ...p, page: Math.floor(p.offset / PEOPLE_PAGE_SIZE) + 1 }));
  const anchorOf = new Map<string, string>();
  for (const j of jumps) {
    const index = j.offset - (first - 1);
    const person = index >= 0 ? people[index] : undefined;
    if (person) anchorOf.set(person.slug, prefixAnchor(j.prefix));
  }

  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'People', href: sitePaths.people() },
          { label, href: sitePaths.peopleInitial(initial) },
          ...(page > 1 ? [{ label: `Page ${page}` }] : []),
        ]}
      />
      <header className="mb-6 space-y-4">
        <div>
          <p className="eyebrow">People</p>
          <h1 className="mt-1 text-4xl font-bold tracking-tight sm:text-5xl">
            {initial === '0-9' ? 'Names beginning with a number' : `People: ${label}`}
          </h1>
          <p className="mt-3 max-w-3xl text-lg text-ink-soft">
            {plural(total, 'person', 'people')}
            {pageCount > 1 ? `, page ${page} of ${formatCount(pageCount)}` : ''}. {SEARCH_NOTE}
          </p>
        </div>
        <InitialNav initials={initials} current={initial} />
        {jumps.length > 1 ? (
          <nav aria-label={`Jump within ${label}`}>
            <ul className="scroll-row flex flex-wrap gap-1.5">
              {jumps.map((j) => (
                <li key={j.prefix}>
                  <a
                    className="pill sm"
                    href={`${sitePaths.peopleInitial(initial, j.page)}#${prefixAnchor(j.prefix)}`}
                  >
                    {prefixLabel(j.prefix)}
                    <span className="count">{formatCount(j.count)}</span>
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </header>

      <section aria-labelledby="people-list">
        <h2 id="people-list" className="section-title">
          {label}
          <span className="count">
            {pageCount > 1
              ? `${formatCount(first)}–${formatCount(first + people.length - 1)} of ${formatCount(total)}`
              : plural(total, 'person', 'people')}
          </span>
        </h2>
        <ol className="people-list">
          {people.map((p) => {
            const years = lifeYears(p);
            return (
              <li key={p.slug} id={anchorOf.get(p.slug)}>
                <a href={sitePaths.person(p.slug)}>{p.name}</a>
                {years ? <span className="years"> ({years})</span> : null}
                {p.description ? <span className="rest">, {p.description}</span> : null}
              </li>
            );
          })}
        </ol>
        <Pager
          page={page}
          pageCount={pageCount}
          hrefFor={(n) => sitePaths.peopleInitial(initial, n)}
        />
      </section>
    </>
  );
}
