import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/site/breadcrumbs';
import { EntryLines } from '@/components/site/event-lists';
import { formatCount, plural } from '@/components/site/format';
import type { EventLine } from '@/db/store';
import { getCachedYearNeighbours, listCachedYearEntriesOfKind } from '@/server/public-cache';
import { centuryOf, formatYear, MONTH_NAMES } from '@/lib/dates';
import { centuryLabel, sitePaths } from '@/lib/site-urls';
import {
  orNotFound,
  orNull,
  parseKindParam,
  parseYearParam,
  type Resolved,
  unresolvedMetadata,
} from '../../../_lib/params';
import { YearNav } from '../../year-nav';

export const revalidate = 3600;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ year: string; kind: string }> };

async function resolve(params: Props['params']) {
  const p = await params;
  const k = parseKindParam(p.kind);
  if (!k) return null;
  const r = parseYearParam(p.year, `/${k.segment}`);
  if (r === null || 'redirect' in r) return r;
  const year = r.ok;
  return {
    ok: {
      year,
      ...k,
      title: `${k.segment === 'births' ? 'Births' : 'Deaths'} in ${formatYear(year)}`,
    },
  };
}

type View = NonNullable<Awaited<ReturnType<typeof resolve>>> extends Resolved<infer T> ? T : never;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const r = orNull<View>(await resolve(params));
  if (!r) return unresolvedMetadata;
  const items = await listCachedYearEntriesOfKind({ year: r.year, kind: r.kind });
  if (items.length === 0) return unresolvedMetadata;
  return {
    title: r.title,
    description: `Everyone in our records who was ${r.kind === 'birth' ? 'born' : 'died'} in ${formatYear(r.year)}, month by month.`,
    alternates: { canonical: sitePaths.yearKind(r.year, r.segment) },
  };
}

export default async function YearKindPage({ params }: Props) {
  const r = orNotFound<View>(await resolve(params));
  const items = await listCachedYearEntriesOfKind({ year: r.year, kind: r.kind });
  // Like an empty year: no page for a year without births (or deaths), and no links to one.
  if (items.length === 0) notFound();
  const neighbours = await getCachedYearNeighbours({ year: r.year, kind: r.kind });
  const groups: { month: number | null; items: EventLine[] }[] = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (last && last.month === item.month) last.items.push(item);
    else groups.push({ month: item.month, items: [item] });
  }
  const name = formatYear(r.year);
  const anchor = (m: number | null) =>
    m === null ? 'undated' : (MONTH_NAMES[m - 1] ?? '').toLowerCase();
  const monthTitle = (m: number | null) =>
    m === null ? 'Sometime in the year' : (MONTH_NAMES[m - 1] ?? '');

  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Years', href: sitePaths.years() },
          { label: centuryLabel(centuryOf(r.year)), href: sitePaths.century(centuryOf(r.year)) },
          { label: name, href: sitePaths.year(r.year) },
          { label: r.segment === 'births' ? 'Births' : 'Deaths' },
        ]}
      />
      <header className="mb-8 space-y-4">
        <h1 className="text-4xl font-bold tracking-tight">{r.title}</h1>
        <p className="text-lg text-ink-soft">
          {plural(items.length, r.kind)}, month by month. Back to{' '}
          <a href={sitePaths.year(r.year)}>everything in {name}</a>.
        </p>
        <YearNav neighbours={neighbours} segment={r.segment} />
        {groups.length > 1 ? (
          <nav aria-label="Months">
            <ul className="scroll-row flex flex-wrap gap-2">
              {groups.map((g) => (
                <li key={String(g.month)}>
                  <a className="pill sm" href={`#${anchor(g.month)}`}>
                    {monthTitle(g.month)}{' '}
                    <span className="count">{formatCount(g.items.length)}</span>
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </header>
      {groups.map((g) => (
        <section key={String(g.month)} aria-labelledby={anchor(g.month)} className="mb-8">
          <h2 id={anchor(g.month)} className="section-title">
            {monthTitle(g.month)}
            <span className="count">{formatCount(g.items.length)}</span>
          </h2>
          <EntryLines items={g.items} when="monthDay" />
        </section>
      ))}
    </>
  );
}
