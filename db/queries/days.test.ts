import { beforeAll, describe, expect, it } from 'vitest';
import { getDbHandle } from '@/db/client';
import {
  dayEventsQuery,
  getDayNeighbours,
  getDayOverview,
  groupEventsByKind,
  listDayEntriesOfKind,
  listEventsForDay,
  listMoreFromDay,
} from './days';
import { explainStatements, insertCategory, insertEvent } from './test-fixtures';

let categoryId: number;

beforeAll(() => {
  categoryId = insertCategory({
    slug: 'politics-government',
    name: 'Politics & Government',
    color: '#1d4ed8',
  });
  const on = { categoryId, month: 2, day: 1 };
  insertEvent({ ...on, slug: 'uk-recognises-ussr', title: 'UK recognises the USSR', year: 1924 });
  insertEvent({ ...on, slug: 'caesar-44-bce', title: '44 BCE event', year: -44 });
  insertEvent({ ...on, slug: 'event-500-bce', title: '500 BCE event', year: -500 });
  insertEvent({ ...on, slug: 'event-ad-9', title: 'AD 9 event', year: 9 });
  insertEvent({ ...on, slug: 'draft-event', title: 'Draft', year: 1950, status: 'draft' });
  insertEvent({ ...on, slug: 'archived-event', title: 'Archived', year: 1951, status: 'archived' });
  insertEvent({
    ...on,
    slug: 'trashed-event',
    title: 'Trashed',
    year: 1952,
    deletedAt: new Date(),
  });
  insertEvent({
    ...on,
    slug: 'month-precision',
    title: 'Month precision',
    year: 1953,
    precision: 'month',
  });
  insertEvent({ categoryId, slug: 'other-day', title: 'Other day', year: 1924, month: 2, day: 2 });
  insertEvent({
    categoryId,
    slug: 'other-month',
    title: 'Other month',
    year: 1924,
    month: 3,
    day: 1,
  });
  insertEvent({ ...on, slug: 'birth-1', title: 'Someone born', kind: 'birth', year: 1900 });
  insertEvent({ ...on, slug: 'birth-2', title: 'Someone else born', kind: 'birth', year: -20 });
  insertEvent({ ...on, slug: 'death-1', title: 'Someone died', kind: 'death', year: 1800 });
  insertEvent({ ...on, slug: 'holiday', title: 'A holiday', kind: 'observance', year: null });
  insertEvent({ ...on, slug: 'featured', title: 'Featured event', year: 1933, featured: true });
});

