import { z } from 'zod';
import { impliedPrecision, isValidCalendarDay, validateHistoricalDate } from '@/lib/dates';
import { SLUG_PATTERN } from '@/lib/slugs';
import { refuseUnsafeText } from '@/lib/validation/unsafe-text';
import { TAG_KINDS } from '@/lib/graph/topics';
import { EVENT_KINDS, EVENT_STATUSES, isIsoDate, LINK_TYPES } from '@/lib/validation/event';
import {
  defaultOf,
  fieldRecord,
  FILE_FIELDS,
  inFieldOrder,
  renameKeys,
  specOf,
  withoutKeys,
  type FileField,
  type ScalarValue,
} from '@/lib/events/fields';
import type { Skip } from './types';

// "Almanac JSON": the site's own export format, and the one schema that both checks what the
// exporter writes (tests) and reads what an import is given. Everything an event is made of travels
// by slug (category, tags, people, the other end of each link), never by database id, so a file
// made on one site imports into another.
//
// Limits are generous on purpose: anything the site can hold (the editor's limits, or longer
// imported text) must export and import again. They only keep a hostile file from being absurd.

export const ALMANAC_FORMAT = 'almanac';
export const ALMANAC_VERSION = 1;

// Slug syntax is lib/slugs.ts's; a file may hold slugs longer than today's limit (written before
// it), which the importer shortens for new events (db/queries/import-almanac.ts).
const slug = z
  .string({ error: 'a slug must be text' })
  .max(200, { error: 'a slug has at most 200 characters' })
  .regex(SLUG_PATTERN, { error: 'a slug is lower-case letters, digits and single hyphens' });

const text = (max: number) => z.string().max(max, { error: `at most ${max} characters` });
const nullableText = (max: number) => text(max).nullable().default(null);
/** A title or name: no characters that change how it is shown (lib/validation/unsafe-text.ts). */
const name = (max: number, error: string) =>
  text(max).min(1, { error }).superRefine(refuseUnsafeText);

/** An instant with its offset, as exported (`2026-05-01T09:00:00.000Z`). */
const timestamp = z.iso
  .datetime({ offset: true, error: 'expected an ISO date-time' })
  .transform((v) => new Date(v).toISOString());
const nullableTimestamp = timestamp.nullable().default(null);

function isWebUrl(value: string, protocols: readonly string[]): boolean {
  try {
    const url = new URL(value);
    return protocols.includes(url.protocol) && url.hostname !== '';
  } catch {
    return false;
  }
}
// Only web addresses: a `javascript:` link in a file must never reach a public page.
const webUrl = text(2000).refine((v) => isWebUrl(v, ['http:', 'https:']), {
  error: 'expected a web address starting with http:// or https://',
});
const imageUrl = text(2000).refine((v) => isWebUrl(v, ['https:']), {
  error: 'expected an image address starting with https://',
});

const int = z.number().int({ error: 'expected a whole number' });

