import type { EventCard, EventLine } from '@/db/store';
import type { YearMonthDay } from '@/lib/dates';
import { formatMonthDay, MONTH_NAMES } from '@/lib/dates';
import { shortTitle, textAfterShortTitle } from '@/lib/events/short-title';
import { sitePaths } from '@/lib/site-urls';
import { catStyle, CategoryChip } from './category-chip';
import { dateLabel, shortAgoLabel, yearLabel } from './format';
import { TitleLink } from './title-link';

type When = 'year' | 'monthDay' | 'date';

function whenLabel(e: EventLine | EventCard, when: When): string {
  if (when === 'year') return yearLabel(e);
  if (when === 'date') return dateLabel(e, 'short') || 'Every year';
  if (e.month === null) return 'Year';
  if (e.day === null || e.precision !== 'day') return MONTH_NAMES[e.month - 1]?.slice(0, 3) ?? '';
  return formatMonthDay(e.month, e.day).replace(/ (\w{3})\w*$/, ' $1');
}

/**
 * A day's (or a year's) events as a timeline: the year (or day) in a left column, the event (its
 * whole title, the short form of it the link: see TitleLink), its
 * category and (optionally) how long ago. Plain server-rendered markup, no client code. This list is
 * the bulk of a day page's HTML and RSC payload, so each item carries only what a reader scans for.
 */
export function EventTimeline({
  items,
  today,
  when = 'year',
  showCategory = true,
  showAgo = false,
}: {
  items: EventCard[];
  today: YearMonthDay;
  when?: When;
  showCategory?: boolean;
  showAgo?: boolean;
}) {
  return (
    <ol className={when === 'date' ? 'timeline dates' : 'timeline'}>
      {items.map((e) => {
        const ago = showAgo ? shortAgoLabel(e, today) : null;
        return (
          <li key={e.id}>
            <span className="when">{whenLabel(e, when)}</span>
            <TitleLink slug={e.slug} title={e.title} />
            {e.summary ? <p>{e.summary}</p> : null}
            <div className="meta">
              {showCategory ? <CategoryChip category={e.category} /> : null}
              {ago}
            </div>
          </li>
        );
      })}
    </ol>
  );
}

/** Compact one-line entries (births, deaths): "1877  Hermann Hesse, German author (d. 1962)". */
export function EntryLines({ items, when = 'year' }: { items: EventLine[]; when?: When }) {
  return (
    <ol className="lines">
      {items.map((e) => (
        <li key={e.id}>
          <span className="when">{whenLabel(e, when)}</span>
          <span>
            <a href={sitePaths.event(e.slug)}>{e.title}</a>
            {e.detail ? <span className="rest">{e.detail}</span> : null}
          </span>
        </li>
      ))}
    </ol>
  );
}

/** Event cards with their full date: featured events, related events, browse pages. */
export function EventCards({
  items,
  today,
  featured = false,
  headingLevel = 3,
  label,
}: {
  items: (EventCard & { note?: string })[];
  today: YearMonthDay;
  featured?: boolean;
  headingLevel?: 2 | 3 | 4;
  label?: string;
}) {
  const Heading = `h${headingLevel}` as 'h2' | 'h3' | 'h4';
  return (
    <ul className={featured ? 'cards featured' : 'cards'} aria-label={label}>
      {items.map((e) => {
        const date = dateLabel(e);
        const ago = shortAgoLabel(e, today);
        const title = shortTitle(e.title);
        const text = textAfterShortTitle(e);
        return (
          <li key={e.id} className="card" style={catStyle(e.category.color)}>
            <p className="date">
              {date ? <strong>{date}</strong> : <strong>Every year</strong>}
              {ago ? ` · ${ago}` : null}
              {e.note ? ` · ${e.note}` : null}
            </p>
            <Heading className={title.length > 90 ? 'title long' : 'title'}>
              <a href={sitePaths.event(e.slug)}>{title}</a>
            </Heading>
            {text ? <p className="summary">{text}</p> : null}
            <CategoryChip category={e.category} />
          </li>
        );
      })}
    </ul>
  );
}
