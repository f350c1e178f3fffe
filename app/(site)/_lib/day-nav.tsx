import type { DayNeighbours } from '@/db/store';
import { adjacentDay, formatMonthDay } from '@/lib/dates';
import { sitePaths } from '@/lib/site-urls';

/**
 * Previous / next day links ("← 31 January", "2 February →"), optionally to a sub-page (births, deaths):
 * every day has a page, but a births page links to the nearest days with births (`neighbours`), none
 * where there is no other.
 */
export function DayNav({
  month,
  day,
  kind,
  neighbours,
  labels,
  atEnd = false,
}: {
  month: number;
  day: number;
  kind?: 'births' | 'deaths';
  neighbours?: DayNeighbours;
  labels?: { prev: string; next: string };
  /** The copy at the foot of the page, named apart from the one at the top. */
  atEnd?: boolean;
}) {
  const prev = neighbours ? neighbours.previous : adjacentDay({ month, day }, -1);
  const next = neighbours ? neighbours.next : adjacentDay({ month, day }, 1);
  if (!prev && !next) return null;
  const href = (d: { month: number; day: number }) =>
    kind ? sitePaths.dayKind(d.month, d.day, kind) : sitePaths.day(d.month, d.day);
  return (
    <nav aria-label={atEnd ? 'Previous and next day (end of page)' : 'Previous and next day'}>
      <ul className="flex flex-wrap justify-between gap-2">
        <li>
          {prev ? (
            <a className="pill" href={href(prev)} rel="prev">
              <span aria-hidden="true">← </span>
              {labels ? `${labels.prev}, ` : <span className="sr-only">Previous day: </span>}
              {formatMonthDay(prev.month, prev.day)}
            </a>
          ) : null}
        </li>
        <li>
          {next ? (
            <a className="pill" href={href(next)} rel="next">
              {labels ? `${labels.next}, ` : <span className="sr-only">Next day: </span>}
              {formatMonthDay(next.month, next.day)}
              <span aria-hidden="true"> →</span>
            </a>
          ) : null}
        </li>
      </ul>
    </nav>
  );
}
