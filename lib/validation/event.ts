import { z } from 'zod';
import type { EventKind, EventStatus, LinkType } from '@/lib/events/enums';
import {
  CALENDARS,
  impliedPrecision,
  PRECISIONS,
  validateHistoricalDate,
  type Precision,
} from '@/lib/dates';
import {
  fieldRecord,
  fieldsOfSection,
  FORM_TEXT_FIELDS,
  formSpecOf,
  inFieldOrder,
  pickFields,
  specOf,
  type FormTextField,
  type ScalarValue,
} from '@/lib/events/fields';
import { keptPublishAt, publishingProblems } from '@/lib/events/publishing';
import { SLUG_MAX_LENGTH, slugify, slugProblem } from '@/lib/slugs';
import { refuseUnsafeText } from './unsafe-text';

// The one schema for an event: the editor form (strings from FormData), the JSON API and imports all
// go through it. Pure (no server imports), so the form can run it in the browser for live validation.

// Client-safe copies of the schema's enums; `satisfies` and the checks below keep them in step.
export const EVENT_KINDS = [
  'event',
  'birth',
  'death',
  'observance',
] as const satisfies readonly EventKind[];
export const EVENT_STATUSES = [
  'draft',
  'published',
  'archived',
] as const satisfies readonly EventStatus[];
export const LINK_TYPES = [
  'related',
  'led_to',
  'part_of',
  'same_story',
] as const satisfies readonly LinkType[];
type Exhaustive<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const exhaustive: [
  Exhaustive<(typeof EVENT_KINDS)[number], EventKind>,
  Exhaustive<(typeof EVENT_STATUSES)[number], EventStatus>,
  Exhaustive<(typeof LINK_TYPES)[number], LinkType>,
] = [true, true, true];
void exhaustive;

/** What the editor picks: "scheduled" is a draft with a publish time. */
export const FORM_STATUSES = ['draft', 'scheduled', 'published', 'archived'] as const;
export type FormStatus = (typeof FORM_STATUSES)[number];
export const LINK_DIRECTIONS = ['from', 'to'] as const;
export type LinkDirection = (typeof LINK_DIRECTIONS)[number];

export const EVENT_LIMITS = {
  // The plain text fields' limits are declared with them (lib/events/fields.ts).
  ...fieldRecord(FORM_TEXT_FIELDS, (name) => formSpecOf(name).max),
  // An imported event's title is its whole first sentence (the longest in the muffinlabs corpus: 419).
  title: 500,
  slug: SLUG_MAX_LENGTH,
  keyPoints: 6,
  keyPoint: 200,
  url: 2_000,
  tags: 20,
  tagName: 60,
  people: 30,
  personName: 120,
  personRole: 60,
  references: 30,
  referenceTitle: 300,
  publisher: 200,
  links: 50,
  note: 300,
} as const;

export const KIND_LABELS: Record<EventKind, string> = {
  event: 'Event',
  birth: 'Birth',
  death: 'Death',
  observance: 'Observance',
};
export const PRECISION_LABELS: Record<Precision, string> = {
  day: 'Day',
  month: 'Month',
  year: 'Year',
  decade: 'Decade',
  century: 'Century',
};
export const FORM_STATUS_LABELS: Record<FormStatus, string> = {
  draft: 'Draft',
  scheduled: 'Scheduled',
  published: 'Published',
  archived: 'Archived',
};
/** How a link reads from the event being edited: direction `from` stores this → other, `to` other → this. */
export const LINK_LABELS: Record<LinkType, Record<LinkDirection, string>> = {
  related: { from: 'Related to', to: 'Related to' },
  led_to: { from: 'Led to', to: 'Result of' },
  part_of: { from: 'Part of', to: 'Includes' },
  same_story: { from: 'Same story as', to: 'Same story as' },
};
/** Link types that read the same both ways: A related B is B related A. */
export const SYMMETRIC_LINK_TYPES: readonly LinkType[] = ['related', 'same_story'];

// ---- Preprocessors: forms send strings, JSON sends numbers/booleans/null; both land here. ----

const blank = (v: unknown) =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

function toNumber(v: unknown): unknown {
  if (blank(v)) return null;
  if (typeof v === 'string') {
    const s = v.trim().replace(/\u2212/g, '-');
    return /^[-+]?\d+(\.\d+)?$/.test(s) ? Number(s) : s;
  }
  return v;
}

const wholeNumber = (label: string) =>
  z.preprocess(
    toNumber,
    z
      .number({ error: `${label} must be a whole number` })
      .int({ error: `${label} must be a whole number` })
      .nullable(),
  );

/** `checks: false` (a value kept as stored, see createEventSchema) reads it without its limits. */
const decimal = (label: string, min: number, max: number, checks = true) =>
  z.preprocess(
    toNumber,
    checks
      ? z
          .number({ error: `${label} must be a number` })
          .min(min, { error: `${label} must be between ${min} and ${max}` })
          .max(max, { error: `${label} must be between ${min} and ${max}` })
          .nullable()
      : z.number({ error: `${label} must be a number` }).nullable(),
  );

