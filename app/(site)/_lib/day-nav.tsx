import { adjacentDay, formatMonthDay } from '@/lib/dates';
import { sitePaths } from '@/lib/site-urls';

/** Previous / next day links ("← 31 January", "2 February →"), optionally to a sub-page (births, deaths). */
export function DayNav({
  month,
  day,
  kind,
  labels,
  atEnd = false,
}: {
  month: number;
  day: number;
  kind?: 'births' | 'deaths';
  labels?: { prev: string; next: string };
  /** The copy at the foot of the page, named apart from the one at the top. */
  atEnd?: boolean;
}) {
  const prev = adjacentDay({ month, day }, -1);
  const next = adjacentDay({ month, day }, 1);
  const href = (d: { month: number; day: number }) =>
    kind ? sitePaths.dayKind(d.month, d.day, kind) : sitePaths.day(d.month, d.day);
  return (
    <nav aria-label={atEnd ? 'Previous and next day (end of page)' : 'Previous and next day'}>
      <ul className="flex flex-wrap justify-between gap-2">
        <li>
          <a className="pill" href={href(prev)} rel="prev">
            <span aria-hidden="true">← </span>
            {labels ? `${labels.prev}, ` : <span className="sr-only">Previous day: </span>}
            {formatMonthDay(prev.month, prev.day)}
          </a>
        </li>
        <li>
          <a className="pill" href={href(next)} rel="next">
            {labels ? `${labels.next}, ` : <span className="sr-only">Next day: </span>}
            {formatMonthDay(next.month, next.day)}
            <span aria-hidden="true"> →</span>
          </a>
        </li>
      </ul>
    </nav>
  );
}
