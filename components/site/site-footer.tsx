import Link from 'next/link';

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-line bg-surface-2/60">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 text-sm text-muted sm:grid-cols-[2fr_1fr] sm:px-6">
        <div className="space-y-2">
          <p className="font-serif text-lg font-semibold text-ink">Almanac</p>
          <p>
            What happened on every day of the year, written and checked by our editors. Imported
            texts from <a href="https://en.wikipedia.org/">Wikipedia</a>, licensed{' '}
            <a href="https://creativecommons.org/licenses/by-sa/4.0/" rel="license">
              CC BY-SA
            </a>
            ; each such event names its source.
          </p>
        </div>
        <nav aria-label="Footer">
          <ul className="space-y-1">
            <li>
              <Link href="/about">About Almanac and our sources</Link>
            </li>
            <li>
              <Link href="/days">Calendar of all 366 days</Link>
            </li>
            <li>
              <Link href="/years">Years, century by century</Link>
            </li>
            <li>
              <Link href="/people">People A to Z</Link>
            </li>
            <li>
              <Link href="/categories">Browse by category</Link>
            </li>
            <li>
              <Link href="/events">Every entry, latest published first</Link>
            </li>
            <li>
              <a href="/feeds/today.rss" type="application/rss+xml">
                Today in history by RSS
              </a>
            </li>
            <li>
              <Link href="/developers">API for developers</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
