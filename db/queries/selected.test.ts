import { beforeAll, describe, expect, it } from 'vitest';
import { getDbHandle } from '@/db/client';
import { listSelectedForDay } from './selected';
import { explainStatements, insertCategory, insertEvent } from './test-fixtures';

const imported = {
  source: 'muffinlabs',
  sourceUrl: 'https://en.wikipedia.org/wiki/March_3',
  license: 'CC BY-SA 4.0',
};
const setNotability = (id: number, n: number) =>
  getDbHandle().sqlite.prepare(`UPDATE events SET notability = ? WHERE id = ?`).run(n, id);

let ids: Record<string, number>;

beforeAll(() => {
  const politics = insertCategory({ slug: 'politics-government', name: 'Politics & Government' });
  const science = insertCategory({ slug: 'science-technology', name: 'Science & Technology' });
  const war = insertCategory({ slug: 'military-warfare', name: 'Military & Warfare' });
  const births = insertCategory({ slug: 'births', name: 'Births' });
  const deaths = insertCategory({ slug: 'deaths', name: 'Deaths' });
  const holidays = insertCategory({ slug: 'holidays-observances', name: 'Holidays' });
  const on = { month: 3, day: 3, ...imported };
  const cats = [politics, science, war];
  // A day of imported one-liners, 1941–1990, nothing known about them.
  for (let i = 0; i < 50; i++) {
    insertEvent({
      ...on,
      categoryId: cats[i % 3]!,
      slug: `plain-${1941 + i}`,
      title: `Something in ${1941 + i}`,
      summary: `Something happened in ${1941 + i}.`,
      year: 1941 + i,
    });
  }
  const one = (slug: string, values: Partial<Parameters<typeof insertEvent>[0]>) =>
    insertEvent({
      ...on,
      categoryId: politics,
      slug,
      title: slug,
      summary: `${slug}.`,
      ...values,
    }).id;
  ids = {
    famous: one('famous', { year: 1969, categoryId: science }),
    keptOut: one('kept-out', { year: 1945, selectable: false }),
    featured: one('featured', { year: 1500, featured: true, selectable: false }),
    centenary: one('centenary', { year: 1926, categoryId: war }),
    bicentenary: one('bicentenary', { year: 1826 }),
    birth: one('a-birth', { year: 1876, kind: 'birth', categoryId: births }),
    death: one('a-death', { year: 1751, kind: 'death', categoryId: deaths }),
    observance: one('an-observance', {
      year: null,
      kind: 'observance',
      categoryId: holidays,
      featured: true,
    }),
    draft: one('a-draft', { year: 1976, status: 'draft' }),
    monthOnly: one('month-only', { year: 1976, precision: 'month' }),
    otherDay: one('other-day', { year: 1926, day: 4 }),
  };
  setNotability(ids.famous!, 100);
  setNotability(ids.keptOut!, 500);
  setNotability(ids.draft!, 1000);
  setNotability(ids.monthOnly!, 1000);
  setNotability(ids.otherDay!, 1000);
});

describe('listSelectedForDay', () => {
  it('lists the featured entry first, the best-known and the round anniversaries, as cards', () => {
    const list = listSelectedForDay({ month: 3, day: 3, year: 2026 });
    expect(list).toHaveLength(8);
    expect(list[0]).toMatchObject({ id: ids.featured, slug: 'featured', anniversary: null });
    const chosen = list.map((e) => e.id);
    expect(chosen).toContain(ids.famous);
    expect(list.find((e) => e.id === ids.centenary)).toMatchObject({
      anniversary: 100,
      title: 'centenary',
      category: { slug: 'military-warfare' },
    });
    // After the featured entry, newest first: at most 2 of one century or one category while
    // the day has others (the 20th century's third and fourth come last, when nothing else is left).
    expect(list.map((e) => [e.year, e.anniversary])).toEqual([
      [1500, null],
      [1976, 50],
      [1969, null],
      [1951, 75],
      [1926, 100],
      [1876, 150],
      [1826, 200],
      [1751, null],
    ]);
    expect(list.find((e) => e.year === 1876)).toMatchObject({ kind: 'birth', id: ids.birth });
    expect(JSON.parse(JSON.stringify(list))).toEqual(list);
  });

  it('never chooses an entry kept out, an observance, or what readers may not see', () => {
    const chosen = listSelectedForDay({ month: 3, day: 3, year: 2026 }).map((e) => e.id);
    for (const name of ['keptOut', 'observance', 'draft', 'monthOnly', 'otherDay'])
      expect(chosen, name).not.toContain(ids[name]);
  });

  it('follows the year it is shown in: other years, other anniversaries', () => {
    const list = listSelectedForDay({ month: 3, day: 3, year: 2051 });
    const anniversaries = new Map(list.map((e) => [e.year, e.anniversary]));
    expect(anniversaries.get(1951)).toBe(100);
    expect(anniversaries.get(1976)).toBe(75);
    expect(anniversaries.get(1751)).toBe(300);
    expect(anniversaries.get(1926) ?? null).toBeNull();
  });

  it('reads its candidates from the day’s notability index, not the whole table', () => {
    const plans = explainStatements(() => listSelectedForDay({ month: 3, day: 3, year: 2026 }));
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatch(/SEARCH events USING INDEX events_public_day_notability_idx/);
    expect(plans[0]).not.toMatch(/SCAN events(?! USING)/);
  });
});
