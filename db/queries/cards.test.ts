import { describe, expect, it } from 'vitest';
import { cardSummary, cardText, lineDetail, truncateText } from './cards';
import { pickHighlights } from './digest';
import type { EventCard } from './cards';

describe('card text', () => {
  it('drops a summary that only repeats the title (imported one-liners)', () => {
    expect(
      cardSummary(
        'Vandal king Huneric holds a conference',
        'Vandal king Huneric holds a conference.',
      ),
    ).toBe('');
    expect(cardSummary('A', 'Something else.')).toBe('Something else.');
  });

  it('uses the whole text as the title when the imported title was cut short', () => {
    const text =
      'After the death of Anastasius II, Symmachus is elected Pope in the Lateran Palace, while Laurentius is elected Pope in Santa Maria Maggiore.';
    expect(
      cardText(
        'After the death of Anastasius II, Symmachus is elected Pope in the Lateran Palace, while Laurentius is…',
        text,
      ),
    ).toEqual({
      title: text.slice(0, -1),
      summary: '',
    });
    expect(
      cardText('UK recognises the USSR', 'Ramsay MacDonald’s government recognised it.'),
    ).toEqual({
      title: 'UK recognises the USSR',
      summary: 'Ramsay MacDonald’s government recognised it.',
    });
  });

  it('shows what follows the name for an imported birth card', () => {
    expect(cardText('Theresa Villiers', 'Theresa Villiers, English lawyer and politician')).toEqual(
      {
        title: 'Theresa Villiers',
        summary: 'English lawyer and politician',
      },
    );
  });

  it('shows the rest of an imported birth line after the name', () => {
    expect(lineDetail('Hermann Hesse', 'Hermann Hesse, German-Swiss author (d. 1962)')).toBe(
      ', German-Swiss author (d. 1962)',
    );
    expect(lineDetail('Hermann Hesse', 'Hermann Hesse')).toBe('');
    expect(lineDetail('Henry II, Duke of Brabant', 'Henry II, Duke of Brabant (b. 1207)')).toBe(
      ' (b. 1207)',
    );
    expect(lineDetail('Rome', 'A city founded.')).toBe(' — A city founded.');
  });

  it('cuts long text at a word boundary', () => {
    expect(truncateText('one two three four', 10)).toBe('one two…');
    expect(truncateText('short', 10)).toBe('short');
  });
});

describe('pickHighlights', () => {
  const card = (
    id: number,
    year: number,
    extra: Partial<EventCard & { notability: number }> = {},
  ): EventCard & { notability: number } => ({
    id,
    slug: `e${id}`,
    kind: 'birth',
    title: `E${id}`,
    summary: '',
    year,
    month: 1,
    day: 1,
    precision: 'day',
    circa: false,
    calendar: 'gregorian',
    featured: false,
    imported: true,
    notability: 0,
    category: { slug: 'births', name: 'Births', color: '#000' },
    ...extra,
  });

  it('takes featured entries first, then the best known, a third at most from one century, in year order', () => {
    const items = [
      card(1, 1500, { notability: 0.7 }),
      card(2, 1650, { notability: 0.2 }),
      card(3, 1801, { notability: 1.1 }),
      card(4, 1901, { notability: 3.9 }),
      card(5, 1950, { featured: true }),
      card(6, 1990, { notability: 3.5 }),
      card(7, 1999, { notability: 2.5 }),
    ];
    const picked = pickHighlights(items, {
      groupOf: (i) => Math.ceil((i.year ?? 0) / 100),
      count: 4,
    }).map((e) => e.id);
    // Featured 5, then 4 (the 20th century has its two of four), then 3 and 1 rather than 6 and 7.
    expect(picked).toEqual([1, 3, 4, 5]);
  });

  it('fills the list from one century when the day has nothing else', () => {
    const items = [1901, 1920, 1950, 1990].map((year, i) => card(i + 1, year, { notability: i }));
    const picked = pickHighlights(items, { groupOf: () => 20, count: 3 }).map((e) => e.id);
    expect(picked).toEqual([2, 3, 4]);
  });
});
