import 'server-only';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/site/breadcrumbs';
import { formatCount, plural } from '@/components/site/format';
import { listCachedYearCounts } from '@/server/public-cache';
import type { YearCount } from '@/db/store';
import { centuryOf, formatDecade, formatYear } from '@/lib/dates';
import { centuryLabel, centuryYearRange, sitePaths } from '@/lib/site-urls';

type CenturySummary = {
  century: number;
  entries: number;
  years: number;
  first: number;
  last: number;
};

/** Years (oldest first) summed up by century. */
function summariseCenturies(years: readonly YearCount[]): CenturySummary[] {
  const out: CenturySummary[] = [];
  for (const y of years) {
    const century = centuryOf(y.year);
    const last = out.at(-1);
    if (last && last.century === century) {
      last.entries += y.count;
      last.years += 1;
      last.last = y.year;
    } else out.push({ century, entries: y.count, years: 1, first: y.year, last: y.year });
  }
  return out;
}

const rangeLabel = (century: number) => {
  const { from, to } = centuryYearRange(century);
  return century < 0 ? `${-from}–${-to} BCE` : `${from}–${to}`;
};

function CenturyTiles({ centuries }: { centuries: CenturySummary[] }) {
  return (
    <ul className="grid grid-cols-2 gap-2 sm:grid-cols-[repeat(auto-fill,minmax(14rem,1fr))] sm:gap-3">
      {centuries.map((c) => (
        <li key={c.century}>
          <a className="century-tile" href={sitePaths.century(c.century)}>
            <span className="name">{centuryLabel(c.century)}</span>
            <span className="range">{rangeLabel(c.century)}</span>
            <span className="counts">
              {plural(c.entries, 'entry', 'entries')} · {plural(c.years, 'year')}
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}

export async function YearsLanding() {
  const centuries = summariseCenturies(await listCachedYearCounts());
  const entries = centuries.reduce((n, c) => n + c.entries, 0);
  const years = centuries.reduce((n, c) => n + c.years, 0);
  const bce = centuries.filter((c) => c.century < 0);
  const ce = centuries.filter((c) => c.century > 0);
  const earliest = centuries[0]?.first;
  const latest = centuries.at(-1)?.last;
  return (
    <>
      <Breadcrumbs items={[{ label: 'Years' }]} />
      <header className="mb-8 max-w-3xl">
        <p className="eyebrow">Browse</p>
        <h1 className="mt-1 text-4xl font-bold tracking-tight sm:text-5xl">Years</h1>
        <p className="mt-3 text-lg text-ink-soft">
          {earliest === undefined || latest === undefined
            ? 'Nothing dated has been published yet.'
            : `${plural(years, 'year')} from ${formatYear(earliest)} to ${formatYear(latest)} have entries in our records, ${formatCount(entries)} in all. Choose a century, then a year.`}
        </p>
      </header>
      {bce.length > 0 ? (
        <section aria-labelledby="bce" className="mb-10">
          <h2 id="bce" className="section-title">
            Before the Common Era
            <span className="count">{plural(bce.length, 'century', 'centuries')}</span>
          </h2>
          <CenturyTiles centuries={bce} />
        </section>
      ) : null}
      {ce.length > 0 ? (
        <section aria-labelledby="ce">
          <h2 id="ce" className="section-title">
            Common Era
            <span className="count">{plural(ce.length, 'century', 'centuries')}</span>
          </h2>
          <CenturyTiles centuries={ce} />
        </section>
      ) : null}
    </>
  );
}

export async function CenturyPage({ century }: { century: number }) {
  const all = summariseCenturies(await listCachedYearCounts());
  const index = all.findIndex((c) => c.century === century);
  const summary = all[index];
  if (!summary) notFound();
  const years = await listCachedYearCounts(centuryYearRange(century));
  const decades: { label: string; years: YearCount[] }[] = [];
  for (const y of years) {
    const label = formatDecade(y.year);
    const last = decades.at(-1);
    if (last && last.label === label) last.years.push(y);
    else decades.push({ label, years: [y] });
  }
  const previous = all[index - 1];
  const next = all[index + 1];
  const name = centuryLabel(century);

  const neighbours = (atEnd: boolean) =>
    previous || next ? (
      <nav aria-label={atEnd ? 'Neighbouring centuries (end of page)' : 'Neighbouring centuries'}>
        <ul className="flex flex-wrap justify-between gap-2">
          <li>
            {previous ? (
              <a className="pill" href={sitePaths.century(previous.century)} rel="prev">
                ← {centuryLabel(previous.century)}
              </a>
            ) : null}
          </li>
          <li>
            {next ? (
              <a className="pill" href={sitePaths.century(next.century)} rel="next">
                {centuryLabel(next.century)} →
              </a>
            ) : null}
          </li>
        </ul>
      </nav>
    ) : null;

  return (
    <>
      <Breadcrumbs items={[{ label: 'Years', href: sitePaths.years() }, { label: name }]} />
      <header className="mb-8 space-y-4">
        <div>
          <p className="eyebrow">Years</p>
          <h1 className="mt-1 text-4xl font-bold tracking-tight sm:text-5xl">{name}</h1>
          <p className="mt-3 max-w-3xl text-lg text-ink-soft">
            {rangeLabel(century)}: {plural(summary.entries, 'entry', 'entries')} in{' '}
            {plural(summary.years, 'year')}. Years with nothing recorded are left out.
          </p>
        </div>
        {neighbours(false)}
      </header>
      {decades.map((d, i) => (
        <section key={d.label} aria-labelledby={`decade-${i}`} className="mb-6">
          <h2 id={`decade-${i}`} className="group-title">
            {d.label}
            <span className="count">
              {plural(
                d.years.reduce((n, y) => n + y.count, 0),
                'entry',
                'entries',
              )}
            </span>
          </h2>
          <ul className="grid grid-cols-5 gap-2 sm:grid-cols-10">
            {d.years.map((y) => (
              <li key={y.year}>
                <a className="year-tile" href={sitePaths.year(y.year)}>
                  {/* The page and its decades say BCE; a phone's tile has room for the number only. */}
                  <span className="year">
                    {Math.abs(y.year)}
                    {y.year < 0 ? <span className="sr-only"> BCE</span> : null}
                  </span>
                  <span className="count">
                    {formatCount(y.count)}
                    <span className="sr-only"> {y.count === 1 ? 'entry' : 'entries'}</span>
                  </span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <div className="mt-10 border-t border-line pt-6">{neighbours(true)}</div>
    </>
  );
}
