import type { Metadata } from 'next';
import { DayCalendar } from '@/components/site/day-calendar';
import { siteToday } from '@/components/site/format';
import { formatMonthDay } from '@/lib/dates';
import { sitePaths } from '@/lib/site-urls';

export const revalidate = 3600;

export const metadata: Metadata = {
  title: 'Calendar: every day of the year',
  description:
    'Choose any of the 366 days of the year, 29 February included, to see what happened on it in history.',
  alternates: { canonical: sitePaths.days() },
};

export default function DaysIndexPage() {
  const today = siteToday();
  return (
    <>
      <p className="eyebrow">Calendar</p>
      <h1 className="mt-1 text-4xl font-bold tracking-tight sm:text-5xl">Every day of the year</h1>
      <p className="mt-3 max-w-2xl text-lg text-ink-soft">
        Pick a day to see its events, births, deaths and observances across the centuries. Today is{' '}
        <a href={sitePaths.home()}>{formatMonthDay(today.month, today.day)}</a>.
      </p>
      <nav aria-label="Months" className="mt-6">
        <ul className="flex flex-wrap gap-2">
          {[
            'January',
            'February',
            'March',
            'April',
            'May',
            'June',
            'July',
            'August',
            'September',
            'October',
            'November',
            'December',
          ].map((m) => (
            <li key={m}>
              <a className="pill" href={`#${m.toLowerCase()}`}>
                {m}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="mt-8">
        <DayCalendar current={today} headings />
      </div>
    </>
  );
}