const checkbox = z.preprocess(
  (v) => v === true || v === 'on' || v === 'true' || v === '1' || v === 1,
  z.boolean(),
);

/** Text of at most `max` characters (no limit when `checks` is off). */
const text = (max: number, label: string, checks = true) => {
  const s = z.string({ error: `${label} must be text` });
  return checks
    ? s.max(max, { error: `${label} has at most ${max.toLocaleString('en')} characters` })
    : s;
};

/** Trimmed text; empty becomes null. */
const optionalText = (max: number, label: string, checks = true) =>
  z.preprocess(
    (v) => (blank(v) ? null : typeof v === 'string' ? v.trim() : v),
    text(max, label, checks).nullable(),
  );

/** Markdown keeps its whitespace (indentation matters); only an all-blank value becomes null. */
const markdown = (max: number, label: string, checks = true) =>
  z.preprocess(
    (v) => (blank(v) ? null : typeof v === 'string' ? v.replace(/\r\n?/g, '\n').trimEnd() : v),
    text(max, label, checks).nullable(),
  );

function isWebUrl(value: string, protocols: readonly string[]): boolean {
  try {
    const url = new URL(value);
    return protocols.includes(url.protocol) && url.hostname !== '';
  } catch {
    return false;
  }
}

const webUrl = (protocols: readonly string[], message: string, checks = true) =>
  checks
    ? z
        .string({ error: message })
        .trim()
        .max(EVENT_LIMITS.url, { error: `A URL has at most ${EVENT_LIMITS.url} characters` })
        .refine((v) => isWebUrl(v, protocols), { error: message })
    : z.string({ error: message }).trim();

/** "YYYY-MM-DD" naming a real Gregorian day. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const DATETIME =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * An ISO date-time as typed or sent: with an offset ("2026-05-01T09:00:00+02:00", "...Z") or
 * without one, as a datetime-local field sends it, which the CMS reads as UTC (it shows times in UTC).
 */
export function parseDateTime(value: string): Date | null {
  const m = DATETIME.exec(value.trim());
  if (!m || !isIsoDate(m[1] ?? '')) return null;
  if (Number(m[2]) > 23 || Number(m[3]) > 59 || Number(m[4] ?? 0) > 59) return null;
  const ms = Date.parse(m[5] ? value.trim() : `${value.trim()}Z`);
  return Number.isNaN(ms) ? null : new Date(ms);
}

/** A Date as a datetime-local field shows it (UTC, minutes). */
export function toDateTimeLocal(date: Date | null): string {
  return date ? date.toISOString().slice(0, 16) : '';
}

const dateTime = z.preprocess(
  (v) => (blank(v) ? null : v),
  z
    .union([z.date(), z.string()], { error: 'Enter a date and time such as 2026-05-01T09:00' })
    .nullable()
    .transform((v, ctx) => {
      if (v === null || v instanceof Date) return v;
      const parsed = parseDateTime(v);
      if (!parsed) {
        ctx.addIssue({ code: 'custom', message: 'Enter a date and time such as 2026-05-01T09:00' });
        return z.NEVER;
      }
      return parsed;
    }),
);

/** A tag name as stored: trimmed, single spaces. */
export function normalizeTagName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

// ---- Values kept as stored ----
// An edit is checked against the event as stored (createEventSchema's `stored`): a value the editor
// left as it was is accepted as it is, even where a new one would not be (an imported slug longer
// than the form's limit, a summary from before a limit). Each field is read by its schema, or, when
// its value equals the stored one, by the same schema without its limits (`checks: false`); the
// items of a list likewise one by one, and a rule between fields is not applied when every field it
// reads is kept. So a field the editor did not change never blocks a save.

/** Deep equality of form values (strings, booleans, arrays and rows of them). */
function equalValues(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b))
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((x, i) => equalValues(x, b[i]))
    );
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const ka = Object.keys(a);
  return (
    ka.length === Object.keys(b).length &&
    ka.every((k) =>
      equalValues((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
    )
  );
}

/** Reads a value with `strict`, or with `lenient` (the same without limits) when it is kept. */
function unlessKept<S extends z.ZodType>(
  strict: S,
  lenient: z.ZodType,
  kept: ((value: unknown) => boolean) | null,
): S {
  if (kept === null) return strict;
  return z.unknown().transform((value, ctx) => {
    const result = (kept(value) ? lenient : strict).safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues)
      ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    return z.NEVER;
  }) as unknown as S;
}

/** The stored event as the schema reads it (form values, links without their titles). */
type StoredInput = Readonly<Record<string, unknown>>;

