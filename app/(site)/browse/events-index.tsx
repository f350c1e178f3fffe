import 'server-only';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/site/breadcrumbs';
import { EventTimeline } from '@/components/site/event-lists';
import { formatCount, siteToday } from '@/components/site/format';
import { Pager } from '@/components/site/pager';
import type { PublishedCard } from '@/db/store';
import { countCachedPublicEvents, listCachedLatestPublished } from '@/server/public-cache';
import { getConfig } from '@/lib/config';
import { sitePaths } from '@/lib/site-urls';
import { PAGE_SIZE } from '../_lib/params';

/** The other ways in, for a reader who came to /events to look around. */
const BROWSE_ENTRY_POINTS = [
  { href: sitePaths.days(), label: 'By day', note: 'every day of the year' },
  { href: sitePaths.years(), label: 'By year', note: 'century by century' },
  { href: sitePaths.people(), label: 'By person', note: 'A to Z' },
  { href: sitePaths.categories(), label: 'By category', note: 'politics, science, sport…' },
  { href: sitePaths.tags(), label: 'By tag', note: 'themes across categories' },
  { href: '/search', label: 'Search', note: 'any word, name or place' },
] as const;

function groupByPublicationDay(items: PublishedCard[]) {
  const { siteTimeZone } = getConfig();
  const day = new Intl.DateTimeFormat('en-GB', {
    timeZone: siteTimeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  const groups: { label: string; items: PublishedCard[] }[] = [];
  for (const item of items) {
    const label = item.publishedAt === null ? 'Date unknown' : day.format(item.publishedAt);
    const last = groups.at(-1);
    if (last && last.label === label) last.items.push(item);
    else groups.push({ label, items: [item] });
  }
  return groups;
}

export async function EventsIndex({ page }: { page: number }) {
  const [total, items] = await Promise.all([
    countCachedPublicEvents(),
    listCachedLatestPublished({ page, pageSize: PAGE_SIZE }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (page > pageCount) notFound();
  const today = siteToday();
  const first = (page - 1) * PAGE_SIZE + 1;

  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Events', href: sitePaths.events() },
          ...(page > 1 ? [{ label: `Page ${page}` }] : []),
        ]}
      />
      <header className="mb-8 max-w-3xl">
        <p className="eyebrow">Browse</p>
        <h1 className="mt-1 text-4xl font-bold tracking-tight sm:text-5xl">
          Events{page > 1 ? <span className="text-ink-soft">, page {page}</span> : null}
        </h1>
        <p className="mt-3 text-lg text-ink-soft">
          All {formatCount(total)} entries in our records (events, births, deaths and observances),
          the latest published first.
        </p>
      </header>

      {page === 1 ? (
        <nav aria-labelledby="browse-by" className="mb-10">
          <h2 id="browse-by" className="section-title">
            Find your way in
          </h2>
          <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
            {BROWSE_ENTRY_POINTS.map((e) => (
              <li key={e.href}>
                <a
                  href={e.href}
                  className="flex h-full min-h-16 flex-col justify-center rounded-lg border border-line bg-surface px-4 py-3 text-ink no-underline hover:border-line-strong hover:text-(--link-hover)"
                >
                  <span className="font-serif text-lg font-semibold">{e.label}</span>
                  <span className="text-sm text-muted">{e.note}</span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}

      <section aria-labelledby="latest">
        <h2 id="latest" className="section-title">
          {page === 1 ? 'Latest published' : 'All entries, latest published first'}
          <span className="count">
            {total === 0
              ? 'none yet'
              : `${formatCount(first)}–${formatCount(first + items.length - 1)} of ${formatCount(total)}`}
          </span>
        </h2>
        {total === 0 ? (
          <p className="rounded-lg border border-line bg-surface p-6">
            Nothing has been published yet.
          </p>
        ) : null}
        {groupByPublicationDay(items).map((g, i) => (
          <section key={g.label} aria-labelledby={`published-${i}`}>
            <h3 id={`published-${i}`} className="group-title">
              Published {g.label}
              <span className="count">{formatCount(g.items.length)}</span>
            </h3>
            <EventTimeline items={g.items} today={today} when="date" showAgo />
          </section>
        ))}
        <Pager page={page} pageCount={pageCount} hrefFor={(p) => sitePaths.events(p)} />
      </section>
    </>
  );
}