export const almanacCategorySchema = z.object({
  slug,
  name: name(200, 'a category needs a name'),
  description: text(5000).default(''),
  color: z
    .string()
    .regex(/^#[0-9a-f]{6}$/i, { error: 'a colour is #rrggbb' })
    .transform((v) => v.toLowerCase()),
  position: int.default(0),
  createdAt: nullableTimestamp,
  updatedAt: nullableTimestamp,
});

export const almanacTagSchema = z.object({
  slug,
  name: name(200, 'a tag needs a name'),
  /**
   * A topic is a tag an import made from a Wikipedia article (`referenceUrl`). Files from before
   * the knowledge graph have neither: their tags are plain tags.
   */
  kind: z.enum(TAG_KINDS).default('tag'),
  description: text(5000).default(''),
  referenceUrl: webUrl.nullable().default(null),
  createdAt: nullableTimestamp,
});

/** A birth or death: a year alone, a year and month, or a day (the day with its month). */
const personDate = z
  .object({
    year: int
      .refine((y) => y !== 0, { error: 'there is no year 0' })
      .nullable()
      .default(null),
    month: int.min(1).max(12).nullable().default(null),
    day: int.min(1).max(31).nullable().default(null),
  })
  .refine((d) => d.day === null || d.month !== null, { error: 'a day needs its month' })
  .refine((d) => d.day === null || d.month === null || isValidCalendarDay(d.month, d.day), {
    error: 'that day does not exist',
  })
  .nullable()
  .default(null);

export const almanacPersonSchema = z.object({
  slug,
  name: name(500, 'a person needs a name'),
  description: text(5000).default(''),
  born: personDate,
  died: personDate,
  referenceUrl: webUrl.nullable().default(null),
  createdAt: nullableTimestamp,
  updatedAt: nullableTimestamp,
});

export const ALMANAC_LINK_DIRECTIONS = ['outgoing', 'incoming'] as const;

const referenceSchema = z.object({
  url: webUrl,
  title: text(2000).min(1, { error: 'a reference needs a title' }),
  publisher: nullableText(1000),
  accessedAt: z
    .string()
    .refine(isIsoDate, { error: 'expected a date as YYYY-MM-DD' })
    .nullable()
    .default(null),
});

/**
 * An article an imported entry links, as its source linked it (the knowledge graph,
 * db/queries/import-graph.ts): `applied` once the link became one of the event's people or topics.
 */
const articleSchema = z.object({
  url: webUrl,
  title: text(1000).superRefine(refuseUnsafeText),
  /** The text the entry shows for the link. */
  anchor: text(1000).superRefine(refuseUnsafeText),
  applied: z.boolean().default(false),
});

/** A scalar field as a file holds it, by its kind (lib/events/fields.ts); absent, it takes its default. */
function fileSchemaOf(name: FileField): z.ZodType {
  const spec = specOf(name);
  const base = (() => {
    switch (spec.kind) {
      case 'text':
      case 'markdown':
        if (spec.fileMax === undefined)
          throw new Error(`The event field ${name} needs its limit in Almanac files (fileMax)`);
        return text(spec.fileMax);
      case 'int':
        return int;
      case 'real':
        return z.number();
      case 'boolean':
        return z.boolean();
      case 'enum':
        return z.enum(spec.values);
      case 'timestamp':
        return timestamp;
      case 'list':
        // Lines of text, as the key points are.
        return z.array(text(2000)).max(50);
    }
  })();
  const schema: z.ZodType = spec.nullable ? base.nullable() : base;
  return schema.default(defaultOf(name));
}

/** In a file, the category is named by its slug, and "edited" stands for the last editor. */
export const ALMANAC_FIELD_NAMES = { categoryId: 'category', updatedBy: 'edited' } as const;

/** The scalar fields a file holds by rules of their own (the others as their kind says). */
const specialFileFields = {
  slug,
  /** Earlier slugs of the event, which redirect to it. */
  formerSlugs: z.array(slug).max(200).default([]),
  kind: z.enum(EVENT_KINDS),
  title: name(1000, 'an event needs a title'),
  latitude: z.number().min(-90).max(90).nullable().default(null),
  longitude: z.number().min(-180).max(180).nullable().default(null),
  /** The category's slug. */
  categoryId: slug,
  imageUrl: imageUrl.nullable().default(null),
  status: z.enum(EVENT_STATUSES),
  sourceUrl: webUrl.nullable().default(null),
  /** A person changed it after it was created or imported (re-imports of its source leave it alone). */
  updatedBy: z.boolean().default(false),
  createdAt: timestamp,
  updatedAt: timestamp,
};

const plainFileFields = fieldRecord(withoutKeys(FILE_FIELDS, specialFileFields), fileSchemaOf) as {
  [K in Exclude<FileField, keyof typeof specialFileFields>]: z.ZodDefault<
    z.ZodType<ScalarValue<K>>
  >;
};

// In record order, but the timestamps come last, after the relations.
const {
  createdAt: createdAtField,
  updatedAt: updatedAtField,
  ...fileFields
} = renameKeys(inFieldOrder(FILE_FIELDS, plainFileFields, specialFileFields), ALMANAC_FIELD_NAMES);

export const almanacEventSchema = z
  .object({
    ...fileFields,
    /** Tag slugs. */
    tags: z.array(slug).max(500).default([]),
    /** People by slug, in order, with their role in the event. */
    people: z
      .array(z.object({ slug, role: text(500).default('') }))
      .max(500)
      .default([]),
    /** In order. */
    references: z.array(referenceSchema).max(500).default([]),
    /** Typed cross-links, from this event's side: `outgoing` is this → `event`, `incoming` is `event` → this. */
    links: z
      .array(
        z.object({
          type: z.enum(LINK_TYPES),
          direction: z.enum(ALMANAC_LINK_DIRECTIONS),
          event: slug,
        }),
      )
      .max(2000)
      .default([]),
    /**
     * The articles an imported entry links, in order. Absent (a file written before the graph):
     * the file says nothing about them, and an event already here keeps its own.
     */
    articles: z.array(articleSchema).max(500).optional(),
    createdAt: createdAtField,
    updatedAt: updatedAtField,
  })
  .superRefine((e, ctx) => {
    const issue = (path: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message });
    if (e.kind === 'observance' && e.year !== null)
      issue('year', 'an observance recurs every year and has no year');
    if (e.kind !== 'observance' && e.year === null) issue('year', 'only observances have no year');
    const start = validateHistoricalDate({
      year: e.year,
      month: e.month,
      day: e.day,
      precision: e.precision,
      circa: e.circa,
      calendar: e.calendar,
    });
    if (!start.ok) for (const err of start.errors) issue(err.field, err.message);
    if (e.endYear !== null || e.endMonth !== null || e.endDay !== null) {
      const end = validateHistoricalDate({
        year: e.endYear,
        month: e.endMonth,
        day: e.endDay,
        precision: impliedPrecision(e.endPrecision, { month: e.endMonth, day: e.endDay }),
        calendar: e.calendar,
      });
      if (!end.ok) for (const err of end.errors) issue('endYear', `end date: ${err.message}`);
    } else if (e.endPrecision !== null) {
      issue('endPrecision', 'an end precision without an end date');
    }
    if (e.imageUrl === null && (e.imageAlt !== null || e.imageCredit !== null))
      issue('imageUrl', 'an image description or credit without an image');
    if ((e.latitude === null) !== (e.longitude === null))
      issue('latitude', 'latitude and longitude go together');
    if (e.links.some((l) => l.event === e.slug)) issue('links', 'an event cannot link to itself');
    if (new Set(e.tags).size !== e.tags.length) issue('tags', 'a tag is listed twice');
    if (new Set(e.people.map((p) => p.slug)).size !== e.people.length)
      issue('people', 'a person is listed twice');
  });

