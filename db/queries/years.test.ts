import { beforeAll, describe, expect, it } from 'vitest';
import { getYearOverview, listEventsForYear, listYearEntriesOfKind } from './years';
import { insertCategory, insertEvent } from './test-fixtures';

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
