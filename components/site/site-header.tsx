import Link from 'next/link';

/** Header of every public page. Static: it must not read the database (the 404 page renders it at build). */
export function SiteHeader() {
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <header className="border-b border-line bg-surface/80">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
          <Link
            href="/"
            className="group flex items-baseline gap-2 text-ink no-underline hover:text-ink"
          >
            <span aria-hidden="true" className="font-serif text-2xl leading-none text-accent">
              ◷
            </span>
            <span className="font-serif text-2xl font-bold tracking-tight group-hover:underline">
              Almanac
            </span>
            <span className="sr-only">, home</span>
          </Link>
          <nav aria-label="Main">
            <ul className="-mx-2 flex flex-wrap items-center gap-0.5 text-[0.95rem] font-medium sm:mx-0 sm:gap-1">
              <li>
                <Link
                  href="/"
                  className="inline-flex min-h-10 items-center rounded-md px-2 text-ink no-underline hover:bg-surface-2 sm:px-3"
                >
                  Today
                </Link>
              </li>
              <li>
                <Link
                  href="/days"
                  className="inline-flex min-h-10 items-center rounded-md px-2 text-ink no-underline hover:bg-surface-2 sm:px-3"
                >
                  Calendar
                </Link>
              </li>
              <li>
                <Link
                  href="/years"
                  className="inline-flex min-h-10 items-center rounded-md px-2 text-ink no-underline hover:bg-surface-2 sm:px-3"
                >
                  Years
                </Link>
              </li>
              <li>
                <Link
                  href="/people"
                  className="inline-flex min-h-10 items-center rounded-md px-2 text-ink no-underline hover:bg-surface-2 sm:px-3"
                >
                  People
                </Link>
              </li>
              <li>
                <Link
                  href="/categories"
                  className="inline-flex min-h-10 items-center rounded-md px-2 text-ink no-underline hover:bg-surface-2 sm:px-3"
                >
                  Categories
                </Link>
              </li>
            </ul>
          </nav>
          {/* A plain GET form: works without JavaScript and keeps the header static. */}
          <form
            action="/search"
            method="get"
            role="search"
            className="flex w-full items-center gap-2 sm:w-auto"
          >
            <label htmlFor="site-search" className="sr-only">
              Search Almanac
            </label>
            <input
              id="site-search"
              type="search"
              name="q"
              placeholder="Search events, people…"
              autoComplete="off"
              maxLength={500}
              className="min-h-10 w-full min-w-0 rounded-md border border-line-strong bg-surface px-3 text-[0.95rem] text-ink placeholder:text-muted focus:outline-none focus:ring-2 focus:ring-accent/40 sm:w-56"
            />
            <button
              type="submit"
              className="inline-flex min-h-10 shrink-0 items-center rounded-md border border-line-strong px-3 text-[0.95rem] font-medium text-ink hover:bg-surface-2"
            >
              Search
            </button>
          </form>
        </div>
      </header>
    </>
  );
}