describe('listEventsForDay', () => {
  it('returns only published, non-deleted, day-precision rows of that month/day, in year order with BCE first', () => {
    const list = listEventsForDay({ month: 2, day: 1 });
    expect(list.map((e) => e.slug)).toEqual([
      'holiday',
      'event-500-bce',
      'caesar-44-bce',
      'birth-2',
      'event-ad-9',
      'death-1',
      'birth-1',
      'uk-recognises-ussr',
      'featured',
    ]);
  });

  it('returns plain JSON cards with their category', () => {
    const card = listEventsForDay({ month: 2, day: 1 }).find(
      (e) => e.slug === 'uk-recognises-ussr',
    );
    expect(card).toMatchObject({
      title: 'UK recognises the USSR',
      year: 1924,
      month: 2,
      day: 1,
      precision: 'day',
      circa: false,
      calendar: 'gregorian',
      kind: 'event',
      category: { slug: 'politics-government', name: 'Politics & Government', color: '#1d4ed8' },
    });
    expect(JSON.parse(JSON.stringify(card))).toEqual(card);
  });

  it('is served by events_day_idx without a sort step', () => {
    const { sql, params } = dayEventsQuery({ month: 2, day: 1 }).toSQL();
    const plan = getDbHandle()
      .sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`)
      .all(...(params as unknown[])) as { detail: string }[];
    const details = plan.map((p) => p.detail).join('\n');
    expect(details).toMatch(/SEARCH events USING INDEX events_day_idx/);
    expect(details).not.toMatch(/TEMP B-TREE/);
  });
});

describe('grouping by kind', () => {
  it('splits a day into events, births, deaths and observances, each still in year order', () => {
    const groups = groupEventsByKind(listEventsForDay({ month: 2, day: 1 }));
    expect(groups.event.map((e) => e.slug)).toEqual([
      'event-500-bce',
      'caesar-44-bce',
      'event-ad-9',
      'uk-recognises-ussr',
      'featured',
    ]);
    expect(groups.birth.map((e) => e.slug)).toEqual(['birth-2', 'birth-1']);
    expect(groups.death.map((e) => e.slug)).toEqual(['death-1']);
    expect(groups.observance.map((e) => e.slug)).toEqual(['holiday']);
  });

  it('puts the selected anniversaries first, featured leading, and digests births and deaths by century', () => {
    const day = getDayOverview({ month: 2, day: 1, year: 2026 });
    // Half of the day's 8 dated entries: the featured one, then newest first.
    expect(day.selected.map((e) => e.slug)).toEqual([
      'featured',
      'uk-recognises-ussr',
      'birth-1',
      'event-ad-9',
    ]);
    const shown = new Set(day.selected.map((e) => e.slug));
    expect(day.events.map((e) => e.slug)).toEqual(['event-500-bce', 'caesar-44-bce']);
    expect(day.births.total).toBe(2);
    expect(day.births.centuries).toEqual([
      { century: -1, count: 1 },
      { century: 19, count: 1 },
    ]);
    // Counted, but not highlighted twice on one page.
    expect(day.births.highlights.map((e) => e.slug)).toEqual(['birth-2']);
    expect(day.deaths.centuries).toEqual([{ century: 18, count: 1 }]);
    expect(day.observances.map((e) => e.slug)).toEqual(['holiday']);
    expect(shown.has('holiday')).toBe(false);
  });

  it('lists every birth of a day for the sub-page', () => {
    expect(listDayEntriesOfKind({ month: 2, day: 1, kind: 'birth' }).map((e) => e.slug)).toEqual([
      'birth-2',
      'birth-1',
    ]);
  });
});

describe('listMoreFromDay', () => {
  it('lists other public events of the day, featured first, excluding the event itself and births', () => {
    const uk = listEventsForDay({ month: 2, day: 1 }).find((e) => e.slug === 'uk-recognises-ussr');
    const more = listMoreFromDay({ month: 2, day: 1, excludeId: uk!.id, limit: 3 });
    expect(more.map((e) => e.slug)).toEqual(['featured', 'event-ad-9', 'caesar-44-bce']);
  });
});

describe('days with births (or deaths), for the births and deaths pages', () => {
  beforeAll(() => {
    const born = (
      month: number,
      day: number,
      extra: Parameters<typeof insertEvent>[0] | object = {},
    ) => insertEvent({ categoryId, kind: 'birth', year: 1950, month, day, ...extra });
    born(7, 4);
    born(12, 31);
    born(6, 15, { status: 'draft' });
    born(3, 10, { precision: 'month' });
    born(5, 5, { deletedAt: new Date() });
  });

  it('links to the nearest days that have some, round the year, never to an empty one', () => {
    const feb1 = { month: 2, day: 1 };
    expect(getDayNeighbours({ ...feb1, kind: 'birth' })).toEqual({
      previous: { month: 12, day: 31 },
      next: { month: 7, day: 4 },
    });
    expect(getDayNeighbours({ month: 7, day: 4, kind: 'birth' })).toEqual({
      previous: feb1,
      next: { month: 12, day: 31 },
    });
    expect(getDayNeighbours({ month: 12, day: 31, kind: 'birth' })).toEqual({
      previous: { month: 7, day: 4 },
      next: feb1,
    });
    // From a day without births (drafts, month-precision and trashed births do not count).
    expect(getDayNeighbours({ month: 6, day: 15, kind: 'birth' })).toEqual({
      previous: feb1,
      next: { month: 7, day: 4 },
    });
    // Deaths only on 1 February: nowhere else to go.
    expect(getDayNeighbours({ ...feb1, kind: 'death' })).toEqual({ previous: null, next: null });
  });

  it('walks events_day_idx and sorts nothing', () => {
    const plans = explainStatements(() => getDayNeighbours({ month: 2, day: 1, kind: 'birth' }));
    expect(plans.length).toBeGreaterThanOrEqual(2);
    for (const plan of plans) {
      expect(plan).toMatch(/SEARCH events USING INDEX events_day_idx/);
      expect(plan).not.toMatch(/TEMP B-TREE/);
    }
  });
});
