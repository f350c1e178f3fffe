import Link from 'next/link';
/** Friendly 404 body with ways on that need no search and no database. */
export function NotFoundContent() {
  return (
    <div className="mx-auto max-w-2xl py-10 text-center">
      <p className="eyebrow">Error 404</p>
      <h1 className="mt-2 text-4xl font-bold tracking-tight sm:text-5xl">
        This page is lost to history
      </h1>
      <p className="mt-4 text-lg text-ink-soft">
        We couldn’t find what you were looking for. The address may be mistyped, or the page may
        have been moved or unpublished.
      </p>
      <nav aria-label="Ways on" className="mt-8">
        <ul className="flex flex-wrap justify-center gap-3">
          <li>
            <Link className="pill" href="/">
              What happened today
            </Link>
          </li>
          <li>
            <Link className="pill" href="/days">
              Choose a day from the calendar
            </Link>
          </li>
          <li>
            <Link className="pill" href="/categories">
              Browse by category
            </Link>
          </li>
        </ul>
      </nav>
    </div>
  );
}