const storedList = (stored: StoredInput | null, field: string): readonly unknown[] | null =>
  stored === null ? null : Array.isArray(stored[field]) ? (stored[field] as unknown[]) : [];

/** At most `max` items, or no more than were stored. */
const countWithin = (max: number, storedCount: number | null) => (n: number) =>
  n <= max || (storedCount !== null && n <= storedCount);

const tagName = (checks: boolean) =>
  z
    .string({ error: 'A tag must be text' })
    .transform(normalizeTagName)
    .pipe(
      checks
        ? z
            .string()
            .max(EVENT_LIMITS.tagName, {
              error: `A tag has at most ${EVENT_LIMITS.tagName} characters`,
            })
            .refine((v) => v === '' || slugify(v) !== '', {
              error: 'A tag needs a letter or a digit',
            })
            .superRefine(refuseUnsafeText)
        : z.string(),
    );

function tagsSchema(stored: readonly unknown[] | null) {
  const storedNames = stored?.map((t) => (typeof t === 'string' ? normalizeTagName(t) : t));
  return (
    z
      .array(
        unlessKept(
          tagName(true),
          tagName(false),
          storedNames
            ? (v) => typeof v === 'string' && storedNames.includes(normalizeTagName(v))
            : null,
        ),
      )
      .default([])
      // One tag per slug: "World War I" and "world war i" are the same tag.
      .transform((names) => {
        const seen = new Set<string>();
        return names.filter((n) => {
          const key = slugify(n);
          if (n === '' || seen.has(key)) return false;
          seen.add(key);
          return true;
        });
      })
      .refine((names) => countWithin(EVENT_LIMITS.tags, stored?.length ?? null)(names.length), {
        error: `Use at most ${EVENT_LIMITS.tags} tags`,
      })
  );
}

const cleanKeyPoints = (lines: readonly string[]) =>
  lines.map((l) => l.trim().replace(/^[-*•]\s+/, '')).filter((l) => l !== '');

function keyPointsSchema(stored: readonly unknown[] | null) {
  const storedLines = stored
    ? cleanKeyPoints(stored.filter((l): l is string => typeof l === 'string'))
    : null;
  return z
    .array(z.string({ error: 'A key point must be text' }))
    .default([])
    .transform(cleanKeyPoints)
    .superRefine((lines, ctx) => {
      if (!countWithin(EVENT_LIMITS.keyPoints, storedLines?.length ?? null)(lines.length))
        ctx.addIssue({
          code: 'custom',
          message: `Use at most ${EVENT_LIMITS.keyPoints} key points`,
        });
      lines.forEach((line, i) => {
        if (line.length > EVENT_LIMITS.keyPoint && !storedLines?.includes(line))
          ctx.addIssue({
            code: 'custom',
            message: `Key point ${i + 1} is longer than ${EVENT_LIMITS.keyPoint} characters`,
          });
      });
    });
}

const personSchema = (checks: boolean) =>
  z
    .object({
      personId: z.preprocess(
        toNumber,
        z
          .number({ error: 'Choose a person' })
          .int()
          .positive({ error: 'Choose a person' })
          .nullable(),
      ),
      name: checks
        ? z.preprocess(
            (v) => (blank(v) ? null : typeof v === 'string' ? v.trim() : v),
            text(EVENT_LIMITS.personName, 'A name').superRefine(refuseUnsafeText).nullable(),
          )
        : optionalText(EVENT_LIMITS.personName, 'A name', false),
      role: optionalText(EVENT_LIMITS.personRole, 'A role', checks).transform((v) => v ?? ''),
    })
    .superRefine((p, ctx) => {
      if (p.personId === null && p.name === null)
        ctx.addIssue({ code: 'custom', path: ['name'], message: 'Choose a person or type a name' });
    })
    .transform((p) => ({
      personId: p.personId,
      name: p.personId === null ? p.name : null,
      role: p.role,
    }));

const referenceSchema = (checks: boolean) =>
  z.object({
    url: webUrl(
      ['http:', 'https:'],
      'Enter a web address starting with http:// or https://',
      checks,
    ),
    title: checks
      ? z
          .string({ error: 'Enter the title of the source' })
          .trim()
          .min(1, { error: 'Enter the title of the source' })
          .max(EVENT_LIMITS.referenceTitle, {
            error: `A title has at most ${EVENT_LIMITS.referenceTitle} characters`,
          })
      : z.string({ error: 'Enter the title of the source' }).trim(),
    publisher: optionalText(EVENT_LIMITS.publisher, 'The publisher', checks),
    accessedAt: z.preprocess(
      (v) => (blank(v) ? null : typeof v === 'string' ? v.trim() : v),
      checks
        ? z
            .string({ error: 'Enter a date as YYYY-MM-DD' })
            .refine(isIsoDate, { error: 'Enter a real date as YYYY-MM-DD' })
            .nullable()
        : z.string({ error: 'Enter a date as YYYY-MM-DD' }).nullable(),
    ),
  });

