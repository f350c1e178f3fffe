/** Page links for a paginated list: previous, numbered pages around the current one, next. Never a dead end. */
export function Pager({
  page,
  pageCount,
  hrefFor,
  label = 'Pages',
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  label?: string;
}) {
  if (pageCount <= 1) return null;
  const shown = new Set(
    [1, pageCount, page - 2, page - 1, page, page + 1, page + 2].filter(
      (p) => p >= 1 && p <= pageCount,
    ),
  );
  const pages = [...shown].sort((a, b) => a - b);
  return (
    <nav aria-label={label} className="mt-8">
      <ul className="flex flex-wrap items-center gap-2">
        <li>
          {page > 1 ? (
            <a className="pill" href={hrefFor(page - 1)} rel="prev">
              ← Previous<span className="sr-only"> page</span>
            </a>
          ) : null}
        </li>
        {pages.map((p, i) => {
          const gap = i > 0 && p - (pages[i - 1] ?? p) > 1;
          return (
            <li key={p} className="flex items-center gap-2">
              {gap ? (
                <span aria-hidden="true" className="text-muted">
                  …
                </span>
              ) : null}
              <a className="pill" href={hrefFor(p)} aria-current={p === page ? 'page' : undefined}>
                <span className="sr-only">Page </span>
                {p}
              </a>
            </li>
          );
        })}
        <li>
          {page < pageCount ? (
            <a className="pill" href={hrefFor(page + 1)} rel="next">
              Next<span className="sr-only"> page</span> →
            </a>
          ) : null}
        </li>
      </ul>
    </nav>
  );
}
