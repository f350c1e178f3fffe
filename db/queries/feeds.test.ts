import { beforeAll, describe, expect, it } from 'vitest';
import {
  getEventPublishedAt,
  listCategoryAnniversaryEvents,
  listCategoryFeedEvents,
  listDayFeedEvents,
} from './feeds';
import { insertCategory, insertEvent } from './test-fixtures';

let politics: number;
let births: number;
const ids: Record<string, number> = {};

beforeAll(() => {
  politics = insertCategory({ slug: 'politics', name: 'Politics' });
  births = insertCategory({ slug: 'births', name: 'Births' });
  const feb1 = { categoryId: politics, month: 2, day: 1 };
  const at = (iso: string) => new Date(iso);
  ids.uk = insertEvent({
    ...feb1,
    slug: 'uk',
    year: 1924,
    publishedAt: at('2025-01-01T00:00:00Z'),
  }).id;
  ids.rome = insertEvent({
    ...feb1,
    slug: 'rome',
    year: -44,
    publishedAt: at('2025-01-03T00:00:00Z'),
  }).id;
  ids.featured = insertEvent({
    ...feb1,
    slug: 'featured',
    year: 1990,
    featured: true,
    publishedAt: at('2025-01-02T00:00:00Z'),
  }).id;
  ids.observance = insertEvent({
    ...feb1,
    slug: 'observance',
    kind: 'observance',
    year: null,
    publishedAt: at('2024-12-01T00:00:00Z'),
  }).id;
  ids.birth = insertEvent({
    categoryId: births,
    month: 2,
    day: 1,
    slug: 'birth',
    kind: 'birth',
    year: 1900,
  }).id;
  ids.draft = insertEvent({ ...feb1, slug: 'draft', status: 'draft' }).id;
  ids.trashed = insertEvent({ ...feb1, slug: 'trashed', deletedAt: new Date() }).id;
  ids.monthOnly = insertEvent({
    categoryId: politics,
    slug: 'month-only',
    precision: 'month',
    month: 2,
    day: null,
    publishedAt: at('2025-01-04T00:00:00Z'),
  }).id;
  ids.otherDay = insertEvent({
    categoryId: politics,
    slug: 'other-day',
    month: 8,
    day: 4,
    year: 1914,
    publishedAt: at('2024-11-01T00:00:00Z'),
  }).id;
});

describe('listDayFeedEvents', () => {
  it('lists the public day-precision events and observances of the day, featured first, then by year', () => {
    const rows = listDayFeedEvents({ month: 2, day: 1 });
    expect(rows.map((r) => r.slug)).toEqual(['featured', 'observance', 'rome', 'uk']);
    expect(rows[3]).toMatchObject({
      categorySlug: 'politics',
      categoryName: 'Politics',
      year: 1924,
    });
    expect(typeof rows[3]!.updatedAt).toBe('number');
    expect(rows[3]!.publishedAt).toBe(Date.parse('2025-01-01T00:00:00Z'));
  });
});

describe('listCategoryFeedEvents', () => {
  it('lists the category’s public events, latest published first, up to the limit', () => {
    const rows = listCategoryFeedEvents(politics);
    expect(rows.map((r) => r.slug).slice(0, 5)).toEqual([
      'month-only',
      'rome',
      'featured',
      'uk',
      'observance',
    ]);
    expect(rows.map((r) => r.slug)).not.toContain('draft');
    expect(rows.map((r) => r.slug)).not.toContain('trashed');
    expect(listCategoryFeedEvents(politics, 2)).toHaveLength(2);
    expect(listCategoryFeedEvents(births).map((r) => r.slug)).toEqual(['birth']);
  });
});

describe('listCategoryAnniversaryEvents', () => {
  it('lists only events with a day of the year', () => {
    const slugs = listCategoryAnniversaryEvents(politics).map((r) => r.slug);
    expect(slugs[0]).toBe('featured');
    expect(slugs).toContain('observance');
    expect(slugs).toContain('other-day');
    expect(slugs).not.toContain('month-only');
    expect(slugs).not.toContain('draft');
  });
});

describe('getEventPublishedAt', () => {
  it('answers for public events only', () => {
    expect(getEventPublishedAt(ids.uk!)).toBe(Date.parse('2025-01-01T00:00:00Z'));
    expect(getEventPublishedAt(ids.draft!)).toBeNull();
  });
});
