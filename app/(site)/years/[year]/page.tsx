import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/site/breadcrumbs';
import { EntryLines, EventTimeline } from '@/components/site/event-lists';
import { formatCount, plural, siteToday } from '@/components/site/format';
import type { EventCard } from '@/db/store';
import type { YearKindDigest } from '@/db/store';
import type { YearOverview } from '@/db/store';
import { getCachedYearNeighbours, getCachedYearOverview } from '@/server/public-cache';
import { centuryOf, formatYear, MONTH_NAMES } from '@/lib/dates';
import { centuryLabel, sitePaths } from '@/lib/site-urls';
import { orNotFound, orNull, parseYearParam, unresolvedMetadata } from '../../_lib/params';
import { YearNav } from '../year-nav';

export const revalidate = 3600;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ year: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const year = orNull(parseYearParam((await params).year));
  if (year === null) return unresolvedMetadata;
  const name = formatYear(year);
  const o = await getCachedYearOverview(year);
  if (isEmpty(o)) return unresolvedMetadata;
  return {
    title: `${name} in history`,
    description: `What happened in ${name}: ${plural(o.events.length, 'event')}, ${plural(o.births.total, 'birth')} and ${plural(o.deaths.total, 'death')}, month by month.`,
    alternates: { canonical: sitePaths.year(year) },
  };
}

/** A year with nothing published has no page (404): there are 20,000 possible years and most are empty. */
const isEmpty = (o: YearOverview) => o.events.length + o.births.total + o.deaths.total === 0;

function groupByMonth(items: EventCard[]): { month: number | null; items: EventCard[] }[] {
  const groups: { month: number | null; items: EventCard[] }[] = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (last && last.month === item.month) last.items.push(item);
    else groups.push({ month: item.month, items: [item] });
  }
  return groups;
}

const monthTitle = (m: number | null) =>
  m === null ? 'Sometime in the year' : (MONTH_NAMES[m - 1] ?? '');

function Digest({
  id,
  title,
  digest,
  year,
  segment,
}: {
  id: string;
  title: string;
  digest: YearKindDigest;
  year: number;
  segment: 'births' | 'deaths';
}) {
  const rest = digest.total - digest.highlights.length;
  return (
    <section aria-labelledby={id} className="mt-12">
      <h2 id={id} className="section-title">
        {title}
        <span className="count">{formatCount(digest.total)}</span>
      </h2>
      <EntryLines items={digest.highlights} when="monthDay" />
      {rest > 0 ? (
        <p className="mt-5">
          <a className="pill" href={sitePaths.yearKind(year, segment)}>
            All {plural(digest.total, segment.slice(0, -1), segment)} in {formatYear(year)}, month
            by month →
          </a>
        </p>
      ) : null}
    </section>
  );
}

export default async function YearPage({ params }: Props) {
  const year = orNotFound(parseYearParam((await params).year));
  const overview = await getCachedYearOverview(year);
  if (isEmpty(overview)) notFound();
  const neighbours = await getCachedYearNeighbours({ year });
  const today = siteToday();
  const name = formatYear(year);
  const months = groupByMonth(overview.events);
  const century = centuryOf(year);

  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Years', href: sitePaths.years() },
          { label: centuryLabel(century), href: sitePaths.century(century) },
          { label: name },
        ]}
      />
      <header className="mb-8 space-y-4">
        <div>
          <p className="eyebrow">Year · {centuryLabel(century)}</p>
          <h1 className="mt-1 text-4xl font-bold tracking-tight sm:text-5xl">{name}</h1>
        </div>
        <YearNav neighbours={neighbours} />
      </header>

      {overview.events.length > 0 ? (
        <section aria-labelledby="events">
          <h2 id="events" className="section-title">
            Events<span className="count">{formatCount(overview.events.length)}</span>
          </h2>
          {months.map((g) => (
            <section key={String(g.month)} aria-labelledby={`month-${g.month ?? 'none'}`}>
              <h3 id={`month-${g.month ?? 'none'}`} className="group-title">
                {monthTitle(g.month)}{' '}
                <span className="count">{plural(g.items.length, 'event')}</span>
              </h3>
              <EventTimeline items={g.items} today={today} when="monthDay" />
            </section>
          ))}
        </section>
      ) : null}

      {overview.births.total > 0 ? (
        <Digest id="births" title="Births" digest={overview.births} year={year} segment="births" />
      ) : null}
      {overview.deaths.total > 0 ? (
        <Digest id="deaths" title="Deaths" digest={overview.deaths} year={year} segment="deaths" />
      ) : null}

      <div className="mt-12 border-t border-line pt-6">
        <YearNav neighbours={neighbours} atEnd />
      </div>
    </>
  );
}
