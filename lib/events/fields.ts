import { CALENDARS, EVENT_KINDS, EVENT_STATUSES, PRECISIONS } from './enums';

/*
 * The event's scalar fields, declared once, in the order of its record (lib/events/record.ts):
 * what each one is, and where it goes. Every mechanical per-field copy is derived from here: the
 * record's schema and the reader of old snapshots, the store's record statement, the editor form's
 * plain fields (schema, FormData, defaults, values), the content a restore compares, the rows of a
 * comparison of versions, the Almanac file's schema with its export and import, the writer's row,
 * the seed, the public page's and the API's plain fields (and their OpenAPI description).
 *
 * A field with rules of its own (dates and their precision, coordinates, the slug, the category,
 * the workflow, the image's address) is still declared here, so that it has its place and type,
 * and each surface writes its rule by hand. The table's column itself is db/schema.ts's (a test
 * keeps the two in step), and the editor form and the event page show fields as they choose.
 *
 * Adding a plain field (say, nullable text `sourceQuote`): its column in db/schema.ts (and the
 * generated migration), its entry here with `addedLater: true` (revisions saved before it do not
 * have it), its input in the editor form and its place on the event page.
 */

/**
 * Columns of the events table that are not fields of the event: derived from other data
 * (notability, from the graph: db/queries/notability.ts) or how something is stored
 * (articleReferences: references kept as the event's articles), never in its record or revisions.
 */
export const DERIVED_COLUMNS = ['notability', 'articleReferences'] as const;

/** Where an editor finds the field: the form's section, and its place in a comparison of versions. */
export type FieldSection = 'basics' | 'date' | 'place' | 'text' | 'image' | 'publishing';

type Common = {
  /** Its column in the events table (db/schema.ts); null for a field kept elsewhere. */
  column: string | null;
  nullable?: true;
  section?: FieldSection;
  /** Written by editors: what a restore brings back and "the same content" compares. */
  content?: true;
  /** Every event has it: an unversioned old snapshot without it (or with a wrong one) is not one. */
  required?: true;
  /** Absent from revision snapshots saved before it existed: those read it as its default. */
  addedLater?: true;
  /** Its row in a comparison of two versions: a word or line diff, or the values shown whole. */
  diff?: { label: string; mode: 'words' | 'lines' | null };
  /** Not part of an Almanac file (export and import). */
  file?: false;
  /** Offered as stored by the API's event (/api/v1/events/{slug}), with its OpenAPI description. */
  api?: { description?: string };
  /** Given as stored to the public event page. */
  page?: true;
};

export type FieldSpec =
  | (Common & {
      kind: 'text' | 'markdown';
      /** A plain field of the editor form: its limit, and its name in error messages. */
      form?: { max: number; label: string };
      /** Its limit in an Almanac file (generous: whatever the site holds must export). */
      fileMax?: number;
    })
  | (Common & { kind: 'int' | 'real' | 'timestamp' | 'list' })
  | (Common & { kind: 'boolean'; default?: boolean })
  | (Common & { kind: 'enum'; values: readonly [string, ...string[]]; default?: string });

