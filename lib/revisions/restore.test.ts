import { describe, expect, it } from 'vitest';
import type { EventRecord } from '@/lib/events/record';
import { testRecord } from '@/test/event-record';
import { describeRestoreProblems, validateRestore } from './restore';

const NOW = Date.parse('2026-03-01T12:00:00Z');

const current: EventRecord = testRecord({
  id: 7,
  slug: 'treaty-of-rapallo',
  formerSlugs: ['rapallo'],
  title: 'Treaty of Rapallo',
  summary: 'Germany and Soviet Russia renounce their claims on each other.',
  year: 1922,
  month: 4,
  day: 16,
  categoryId: 2,
  // Scheduled, in the past by now (the scheduler is late): kept as it is.
  publishAt: '2026-02-01T09:00:00.000Z',
  version: 4,
  createdBy: 1,
  updatedBy: 1,
  createdAt: '2026-01-01T12:00:00.000Z',
  updatedAt: '2026-02-02T08:30:00.000Z',
  category: { id: 2, slug: 'politics', name: 'Politics & Government' },
});

const version1: EventRecord = {
  ...current,
  slug: 'rapallo',
  title: 'The Rapallo treaty',
  status: 'published',
  publishAt: null,
  version: 1,
  tags: [{ id: 3, slug: 'treaties', name: 'Treaties' }],
  people: [
    { id: 9, slug: 'georgy-chicherin', name: 'Georgy Chicherin', role: 'signatory', position: 0 },
  ],
};

describe('validateRestore', () => {
  it('is the version’s content with today’s workflow and, unless asked, today’s address', () => {
    const kept = validateRestore({ snapshot: version1, current, restoreSlug: false, now: NOW });
    expect(kept).toMatchObject({
      ok: true,
      data: {
        title: 'The Rapallo treaty',
        slug: 'treaty-of-rapallo',
        status: 'draft',
        publishAt: new Date('2026-02-01T09:00:00.000Z'),
        tags: ['Treaties'],
        people: [{ personId: 9, name: null, role: 'signatory' }],
      },
    });
    expect(
      validateRestore({ snapshot: version1, current, restoreSlug: true, now: NOW }),
    ).toMatchObject({ ok: true, data: { slug: 'rapallo' } });
  });

  it('checks what differs from today by today’s rules', () => {
    const restoring = (over: Partial<EventRecord>) =>
      validateRestore({
        snapshot: { ...version1, ...over },
        current,
        restoreSlug: false,
        now: NOW,
      });
    expect(restoring({ title: 'x'.repeat(501) })).toEqual({
      ok: false,
      errors: { title: ['A title has at most 500 characters'] },
    });
    expect(restoring({ latitude: 44.35 })).toEqual({
      ok: false,
      errors: { longitude: ['Enter the longitude too, or neither'] },
    });
    // Today's values pass as they are, even where a new one would not.
    expect(
      validateRestore({
        snapshot: { ...version1, title: 'x'.repeat(501) },
        current: { ...current, title: 'x'.repeat(501) },
        restoreSlug: false,
        now: NOW,
      }).ok,
    ).toBe(true);
  });
});

describe('describeRestoreProblems', () => {
  it('names each problem, and the rows it is in', () => {
    expect(
      describeRestoreProblems({
        version: 3,
        snapshot: {
          ...version1,
          references: [
            { url: 'ftp://x', title: 'Pact text', publisher: null, accessedAt: null, position: 0 },
          ],
        },
        errors: {
          title: ['A title has at most 200 characters'],
          'tags.0': ['A tag has at most 60 characters'],
          'people.0.name': ['This person is no longer in Almanac'],
          'references.0.url': ['Enter a web address starting with http:// or https://'],
        },
        publicNow: 'scheduled',
      }),
    ).toBe(
      'Version 3 cannot be restored: A title has at most 200 characters. Its tag “Treaties”: a tag has at most 60 characters. Its person “Georgy Chicherin”: this person is no longer in Almanac. Its reference “Pact text”: enter a web address starting with http:// or https://. Restore another version, or edit the event instead.',
    );
  });

  it('says what to do about a version without a summary on a public event', () => {
    expect(
      describeRestoreProblems({
        version: 2,
        snapshot: { ...version1, summary: '' },
        errors: { summary: ['A published event needs a summary: it is the text of its card'] },
        publicNow: 'scheduled',
      }),
    ).toBe(
      'Version 2 has no summary, and a scheduled event needs one: unpublish this event first, or restore another version.',
    );
  });
});
