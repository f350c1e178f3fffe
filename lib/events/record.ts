import { z } from 'zod';
import { CALENDARS, EVENT_KINDS, EVENT_STATUSES, LINK_TYPES, PRECISIONS } from './enums';

/*
 * The whole event as stored: every column of its row, then its category, tags, people, references
 * and links (both directions, with the other event's slug and title). The store's loadEvent returns
 * it; a revision keeps it as its snapshot ({ v: 1, event }); the pages, the editor form, the export
 * and the APIs map from it. Plain JSON: timestamps are ISO strings.
 */

const iso = z.iso.datetime();
const int = z.number().int();

export const eventRecordSchema = z.object({
  id: int,
  slug: z.string(),
  /** Addresses the event had before (they redirect to `slug`), sorted. */
  formerSlugs: z.array(z.string()),
  kind: z.enum(EVENT_KINDS),
  title: z.string(),
  summary: z.string(),
  keyPoints: z.array(z.string()),
  body: z.string(),
  funFact: z.string().nullable(),
  furtherReading: z.string().nullable(),
  year: int.nullable(),
  month: int.nullable(),
  day: int.nullable(),
  precision: z.enum(PRECISIONS),
  circa: z.boolean(),
  calendar: z.enum(CALENDARS),
  endYear: int.nullable(),
  endMonth: int.nullable(),
  endDay: int.nullable(),
  endPrecision: z.enum(PRECISIONS).nullable(),
  location: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  categoryId: int,
  imageUrl: z.string().nullable(),
  imageAlt: z.string().nullable(),
  imageCredit: z.string().nullable(),
  featured: z.boolean(),
  status: z.enum(EVENT_STATUSES),
  publishAt: iso.nullable(),
  publishedAt: iso.nullable(),
  deletedAt: iso.nullable(),
  version: int,
  source: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  license: z.string().nullable(),
  externalId: z.string().nullable(),
  contentHash: z.string().nullable(),
  createdBy: int.nullable(),
  updatedBy: int.nullable(),
  createdAt: iso,
  updatedAt: iso,
  category: z.object({ id: int, slug: z.string(), name: z.string() }).nullable(),
  tags: z.array(z.object({ id: int, slug: z.string(), name: z.string() })),
  people: z.array(
    z.object({ id: int, slug: z.string(), name: z.string(), role: z.string(), position: int }),
  ),
  references: z.array(
    z.object({
      url: z.string(),
      title: z.string(),
      publisher: z.string().nullable(),
      accessedAt: z.string().nullable(),
      position: int,
    }),
  ),
  links: z.array(
    z.object({
      type: z.enum(LINK_TYPES),
      direction: z.enum(['outgoing', 'incoming']),
      eventId: int,
      eventSlug: z.string().nullable(),
      eventTitle: z.string().nullable(),
    }),
  ),
});

export type EventRecord = z.output<typeof eventRecordSchema>;
export type EventRecordLink = EventRecord['links'][number];

/** The version of the revision snapshot format written now. */
export const SNAPSHOT_VERSION = 1;

export const revisionSnapshotSchema = z.object({
  v: z.literal(SNAPSHOT_VERSION),
  event: eventRecordSchema,
});
export type RevisionSnapshotV1 = z.output<typeof revisionSnapshotSchema>;

// Snapshots written before the format had a version: the same fields, but written three ways (the
// editor, the seed and the importer), so some lack a few and some hold them as other types.
const nullableString = z.string().nullable().catch(null);
const nullableInt = int.nullable().catch(null);
const isoOrNull = z
  .union([z.string(), z.number(), z.date()])
  .nullable()
  .catch(null)
  .transform((v) => {
    if (v === null) return null;
    const d = new Date(v);
    return Number.isNaN(d.getTime()) ? null : d.toISOString();
  });

const legacySnapshotSchema = z.object({
  id: int,
  slug: z.string(),
  formerSlugs: z.array(z.string()).catch([]),
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
  categoryId: int,
  imageUrl: nullableString,
  imageAlt: nullableString,
  imageCredit: nullableString,
  featured: z.boolean().catch(false),
  status: z.enum(EVENT_STATUSES).catch('draft'),
  publishAt: isoOrNull,
  publishedAt: isoOrNull,
  deletedAt: isoOrNull,
  version: int.catch(0),
  source: nullableString.optional().transform((v) => v ?? null),
  sourceUrl: nullableString.optional().transform((v) => v ?? null),
  license: nullableString.optional().transform((v) => v ?? null),
  externalId: nullableString.optional().transform((v) => v ?? null),
  contentHash: nullableString.optional().transform((v) => v ?? null),
  createdBy: nullableInt.optional().transform((v) => v ?? null),
  updatedBy: nullableInt.optional().transform((v) => v ?? null),
  createdAt: isoOrNull,
  updatedAt: isoOrNull,
  category: eventRecordSchema.shape.category.catch(null),
  tags: eventRecordSchema.shape.tags.catch([]),
  people: z
    .array(
      z.object({
        id: int,
        slug: z.string(),
        name: z.string(),
        role: z.string().catch(''),
        position: int.catch(0),
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
        position: int.catch(0),
      }),
    )
    .catch([]),
  links: z
    .array(
      z.object({
        type: z.enum(LINK_TYPES),
        direction: z.enum(['outgoing', 'incoming']),
        eventId: int,
        eventSlug: nullableString,
        // The importer's snapshots left it out.
        eventTitle: nullableString.optional().transform((v) => v ?? null),
      }),
    )
    .catch([]),
});

/** The snapshot a revision stores for an event as it stands. */
export function toSnapshot(event: EventRecord): RevisionSnapshotV1 {
  return { v: SNAPSHOT_VERSION, event };
}

/**
 * The event a stored snapshot holds: a versioned one must match its schema exactly; an older,
 * unversioned one is read leniently (missing fields take their defaults). Null when it is neither.
 */
export function readSnapshot(value: unknown): EventRecord | null {
  if (value !== null && typeof value === 'object' && 'v' in value) {
    const parsed = revisionSnapshotSchema.safeParse(value);
    return parsed.success ? parsed.data.event : null;
  }
  const legacy = legacySnapshotSchema.safeParse(value);
  if (!legacy.success) return null;
  const e = legacy.data;
  const fallback = e.updatedAt ?? e.createdAt ?? new Date(0).toISOString();
  return { ...e, createdAt: e.createdAt ?? fallback, updatedAt: e.updatedAt ?? fallback };
}
