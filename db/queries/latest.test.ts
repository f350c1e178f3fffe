import { beforeAll, describe, expect, it } from 'vitest';
import { countPublicEvents, listLatestPublished } from './latest';
import { explainStatements, insertCategory, insertEvent } from './test-fixtures';

const at = (iso: string) => new Date(iso);

beforeAll(() => {
  const categoryId = insertCategory({ slug: 'science', name: 'Science', color: '#0f766e' });
  insertEvent({ categoryId, slug: 'older', publishedAt: at('2026-01-01T10:00:00Z') });
  insertEvent({ categoryId, slug: 'newest', publishedAt: at('2026-03-01T10:00:00Z') });
  // Published in the same import: the later id first.
  insertEvent({ categoryId, slug: 'batch-a', publishedAt: at('2026-02-01T10:00:00Z') });
  insertEvent({ categoryId, slug: 'batch-b', publishedAt: at('2026-02-01T10:00:00Z') });
  insertEvent({ categoryId, slug: 'draft', status: 'draft', publishedAt: null });
  insertEvent({
    categoryId,
    slug: 'trashed',
    publishedAt: at('2026-04-01T10:00:00Z'),
    deletedAt: at('2026-04-02T10:00:00Z'),
  });
  insertEvent({
    categoryId,
    slug: 'unpublished',
    status: 'archived',
    publishedAt: at('2026-05-01T10:00:00Z'),
  });
});

describe('the events index', () => {
  it('lists what readers may see, the latest published first, page by page', () => {
    expect(countPublicEvents()).toBe(4);
    const all = listLatestPublished({ limit: 10, offset: 0 });
    expect(all.map((e) => e.slug)).toEqual(['newest', 'batch-b', 'batch-a', 'older']);
    expect(listLatestPublished({ limit: 2, offset: 2 }).map((e) => e.slug)).toEqual([
      'batch-a',
      'older',
    ]);
    expect(all[0]).toMatchObject({
      publishedAt: at('2026-03-01T10:00:00Z').getTime(),
      category: { slug: 'science', name: 'Science', color: '#0f766e' },
    });
    expect(JSON.parse(JSON.stringify(all))).toEqual(all);
  });

  it('counts and finds a page in events_public_published_idx alone', () => {
    const plans = explainStatements(() => {
      countPublicEvents();
      listLatestPublished({ limit: 50, offset: 130_000 });
    });
    expect(plans[0]).toMatch(/SCAN events USING INDEX events_public_published_idx/);
    expect(plans[0]).not.toMatch(/TEMP B-TREE/);
    // The ids of the page come from the index in order; only the page's 50 rows are read and sorted.
    expect(plans[1]).toMatch(
      /LIST SUBQUERY[\s\S]*SCAN events USING INDEX events_public_published_idx/,
    );
    expect(plans[1]).toMatch(/SEARCH events USING INTEGER PRIMARY KEY/);
    expect(plans[1]).not.toMatch(/events_status_idx|SCAN events\n/);
  });
});
