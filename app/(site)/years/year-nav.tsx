import { formatYear } from '@/lib/dates';
import { sitePaths } from '@/lib/site-urls';

/** Previous / next year, skipping the year 0 that does not exist (1 BCE is followed by 1 CE). */
export function YearNav({
  year,
  min,
  max,
  segment,
  atEnd = false,
}: {
  year: number;
  min: number;
  max: number;
  segment?: 'births' | 'deaths';
  /** The copy at the foot of the page, named apart from the one at the top. */
  atEnd?: boolean;
}) {
  const prev = year === 1 ? -1 : year - 1;
  const next = year === -1 ? 1 : year + 1;
  const href = (y: number) => (segment ? sitePaths.yearKind(y, segment) : sitePaths.year(y));
  return (
    <nav aria-label={atEnd ? 'Previous and next year (end of page)' : 'Previous and next year'}>
      <ul className="flex flex-wrap justify-between gap-2">
        <li>
          {prev >= min ? (
            <a className="pill" href={href(prev)} rel="prev">
              ← {formatYear(prev)}
            </a>
          ) : null}
        </li>
        <li>
          {next <= max ? (
            <a className="pill" href={href(next)} rel="next">
              {formatYear(next)} →
            </a>
          ) : null}
        </li>
      </ul>
    </nav>
  );
}