export const SCALAR_FIELDS = {
  id: { column: 'id', kind: 'int', required: true, file: false },
  slug: {
    column: 'slug',
    kind: 'text',
    required: true,
    section: 'basics',
    content: true,
    diff: { label: 'URL slug', mode: null },
  },
  /** Addresses the event had before (they redirect to `slug`), sorted. */
  formerSlugs: { column: null, kind: 'list' },
  kind: {
    column: 'kind',
    kind: 'enum',
    values: EVENT_KINDS,
    default: 'event',
    section: 'basics',
    content: true,
  },
  title: {
    column: 'title',
    kind: 'text',
    section: 'basics',
    content: true,
    diff: { label: 'Title', mode: 'words' },
    page: true,
  },
  summary: {
    column: 'summary',
    kind: 'text',
    section: 'text',
    content: true,
    form: { max: 600, label: 'The summary' },
    diff: { label: 'Summary', mode: 'words' },
    fileMax: 20_000,
    page: true,
  },
  keyPoints: {
    column: 'key_points',
    kind: 'list',
    section: 'text',
    content: true,
    diff: { label: 'Key points', mode: 'lines' },
  },
  body: {
    column: 'body',
    kind: 'markdown',
    section: 'text',
    content: true,
    form: { max: 50_000, label: 'The text' },
    diff: { label: 'Text', mode: 'words' },
    fileMax: 500_000,
    page: true,
  },
  funFact: {
    column: 'fun_fact',
    kind: 'markdown',
    nullable: true,
    section: 'text',
    content: true,
    form: { max: 5_000, label: 'The fun fact' },
    diff: { label: 'Fun fact', mode: 'words' },
    fileMax: 50_000,
    api: { description: 'Markdown.' },
    page: true,
  },
  furtherReading: {
    column: 'further_reading',
    kind: 'markdown',
    nullable: true,
    section: 'text',
    content: true,
    form: { max: 10_000, label: 'Further reading' },
    diff: { label: 'Further reading', mode: 'words' },
    fileMax: 50_000,
    api: { description: 'Markdown.' },
    page: true,
  },
  year: { column: 'year', kind: 'int', nullable: true, section: 'date', content: true },
  month: { column: 'month', kind: 'int', nullable: true, section: 'date', content: true },
  day: { column: 'day', kind: 'int', nullable: true, section: 'date', content: true },
  precision: {
    column: 'precision',
    kind: 'enum',
    values: PRECISIONS,
    default: 'day',
    section: 'date',
    content: true,
  },
  circa: { column: 'circa', kind: 'boolean', section: 'date', content: true },
  calendar: {
    column: 'calendar',
    kind: 'enum',
    values: CALENDARS,
    default: 'gregorian',
    section: 'date',
    content: true,
  },
  endYear: { column: 'end_year', kind: 'int', nullable: true, section: 'date', content: true },
  endMonth: { column: 'end_month', kind: 'int', nullable: true, section: 'date', content: true },
  endDay: { column: 'end_day', kind: 'int', nullable: true, section: 'date', content: true },
  endPrecision: {
    column: 'end_precision',
    kind: 'enum',
    values: PRECISIONS,
    nullable: true,
    section: 'date',
    content: true,
  },
  location: {
    column: 'location',
    kind: 'text',
    nullable: true,
    section: 'place',
    content: true,
    form: { max: 200, label: 'The location' },
    diff: { label: 'Location', mode: null },
    fileMax: 2000,
    page: true,
  },
  latitude: {
    column: 'latitude',
    kind: 'real',
    nullable: true,
    section: 'place',
    content: true,
    page: true,
  },
  longitude: {
    column: 'longitude',
    kind: 'real',
    nullable: true,
    section: 'place',
    content: true,
    page: true,
  },
  categoryId: { column: 'category_id', kind: 'int', required: true, content: true },
  imageUrl: {
    column: 'image_url',
    kind: 'text',
    nullable: true,
    section: 'image',
    content: true,
    diff: { label: 'Image', mode: null },
  },
  imageAlt: {
    column: 'image_alt',
    kind: 'text',
    nullable: true,
    section: 'image',
    content: true,
    form: { max: 300, label: 'The description' },
    diff: { label: 'Image description', mode: 'words' },
    fileMax: 2000,
  },
  imageCredit: {
    column: 'image_credit',
    kind: 'text',
    nullable: true,
    section: 'image',
    content: true,
    form: { max: 300, label: 'The credit' },
    diff: { label: 'Image credit', mode: null },
    fileMax: 2000,
  },
  featured: {
    column: 'featured',
    kind: 'boolean',
    section: 'publishing',
    content: true,
    diff: { label: 'Featured', mode: null },
    page: true,
  },
  /** False when an editor keeps the event out of its day's automatically selected list. */
  selectable: {
    column: 'selectable',
    kind: 'boolean',
    default: true,
    section: 'publishing',
    content: true,
    addedLater: true,
    diff: { label: 'May be selected', mode: null },
  },
  status: {
    column: 'status',
    kind: 'enum',
    values: EVENT_STATUSES,
    default: 'draft',
    section: 'publishing',
  },
  publishAt: { column: 'publish_at', kind: 'timestamp', nullable: true, section: 'publishing' },
  publishedAt: { column: 'published_at', kind: 'timestamp', nullable: true },
  deletedAt: { column: 'deleted_at', kind: 'timestamp', nullable: true },
  version: { column: 'version', kind: 'int', file: false },
  // Provenance of imported content; externalId makes imports idempotent.
  source: { column: 'source', kind: 'text', nullable: true, fileMax: 100, page: true },
  sourceUrl: { column: 'source_url', kind: 'text', nullable: true, page: true },
  license: { column: 'license', kind: 'text', nullable: true, fileMax: 200, page: true },
  externalId: { column: 'external_id', kind: 'text', nullable: true, fileMax: 500 },
  contentHash: { column: 'content_hash', kind: 'text', nullable: true, fileMax: 200 },
  createdBy: { column: 'created_by', kind: 'int', nullable: true, file: false },
  updatedBy: { column: 'updated_by', kind: 'int', nullable: true },
  createdAt: { column: 'created_at', kind: 'timestamp' },
  updatedAt: { column: 'updated_at', kind: 'timestamp' },
} as const satisfies Record<string, FieldSpec>;

