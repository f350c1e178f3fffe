import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { listHref, parseListFilters, toEditorFilter } from '@/lib/events/editor-filters';
import { listEventsForEditorIn } from './event-editor';
import { insertCategory, insertEvent } from './test-fixtures';

describe("the editor list's column order", () => {
  it('sorts by title, date and last change either way, undated events last on dates', () => {
    const categoryId = insertCategory({ name: 'Order test' });
    const w = `orderword${Date.now()}`;
    insertEvent({ title: `Bravo ${w}`, categoryId, year: 1950, updatedAt: new Date('2026-01-02') });
    insertEvent({ title: `alpha ${w}`, categoryId, year: 1990, updatedAt: new Date('2026-01-03') });
    insertEvent({
      title: `Charlie ${w}`,
      categoryId,
      year: 1910,
      updatedAt: new Date('2026-01-01'),
    });
    insertEvent({
      title: `Delta ${w}`,
      categoryId,
      year: null,
      month: 5,
      day: 1,
      updatedAt: new Date('2026-01-04'),
    });
    const titles = (query: Record<string, string>) =>
      listEventsForEditorIn(
        db,
        toEditorFilter(parseListFilters({ category: String(categoryId), ...query })),
      ).rows.map((r) => r.title.split(' ')[0]);

    expect(titles({ sort: 'title' })).toEqual(['alpha', 'Bravo', 'Charlie', 'Delta']);
    expect(titles({ sort: 'title', dir: 'desc' })).toEqual(['Delta', 'Charlie', 'Bravo', 'alpha']);
    expect(titles({ sort: 'date' })).toEqual(['Charlie', 'Bravo', 'alpha', 'Delta']);
    expect(titles({ sort: 'date', dir: 'desc' })).toEqual(['alpha', 'Bravo', 'Charlie', 'Delta']);
    expect(titles({})).toEqual(['Delta', 'alpha', 'Bravo', 'Charlie']);
    expect(titles({ sort: 'updated', dir: 'asc' })).toEqual(['Charlie', 'Bravo', 'alpha', 'Delta']);
    // Searching, best match is the default; a header's order wins over it.
    expect(titles({ q: w, sort: 'title', dir: 'desc' })).toEqual([
      'Delta',
      'Charlie',
      'Bravo',
      'alpha',
    ]);
  });

  it('keeps sort and dir in the URL, and drops a direction without a sort', () => {
    const f = parseListFilters({ q: 'treaty', sort: 'date', dir: 'desc', page: '2' });
    expect(listHref('/editor/events', f)).toBe('/editor/events?q=treaty&sort=date&dir=desc&page=2');
    expect(listHref('/editor/events', parseListFilters({ dir: 'desc' }))).toBe('/editor/events');
    expect(parseListFilters({ sort: 'title', dir: 'sideways' }).dir).toBeUndefined();
  });
});