const siteSchema = z.object({
  name: text(200).nullable().default(null),
  url: text(2000).nullable().default(null),
});

/** What the exporter was asked for, recorded in the file (informational). */
export const almanacFiltersSchema = z
  .object({
    categories: z.array(slug).optional(),
    statuses: z.array(z.enum(EVENT_STATUSES)).optional(),
    kinds: z.array(z.enum(EVENT_KINDS)).optional(),
    yearFrom: int.optional(),
    yearTo: int.optional(),
    updatedSince: timestamp.optional(),
    includeTrashed: z.boolean().optional(),
  })
  .nullable()
  .default(null);

/** A whole Almanac file, every entry valid: what the exporter must write. */
export const almanacFileSchema = z.object({
  format: z.literal(ALMANAC_FORMAT),
  version: z.literal(ALMANAC_VERSION),
  exportedAt: timestamp,
  site: siteSchema.nullable().default(null),
  filters: almanacFiltersSchema,
  categories: z.array(almanacCategorySchema),
  tags: z.array(almanacTagSchema),
  people: z.array(almanacPersonSchema),
  events: z.array(almanacEventSchema),
});

export type AlmanacCategory = z.output<typeof almanacCategorySchema>;
export type AlmanacTag = z.output<typeof almanacTagSchema>;
export type AlmanacPerson = z.output<typeof almanacPersonSchema>;
export type AlmanacPersonDate = NonNullable<AlmanacPerson['born']>;
export type AlmanacEvent = z.output<typeof almanacEventSchema>;
export type AlmanacLink = AlmanacEvent['links'][number];
export type AlmanacArticle = NonNullable<AlmanacEvent['articles']>[number];
export type AlmanacFilters = NonNullable<z.output<typeof almanacFiltersSchema>>;
export type AlmanacFile = z.output<typeof almanacFileSchema>;
/** What a file may leave out (defaults fill it in). */
export type AlmanacFileInput = z.input<typeof almanacFileSchema>;

/** True when a parsed JSON document says it is an Almanac file (whatever its version). */
export function isAlmanacDocument(json: unknown): boolean {
  return (
    json !== null &&
    typeof json === 'object' &&
    !Array.isArray(json) &&
    (json as Record<string, unknown>).format === ALMANAC_FORMAT
  );
}

// The envelope is checked strictly; each entry on its own, so one bad entry is a reported skip
// rather than a rejected file (as for the other formats).
const envelopeSchema = z.object({
  format: z.literal(ALMANAC_FORMAT),
  version: z.unknown().optional(),
  exportedAt: timestamp.optional(),
  site: siteSchema.nullable().optional().catch(null),
  categories: z.array(z.unknown(), { error: '"categories" must be a list' }).default([]),
  tags: z.array(z.unknown(), { error: '"tags" must be a list' }).default([]),
  people: z.array(z.unknown(), { error: '"people" must be a list' }).default([]),
  events: z.array(z.unknown(), { error: '"events" must be a list' }),
});