type Fields = typeof SCALAR_FIELDS;
export type ScalarField = keyof Fields;

type BaseValue<S> = S extends { kind: 'enum'; values: readonly (infer V)[] }
  ? V
  : S extends { kind: 'text' | 'markdown' | 'timestamp' }
    ? string
    : S extends { kind: 'int' | 'real' }
      ? number
      : S extends { kind: 'boolean' }
        ? boolean
        : S extends { kind: 'list' }
          ? string[]
          : never;

type ValueOf<S> = BaseValue<S> | (S extends { nullable: true } ? null : never);

/** A field's value in the event's record (timestamps as ISO strings). */
export type ScalarValue<K extends ScalarField> = K extends ScalarField ? ValueOf<Fields[K]> : never;

/** The scalar part of the event's record. */
export type EventScalars = { [K in ScalarField]: ScalarValue<K> };

/** The fields whose declaration has `P`. */
export type FieldsWith<P> = { [K in ScalarField]: Fields[K] extends P ? K : never }[ScalarField];

export type ContentField = FieldsWith<{ content: true }>;
/** The editor form's plain text fields: read, checked, echoed and shown the same way. */
export type FormTextField = FieldsWith<{ form: object }>;
export type FileField = Exclude<ScalarField, FieldsWith<{ file: false }>>;
export type ApiField = FieldsWith<{ api: object }>;
export type PageField = FieldsWith<{ page: true }>;
export type SectionField<S extends FieldSection> = FieldsWith<{ section: S }>;

/** The declaration of a field, as the common type (for code that reads any field's). */
export const specOf = (name: ScalarField): FieldSpec => SCALAR_FIELDS[name];

/** Every scalar field, in record order. */
export const SCALAR_FIELD_NAMES = Object.keys(SCALAR_FIELDS) as ScalarField[];

const namesWith = <K extends ScalarField>(test: (spec: FieldSpec) => boolean): readonly K[] =>
  SCALAR_FIELD_NAMES.filter((name) => test(specOf(name))) as K[];

export const CONTENT_FIELD_NAMES = namesWith<ContentField>((s) => s.content === true);
export const FORM_TEXT_FIELDS = namesWith<FormTextField>((s) => 'form' in s);
export const FILE_FIELDS = namesWith<FileField>((s) => s.file !== false);
export const API_FIELDS = namesWith<ApiField>((s) => 'api' in s);
export const PAGE_FIELDS = namesWith<PageField>((s) => s.page === true);

