import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { DayPicker } from '@/components/site/day-picker';
import { DaySections } from '@/components/site/day-sections';
import { siteToday } from '@/components/site/format';
import { LocalDayNotice } from '@/components/site/local-day-notice';
import { SubscribeLinks } from '@/components/site/subscribe-links';
import { getCachedDayOverview } from '@/server/public-cache';
import { daysInMonth, formatMonthDay } from '@/lib/dates';
import { sitePaths } from '@/lib/site-urls';
import { DayNav } from '../../_lib/day-nav';
import { feedAlternates, todayFeedLinks } from '../../_lib/feeds';
import { orNotFound, orNull, type Resolved, unresolvedMetadata } from '../../_lib/params';
import { siteOpenGraph } from '../../_lib/seo';

// `/` is rewritten here by proxy.ts with today's date in the site's time zone, so the home page is an
// ISR page per date like any other. The date is also "today" for every "how long ago" on the page.
export const revalidate = 3600;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ date: string }> };

const DAY_MS = 86_400_000;

/** The date in the URL, if it is a real Gregorian date; a date far from today goes to its day page. */
async function parseDate(
  params: Props['params'],
): Promise<Resolved<{ year: number; month: number; day: number }>> {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec((await params).date);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth({ year, month, calendar: 'gregorian' })
  )
    return null;
  const t = siteToday();
  // One day of slack either way: the proxy and this render may straddle midnight.
  const diff =
    Math.abs(Date.UTC(year, month - 1, day) - Date.UTC(t.year, t.month - 1, t.day)) / DAY_MS;
  return diff > 1 ? { redirect: sitePaths.day(month, day) } : { ok: { year, month, day } };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const d = orNull(await parseDate(params));
  if (!d) return unresolvedMetadata;
  const name = formatMonthDay(d.month, d.day);
  return {
    title: { absolute: `Today in history, ${name} · Almanac` },
    description: `What happened on ${name} in history: the day’s selected anniversaries, its observances, everything else that day by century, births and deaths.`,
    // The home page is the one URL for "today"; /today/<date> is where `/` is served from.
    alternates: {
      canonical: sitePaths.home(),
      types: feedAlternates('today in history', todayFeedLinks()),
    },
    openGraph: { ...siteOpenGraph(), title: `Today in history: ${name}`, url: sitePaths.home() },
  };
}

export default async function TodayPage({ params }: Props) {
  const r = await parseDate(params);
  // A temporary redirect: the URL was "today" until recently, and its day page is where that day lives.
  if (r !== null && 'redirect' in r) redirect(r.redirect);
  const d = orNotFound(r);
  const overview = await getCachedDayOverview(d);
  const name = formatMonthDay(d.month, d.day);
  const weekday = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' }).format(
    Date.UTC(d.year, d.month - 1, d.day),
  );

  return (
    <>
      <header className="mb-8 space-y-4">
        <div>
          <p className="eyebrow">Today in history</p>
          <h1 className="mt-1 text-4xl font-bold tracking-tight sm:text-5xl">{name}</h1>
          <p className="mt-2 text-lg text-ink-soft">
            {weekday} {name} {d.year} ·{' '}
            <a href={sitePaths.day(d.month, d.day)}>Permanent page for {name}</a>
          </p>
        </div>
        <SubscribeLinks what="today in history" links={todayFeedLinks()} />
        <LocalDayNotice site={d} />
        <DayNav month={d.month} day={d.day} labels={{ prev: 'Yesterday', next: 'Tomorrow' }} />
        <DayPicker month={d.month} day={d.day} />
      </header>
      <DaySections overview={overview} today={d} />
      <div className="mt-12 border-t border-line pt-6">
        <DayNav
          month={d.month}
          day={d.day}
          labels={{ prev: 'Yesterday', next: 'Tomorrow' }}
          atEnd
        />
      </div>
    </>
  );
}