export type AlmanacParse = {
  format: 'almanac';
  fileName: string;
  exportedAt: string | null;
  site: { name: string | null; url: string | null } | null;
  categories: AlmanacCategory[];
  tags: AlmanacTag[];
  people: AlmanacPerson[];
  /** Valid events, in file order, with their index in the file's `events` list. */
  events: { index: number; event: AlmanacEvent }[];
  /** Entries that cannot be imported, any section. */
  skipped: Skip[];
  /** Entries in the file, all sections. */
  total: number;
};

/** "title: an event needs a title; year: …" — the first few problems of an entry, for people. */
export function describeIssues(error: z.ZodError, limit = 3): string {
  const parts = error.issues.slice(0, limit).map((i) => {
    const where = i.path.map(String).join('.');
    return where ? `${where}: ${i.message}` : i.message;
  });
  const more = error.issues.length - limit;
  return parts.join('; ') + (more > 0 ? ` (and ${more} more)` : '');
}

function entryLabel(value: unknown): string | null {
  if (value === null || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  return typeof v.slug === 'string' ? v.slug.slice(0, 80) : null;
}

function entryYear(value: unknown): string | null {
  if (value === null || typeof value !== 'object') return null;
  const y = (value as Record<string, unknown>).year;
  return typeof y === 'number' || typeof y === 'string' ? String(y) : null;
}

/**
 * Reads a parsed Almanac document: the envelope must be right (else an error for the whole file);
 * each category, tag, person and event is validated on its own, and a bad or repeated one is a skip.
 */
export function parseAlmanacJson(
  json: unknown,
  fileName: string,
): { ok: true; value: AlmanacParse } | { ok: false; error: string } {
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success)
    return {
      ok: false,
      error: `${fileName}: not a valid Almanac file (${describeIssues(envelope.error)})`,
    };
  const doc = envelope.data;
  if (doc.version !== ALMANAC_VERSION) {
    return {
      ok: false,
      error:
        typeof doc.version === 'number' && doc.version > ALMANAC_VERSION
          ? `${fileName}: Almanac file version ${doc.version} comes from a newer Almanac; this one reads version ${ALMANAC_VERSION}`
          : `${fileName}: not a valid Almanac file (version must be ${ALMANAC_VERSION})`,
    };
  }

  const skipped: Skip[] = [];
  function readSection<T extends { slug: string }>(
    section: string,
    entries: readonly unknown[],
    schema: z.ZodType<T>,
    keysOf: (value: T) => string[] = (v) => [v.slug],
  ): { index: number; value: T }[] {
    const seen = new Map<string, number>();
    const out: { index: number; value: T }[] = [];
    entries.forEach((entry, index) => {
      const where = { file: fileName, section, index };
      const rawYear = section === 'events' ? entryYear(entry) : null;
      const parsed = schema.safeParse(entry);
      if (!parsed.success) {
        const label = entryLabel(entry);
        skipped.push({
          where,
          rawYear,
          code: 'malformed-entry',
          reason: `${label ? `${label}: ` : ''}${describeIssues(parsed.error)}`,
        });
        return;
      }
      const keys = keysOf(parsed.data);
      const clash = keys.find((k) => seen.has(k));
      if (clash !== undefined) {
        skipped.push({
          where,
          rawYear,
          code: 'duplicate-in-file',
          reason: `${parsed.data.slug}: same ${clash.startsWith('external:') ? 'external id' : 'slug'} as ${section} #${seen.get(clash)} in this file`,
        });
        return;
      }
      for (const k of keys) seen.set(k, index);
      out.push({ index, value: parsed.data });
    });
    return out;
  }

  const categories = readSection('categories', doc.categories, almanacCategorySchema);
  const tags = readSection('tags', doc.tags, almanacTagSchema);
  const people = readSection('people', doc.people, almanacPersonSchema);
  const events = readSection('events', doc.events, almanacEventSchema, (e) =>
    e.externalId === null ? [e.slug] : [e.slug, `external:${e.externalId}`],
  );

  return {
    ok: true,
    value: {
      format: 'almanac',
      fileName,
      exportedAt: doc.exportedAt ?? null,
      site: doc.site ?? null,
      categories: categories.map((c) => c.value),
      tags: tags.map((t) => t.value),
      people: people.map((p) => p.value),
      events: events.map((e) => ({ index: e.index, event: e.value })),
      skipped,
      total: doc.categories.length + doc.tags.length + doc.people.length + doc.events.length,
    },
  };
}

/** JSON with object keys sorted: equal content gives equal text whatever order it was built in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    return Object.fromEntries(
      Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    );
  });
}
