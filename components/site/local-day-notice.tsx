'use client';

import { useEffect, useState } from 'react';
import { formatMonthDay, monthDaySlug } from '@/lib/dates/calendar-day';

type Ymd = { year: number; month: number; day: number };

/**
 * Progressive enhancement for the home page: when the reader's own date differs from the site's
 * "today" (time zones), offer their day. Renders nothing on the server or without JavaScript.
 */
export function LocalDayNotice({ site }: { site: Ymd }) {
  const [local, setLocal] = useState<Ymd | null>(null);

  useEffect(() => {
    const now = new Date();
    // Reading the clock has to wait for the browser; the server cannot know the reader's time zone.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setLocal({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
  }, []);

  if (!local) return null;
  const cmp = local.year - site.year || local.month - site.month || local.day - site.day;
  if (cmp === 0) return null;
  const name = formatMonthDay(local.month, local.day);
  return (
    <p role="status" className="rounded-lg border border-line bg-surface-2 px-4 py-3">
      It’s {cmp > 0 ? 'already' : 'still'} {name} where you are —{' '}
      <a href={`/days/${monthDaySlug(local.month, local.day)}`} className="font-semibold">
        see {name}
      </a>
    </p>
  );
}
