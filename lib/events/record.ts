import { z } from 'zod';
import { LINK_TYPES } from './enums';
import {
  defaultOf,
  fieldRecord,
  SCALAR_FIELD_NAMES,
  specOf,
  type SCALAR_FIELDS,
  type FieldSpec,
  type ScalarField,
  type ScalarValue,
} from './fields';

/*
 * The whole event as stored: its scalar fields (lib/events/fields.ts: every column of its row, and
 * its former slugs), then its category, tags, people, references and links (both directions, with
 * the other event's slug and title). The store's loadEvent returns it; a revision keeps it as its snapshot ({ v: 1, event }); the pages, the editor form, the export
 * and the APIs map from it. Plain JSON: timestamps are ISO strings.
 */

const iso = z.iso.datetime();
const int = z.number().int();

/** A scalar field's schema in the record, by its kind (lib/events/fields.ts). */
function recordSchemaOf(spec: FieldSpec): z.ZodType {
  const base = (() => {
    switch (spec.kind) {
      case 'text':
      case 'markdown':
        return z.string();
      case 'int':
        return int;
      case 'real':
        return z.number();
      case 'boolean':
        return z.boolean();
      case 'timestamp':
        return iso;
      case 'list':
        return z.array(z.string());
      case 'enum':
        return z.enum(spec.values);
    }
  })();
  return spec.nullable ? base.nullable() : base;
}

const scalarShape = fieldRecord(SCALAR_FIELD_NAMES, (name) => {
  const spec = specOf(name);
  const schema = recordSchemaOf(spec);
  return spec.addedLater ? schema.default(defaultOf(name)) : schema;
}) as { [K in ScalarField]: z.ZodType<ScalarValue<K>> };

export const eventRecordSchema = z.object({
  ...scalarShape,
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
const isoOrNull = z
  .union([z.string(), z.number(), z.date()])
  .nullable()
  .catch(null)
  .transform((v) => {
    if (v === null) return null;
    const d = new Date(v);
    return Number.isNaN(d.getTime()) ? null : d.toISOString();
  });

/** A scalar field as an old snapshot may hold it: a missing or wrong value takes its default. */
function legacySchemaOf(name: ScalarField): z.ZodType {
  const spec = specOf(name);
  if (spec.required) return recordSchemaOf(spec);
  return spec.kind === 'timestamp' ? isoOrNull : recordSchemaOf(spec).catch(defaultOf(name));
}

type LegacyValue<K extends ScalarField> = (typeof SCALAR_FIELDS)[K] extends { kind: 'timestamp' }
  ? string | null
  : ScalarValue<K>;

const legacySnapshotSchema = z.object({
  ...(fieldRecord(SCALAR_FIELD_NAMES, legacySchemaOf) as {
    [K in ScalarField]: z.ZodType<LegacyValue<K>>;
  }),
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