const linkSchema = z.object({
  eventId: z.preprocess(
    toNumber,
    z
      .number({ error: 'Choose an event' })
      .int({ error: 'Choose an event' })
      .positive({ error: 'Choose an event' }),
  ),
  type: z.preprocess(
    (v) => (blank(v) ? 'related' : v),
    z.enum(LINK_TYPES, { error: 'Choose a link type' }),
  ),
  direction: z.preprocess(
    (v) => (blank(v) ? 'from' : v),
    z.enum(LINK_DIRECTIONS, { error: 'Choose a direction' }),
  ),
});

/** Rows of a list, each kept as stored or checked; at most `max`, or no more than were stored. */
function rows<S extends z.ZodType>(
  stored: readonly unknown[] | null,
  row: (checks: boolean) => S,
  max: number,
  error: string,
) {
  return z
    .array(
      unlessKept(
        row(true),
        row(false),
        stored ? (v) => stored.some((r) => equalValues(r, v)) : null,
      ),
    )
    .refine((list) => countWithin(max, stored?.length ?? null)(list.length), { error })
    .default([]);
}

/** The form's slug rule is lib/slugs.ts's (the importers write slugs by it too). */
const slugSchema = (checks: boolean) =>
  z.preprocess(
    (v) => (blank(v) ? null : typeof v === 'string' ? v.trim() : v),
    checks
      ? z
          .string({ error: 'A slug must be text' })
          .superRefine((v, ctx) => {
            const problem = slugProblem(v);
            if (problem) ctx.addIssue({ code: 'custom', message: problem });
          })
          .nullable()
      : z.string({ error: 'A slug must be text' }).nullable(),
  );

/** A plain text field of the form: trimmed text, or Markdown; empty is null when the field may be. */
function formTextSchema(name: FormTextField, checks: boolean): z.ZodType {
  const spec = specOf(name);
  const { max, label } = formSpecOf(name);
  const schema =
    spec.kind === 'markdown' ? markdown(max, label, checks) : optionalText(max, label, checks);
  return spec.nullable ? schema : schema.transform((v) => v ?? '');
}

/** Every field's schema; with `stored`, a value equal to the stored one is read without its limits. */
function eventFields(stored: StoredInput | null) {
  const gate = <S extends z.ZodType>(field: string, make: (checks: boolean) => S): S =>
    unlessKept(
      make(true),
      make(false),
      stored === null ? null : (v) => equalValues(v, stored[field]),
    );
  // The plain text fields (lib/events/fields.ts), each in its place among the others.
  const texts = fieldRecord(FORM_TEXT_FIELDS, (name) =>
    gate(name, (checks) => formTextSchema(name, checks)),
  ) as { [K in FormTextField]: z.ZodType<ScalarValue<K>, unknown> };
  return {
    title: gate('title', (checks) =>
      checks
        ? z
            .string({ error: 'Enter a title' })
            .trim()
            .min(1, { error: 'Enter a title' })
            .max(EVENT_LIMITS.title, {
              error: `A title has at most ${EVENT_LIMITS.title} characters`,
            })
            .superRefine(refuseUnsafeText)
        : z.string({ error: 'Enter a title' }).trim(),
    ),
    slug: gate('slug', slugSchema),
    kind: z.preprocess(
      (v) => (blank(v) ? 'event' : v),
      z.enum(EVENT_KINDS, { error: 'Choose a kind' }),
    ),
    year: wholeNumber('Year'),
    month: wholeNumber('Month'),
    day: wholeNumber('Day'),
    precision: z.preprocess(
      (v) => (blank(v) ? 'day' : v),
      z.enum(PRECISIONS, { error: 'Choose how precise the date is' }),
    ),
    circa: checkbox,
    calendar: z.preprocess(
      (v) => (blank(v) ? 'gregorian' : v),
      z.enum(CALENDARS, { error: 'Choose Gregorian or Julian' }),
    ),
    endYear: wholeNumber('Year'),
    endMonth: wholeNumber('Month'),
    endDay: wholeNumber('Day'),
    endPrecision: z.preprocess(
      (v) => (blank(v) ? null : v),
      z.enum(PRECISIONS, { error: 'Choose how precise the end date is' }).nullable(),
    ),
    ...inFieldOrder(fieldsOfSection('place'), texts, {
      latitude: gate('latitude', (checks) => decimal('Latitude', -90, 90, checks)),
      longitude: gate('longitude', (checks) => decimal('Longitude', -180, 180, checks)),
    }),
    categoryId: z.preprocess(
      toNumber,
      z
        .number({ error: 'Choose a category' })
        .int({ error: 'Choose a category' })
        .positive({ error: 'Choose a category' }),
    ),
    ...inFieldOrder(fieldsOfSection('text'), texts, {
      keyPoints: keyPointsSchema(storedList(stored, 'keyPoints')),
    }),
    ...inFieldOrder(fieldsOfSection('image'), texts, {
      imageUrl: gate('imageUrl', (checks) =>
        z.preprocess(
          (v) => (blank(v) ? null : v),
          webUrl(['https:'], 'Enter an image address starting with https://', checks).nullable(),
        ),
      ),
    }),
    featured: checkbox,
    selectable: checkbox,
    tags: tagsSchema(storedList(stored, 'tags')),
    people: rows(
      storedList(stored, 'people'),
      personSchema,
      EVENT_LIMITS.people,
      `List at most ${EVENT_LIMITS.people} people`,
    ),
    references: rows(
      storedList(stored, 'references'),
      referenceSchema,
      EVENT_LIMITS.references,
      `List at most ${EVENT_LIMITS.references} references`,
    ),
    links: rows(
      storedList(stored, 'links'),
      () => linkSchema,
      EVENT_LIMITS.links,
      `Use at most ${EVENT_LIMITS.links} links`,
    ),
    status: z.preprocess(
      (v) => (blank(v) ? 'draft' : v),
      z.enum(FORM_STATUSES, { error: 'Choose a status' }),
    ),
    publishAt: dateTime,
    note: optionalText(EVENT_LIMITS.note, 'The note'),
    version: z.preprocess(
      toNumber,
      z.number({ error: 'Reload the page and try again' }).int().positive().nullable(),
    ),
  };
}

