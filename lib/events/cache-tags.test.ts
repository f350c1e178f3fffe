import { describe, expect, it } from 'vitest';
import { cacheTagsForChange, type EventFootprint } from './cache-tags';

const event = (over: Partial<EventFootprint> = {}): EventFootprint => ({
  id: 7,
  status: 'published',
  deletedAt: null,
  month: 2,
  day: 1,
  year: 1924,
  categoryId: 3,
  tags: [{ id: 11 }],
  people: [{ id: 21 }],
  links: [{ eventId: 8 }],
  ...over,
});

describe('cacheTagsForChange', () => {
  it('names every page that shows the event before or after a move', () => {
    const tags = cacheTagsForChange(
      event(),
      event({
        month: 3,
        day: 5,
        year: 1925,
        categoryId: 4,
        tags: [{ id: 12 }],
        people: [],
        links: [],
      }),
    );
    expect(new Set(tags)).toEqual(
      new Set([
        'event:7',
        'events',
        'day:02-01',
        'day:03-05',
        'year:1924',
        'year:1925',
        'category:3',
        'category:4',
        'tag:11',
        'tag:12',
        'person:21',
        'event:8',
      ]),
    );
  });

  it('expires the pages of an event that becomes public (its own not-found included)', () => {
    const tags = cacheTagsForChange(event({ status: 'draft' }), event());
    expect(tags).toContain('event:7');
    expect(tags).toContain('day:02-01');
    expect(tags).toContain('events');
  });

  it('names the pages of an event that leaves the public site (trashed, unpublished)', () => {
    expect(cacheTagsForChange(event(), event({ deletedAt: '2026-01-01T00:00:00.000Z' }))).toContain(
      'day:02-01',
    );
    expect(cacheTagsForChange(event(), event({ status: 'archived' }))).toContain('person:21');
  });

  it('touches only the event itself while it stays hidden', () => {
    expect(
      cacheTagsForChange(event({ status: 'draft' }), event({ status: 'draft', month: 4 })),
    ).toEqual(['event:7']);
    expect(cacheTagsForChange(null, event({ status: 'draft' }))).toEqual(['event:7']);
  });
});
