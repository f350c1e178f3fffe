import 'server-only';
import { notFound } from 'next/navigation';
import { centuryTitle } from '@/components/site/centuries';
import { EventCards, EventTimeline } from '@/components/site/event-lists';
import { formatCount, plural, siteToday } from '@/components/site/format';
import { Pager } from '@/components/site/pager';
import type { CenturyCount } from '@/db/store';
import type { ListingScope, YearRange } from '@/db/store';
import {
  listCachedCenturiesInScope,
  listCachedScopeHighlights,
  listCachedScopePage,
} from '@/server/public-cache';
import {
  centuryLabel,
  centurySlug,
  centuryYearRange,
  parseCenturySlug,
  parsePageSegment,
} from '@/lib/site-urls';
import { PAGE_SIZE } from './params';

/**
 * Browse pages of a category or tag, all in path segments so every page is cacheable:
 *   /categories/x              latest events first (page 1) and the centuries with counts
 *   /categories/x/page/2       all events, latest first, page 2
 *   /categories/x/20th-century events of that century, oldest first (page 1); /…/20th-century/2 page 2
 *   /categories/x/undated      events without a year (observances)
 */
export type BrowseView =
  { kind: 'latest'; page: number } | { kind: 'century'; century: number | null; page: number };

/** The view the segments after a category's or tag's slug name, or null when they name none. */
export function parseBrowseSegments(rest: readonly string[]): BrowseView | null {
  const [a, b, ...extra] = rest;
  if (extra.length > 0) return null;
  if (a === undefined) return { kind: 'latest', page: 1 };
  if (a === 'page') {
    const page = b === undefined ? null : parsePageSegment(b);
    return page === null ? null : { kind: 'latest', page };
  }
  const century = a === 'undated' ? null : parseCenturySlug(a);
  if (century === null && a !== 'undated') return null;
  if (b === undefined) return { kind: 'century', century, page: 1 };
  const page = parsePageSegment(b);
  return page === null ? null : { kind: 'century', century, page };
}

const segmentOf = (century: number | null) => (century === null ? 'undated' : centurySlug(century));

export function viewPath(base: string, view: BrowseView): string {
  if (view.kind === 'latest') return view.page === 1 ? base : `${base}/page/${view.page}`;
  const c = `${base}/${segmentOf(view.century)}`;
  return view.page === 1 ? c : `${c}/${view.page}`;
}

export function viewTitle(view: BrowseView): string {
  const page = view.page > 1 ? `, page ${view.page}` : '';
  if (view.kind === 'latest')
    return `${view.page > 1 ? 'All entries, latest first' : 'Latest'}${page}`;
  return `${view.century === null ? 'Undated' : centuryLabel(view.century)}${page}`;
}

function CenturyFilter({
  base,
  centuries,
  view,
  total,
}: {
  base: string;
  centuries: CenturyCount[];
  view: BrowseView;
  total: number;
}) {
  return (
    <nav aria-label="Filter by century">
      <ul className="scroll-row flex flex-wrap gap-2">
        <li>
          <a
            className="pill sm"
            href={base}
            aria-current={view.kind === 'latest' ? 'true' : undefined}
          >
            All, latest first <span className="count">{formatCount(total)}</span>
          </a>
        </li>
        {centuries.map((c) => (
          <li key={String(c.century)}>
            <a
              className="pill sm"
              href={viewPath(base, { kind: 'century', century: c.century, page: 1 })}
              aria-current={
                view.kind === 'century' && view.century === c.century ? 'true' : undefined
              }
            >
              {centuryTitle(c.century)} <span className="count">{formatCount(c.count)}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The list part of a category or tag page: century filter, one page of cards, pager, neighbouring centuries. */
export async function BrowseListing({
  scope,
  base,
  view,
}: {
  scope: ListingScope;
  base: string;
  view: BrowseView;
}) {
  const centuries = await listCachedCenturiesInScope(scope);
  const total = centuries.reduce((n, c) => n + c.count, 0);
  let range: YearRange | undefined;
  let inView = total;
  if (view.kind === 'century') {
    const selected = centuries.find((c) => c.century === view.century);
    if (!selected) notFound();
    range = view.century === null ? 'undated' : centuryYearRange(view.century);
    inView = selected.count;
  }
  const items = await listCachedScopePage({
    scope,
    range,
    order: view.kind === 'latest' ? 'newest' : 'oldest',
    page: view.page,
    pageSize: PAGE_SIZE,
  });
  const pageCount = Math.max(1, Math.ceil(inView / PAGE_SIZE));
  if (view.page > pageCount) notFound();
  const today = siteToday();

  const index =
    view.kind === 'century' ? centuries.findIndex((c) => c.century === view.century) : -1;
  const prevCentury = index > 0 ? centuries[index - 1] : undefined;
  const nextCentury = index >= 0 ? centuries[index + 1] : undefined;
  const first = (view.page - 1) * PAGE_SIZE + 1;

  if (total === 0) {
    return (
      <p className="rounded-lg border border-line bg-surface p-6">
        Nothing has been published here yet.
      </p>
    );
  }

  return (
    <>
      <CenturyFilter base={base} centuries={centuries} view={view} total={total} />
      <section aria-labelledby="list-title" className="mt-8">
        <h2 id="list-title" className="section-title">
          {view.kind === 'latest'
            ? view.page === 1
              ? 'Latest entries'
              : 'All entries, latest first'
            : centuryTitle(view.century)}
          <span className="count">
            {pageCount > 1
              ? `${formatCount(first)}–${formatCount(first + items.length - 1)} of ${formatCount(inView)}`
              : plural(inView, 'entry', 'entries')}
          </span>
        </h2>
        <EventTimeline
          items={items}
          today={today}
          when="date"
          showCategory={'tagId' in scope}
          showAgo
        />
        <Pager
          page={view.page}
          pageCount={pageCount}
          hrefFor={(p) => viewPath(base, { ...view, page: p })}
        />
        {view.kind === 'century' && (prevCentury || nextCentury) ? (
          <nav aria-label="Neighbouring centuries" className="mt-6">
            <ul className="flex flex-wrap justify-between gap-2">
              <li>
                {prevCentury ? (
                  <a
                    className="pill"
                    href={viewPath(base, {
                      kind: 'century',
                      century: prevCentury.century,
                      page: 1,
                    })}
                  >
                    ← {centuryTitle(prevCentury.century)}
                  </a>
                ) : null}
              </li>
              <li>
                {nextCentury ? (
                  <a
                    className="pill"
                    href={viewPath(base, {
                      kind: 'century',
                      century: nextCentury.century,
                      page: 1,
                    })}
                  >
                    {centuryTitle(nextCentury.century)} →
                  </a>
                ) : null}
              </li>
            </ul>
          </nav>
        ) : null}
      </section>
    </>
  );
}

/**
 * A category's, topic's or tag's best-known entries (notability), above its list by century: only
 * where that list runs to several pages (a shorter one shows them all, and would show them twice).
 */
export async function ScopeHighlights({ scope }: { scope: ListingScope }) {
  const centuries = await listCachedCenturiesInScope(scope);
  if (centuries.reduce((n, c) => n + c.count, 0) <= PAGE_SIZE) return null;
  const items = await listCachedScopeHighlights(scope, 6);
  return (
    <section aria-labelledby="best-known" className="mb-10">
      <h2 id="best-known" className="section-title">
        Best known
      </h2>
      <EventCards items={items} today={siteToday()} headingLevel={3} />
    </section>
  );
}