/** The fields of a section, in record order. */
export const fieldsOfSection = <S extends FieldSection>(section: S): readonly SectionField<S>[] =>
  namesWith<SectionField<S>>((s) => s.section === section);

/** The form's limit of a plain text field, and its name in error messages. */
export const formSpecOf = (name: FormTextField): { max: number; label: string } =>
  SCALAR_FIELDS[name].form;

/**
 * A field's value when nothing says otherwise (an old snapshot without it, a new event): null when
 * it may be, else empty text or list, 0, false (or the declared default), or the first choice
 * declared as the default.
 */
export function defaultOf<K extends ScalarField>(name: K): ScalarValue<K> {
  const spec = specOf(name);
  const value = (() => {
    if (spec.nullable) return null;
    switch (spec.kind) {
      case 'text':
      case 'markdown':
        return '';
      case 'int':
      case 'real':
        return 0;
      case 'boolean':
        return spec.default ?? false;
      case 'list':
        return [];
      case 'enum':
        return spec.default ?? spec.values[0];
      case 'timestamp':
        throw new Error(`The event field ${name} has no default`);
    }
  })();
  return value as ScalarValue<K>;
}

/** `from`'s value of each of `names`, in their order, or the field's default where it has none. */
export function valuesOrDefaults<K extends ScalarField>(
  names: readonly K[],
  from: { readonly [P in K]?: ScalarValue<P> | undefined },
): { [P in K]: ScalarValue<P> } {
  const out = {} as { [P in K]: ScalarValue<P> };
  for (const name of names) out[name] = (from[name] ?? defaultOf(name)) as ScalarValue<typeof name>;
  return out;
}

/** The event's content as it is when nothing is written yet (the caller gives what it knows). */
export const contentDefaults = () => valuesOrDefaults(CONTENT_FIELD_NAMES, {});

// ---- Building the surfaces' objects in a field order ----

/** An object with `value(name)` for each of `names`, in their order. */
export function fieldRecord<K extends string, V>(
  names: readonly K[],
  value: (name: K) => V,
): { [P in K]: V } {
  const out = {} as { [P in K]: V };
  for (const name of names) out[name] = value(name);
  return out;
}

/** The entries of `from` for `names`, in their order. */
export function pickFields<T, K extends keyof T & string>(
  from: T,
  names: readonly K[],
): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const name of names) out[name] = from[name];
  return out;
}

/**
 * The entries for `names` in their order, each from `special` when it has one (a field a surface
 * writes by its own rule), else from `plain`; a name that neither has is left out.
 */
export function inFieldOrder<N extends string, P extends object, S extends object>(
  names: readonly N[],
  plain: P,
  special: S,
): { [K in N & (keyof P | keyof S)]: K extends keyof S ? S[K] : K extends keyof P ? P[K] : never } {
  const out: Record<string, unknown> = {};
  for (const name of names) {
    if (name in special) out[name] = (special as Record<string, unknown>)[name];
    else if (name in plain) out[name] = (plain as Record<string, unknown>)[name];
  }
  return out as never;
}

/** `names` without those that `obj` has (the fields a surface writes by its own rules). */
export function withoutKeys<K extends string, O extends object>(
  names: readonly K[],
  obj: O,
): Exclude<K, keyof O>[] {
  return names.filter((name): name is Exclude<K, keyof O> => !(name in obj));
}

/**
 * `obj` with some keys renamed, where they stand (an Almanac file names the category by its slug,
 * as `category`, where the record has `categoryId`).
 */
export function renameKeys<T extends object, const R extends { [K in keyof T]?: string }>(
  obj: T,
  names: R,
): { [K in keyof T as K extends keyof R ? (R[K] extends string ? R[K] : K) : K]: T[K] } {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(obj))
    out[(names as Record<string, string | undefined>)[key] ?? key] = value;
  return out as never;
}