const fields = eventFields(null);
// Every plain text field has its place among the form's fields (a field of another section would not).
const everyTextField: readonly (keyof typeof fields)[] = FORM_TEXT_FIELDS;
void everyTextField;

export type EventField = keyof typeof fields;
export const EVENT_FIELDS = Object.keys(fields) as EventField[];

type ListField = 'keyPoints' | 'tags';
type PersonField = 'personId' | 'name' | 'role';
type ReferenceField = 'url' | 'title' | 'publisher' | 'accessedAt';
type LinkField = 'eventId' | 'type' | 'direction';
/** Where an error belongs: a field, or one row (and column) of a list. */
export type EventErrorKey =
  | EventField
  | `${ListField}.${number}`
  | `people.${number}.${PersonField}`
  | `references.${number}.${ReferenceField}`
  | `links.${number}.${LinkField}`;
export type EventFieldErrors = Partial<Record<EventErrorKey, string[]>>;

type RawEvent = z.output<z.ZodObject<typeof fields>>;

function compareDates(
  a: { year: number | null; month: number | null; day: number | null },
  b: { year: number | null; month: number | null; day: number | null },
): number {
  if (a.year === null || b.year === null) return 0;
  if (a.year !== b.year) return a.year - b.year;
  if (a.month === null || b.month === null) return 0;
  if (a.month !== b.month) return a.month - b.month;
  if (a.day === null || b.day === null) return 0;
  return a.day - b.day;
}

const DATE_FIELDS: readonly EventField[] = [
  'kind',
  'year',
  'month',
  'day',
  'precision',
  'circa',
  'calendar',
];
const END_FIELDS: readonly EventField[] = [
  ...DATE_FIELDS,
  'endYear',
  'endMonth',
  'endDay',
  'endPrecision',
];

/**
 * The rules between fields. Each names the fields it reads; it is not applied when the editor kept
 * all of them as stored (`kept`).
 */
