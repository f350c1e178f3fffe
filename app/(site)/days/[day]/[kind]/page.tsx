import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/site/breadcrumbs';
import { centuryAnchor, centuryTitle } from '@/components/site/centuries';
import { EntryLines } from '@/components/site/event-lists';
import { formatCount, plural, siteToday } from '@/components/site/format';
import { groupByCentury } from '@/lib/events/centuries';
import {
  getCachedDayNeighbours,
  getCachedDayOverview,
  listCachedDayEntriesOfKind,
} from '@/server/public-cache';
import { formatMonthDay } from '@/lib/dates';
import { sitePaths } from '@/lib/site-urls';
import { DayNav } from '../../../_lib/day-nav';
import {
  orNotFound,
  orNull,
  parseDayParam,
  parseKindParam,
  type Resolved,
  unresolvedMetadata,
} from '../../../_lib/params';

export const revalidate = 3600;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ day: string; kind: string }> };

async function resolve(params: Props['params']) {
  const p = await params;
  const k = parseKindParam(p.kind);
  if (!k) return null;
  const r = parseDayParam(p.day, `/${k.segment}`);
  if (r === null || 'redirect' in r) return r;
  const d = r.ok;
  return {
    ok: {
      ...d,
      ...k,
      title: `${k.segment === 'births' ? 'Births' : 'Deaths'} on ${formatMonthDay(d.month, d.day)}`,
    },
  };
}

type View = NonNullable<Awaited<ReturnType<typeof resolve>>> extends Resolved<infer T> ? T : never;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const r = orNull<View>(await resolve(params));
  if (!r) return unresolvedMetadata;
  const overview = await getCachedDayOverview({
    month: r.month,
    day: r.day,
    year: siteToday().year,
  });
  if (overview[r.segment].total === 0) return unresolvedMetadata;
  return {
    title: r.title,
    description: `Everyone in our records who was ${r.kind === 'birth' ? 'born' : 'died'} on ${formatMonthDay(r.month, r.day)}, by century.`,
    alternates: { canonical: sitePaths.dayKind(r.month, r.day, r.segment) },
  };
}

export default async function DayKindPage({ params }: Props) {
  const r = orNotFound<View>(await resolve(params));
  const items = await listCachedDayEntriesOfKind({ month: r.month, day: r.day, kind: r.kind });
  // Every day has a page, but a day without births has no births page (404), and nothing links to one.
  if (items.length === 0) notFound();
  const [neighbours, overview] = await Promise.all([
    getCachedDayNeighbours({ month: r.month, day: r.day, kind: r.kind }),
    getCachedDayOverview({ month: r.month, day: r.day, year: siteToday().year }),
  ]);
  const groups = groupByCentury(items);
  const dayName = formatMonthDay(r.month, r.day);
  const other = r.segment === 'births' ? 'deaths' : 'births';

  return (
    <>
      <Breadcrumbs
        items={[
          { label: dayName, href: sitePaths.day(r.month, r.day) },
          { label: r.segment === 'births' ? 'Births' : 'Deaths' },
        ]}
      />
      <header className="mb-8 space-y-4">
        <h1 className="text-4xl font-bold tracking-tight">{r.title}</h1>
        <p className="text-lg text-ink-soft">
          {plural(items.length, r.kind === 'birth' ? 'birth' : 'death')}, oldest first, grouped by
          century. See also{' '}
          {overview[other].total > 0 ? (
            <>
              the{' '}
              <a href={sitePaths.dayKind(r.month, r.day, other)}>
                {other} on {dayName}
              </a>{' '}
              or{' '}
            </>
          ) : null}
          <a href={sitePaths.day(r.month, r.day)}>everything that happened on {dayName}</a>.
        </p>
        <DayNav month={r.month} day={r.day} kind={r.segment} neighbours={neighbours} />
        {groups.length > 1 ? (
          <nav aria-label="Centuries">
            <ul className="scroll-row flex flex-wrap gap-2">
              {groups.map((g) => (
                <li key={String(g.century)}>
                  <a className="pill sm" href={`#${centuryAnchor(g.century)}`}>
                    {centuryTitle(g.century)}{' '}
                    <span className="count">{formatCount(g.items.length)}</span>
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </header>
      {groups.map((g) => (
        <section
          key={String(g.century)}
          aria-labelledby={centuryAnchor(g.century)}
          className="mb-8"
        >
          <h2 id={centuryAnchor(g.century)} className="section-title">
            {centuryTitle(g.century)}
            <span className="count">{formatCount(g.items.length)}</span>
          </h2>
          <EntryLines items={g.items} />
        </section>
      ))}
      <div className="mt-12 border-t border-line pt-6">
        <DayNav month={r.month} day={r.day} kind={r.segment} neighbours={neighbours} atEnd />
      </div>
    </>
  );
}
