import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { events } from '@/db/schema';
import { insertCategory, insertEvent } from '@/db/queries/test-fixtures';
import { cacheTags } from '@/lib/cache-tags';
import { runScheduledPublishing } from './scheduler';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('runScheduledPublishing', () => {
  it('publishes what is due and asks the server to refresh exactly those pages', async () => {
    const dbPath = process.env.DATABASE_PATH ?? '';
    fs.writeFileSync(path.join(path.dirname(dbPath), '.revalidate-secret'), 'test-secret\n');
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
    const fetch = vi.fn(async () => Response.json({ ok: true }));
    vi.stubGlobal('fetch', fetch);

    expect(await runScheduledPublishing(new Date('2026-03-01T09:00:10Z'))).toBe(1);
    expect(db.select({ s: events.status }).from(events).where(eq(events.id, due.id)).get()?.s).toBe(
      'published',
    );
    expect(
      db.select({ s: events.status }).from(events).where(eq(events.id, later.id)).get()?.s,
    ).toBe('draft');

    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/internal\/revalidate$/);
    expect((init.headers as Record<string, string>)['x-revalidate-secret']).toBe('test-secret');
    const body = JSON.parse(String(init.body)) as { tags: string[] };
    expect(body.tags).toEqual(
      expect.arrayContaining([
        cacheTags.event(due.id),
        cacheTags.day(3, 9),
        cacheTags.year(1900),
        cacheTags.allEvents,
      ]),
    );
    expect(body.tags).not.toContain(cacheTags.event(later.id));

    // Nothing due: no request at all; a failing refresh does not undo the publishing.
    expect(await runScheduledPublishing(new Date('2026-03-01T09:01:00Z'))).toBe(0);
    expect(fetch).toHaveBeenCalledTimes(1);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('no', { status: 500 })),
    );
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await runScheduledPublishing(new Date('2026-03-03T00:00:00Z'))).toBe(1);
    expect(
      db.select({ s: events.status }).from(events).where(eq(events.id, later.id)).get()?.s,
    ).toBe('published');
  });
});
