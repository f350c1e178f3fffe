import { beforeAll, describe, expect, it } from 'vitest';
import { AuthorizationError, type SessionUser } from '@/lib/auth/actor';
import { insertActor } from '@/test/actors';
import { getDayOverview } from './days';
import { getDayPreview, getEventPreview } from './event-preview';
import { getEventById, resolveEventSlug } from './events';
import { insertCategory, insertEvent } from './test-fixtures';

let categoryId: number;
let ada: SessionUser;
let draftId: number;
let binnedId: number;

beforeAll(() => {
  categoryId = insertCategory({ name: 'Previewed' });
  ada = insertActor('editor', 'Ada Preview');
  const on = { categoryId, month: 7, day: 19, precision: 'day' as const };
  insertEvent({ ...on, slug: 'public-on-the-day', title: 'Public on the day', year: 1900 });
  draftId = insertEvent({
    ...on,
    slug: 'draft-on-the-day',
    title: 'A draft on the day',
    year: 1950,
    status: 'draft',
  }).id;
  binnedId = insertEvent({
    ...on,
    slug: 'binned-on-the-day',
    title: 'Binned',
    year: 1960,
    deletedAt: new Date(),
  }).id;
});

const titles = (o: ReturnType<typeof getDayOverview>) =>
  [...o.selected, ...o.events].map((e) => e.title);

describe('an editor’s preview', () => {
  it('shows a draft’s page as it will be, where readers find nothing', () => {
    expect(resolveEventSlug('draft-on-the-day')).toBeNull();
    expect(getEventById(draftId)).toBeNull();
    const preview = getEventPreview(ada, { slug: 'draft-on-the-day' });
    expect(preview?.status).toBe('draft');
    expect(preview?.event).toMatchObject({ id: draftId, title: 'A draft on the day' });
    expect(getEventPreview(ada, { slug: 'binned-on-the-day' })).toBeNull();
  });

  it('puts that event on its day page, and only for the preview', () => {
    const day = { month: 7, day: 19, year: 2026 };
    expect(titles(getDayOverview(day))).toEqual(['Public on the day']);
    const preview = titles(getDayPreview(ada, { ...day, eventId: draftId }));
    expect(preview).toContain('A draft on the day');
    expect(preview).not.toContain('Binned');
    // An event gone to the trash is not put on its day, even when asked for.
    expect(titles(getDayPreview(ada, { ...day, eventId: binnedId }))).not.toContain('Binned');
    expect(titles(getDayOverview(day))).toEqual(['Public on the day']);
  });

  it('is for editors only', () => {
    expect(() => getEventPreview(null, { slug: 'draft-on-the-day' })).toThrow(AuthorizationError);
    expect(() => getDayPreview(null, { month: 7, day: 19, year: 2026, eventId: draftId })).toThrow(
      AuthorizationError,
    );
  });
});
