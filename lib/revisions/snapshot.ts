import { CONTENT_FIELD_NAMES, pickFields } from '@/lib/events/fields';
import { readSnapshot, type EventRecord, type EventRecordLink } from '@/lib/events/record';

// A revision's snapshot is the event's record as it was saved (lib/events/record.ts): versioned
// ({ v: 1, event }) since the format had a version, and read leniently for the older ones.

export type RevisionSnapshot = EventRecord;
export type SnapshotLink = EventRecordLink;

/** Reads a stored snapshot; null when it is not one (e.g. a row written by something else entirely). */
export const parseSnapshot = readSnapshot;

/**
 * What a restore brings back and what "the same content" means: everything an editor writes, but
 * not the workflow (status, schedule, trash), counters or timestamps (the fields declared as
 * content in lib/events/fields.ts).
 */
export const CONTENT_FIELDS = CONTENT_FIELD_NAMES;

/** The content of a snapshot in a comparable form (relations by identity, in their order). */
export function snapshotContent(s: RevisionSnapshot) {
  return {
    ...pickFields(s, CONTENT_FIELDS),
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
