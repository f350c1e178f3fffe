import { describe, expect, it } from 'vitest';
import { testRecord } from '@/test/event-record';
import { eventRecordSchema, readSnapshot, toSnapshot, type EventRecord } from './record';

const record: EventRecord = testRecord({
  id: 7,
  slug: 'treaty-of-rapallo',
  formerSlugs: ['rapallo-treaty'],
  title: 'Treaty of Rapallo',
  summary: 'Germany and Soviet Russia renounce their claims on each other.',
  keyPoints: ['Signed at Rapallo'],
  body: 'What happened',
  year: 1922,
  month: 4,
  day: 16,
  location: 'Rapallo',
  latitude: 44.35,
  longitude: 9.23,
  categoryId: 2,
  status: 'published',
  publishedAt: '2026-03-01T12:00:00.000Z',
  version: 3,
  createdBy: 1,
  updatedBy: 1,
  updatedAt: '2026-03-02T08:30:00.250Z',
  category: { id: 2, slug: 'politics', name: 'Politics & Government' },
  tags: [{ id: 4, slug: 'treaties', name: 'Treaties' }],
  people: [
    { id: 9, slug: 'georgy-chicherin', name: 'Georgy Chicherin', role: 'signatory', position: 0 },
  ],
  references: [
    {
      url: 'https://example.org/r',
      title: 'A source',
      publisher: null,
      accessedAt: null,
      position: 0,
    },
  ],
  links: [{ type: 'led_to', direction: 'outgoing', eventId: 8, eventSlug: 'x', eventTitle: 'X' }],
});

describe('revision snapshots', () => {
  it('are versioned records that read back as they were written', () => {
    const stored = JSON.parse(JSON.stringify(toSnapshot(record))) as unknown;
    expect(stored).toMatchObject({ v: 1, event: { id: 7 } });
    expect(readSnapshot(stored)).toEqual(record);
  });

  it('refuse a versioned snapshot that does not fit the record exactly', () => {
    const broken = { v: 1, event: { ...record, circa: 'no', tags: [{ id: 'x' }] } };
    expect(readSnapshot(broken)).toBeNull();
    expect(readSnapshot({ v: 2, event: record })).toBeNull();
    expect(eventRecordSchema.safeParse({ ...record, updatedAt: 'yesterday' }).success).toBe(false);
  });

  it('still read the unversioned snapshots of before, whichever writer made them', () => {
    // The importer's: no eventTitle on links, timestamps as ISO strings, fields of its own.
    const legacy = {
      ...record,
      createdBy: undefined,
      source: 'muffinlabs',
      links: [{ type: 'related', direction: 'incoming', eventId: 3, eventSlug: 'y' }],
      publishedAt: 1772366400000,
      keyPoints: 'not a list',
    };
    const read = readSnapshot(legacy);
    expect(read).toMatchObject({
      id: 7,
      source: 'muffinlabs',
      createdBy: null,
      keyPoints: [],
      publishedAt: '2026-03-01T12:00:00.000Z',
      links: [
        { type: 'related', direction: 'incoming', eventId: 3, eventSlug: 'y', eventTitle: null },
      ],
    });
    expect(eventRecordSchema.safeParse(read).success).toBe(true);
    expect(readSnapshot({ hello: 'world' })).toBeNull();
  });
});
