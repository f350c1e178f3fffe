import type { Metadata } from 'next';
import { DayPicker } from '@/components/site/day-picker';
import { DaySections } from '@/components/site/day-sections';
import { plural, siteToday } from '@/components/site/format';
import { SubscribeLinks } from '@/components/site/subscribe-links';
import { PreviewBanner } from '@/components/site/preview-banner';
import { getDayPreview } from '@/db/store';
import { getCachedDayOverview } from '@/server/public-cache';
import { readPreview } from '@/server/preview';
import { formatMonthDay } from '@/lib/dates';
import { sitePaths } from '@/lib/site-urls';
import { DayNav } from '../../_lib/day-nav';
import { feedAlternates, todayFeedLinks } from '../../_lib/feeds';
import { orNotFound, orNull, parseDayParam, unresolvedMetadata } from '../../_lib/params';
import { siteOpenGraph } from '../../_lib/seo';

export const revalidate = 3600;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ day: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const d = orNull(parseDayParam((await params).day));
  if (!d) return unresolvedMetadata;
  const name = formatMonthDay(d.month, d.day);
  const o = await getCachedDayOverview({ ...d, year: siteToday().year });
  const parts = [
    plural(o.selected.filter((e) => e.kind === 'event').length + o.events.length, 'event'),
    plural(o.births.total, 'birth'),
    plural(o.deaths.total, 'death'),
  ];
  return {
    title: `${name}: on this day in history`,
    description: `What happened on ${name} in history: ${parts.join(', ')}${o.observances.length ? ' and the day’s observances' : ''}.`,
    alternates: {
      canonical: sitePaths.day(d.month, d.day),
      types: feedAlternates('today in history', todayFeedLinks()),
    },
    openGraph: {
      ...siteOpenGraph(),
      title: `${name} in history`,
      url: sitePaths.day(d.month, d.day),
    },
  };
}

export default async function DayPage({ params }: Props) {
  const d = orNotFound(parseDayParam((await params).day));
  const today = siteToday();
  // An editor's preview shows the day with their event in it (server/preview.ts), read uncached.
  const preview = await readPreview();
  const overview =
    preview?.eventId != null
      ? await getDayPreview(preview.actor, { ...d, year: today.year, eventId: preview.eventId })
      : await getCachedDayOverview({ ...d, year: today.year });
  const name = formatMonthDay(d.month, d.day);
  const isToday = today.month === d.month && today.day === d.day;

  return (
    <>
      {preview ? <PreviewBanner status={null} publishAt={null} eventId={preview.eventId} /> : null}
      <header className="mb-8 space-y-4">
        <div>
          <p className="eyebrow">{isToday ? 'Today in history' : 'On this day in history'}</p>
          <h1 className="mt-1 text-4xl font-bold tracking-tight sm:text-5xl">{name}</h1>
        </div>
        <SubscribeLinks what="today in history" links={todayFeedLinks()} />
        <DayNav month={d.month} day={d.day} />
        <DayPicker month={d.month} day={d.day} />
      </header>
      <DaySections overview={overview} today={today} />
      <div className="mt-12 border-t border-line pt-6">
        <DayNav month={d.month} day={d.day} atEnd />
      </div>
    </>
  );
}