function checkEvent(
  e: RawEvent,
  ctx: z.RefinementCtx,
  now: number,
  kept: (field: EventField) => boolean,
  source: string | null,
): void {
  const rule =
    (...reads: readonly EventField[]) =>
    (path: (string | number)[], message: string) => {
      if (!reads.every(kept)) ctx.addIssue({ code: 'custom', path, message });
    };

  // The date, for real: no year 0, no 30 February, 29 February only in leap years of its calendar.
  let issue = rule(...DATE_FIELDS);
  if (e.kind === 'observance') {
    if (e.year !== null) issue(['year'], 'An observance recurs every year: leave the year empty');
    if (e.precision !== 'day') issue(['precision'], 'An observance falls on a day of the year');
  } else if (e.year === null && e.precision === 'day') {
    issue(['year'], 'Enter a year (only observances have none)');
  }
  const start = validateHistoricalDate({
    year: e.year,
    month: e.month,
    day: e.day,
    precision: e.precision,
    circa: e.circa,
    calendar: e.calendar,
  });
  if (!start.ok) for (const err of start.errors) issue([err.field], err.message);

  issue = rule(...END_FIELDS);
  const hasEnd = e.endYear !== null || e.endMonth !== null || e.endDay !== null;
  if (hasEnd) {
    const precision = impliedPrecision(e.endPrecision, { month: e.endMonth, day: e.endDay });
    const end = validateHistoricalDate({
      year: e.endYear,
      month: e.endMonth,
      day: e.endDay,
      precision,
      calendar: e.calendar,
    });
    const endField = {
      year: 'endYear',
      month: 'endMonth',
      day: 'endDay',
      precision: 'endPrecision',
    } as const;
    if (!end.ok) for (const err of end.errors) issue([endField[err.field]], err.message);
    else if (e.kind !== 'observance' && e.endYear === null)
      issue(['endYear'], 'Enter the year the span ends');
    else if (start.ok && compareDates({ year: e.endYear, month: e.endMonth, day: e.endDay }, e) < 0)
      issue(['endYear'], 'The end date is before the start date');
  } else if (e.endPrecision !== null) {
    issue(['endYear'], 'Enter the end date, or leave its precision empty');
  }

  issue = rule('latitude', 'longitude');
  if ((e.latitude === null) !== (e.longitude === null)) {
    if (e.latitude === null) issue(['latitude'], 'Enter the latitude too, or neither');
    else issue(['longitude'], 'Enter the longitude too, or neither');
  }

  issue = rule('imageUrl', 'imageAlt', 'imageCredit');
  if (e.imageUrl !== null && e.imageAlt === null)
    issue(['imageAlt'], 'Describe the image for readers who cannot see it');
  if (e.imageUrl === null && (e.imageAlt !== null || e.imageCredit !== null))
    issue(['imageUrl'], 'Enter the image address, or clear its description and credit');

  // What publishing requires (lib/events/publishing.ts): not asked again of an event that stays
  // published with the summary it has.
  issue = rule('status', 'summary');
  if (e.status === 'published' || e.status === 'scheduled')
    for (const problem of publishingProblems({ summary: e.summary, source }))
      issue([problem.field], problem.message);

  issue = rule('status', 'publishAt');
  const scheduling = e.status === 'scheduled' || (e.status === 'draft' && e.publishAt !== null);
  if (e.status === 'scheduled' && e.publishAt === null)
    issue(['publishAt'], 'Choose when to publish');
  else if (scheduling && e.publishAt !== null && e.publishAt.getTime() <= now)
    issue(['publishAt'], 'Choose a time in the future');

  issue = rule('people');
  const seenPeople = new Set<number>();
  e.people.forEach((p, i) => {
    if (p.personId === null) return;
    if (seenPeople.has(p.personId)) issue(['people', i, 'name'], 'This person is listed twice');
    seenPeople.add(p.personId);
  });

  issue = rule('links');
  const seenLinks = new Set<string>();
  e.links.forEach((l, i) => {
    const symmetric = SYMMETRIC_LINK_TYPES.includes(l.type);
    const key = symmetric ? `${l.eventId}:${l.type}` : `${l.eventId}:${l.type}:${l.direction}`;
    if (seenLinks.has(key)) issue(['links', i, 'eventId'], 'This link is listed twice');
    seenLinks.add(key);
  });
}

/** The event as the data layer writes it: statuses resolved, the end date grouped, empty slug = generate. */
function toEventInput(e: RawEvent) {
  const hasEnd = e.endYear !== null || e.endMonth !== null || e.endDay !== null;
  const status: EventStatus = e.status === 'scheduled' ? 'draft' : e.status;
  // The image's description and credit travel with its address, as `image`.
  const { imageAlt, imageCredit, ...texts } = pickFields(e, FORM_TEXT_FIELDS);
  return {
    ...texts,
    title: e.title,
    slug: e.slug,
    kind: e.kind,
    year: e.year,
    month: e.month,
    day: e.day,
    precision: e.precision,
    circa: e.circa,
    calendar: e.calendar,
    end: hasEnd
      ? {
          year: e.endYear,
          month: e.endMonth,
          day: e.endDay,
          precision: (e.endPrecision ??
            (e.endDay !== null ? 'day' : e.endMonth !== null ? 'month' : 'year')) as Precision,
        }
      : null,
    latitude: e.latitude,
    longitude: e.longitude,
    categoryId: e.categoryId,
    keyPoints: e.keyPoints,
    image: e.imageUrl ? { url: e.imageUrl, alt: imageAlt ?? '', credit: imageCredit } : null,
    featured: e.featured,
    selectable: e.selectable,
    tags: e.tags,
    people: e.people,
    references: e.references,
    links: e.links,
    status,
    publishAt: keptPublishAt(status, e.publishAt),
    note: e.note,
    version: e.version,
  };
}

/** What the event schema accepts (form strings or JSON values). */
export type EventSchemaInput = z.input<z.ZodObject<typeof fields>>;
/** A valid event, as the data layer takes it. */
export type EventInput = ReturnType<typeof toEventInput>;
export type EventSchema = z.ZodType<EventInput, EventSchemaInput>;

/**
 * The event schema. `now` (for "publish time in the future") is read when a value is parsed.
 * `stored`: the event as the form opened it from the database; an edit is checked against it, so a
 * value the editor kept is accepted as stored (see "Values kept as stored" above).
 */
