import type { Metadata } from 'next';
import { CategoryChip } from '@/components/site/category-chip';
import { dateLabel, formatCount, plural } from '@/components/site/format';
import { Pager } from '@/components/site/pager';
import { listCachedSearchFilterOptions } from '@/server/public-cache';
import {
  SEARCH_PAGE_SIZE,
  searchEvents,
  type SearchEntity,
  type SearchFilterOptions,
  type SearchHit,
} from '@/db/store';
import { formatYear } from '@/lib/dates';
import { hasSearchCriteria } from '@/lib/search/search-params';
import {
  parseSearchParams,
  searchHref,
  yearParam,
  type SearchQuery,
  type TextSegment,
} from '@/lib/search/search-params';
import { sitePaths } from '@/lib/site-urls';
import { LiveSearchForm } from './live-search-form';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { query } = parseSearchParams(await searchParams);
  return {
    title: query.q ? `“${query.q.slice(0, 60)}” — search` : 'Search',
    description: 'Search every event, birth, death and observance in Almanac.',
    alternates: { canonical: '/search' },
    // Result pages are endless variations of one page: keep them out of search engines' indexes.
    robots: { index: false, follow: true },
  };
}

const KIND_LABELS = {
  event: 'Events',
  birth: 'Births',
  death: 'Deaths',
  observance: 'Observances',
} as const;
const KIND_SINGULAR = {
  event: 'Event',
  birth: 'Birth',
  death: 'Death',
  observance: 'Observance',
} as const;

const inputClass =
  'block w-full min-h-10 rounded-md border border-line-strong bg-surface px-3 py-2 text-base font-normal text-ink focus:outline-none focus:ring-2 focus:ring-accent/40';

const EXAMPLES = ['Mussolini', 'Soviet Union', 'moon landing', 'Magna Carta', 'earthquake'];

function Marked({ segments }: { segments: TextSegment[] }) {
  return segments.map((s, i) =>
    s.hit ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>,
  );
}

function Hit({ hit }: { hit: SearchHit }) {
  return (
    <li>
      <span className="when">{dateLabel(hit, 'short') || 'Every year'}</span>
      <a href={sitePaths.event(hit.slug)}>
        <Marked segments={hit.titleSegments} />
      </a>
      {hit.snippet.length > 0 ? (
        <p>
          <Marked segments={hit.snippet} />
        </p>
      ) : hit.summary ? (
        <p>{hit.summary}</p>
      ) : null}
      <div className="meta">
        <span>{KIND_SINGULAR[hit.kind]}</span>
        <CategoryChip category={hit.category} />
      </div>
    </li>
  );
}

const ENTITY_KINDS = { person: 'Person', topic: 'Topic', tag: 'Tag' } as const;

function lifeYears(e: SearchEntity): string | null {
  if (e.birthYear === null && e.deathYear === null) return null;
  return `${e.birthYear !== null ? formatYear(e.birthYear) : '?'}–${e.deathYear !== null ? formatYear(e.deathYear) : ''}`;
}

