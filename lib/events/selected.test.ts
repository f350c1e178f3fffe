import { describe, expect, it } from 'vitest';
import {
  isRoundAnniversary,
  pickSelected,
  roundAnniversary,
  roundAnniversaryYears,
  SELECTED_MAX,
  type SelectionCandidate,
} from './selected';

let nextId = 1;
function entry(over: Partial<SelectionCandidate> & { year: number | null }): SelectionCandidate {
  return {
    id: nextId++,
    kind: 'event',
    category: 'politics',
    featured: false,
    selectable: true,
    notability: 0,
    imported: true,
    ...over,
  };
}

const ids = (picks: { entry: SelectionCandidate }[]) => picks.map((p) => p.entry.id);
const years = (picks: { entry: SelectionCandidate }[]) => picks.map((p) => p.entry.year);

describe('round anniversaries', () => {
  it('are 25, 50, 75 and 100 years, then every 50', () => {
    const round = Array.from({ length: 1000 }, (_, i) => i + 1).filter(isRoundAnniversary);
    expect(round.slice(0, 8)).toEqual([25, 50, 75, 100, 150, 200, 250, 300]);
    expect(round).not.toContain(125);
    expect(round).toContain(1000);
    expect(isRoundAnniversary(10)).toBe(false);
  });

  it('count the years without a year 0', () => {
    expect(roundAnniversary(1926, 2026)).toBe(100);
    expect(roundAnniversary(1927, 2026)).toBeNull();
    expect(roundAnniversary(1776, 2026)).toBe(250);
    // 1 BCE to 1 CE is one year: 24 BCE to 2026 is 2,049 years, 25 BCE to 2026 is 2,050.
    expect(roundAnniversary(-25, 2026)).toBe(2050);
    expect(roundAnniversary(-24, 2026)).toBeNull();
    expect(roundAnniversary(null, 2026)).toBeNull();
    expect(roundAnniversary(2030, 2026)).toBeNull();
  });

  it('lists the years that have one, newest first, across the era', () => {
    const list = roundAnniversaryYears(2026, -100);
    expect(list.slice(0, 6)).toEqual([2001, 1976, 1951, 1926, 1876, 1826]);
    expect(list).toContain(26);
    expect(list).toContain(-25);
    expect(list).not.toContain(0);
    expect(list.every((y) => roundAnniversary(y, 2026) !== null)).toBe(true);
  });
});