export function createEventSchema(
  o: {
    now?: () => number;
    stored?: EventFormValues;
    /** Where the stored event's text came from (an importer's name), null for one written here. */
    source?: string | null;
  } = {},
): EventSchema {
  const now = o.now ?? Date.now;
  const source = o.source ?? null;
  if (!o.stored)
    return z
      .object(fields)
      .superRefine((e, ctx) => checkEvent(e, ctx, now(), () => false, source))
      .transform(toEventInput);
  const stored = formValuesToSchemaInput(o.stored) as StoredInput;
  const object = z.object(eventFields(stored));
  // The rules between fields need to know which fields came in as stored: read from the input.
  return z.unknown().transform((input, ctx) => {
    const raw = (typeof input === 'object' && input !== null ? input : {}) as StoredInput;
    const kept = (field: EventField) => equalValues(raw[field], stored[field]);
    const result = object
      .superRefine((e, inner) => checkEvent(e, inner, now(), kept, source))
      .safeParse(input);
    if (!result.success) {
      for (const issue of result.error.issues)
        ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
      return z.NEVER;
    }
    return toEventInput(result.data);
  }) as unknown as EventSchema;
}

export const eventSchema = createEventSchema();
export type EventPersonInput = EventInput['people'][number];
export type EventReferenceInput = EventInput['references'][number];
export type EventLinkInput = EventInput['links'][number];

/** zod issues keyed by field ("title") or list cell ("references.2.url"). */
export function toEventFieldErrors(error: z.ZodError): EventFieldErrors {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const [head] = issue.path;
    const key =
      typeof head === 'string' && (EVENT_FIELDS as string[]).includes(head)
        ? issue.path.map(String).join('.')
        : 'title';
    (out[key] ??= []).push(issue.message);
  }
  return out as EventFieldErrors;
}

export type EventValidation =
  { ok: true; data: EventInput } | { ok: false; errors: EventFieldErrors };

export function validateEvent(input: unknown, schema = eventSchema): EventValidation {
  const parsed = schema.safeParse(input);
  return parsed.success
    ? { ok: true, data: parsed.data }
    : { ok: false, errors: toEventFieldErrors(parsed.error) };
}

// ---- The form's side: FormData in, the same values back out when something needs fixing. ----

export type PersonFormValue = { personId: string; name: string; role: string };
export type ReferenceFormValue = {
  url: string;
  title: string;
  publisher: string;
  accessedAt: string;
};
/** `title` only labels the row in the form; the event id is what is saved. */
export type LinkFormValue = { eventId: string; title: string; type: string; direction: string };

/** The plain text fields as typed (lib/events/fields.ts). */
type FormTextValues = { [K in FormTextField]: string };

/** Everything the event form holds, as typed: what a failed save echoes back so nothing is lost. */
export type EventFormValues = FormTextValues & {
  title: string;
  slug: string;
  kind: string;
  year: string;
  month: string;
  day: string;
  precision: string;
  circa: boolean;
  calendar: string;
  endYear: string;
  endMonth: string;
  endDay: string;
  endPrecision: string;
  latitude: string;
  longitude: string;
  categoryId: string;
  keyPoints: string[];
  imageUrl: string;
  featured: boolean;
  selectable: boolean;
  tags: string[];
  people: PersonFormValue[];
  references: ReferenceFormValue[];
  links: LinkFormValue[];
  status: string;
  publishAt: string;
  note: string;
  version: string;
};

export function emptyEventFormValues(): EventFormValues {
  return {
    ...fieldRecord(FORM_TEXT_FIELDS, () => ''),
    title: '',
    slug: '',
    kind: 'event',
    year: '',
    month: '',
    day: '',
    precision: 'day',
    circa: false,
    calendar: 'gregorian',
    endYear: '',
    endMonth: '',
    endDay: '',
    endPrecision: '',
    latitude: '',
    longitude: '',
    categoryId: '',
    keyPoints: [],
    imageUrl: '',
    featured: false,
    selectable: true,
    tags: [],
    people: [],
    references: [],
    links: [],
    status: 'draft',
    publishAt: '',
    note: '',
    version: '',
  };
}

const ROW = /^(people|references|links)\[(\d{1,3})\]\[(\w+)\]$/;
type RowList = 'people' | 'references' | 'links';

/** Rows of the form's lists by their index in the form, in index order. */
function readRows(
  formData: FormData,
): Record<RowList, { index: number; row: Record<string, string> }[]> {
  const maps: Record<RowList, Map<number, Record<string, string>>> = {
    people: new Map(),
    references: new Map(),
    links: new Map(),
  };
  for (const [key, value] of formData.entries()) {
    const m = ROW.exec(key);
    if (!m || typeof value !== 'string') continue;
    const list = maps[m[1] as RowList];
    const index = Number(m[2]);
    const row = list.get(index) ?? {};
    row[m[3] ?? ''] = value;
    list.set(index, row);
  }
  const ordered = (map: Map<number, Record<string, string>>) =>
    [...map.entries()].sort((a, b) => a[0] - b[0]).map(([index, row]) => ({ index, row }));
  return {
    people: ordered(maps.people),
    references: ordered(maps.references),
    links: ordered(maps.links),
  };
}

