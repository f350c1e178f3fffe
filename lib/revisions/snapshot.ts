import { readSnapshot, type EventRecord, type EventRecordLink } from '@/lib/events/record';

// A revision's snapshot is the event's record as it was saved (lib/events/record.ts): versioned
// ({ v: 1, event }) since the format had a version, and read leniently for the older ones.

export type RevisionSnapshot = EventRecord;
export type SnapshotLink = EventRecordLink;

/** Reads a stored snapshot; null when it is not one (e.g. a row written by something else entirely). */
export const parseSnapshot = readSnapshot;

/**
 * What a restore brings back and what "the same content" means: everything an editor writes, but
 * not the workflow (status, schedule, trash), counters or timestamps.
 */
export const CONTENT_FIELDS = [
  'title',
  'slug',
  'kind',
  'summary',
  'keyPoints',
  'body',
  'funFact',
  'furtherReading',
  'year',
  'month',
  'day',
  'precision',
  'circa',
  'calendar',
  'endYear',
  'endMonth',
  'endDay',
  'endPrecision',
  'location',
  'latitude',
  'longitude',
  'categoryId',
  'imageUrl',
  'imageAlt',
  'imageCredit',
  'featured',
] as const satisfies readonly (keyof RevisionSnapshot)[];

/** The content of a snapshot in a comparable form (relations by identity, in their order). */
export function snapshotContent(s: RevisionSnapshot) {
  const fields = Object.fromEntries(CONTENT_FIELDS.map((f) => [f, s[f]]));
  return {
    ...fields,
    tags: s.tags.map((t) => t.id).sort((a, b) => a - b),
    people: [...s.people]
      .sort((a, b) => a.position - b.position)
      .map((p) => ({ id: p.id, role: p.role })),
    references: [...s.references]
      .sort((a, b) => a.position - b.position)
      .map((r) => ({
        url: r.url,
        title: r.title,
        publisher: r.publisher,
        accessedAt: r.accessedAt,
      })),
    links: s.links.map((l) => `${l.type}:${l.direction}:${l.eventId}`).sort(),
  };
}