describe('pickSelected', () => {
  it('puts featured entries first, then the best-known, and never an entry kept out', () => {
    const famous = entry({ year: 1969, notability: 90, category: 'space' });
    const keptOut = entry({ year: 1945, notability: 100, selectable: false, category: 'war' });
    const featured = entry({ year: 1800, featured: true, selectable: false });
    const filler = Array.from({ length: 20 }, (_, i) =>
      entry({ year: 1000 + i * 50, notability: 1, category: `c${i}` }),
    );
    const picks = pickSelected([famous, keptOut, ...filler, featured], { year: 2027 });
    expect(picks).toHaveLength(8);
    expect(picks[0]?.entry).toBe(featured);
    expect(ids(picks)).toContain(famous.id);
    expect(ids(picks)).not.toContain(keptOut.id);
  });

  it('gives a round anniversary a bonus over a slightly better-known entry', () => {
    const better = entry({ year: 1927, notability: 10, category: 'a' });
    const centenary = entry({ year: 1926, notability: 8, category: 'b' });
    const plain = entry({ year: 1931, notability: 9, category: 'c' });
    const picks = pickSelected([better, centenary, plain], { year: 2026, size: 1 });
    expect(ids(picks)).toEqual([centenary.id]);
    expect(picks[0]?.anniversary).toBe(100);
    // A year later, 1926 is 101 years ago: the better-known entry wins.
    expect(ids(pickSelected([better, centenary, plain], { year: 2027, size: 1 }))).toEqual([
      better.id,
    ]);
  });

  it('chooses sensibly when nothing has a notability yet: round anniversaries across centuries', () => {
    const day = [
      ...Array.from({ length: 30 }, (_, i) => entry({ year: 1971 + i, category: `k${i % 5}` })),
      entry({ year: 1976, category: 'k0' }),
      entry({ year: 1926, category: 'k1' }),
      entry({ year: 1876, category: 'k2' }),
      entry({ year: 1776, category: 'k3' }),
      entry({ year: 1526, category: 'k4' }),
    ];
    const picks = pickSelected(day, { year: 2026 });
    expect(picks).toHaveLength(8);
    const anniversaries = picks.map((p) => p.anniversary).filter((a) => a !== null);
    expect(anniversaries).toEqual(expect.arrayContaining([50, 100, 150, 250, 500]));
    expect(years(picks)).toEqual([...years(picks)].sort((a, b) => b! - a!));
  });

  it('takes no more than 2 from one century or one category while others are there', () => {
    const modern = Array.from({ length: 12 }, (_, i) =>
      entry({ year: 1950 + i, notability: 100 - i, category: `m${i % 6}` }),
    );
    const politics = Array.from({ length: 6 }, (_, i) =>
      entry({ year: 1100 + i * 100, notability: 50 - i, category: 'politics' }),
    );
    const older = Array.from({ length: 6 }, (_, i) =>
      entry({ year: 1010 + i * 100, notability: 5, category: `o${i}` }),
    );
    const picks = pickSelected([...modern, ...politics, ...older], { year: 2030 });
    expect(picks).toHaveLength(8);
    const countBy = (key: (c: SelectionCandidate) => string) => {
      const m = new Map<string, number>();
      for (const p of picks) m.set(key(p.entry), (m.get(key(p.entry)) ?? 0) + 1);
      return Math.max(...m.values());
    };
    expect(countBy((c) => String(Math.ceil(c.year! / 100)))).toBeLessThanOrEqual(2);
    expect(countBy((c) => c.category)).toBeLessThanOrEqual(2);
  });

  it('relaxes the limits rather than leave the list short when the day has no alternative', () => {
    const sameCentury = Array.from({ length: 20 }, (_, i) =>
      entry({ year: 1901 + i, category: 'politics' }),
    );
    expect(pickSelected(sameCentury, { year: 2026 })).toHaveLength(8);
  });

  it('includes births and deaths, but mostly events', () => {
    const births = Array.from({ length: 10 }, (_, i) =>
      entry({ year: 1800 + i * 10, kind: 'birth', category: 'births', notability: 100 }),
    );
    const deaths = Array.from({ length: 10 }, (_, i) =>
      entry({ year: 1805 + i * 10, kind: 'death', category: 'deaths', notability: 100 }),
    );
    const events = Array.from({ length: 10 }, (_, i) =>
      entry({ year: 1000 + i * 100, category: `e${i}`, notability: 10 }),
    );
    const picks = pickSelected([...births, ...deaths, ...events], { year: 2026 });
    const kinds = picks.map((p) => p.entry.kind);
    expect(kinds.filter((k) => k === 'event')).toHaveLength(5);
    expect(kinds.filter((k) => k !== 'event')).toHaveLength(3);
    expect(kinds).toContain('birth');
    expect(kinds).toContain('death');
  });

  it('leaves out observances and undated entries, and keeps half of a sparse day for its other blocks', () => {
    const observance = entry({ year: null, kind: 'observance', category: 'holidays' });
    const few = Array.from({ length: 5 }, (_, i) => entry({ year: 1900 + i * 10 }));
    const picks = pickSelected([observance, ...few], { year: 2026 });
    expect(picks).toHaveLength(3);
    expect(ids(picks)).not.toContain(observance.id);
    expect(pickSelected([observance], { year: 2026 })).toEqual([]);
  });

  it('prefers what editors wrote to an imported one-liner of the same standing', () => {
    const imported = entry({ year: 1924, category: 'a' });
    const written = entry({ year: 1923, category: 'b', imported: false });
    expect(ids(pickSelected([imported, written], { year: 2026, size: 1 }))).toEqual([written.id]);
  });

  it('keeps every featured entry, up to the maximum', () => {
    const featured = Array.from({ length: 12 }, (_, i) =>
      entry({ year: 1900 + i, featured: true, category: 'politics' }),
    );
    const picks = pickSelected([...featured, entry({ year: 1500 })], { year: 2026 });
    expect(picks).toHaveLength(SELECTED_MAX);
    expect(picks.every((p) => p.entry.featured)).toBe(true);
  });

  it('ignores a candidate read twice', () => {
    const a = entry({ year: 1926 });
    const b = entry({ year: 1800 });
    expect(ids(pickSelected([a, a, b, b], { year: 2026, size: 8 }))).toEqual([a.id, b.id]);
  });
});
