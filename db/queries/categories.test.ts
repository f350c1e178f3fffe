import { beforeAll, describe, expect, it } from 'vitest';
import {
  countEventsForCategory,
  getCategoryBySlug,
  listCategoriesWithCounts,
  listCenturiesForCategory,
  listEventsForCategory,
} from './categories';
import { getDbHandle } from '@/db/client';
import { explainStatements, insertCategory, insertEvent } from './test-fixtures';

let births: number;
let empty: number;

beforeAll(() => {
  empty = insertCategory({ slug: 'space', name: 'Space', position: 2 });
  births = insertCategory({ slug: 'births', name: 'Births', position: 1 });
  // 25 public births in 1901..1925 (20th century), 3 in the 1st century BCE, one draft, one trashed, one observance.
  for (let i = 1; i <= 25; i++)
    insertEvent({
      categoryId: births,
      slug: `b-${i}`,
      kind: 'birth',
      year: 1900 + i,
      month: 1 + (i % 12),
      day: 1,
    });
  for (const year of [-100, -44, -1])
    insertEvent({ categoryId: births, slug: `bce-${-year}`, kind: 'birth', year });
  insertEvent({ categoryId: births, slug: 'draft', year: 1950, status: 'draft' });
  insertEvent({ categoryId: births, slug: 'trashed', year: 1950, deletedAt: new Date() });
  insertEvent({ categoryId: births, slug: 'undated', kind: 'observance', year: null });
});

describe('categories', () => {
  it('lists every category in position order with public counts', () => {
    const list = listCategoriesWithCounts();
    expect(list.map((c) => [c.slug, c.eventCount])).toEqual([
      ['births', 29],
      ['space', 0],
    ]);
    expect(list[0]).toMatchObject({ name: 'Births', color: '#1d4ed8' });
  });

  it('keeps the public counts right whatever changes an event: publish, trash, restore, move, delete', () => {
    const { sqlite } = getDbHandle();
    const counts = () =>
      Object.fromEntries(listCategoriesWithCounts().map((c) => [c.slug, c.eventCount]));
    const recount = () =>
      Object.fromEntries(
        sqlite
          .prepare<[], { slug: string; n: number }>(
            `SELECT c.slug, (SELECT count(*) FROM events e WHERE e.category_id = c.id
               AND e.status = 'published' AND e.deleted_at IS NULL) AS n FROM categories c`,
          )
          .all()
          .map((r) => [r.slug, r.n]),
      );
    const set = (assignments: string, slug: string) =>
      sqlite.prepare(`UPDATE events SET ${assignments} WHERE slug = ?`).run(slug);
    const { id } = insertEvent({ categoryId: empty, slug: 'count-me', year: 1961 });
    expect(counts()).toEqual({ births: 29, space: 1 });
    set(`status = 'draft'`, 'count-me');
    expect(counts()).toEqual({ births: 29, space: 0 });
    set(`status = 'published'`, 'count-me');
    set(`deleted_at = unixepoch()`, 'count-me');
    expect(counts()).toEqual({ births: 29, space: 0 });
    set(`deleted_at = NULL`, 'count-me');
    expect(counts()).toEqual({ births: 29, space: 1 });
    set(`category_id = ${births}`, 'count-me');
    expect(counts()).toEqual({ births: 30, space: 0 });
    // A move and an unpublish at once; then a move of an event readers cannot see.
    set(`category_id = ${empty}, status = 'draft'`, 'count-me');
    expect(counts()).toEqual({ births: 29, space: 0 });
    set(`category_id = ${births}`, 'count-me');
    expect(counts()).toEqual({ births: 29, space: 0 });
    set(`status = 'published', title = 'Counted again'`, 'count-me');
    expect(counts()).toEqual({ births: 30, space: 0 });
    sqlite.prepare(`DELETE FROM events WHERE id = ?`).run(id);
    expect(counts()).toEqual({ births: 29, space: 0 });
    expect(counts()).toEqual(recount());
    // Reading the counts never reads the events table (at a million events a count took seconds).
    const plans = explainStatements(() => listCategoriesWithCounts());
    expect(plans.join('\n')).not.toMatch(/\bevents\b/);
  });

  it('finds a category by slug', () => {
    expect(getCategoryBySlug('births')?.id).toBe(births);
    expect(getCategoryBySlug('nope')).toBeNull();
  });

  it('counts per century, undated first, then BCE before CE', () => {
    expect(listCenturiesForCategory(births)).toEqual([
      { century: null, count: 1 },
      { century: -1, count: 3 },
      { century: 20, count: 25 },
    ]);
    expect(listCenturiesForCategory(empty)).toEqual([]);
  });
});

describe('category pagination', () => {
  const page = (n: number, size: number, range?: { from: number; to: number }) =>
    listEventsForCategory({
      categoryId: births,
      order: 'oldest',
      range,
      limit: size,
      offset: (n - 1) * size,
    }).map((e) => e.slug);

  it('splits a century into pages with nothing lost or repeated at the boundaries', () => {
    const range = { from: 1901, to: 2000 };
    expect(countEventsForCategory({ categoryId: births, range })).toBe(25);
    const p1 = page(1, 10, range);
    const p2 = page(2, 10, range);
    const p3 = page(3, 10, range);
    expect(p1).toHaveLength(10);
    expect(p2).toHaveLength(10);
    expect(p3).toHaveLength(5);
    expect(page(4, 10, range)).toEqual([]);
    expect(p1.at(-1)).toBe('b-10');
    expect(p2[0]).toBe('b-11');
    expect(new Set([...p1, ...p2, ...p3]).size).toBe(25);
  });

  it('keeps BCE years inside their century range in historical order', () => {
    expect(page(1, 10, { from: -100, to: -1 })).toEqual(['bce-100', 'bce-44', 'bce-1']);
    expect(countEventsForCategory({ categoryId: births, range: { from: -100, to: -1 } })).toBe(3);
  });

  it('lists newest first with undated events last', () => {
    const newest = listEventsForCategory({
      categoryId: births,
      order: 'newest',
      limit: 100,
      offset: 0,
    }).map((e) => e.slug);
    expect(newest[0]).toBe('b-25');
    expect(newest.at(-2)).toBe('bce-100');
    expect(newest.at(-1)).toBe('undated');
    expect(newest).not.toContain('draft');
    expect(newest).not.toContain('trashed');
    expect(countEventsForCategory({ categoryId: births })).toBe(29);
  });

  it('lists only the undated events for the undated filter', () => {
    expect(
      listEventsForCategory({
        categoryId: births,
        order: 'oldest',
        range: 'undated',
        limit: 10,
        offset: 0,
      }).map((e) => e.slug),
    ).toEqual(['undated']);
  });
});