const filled = (v: string | undefined) => (v ?? '').trim() !== '';
/** A row the form left entirely empty is not part of the event. */
const KEEP_ROW: Record<RowList, (r: Record<string, string>) => boolean> = {
  people: (r) => filled(r.personId) || filled(r.name) || filled(r.role),
  references: (r) =>
    filled(r.url) || filled(r.title) || filled(r.publisher) || filled(r.accessedAt),
  links: (r) => filled(r.eventId),
};

/**
 * For each list, the form index of each row the parser keeps, in order: row k of the parsed
 * values (and of "references.k.url" errors) is form row `indices.references[k]`.
 */
export function keptRowIndices(formData: FormData): Record<RowList, number[]> {
  const rows = readRows(formData);
  const kept = (list: RowList) =>
    rows[list].filter((r) => KEEP_ROW[list](r.row)).map((r) => r.index);
  return { people: kept('people'), references: kept('references'), links: kept('links') };
}

/**
 * Reads the event form. Conventions: one input per scalar field, named as in the schema; `keyPoints`
 * one or more fields, one point per line; `tags` one or more fields, names separated by commas;
 * rows as `people[i][personId|name|role]`, `references[i][url|title|publisher|accessedAt]` and
 * `links[i][eventId|title|type|direction]` (or `links[i][relation]` = "type:direction"), in index
 * order. Rows left entirely empty are dropped (the form without JavaScript offers blank rows to
 * fill in). `publishAt` counts only when the status is "scheduled"; `forceVersion` (the "save mine
 * anyway" button) replaces `version`.
 */
export function parseEventFormData(formData: FormData): EventFormValues {
  const text = (name: string) => {
    const v = formData.get(name);
    return typeof v === 'string' ? v : '';
  };
  const all = (name: string) =>
    formData.getAll(name).filter((v): v is string => typeof v === 'string');
  const rows = readRows(formData);
  const kept = (list: RowList) => rows[list].map((r) => r.row).filter(KEEP_ROW[list]);

  const status = text('status') || 'draft';
  return {
    ...fieldRecord(FORM_TEXT_FIELDS, text),
    title: text('title'),
    slug: text('slug'),
    kind: text('kind') || 'event',
    year: text('year'),
    month: text('month'),
    day: text('day'),
    precision: text('precision') || 'day',
    circa: formData.has('circa') && text('circa') !== 'false',
    calendar: text('calendar') || 'gregorian',
    endYear: text('endYear'),
    endMonth: text('endMonth'),
    endDay: text('endDay'),
    endPrecision: text('endPrecision'),
    latitude: text('latitude'),
    longitude: text('longitude'),
    categoryId: text('categoryId'),
    keyPoints: all('keyPoints')
      .flatMap((v) => v.split(/\r?\n/))
      .filter((l) => l.trim() !== ''),
    imageUrl: text('imageUrl'),
    featured: formData.has('featured') && text('featured') !== 'false',
    selectable: formData.has('selectable') && text('selectable') !== 'false',
    tags: all('tags')
      .flatMap((v) => v.split(','))
      .map((t) => t.trim())
      .filter((t) => t !== ''),
    people: kept('people').map((r) => ({
      personId: r.personId ?? '',
      name: r.name ?? '',
      role: r.role ?? '',
    })),
    references: kept('references').map((r) => ({
      url: r.url ?? '',
      title: r.title ?? '',
      publisher: r.publisher ?? '',
      accessedAt: r.accessedAt ?? '',
    })),
    links: kept('links').map((r) => {
      // One select may carry both, as "led_to:to" (how the form shows "Result of").
      const [relType, relDirection] = (r.relation ?? '').split(':');
      return {
        eventId: r.eventId ?? '',
        title: r.title ?? '',
        type: relType || r.type || 'related',
        direction: relDirection || r.direction || 'from',
      };
    }),
    status,
    publishAt: status === 'scheduled' ? text('publishAt') : '',
    note: text('note'),
    version: text('forceVersion') || text('version'),
  };
}

/** The form's values as the schema reads them (the link titles are for display only). */
export function formValuesToSchemaInput(values: EventFormValues): EventSchemaInput {
  return {
    ...values,
    links: values.links.map(({ eventId, type, direction }) => ({ eventId, type, direction })),
  };
}

/** Validates the form's values with the event schema. */
export function validateEventForm(values: EventFormValues, schema = eventSchema): EventValidation {
  return validateEvent(formValuesToSchemaInput(values), schema);
}
