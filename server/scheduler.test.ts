import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { cacheTagExpiries, events } from '@/db/schema';
import { insertCategory, insertEvent } from '@/db/queries/test-fixtures';
import { cacheTags } from '@/lib/cache-tags';
import { runScheduledPublishing } from './scheduler';

const statusOf = (id: number) =>
  db.select({ s: events.status }).from(events).where(eq(events.id, id)).get()?.s;
const expiredTags = () =>
  new Map(
    db
      .select({ tag: cacheTagExpiries.tag, expiredAt: cacheTagExpiries.expiredAt })
      .from(cacheTagExpiries)
      .all()
      .map((r) => [r.tag, r.expiredAt]),
  );

describe('runScheduledPublishing', () => {
  it('publishes what is due and expires exactly those pages for every server on the database', async () => {
    const categoryId = insertCategory();
    const due = insertEvent({
      categoryId,
      status: 'draft',
      publishAt: new Date('2026-03-01T09:00:00Z'),
      month: 3,
      day: 9,
      year: 1900,
    });
    const later = insertEvent({
      categoryId,
      status: 'draft',
      publishAt: new Date('2026-03-02T09:00:00Z'),
    });

    const before = Date.now();
    expect(await runScheduledPublishing(new Date('2026-03-01T09:00:10Z'))).toBe(1);
    expect(statusOf(due.id)).toBe('published');
    expect(statusOf(later.id)).toBe('draft');

    const expired = expiredTags();
    for (const tag of [
      cacheTags.event(due.id),
      cacheTags.day(3, 9),
      cacheTags.year(1900),
      cacheTags.allEvents,
    ]) {
      expect(expired.get(tag), tag).toBeGreaterThanOrEqual(before);
    }
    expect(expired.has(cacheTags.event(later.id))).toBe(false);

    // Nothing due: nothing expired.
    const count = expired.size;
    expect(await runScheduledPublishing(new Date('2026-03-01T09:01:00Z'))).toBe(0);
    expect(expiredTags().size).toBe(count);

    expect(await runScheduledPublishing(new Date('2026-03-03T00:00:00Z'))).toBe(1);
    expect(statusOf(later.id)).toBe('published');
    expect(expiredTags().has(cacheTags.event(later.id))).toBe(true);
  });
});
