import { z } from 'zod';
import { CALENDARS, PRECISIONS } from '@/lib/dates';
import { EVENT_KINDS, EVENT_STATUSES, LINK_TYPES } from '@/lib/validation/event';

// A revision's snapshot: the event row as stored (timestamps as ISO strings once in JSON), then its
// category, tags, people, references and links (both directions). db/seed.ts and the importer write
// the same shape; this reads any of them, tolerating fields a snapshot from an older build lacks.

const nullableString = z.string().nullable().catch(null);
const nullableInt = z.number().int().nullable().catch(null);
const isoOrNull = z
  .union([z.string(), z.number(), z.date()])
  .nullable()
  .catch(null)
  .transform((v) => (v === null ? null : new Date(v).toISOString()));

export const snapshotSchema = z.object({
  id: z.number().int(),
  slug: z.string(),
  kind: z.enum(EVENT_KINDS).catch('event'),
  title: z.string().catch(''),
  summary: z.string().catch(''),
  keyPoints: z.array(z.string()).catch([]),
  body: z.string().catch(''),
  funFact: nullableString,
  furtherReading: nullableString,
  year: nullableInt,
  month: nullableInt,
  day: nullableInt,
  precision: z.enum(PRECISIONS).catch('day'),
  circa: z.boolean().catch(false),
  calendar: z.enum(CALENDARS).catch('gregorian'),
  endYear: nullableInt,
  endMonth: nullableInt,
  endDay: nullableInt,
  endPrecision: z.enum(PRECISIONS).nullable().catch(null),
  location: nullableString,
  latitude: z.number().nullable().catch(null),
  longitude: z.number().nullable().catch(null),
  categoryId: z.number().int(),
  imageUrl: nullableString,
  imageAlt: nullableString,
  imageCredit: nullableString,
  featured: z.boolean().catch(false),
  status: z.enum(EVENT_STATUSES).catch('draft'),
  publishAt: isoOrNull,
  publishedAt: isoOrNull,
  deletedAt: isoOrNull,
  version: z.number().int().catch(0),
  updatedAt: isoOrNull,
  category: z
    .object({ id: z.number().int(), slug: z.string(), name: z.string() })
    .nullable()
    .catch(null),
  tags: z.array(z.object({ id: z.number().int(), slug: z.string(), name: z.string() })).catch([]),
  people: z
    .array(
      z.object({
        id: z.number().int(),
        slug: z.string(),
        name: z.string(),
        role: z.string().catch(''),
        position: z.number().int().catch(0),
      }),
    )
    .catch([]),
  references: z
    .array(
      z.object({
        url: z.string(),
        title: z.string(),
        publisher: nullableString,
        accessedAt: nullableString,
        position: z.number().int().catch(0),
      }),
    )
    .catch([]),
  links: z
    .array(
      z.object({
        type: z.enum(LINK_TYPES),
        direction: z.enum(['outgoing', 'incoming']),
        eventId: z.number().int(),
        eventSlug: nullableString,
        eventTitle: nullableString.optional().transform((v) => v ?? null),
      }),
    )
    .catch([]),
});

export type RevisionSnapshot = z.output<typeof snapshotSchema>;
export type SnapshotLink = RevisionSnapshot['links'][number];

/** Reads a stored snapshot; null when it is not one (e.g. a row written by something else entirely). */
export function parseSnapshot(value: unknown): RevisionSnapshot | null {
  const parsed = snapshotSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

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
