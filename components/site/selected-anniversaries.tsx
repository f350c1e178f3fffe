import type { SelectedEntry } from '@/db/store';
import { shortTitle, textAfterShortTitle } from '@/lib/events/short-title';
import { sitePaths } from '@/lib/site-urls';
import { catStyle, CategoryChip } from './category-chip';
import { formatCount, yearLabel } from './format';

const KIND_WORD = { birth: 'Born', death: 'Died' } as const;

/** "100 years ago", "2,050 years ago". */
export function anniversaryLabel(years: number): string {
  return `${formatCount(years)} years ago`;
}

/**
 * A day's selected anniversaries (lib/events/selected.ts): the first block of a day page, as cards
 * with the year, "Born"/"Died" for a birth or death, and how many years ago when it is a round
 * anniversary this year.
 */
export function SelectedAnniversaries({
  id,
  items,
  year,
}: {
  id: string;
  items: SelectedEntry[];
  year: number;
}) {
  const round = items.some((e) => e.anniversary !== null);
  return (
    <section aria-labelledby={id} className="mb-12">
      <h2 id={id} className="section-title">
        Selected anniversaries
      </h2>
      <p className="-mt-2 mb-4 text-sm text-muted">
        Chosen from the day’s best-known entries and its round anniversaries in {year}
        {round ? ', marked with how many years ago' : ''}.
      </p>
      <ol className="cards selected" aria-labelledby={id}>
        {items.map((e) => {
          // The short title, and under it what it left out, then the summary (as EventCards).
          const title = shortTitle(e.title);
          const text = textAfterShortTitle(e);
          return (
            <li key={e.id} className="card" style={catStyle(e.category.color)}>
              <p className="date">
                <strong>{yearLabel(e)}</strong>
                {e.kind === 'birth' || e.kind === 'death' ? ` · ${KIND_WORD[e.kind]}` : null}
                {e.anniversary !== null ? (
                  <span className="anniversary">{anniversaryLabel(e.anniversary)}</span>
                ) : null}
              </p>
              <h3 className={title.length > 90 ? 'title long' : 'title'}>
                <a href={sitePaths.event(e.slug)}>{title}</a>
              </h3>
              {text ? <p className="summary">{text}</p> : null}
              <CategoryChip category={e.category} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
