import type { EventCard, EventLine } from '@/db/store';
import type { CenturyGroup } from '@/lib/events/centuries';
import { groupByCentury } from '@/lib/events/centuries';
import type { DayOverview } from '@/db/store';
import type { DayKindDigest } from '@/db/store';
import type { YearMonthDay } from '@/lib/dates';
import { formatMonthDay } from '@/lib/dates';
import { shortTitle } from '@/lib/events/short-title';
import { sitePaths } from '@/lib/site-urls';

import { centuryAnchor, centuryTitle } from './centuries';
import {
  CompactLines,
  CompactTimeline,
  type CompactCategory,
  type CompactGroup,
} from './compact-timeline';
import { formatCount, plural, yearLabel } from './format';
import { SelectedAnniversaries } from './selected-anniversaries';

/** Events by century as compact rows for CompactTimeline, with each category listed once. */
function compactGroups(groups: CenturyGroup<EventCard>[]) {
  const categories: CompactCategory[] = [];
  const index = new Map<string, number>();
  const categoryIndex = (c: EventCard['category']) => {
    let i = index.get(c.slug);
    if (i === undefined) {
      i = categories.push([c.name, c.color, c.slug]) - 1;
      index.set(c.slug, i);
    }
    return i;
  };
  const compact: CompactGroup[] = groups.map((g) => ({
    anchor: centuryAnchor(g.century),
    title: centuryTitle(g.century),
    count: g.items.length,
    countLabel: plural(g.items.length, 'event'),
    rows: g.items.map((e) => [yearLabel(e), e.slug, e.title, e.summary, categoryIndex(e.category)]),
  }));
  return { groups: compact, categories };
}

function SectionTitle({ id, title, count }: { id: string; title: string; count?: number }) {
  return (
    <h2 id={id} className="section-title">
      {title}
      {count !== undefined ? <span className="count">{formatCount(count)}</span> : null}
    </h2>
  );
}

function PeopleDigest({
  id,
  title,
  noun,
  digest,
  allHref,
  dayName,
}: {
  id: string;
  title: string;
  noun: [string, string];
  digest: DayKindDigest;
  allHref: string;
  dayName: string;
}) {
  const rest = digest.total - digest.highlights.length;
  return (
    <section aria-labelledby={id} className="mt-12">
      <SectionTitle id={id} title={title} count={digest.total} />
      {digest.highlights.length > 0 ? (
        <CompactLines
          lines={(digest.highlights as EventLine[]).map((e) => [
            yearLabel(e),
            e.slug,
            e.title,
            e.detail,
          ])}
        />
      ) : null}
      {rest > 0 ? (
        <div className="mt-5 space-y-3">
          <p>
            <a className="pill" href={allHref}>
              All {plural(digest.total, noun[0], noun[1])} on {dayName} →
            </a>
          </p>
          <nav aria-label={`${title} by century`}>
            <p className="mb-2 text-sm text-muted">Or jump to a century:</p>
            <ul className="flex flex-wrap gap-2">
              {digest.centuries.map((c) => (
                <li key={String(c.century)}>
                  <a className="pill sm" href={`${allHref}#${centuryAnchor(c.century)}`}>
                    {centuryTitle(c.century)} <span className="count">{formatCount(c.count)}</span>
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      ) : null}
    </section>
  );
}

/**
 * Everything a calendar day holds: its selected anniversaries first, then its observances, the other
 * events by century, births and deaths.
 */
export function DaySections({ overview, today }: { overview: DayOverview; today: YearMonthDay }) {
  const { month, day, selected, events, observances, births, deaths } = overview;
  const dayName = formatMonthDay(month, day);
  const groups = groupByCentury(events);
  const selectedEvents = selected.filter((e) => e.kind === 'event').length;
  const empty =
    selected.length + events.length + observances.length + births.total + deaths.total === 0;

  if (empty) {
    return (
      <p className="rounded-lg border border-line bg-surface p-6 text-lg">
        We have nothing recorded for {dayName} yet. Try the day before or after, or pick another day
        from the calendar.
      </p>
    );
  }

  const contents = [
    selected.length > 0 && { id: 'selected', label: 'Selected', count: selected.length },
    observances.length > 0 && {
      id: 'observances',
      label: 'Holidays & observances',
      count: observances.length,
    },
    events.length > 0 && {
      id: 'events',
      label: selectedEvents > 0 ? 'More events' : 'Events',
      count: events.length,
    },
    births.total > 0 && { id: 'births', label: 'Births', count: births.total },
    deaths.total > 0 && { id: 'deaths', label: 'Deaths', count: deaths.total },
  ].filter((x) => x !== false);

  return (
    <>
      {contents.length > 1 ? (
        <nav aria-label="On this page" className="mb-8">
          <ul className="flex flex-wrap gap-2">
            {contents.map((c) => (
              <li key={c.id}>
                <a className="pill sm" href={`#${c.id}`}>
                  {c.label} <span className="count">{formatCount(c.count)}</span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}

      {selected.length > 0 ? (
        <SelectedAnniversaries id="selected" items={selected} year={today.year} />
      ) : null}

      {observances.length > 0 ? (
        <section aria-labelledby="observances" className="mb-12">
          <SectionTitle
            id="observances"
            title="Holidays & observances"
            count={observances.length}
          />
          <ul className="observances">
            {observances.map((o) => (
              <li key={o.id}>
                <a href={sitePaths.event(o.slug)}>{shortTitle(o.title)}</a>
                {o.summary ? <p>{o.summary}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {events.length > 0 ? (
        <section aria-labelledby="events">
          <SectionTitle
            id="events"
            title={selectedEvents > 0 ? 'More events' : 'Events'}
            count={events.length}
          />
          <CompactTimeline {...compactGroups(groups)} />
        </section>
      ) : null}

      {births.total > 0 ? (
        <PeopleDigest
          id="births"
          title="Births"
          noun={['birth', 'births']}
          digest={births}
          allHref={sitePaths.dayKind(month, day, 'births')}
          dayName={dayName}
        />
      ) : null}
      {deaths.total > 0 ? (
        <PeopleDigest
          id="deaths"
          title="Deaths"
          noun={['death', 'deaths']}
          digest={deaths}
          allHref={sitePaths.dayKind(month, day, 'deaths')}
          dayName={dayName}
        />
      ) : null}
    </>
  );
}
