import type { YearNeighbours } from '@/db/store';
import { formatYear } from '@/lib/dates';
import { sitePaths } from '@/lib/site-urls';

/**
 * Links to the nearest earlier and later years that have something published (of the page's kind), so
 * neither readers nor crawlers step through empty years; none where there is no such year.
 */
export function YearNav({
  neighbours,
  segment,
  atEnd = false,
}: {
  neighbours: YearNeighbours;
  segment?: 'births' | 'deaths';
  /** The copy at the foot of the page, named apart from the one at the top. */
  atEnd?: boolean;
}) {
  const { previous, next } = neighbours;
  if (previous === null && next === null) return null;
  const href = (y: number) => (segment ? sitePaths.yearKind(y, segment) : sitePaths.year(y));
  const what =
    segment === 'births' ? 'year with births' : segment === 'deaths' ? 'year with deaths' : 'year';
  return (
    <nav
      aria-label={atEnd ? `Previous and next ${what} (end of page)` : `Previous and next ${what}`}
    >
      <ul className="flex flex-wrap justify-between gap-2">
        <li>
          {previous !== null ? (
            <a className="pill" href={href(previous)} rel="prev">
              ← {formatYear(previous)}
            </a>
          ) : null}
        </li>
        <li>
          {next !== null ? (
            <a className="pill" href={href(next)} rel="next">
              {formatYear(next)} →
            </a>
          ) : null}
        </li>
      </ul>
    </nav>
  );
}