/** The people and topics the query names, above the results: the way to their own pages. */
function NamedEntities({ entities }: { entities: SearchEntity[] }) {
  return (
    <section aria-labelledby="entities-title" className="mt-8">
      <h2 id="entities-title" className="eyebrow">
        People and topics
      </h2>
      <ul className="cards mt-3">
        {entities.map((e) => {
          const years = lifeYears(e);
          return (
            <li key={`${e.kind}-${e.slug}`} className="card">
              <p className="date">
                <strong>{ENTITY_KINDS[e.kind]}</strong>
                {years ? ` · ${years}` : null}
              </p>
              <p className="title">
                <a href={e.kind === 'person' ? sitePaths.person(e.slug) : sitePaths.tag(e.slug)}>
                  {e.name}
                </a>
              </p>
              {e.description ? <p className="summary">{e.description}</p> : null}
              <p className="text-sm text-muted">{plural(e.count, 'entry', 'entries')}</p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Filters({
  query,
  sortChosen,
  options,
}: {
  query: SearchQuery;
  sortChosen: boolean;
  options: SearchFilterOptions;
}) {
  // A tag from a link may be outside the most-used list: keep it selectable.
  const tagOptions =
    query.tag && !options.tags.some((t) => t.slug === query.tag)
      ? [{ slug: query.tag, name: query.tag }, ...options.tags]
      : options.tags;
  return (
    <fieldset className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
      <legend className="sr-only">Filters</legend>
      <label className="field">
        Category
        <select className="w-full min-w-0" name="category" defaultValue={query.category ?? ''}>
          <option value="">All categories</option>
          {options.categories.map((c) => (
            <option key={c.slug} value={c.slug}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        Kind
        <select className="w-full min-w-0" name="kind" defaultValue={query.kind ?? ''}>
          <option value="">All kinds</option>
          {Object.entries(KIND_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        Tag
        <select className="w-full min-w-0" name="tag" defaultValue={query.tag ?? ''}>
          <option value="">Any tag</option>
          {tagOptions.map((t) => (
            <option key={t.slug} value={t.slug}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        From year
        <input
          name="from"
          inputMode="text"
          placeholder="e.g. 44 BCE"
          defaultValue={query.yearFrom !== undefined ? yearParam(query.yearFrom) : ''}
          className={inputClass}
          maxLength={20}
        />
      </label>
      <label className="field">
        To year
        <input
          name="to"
          placeholder="e.g. 1945"
          defaultValue={query.yearTo !== undefined ? yearParam(query.yearTo) : ''}
          className={inputClass}
          maxLength={20}
        />
      </label>
      <label className="field">
        Order
        {/* Left empty, the order follows the search: best match for words, newest first for filters alone. */}
        <select className="w-full min-w-0" name="sort" defaultValue={sortChosen ? query.sort : ''}>
          <option value="">Best match</option>
          <option value="newest">Newest first</option>
          <option value="oldest">Oldest first</option>
        </select>
      </label>
    </fieldset>
  );
}

function EmptyState({ query }: { query: SearchQuery }) {
  const filtered = Boolean(
    query.category ||
    query.kind ||
    query.tag ||
    query.yearFrom !== undefined ||
    query.yearTo !== undefined,
  );
  return (
    <div className="mt-8 rounded-lg border border-line bg-surface p-6">
      <p className="font-serif text-xl text-ink">
        Nothing found
        {query.q ? <> for “{query.q.length > 80 ? `${query.q.slice(0, 80)}…` : query.q}”</> : null}
        {filtered ? ' with these filters' : ''}.
      </p>
      <ul className="mt-3 list-disc space-y-1 pl-5 text-ink-soft">
        <li>Check the spelling, or try fewer or more general words.</li>
        {filtered && query.q ? (
          <li>
            <a href={searchHref({ q: query.q })}>
              Search all of Almanac for “{query.q.slice(0, 80)}”
            </a>{' '}
            without filters.
          </li>
        ) : null}
        <li>
          Browse by <a href={sitePaths.days()}>day</a> or by{' '}
          <a href={sitePaths.categories()}>category</a> instead.
        </li>
      </ul>
    </div>
  );
}

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams;
  const { query, notes } = parseSearchParams(params);
  const sortChosen = typeof params.sort === 'string' && params.sort === query.sort;
  const active = hasSearchCriteria(query);
  const result = active ? await searchEvents(query) : null;
  const filterOptions = await listCachedSearchFilterOptions();
  const first = result ? (result.page - 1) * SEARCH_PAGE_SIZE + 1 : 0;

  return (
    <div className="mx-auto max-w-4xl">
      <p className="eyebrow">Search</p>
      <h1 className="mt-1 text-4xl font-bold tracking-tight sm:text-5xl">Search the almanac</h1>

      <LiveSearchForm className="mt-6">
        <div className="flex gap-2">
          <label htmlFor="search-q" className="sr-only">
            Search for
          </label>
          <input
            id="search-q"
            type="search"
            name="q"
            defaultValue={query.q}
            placeholder="People, places, events…"
            autoComplete="off"
            spellCheck={false}
            maxLength={500}
            className={`${inputClass} text-lg`}
          />
          <button type="submit" className="pill shrink-0 px-5">
            Search
          </button>
        </div>
        <Filters query={query} sortChosen={sortChosen} options={filterOptions} />
      </LiveSearchForm>

      {notes.length > 0 ? (
        <ul className="mt-4 space-y-1 rounded-md border border-line bg-surface-2 px-4 py-3 text-sm text-ink-soft">
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}

      {result && result.entities.length > 0 ? <NamedEntities entities={result.entities} /> : null}

      <section aria-labelledby="results-title" className="mt-8">
        <h2 id="results-title" className="sr-only">
          Results
        </h2>
        <p role="status" className="text-ink-soft">
          {result && result.total > 0
            ? `${formatCount(result.total)} ${result.total === 1 ? 'result' : 'results'}${
                result.pageCount > 1
                  ? `, showing ${formatCount(first)}–${formatCount(first + result.hits.length - 1)}`
                  : ''
              }`
            : result
              ? 'No results'
              : ''}
        </p>
        {!result ? (
          <div className="mt-2 text-ink-soft">
            <p>Type a name, a place or a few words; results appear as you type. Try:</p>
            <ul className="mt-3 flex flex-wrap gap-2">
              {EXAMPLES.map((e) => (
                <li key={e}>
                  <a className="pill sm" href={searchHref({ q: e })}>
                    {e}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ) : result.hits.length === 0 && result.total > 0 ? (
          <p className="mt-4">
            There are only {formatCount(result.pageCount)} pages of results.{' '}
            <a href={searchHref({ ...query, page: 1 })}>Go to the first page</a>.
          </p>
        ) : result.hits.length === 0 ? (
          <EmptyState query={query} />
        ) : (
          <>
            <ol className="timeline dates mt-4">
              {result.hits.map((hit) => (
                <Hit key={hit.id} hit={hit} />
              ))}
            </ol>
            <Pager
              page={result.page}
              pageCount={result.pageCount}
              hrefFor={(page) => searchHref({ ...query, page })}
              label="Result pages"
            />
          </>
        )}
      </section>
    </div>
  );
}
