import { beforeAll, describe, expect, it } from 'vitest';
import {
  getYearNeighbours,
  getYearOverview,
  listEventsForYear,
  listYearCounts,
  listYearEntriesOfKind,
} from './years';
import { explainStatements, insertCategory, insertEvent } from './test-fixtures';

beforeAll(() => {
  const categoryId = insertCategory();
  insertEvent({
    categoryId,
    slug: 'ides-of-march',
    title: 'Assassination of Julius Caesar',
    year: -44,
    month: 3,
    day: 15,
    calendar: 'julian',
  });
  insertEvent({
    categoryId,
    slug: 'year-only',
    title: 'Sometime in 44 BCE',
    year: -44,
    month: null,
    day: null,
    precision: 'year',
  });
  insertEvent({
    categoryId,
    slug: 'early-44',
    title: 'January 44 BCE',
    year: -44,
    month: 1,
    day: 10,
  });
  insertEvent({
    categoryId,
    slug: 'born-44',
    title: 'Born in 44 BCE',
    kind: 'birth',
    year: -44,
    month: 6,
    day: 2,
  });
  insertEvent({
    categoryId,
    slug: 'died-44',
    title: 'Died in 44 BCE',
    kind: 'death',
    year: -44,
    month: 3,
    day: 15,
  });
  insertEvent({ categoryId, slug: 'ad-44', title: 'AD 44', year: 44, month: 3, day: 15 });
  insertEvent({
    categoryId,
    slug: 'draft-44',
    title: 'Draft',
    year: -44,
    month: 4,
    day: 1,
    status: 'draft',
  });
});

describe('listEventsForYear', () => {
  it('lists a BCE year by month and day, year-only dates first, never the CE year of the same number', () => {
    expect(listEventsForYear(-44).map((e) => e.slug)).toEqual([
      'year-only',
      'early-44',
      'ides-of-march',
      'died-44',
      'born-44',
    ]);
    expect(listEventsForYear(44).map((e) => e.slug)).toEqual(['ad-44']);
  });

  it('splits the year into events, births and deaths', () => {
    const year = getYearOverview(-44);
    expect(year.events.map((e) => e.slug)).toEqual(['year-only', 'early-44', 'ides-of-march']);
    expect(year.births).toMatchObject({ total: 1, months: [{ month: 6, count: 1 }] });
    expect(year.deaths.highlights.map((e) => e.slug)).toEqual(['died-44']);
    expect(listYearEntriesOfKind({ year: -44, kind: 'birth' }).map((e) => e.slug)).toEqual([
      'born-44',
    ]);
  });

  it('returns nothing for a year without events', () => {
    expect(getYearOverview(-45)).toMatchObject({
      events: [],
      births: { total: 0 },
      deaths: { total: 0 },
    });
  });
});

describe('years with something published', () => {
  beforeAll(() => {
    const categoryId = insertCategory();
    // Around 44 BCE / AD 44 above: 1 BCE is followed by AD 1, with no year 0 between.
    insertEvent({ categoryId, slug: 'one-bce', year: -1 });
    insertEvent({ categoryId, slug: 'ad-one', year: 1, kind: 'birth' });
    insertEvent({ categoryId, slug: 'draft-300', year: 300, status: 'draft' });
    insertEvent({ categoryId, slug: 'trashed-400', year: 400, deletedAt: new Date() });
    insertEvent({ categoryId, slug: 'year-500', year: 500 });
    insertEvent({ categoryId, slug: 'death-500', year: 500, kind: 'death' });
    insertEvent({ categoryId, slug: 'undated-holiday', year: null, kind: 'observance' });
  });

  it('counts public entries per year, oldest first, leaving out drafts, the trash and undated entries', () => {
    expect(listYearCounts()).toEqual([
      { year: -44, count: 5 },
      { year: -1, count: 1 },
      { year: 1, count: 1 },
      { year: 44, count: 1 },
      { year: 500, count: 2 },
    ]);
    expect(listYearCounts({ from: -100, to: -1 })).toEqual([
      { year: -44, count: 5 },
      { year: -1, count: 1 },
    ]);
  });

  it('links a year to the nearest years that have something, skipping empty, draft-only and trashed ones', () => {
    expect(getYearNeighbours({ year: 44 })).toEqual({ previous: 1, next: 500 });
    expect(getYearNeighbours({ year: 300 })).toEqual({ previous: 44, next: 500 });
    expect(getYearNeighbours({ year: 1 })).toEqual({ previous: -1, next: 44 });
    expect(getYearNeighbours({ year: -44 })).toEqual({ previous: null, next: -1 });
    expect(getYearNeighbours({ year: 500 })).toEqual({ previous: 44, next: null });
    expect(getYearNeighbours({ year: -9999 })).toEqual({ previous: null, next: -44 });
    expect(getYearNeighbours({ year: 9999 })).toEqual({ previous: 500, next: null });
  });

  it('links births and deaths pages to the nearest years with births (or deaths)', () => {
    expect(getYearNeighbours({ year: -44, kind: 'birth' })).toEqual({ previous: null, next: 1 });
    expect(getYearNeighbours({ year: 1, kind: 'birth' })).toEqual({ previous: -44, next: null });
    expect(getYearNeighbours({ year: -44, kind: 'death' })).toEqual({ previous: null, next: 500 });
  });

  it('answers from indexes, never sorting the published events', () => {
    const plans = explainStatements(() => {
      listYearCounts();
      listYearCounts({ from: 1901, to: 2000 });
      getYearNeighbours({ year: 1924 });
      getYearNeighbours({ year: 1924, kind: 'birth' });
    });
    expect(plans).toHaveLength(6);
    for (const plan of plans) expect(plan).not.toMatch(/TEMP B-TREE|SCAN events/);
    expect(plans.slice(0, 4).join('\n')).not.toMatch(/events_kind_year_idx/);
    for (const plan of plans.slice(0, 4))
      expect(plan).toMatch(/USING INDEX events_public_year_idx/);
    for (const plan of plans.slice(4)) expect(plan).toMatch(/USING INDEX events_kind_year_idx/);
  });
});
