import { z } from 'zod';
import { formatMonthDay, isValidCalendarDay, parseMonthDaySlug, parseYear } from '@/lib/dates';

/*
 * What /api/v1 accepts in its paths and query strings. Every check answers with a sentence that
 * names the parameter and shows a value that would work, because the caller is a programmer
 * reading a 400 in a terminal. Unknown query parameters are ignored; empty ones count as absent.
 */

export const API_KINDS = ['event', 'birth', 'death', 'observance'] as const;
export type ApiKind = (typeof API_KINDS)[number];
export const API_ORDERS = ['newest', 'oldest'] as const;
export type ApiOrder = (typeof API_ORDERS)[number];
export const API_SEARCH_SORTS = ['relevance', 'newest', 'oldest'] as const;

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 200;
const MAX_QUERY_LENGTH = 500;

export type Parsed<T> = { ok: true; value: T } | { ok: false; status: 400 | 404; error: string };

const SLUG = /^[a-z0-9][a-z0-9-]{0,199}$/;

/** True for a string that could be a slug; anything else cannot name a record (404 without a query). */
export function isPlausibleSlug(s: string): boolean {
  return SLUG.test(s);
}

const YEAR_FORMS = /^(?:-?\d{1,5}|\d{1,5}[\s-]?(?:bce|bc|ce|ad)|(?:ad|ce)[\s-]?\d{1,5})$/i;

/**
 * A year as the API takes it: "1924", "-44", "44-bce", "44 BCE", "ad-9". Historical numbering:
 * negative is BCE and there is no year 0. Circa forms are not accepted (a filter needs a number).
 */
export function parseApiYear(
  text: string,
): { ok: true; year: number } | { ok: false; reason: string } {
  const s = text.trim();
  if (!YEAR_FORMS.test(s)) return { ok: false, reason: `"${s.slice(0, 40)}" is not a year` };
  // "44-bce" and "ad-9" are the site's URL forms; parseYear reads them with a space.
  const parsed = parseYear(s.replace(/(\d)-(?=[a-z])/i, '$1 ').replace(/^(ad|ce)-/i, '$1 '));
  return parsed.ok ? { ok: true, year: parsed.year } : { ok: false, reason: parsed.reason };
}

/** The {day} path segment: "02-01" (MM-DD) or "february-1". 404 for a day no year has (02-30). */
export function parseApiDay(text: string): Parsed<{ month: number; day: number }> {
  const numeric = /^(\d{1,2})-(\d{1,2})$/.exec(text);
  if (numeric) {
    const month = Number(numeric[1]);
    const day = Number(numeric[2]);
    if (month < 1 || month > 12) {
      return {
        ok: false,
        status: 400,
        error: `day must be MM-DD with a month from 01 to 12, such as 02-01 (got "${text}")`,
      };
    }
    if (!isValidCalendarDay(month, day)) {
      return {
        ok: false,
        status: 404,
        error: `There is no day ${text}: that month has no day ${day}`,
      };
    }
    return { ok: true, value: { month, day } };
  }
  const named = parseMonthDaySlug(text);
  if (named) return { ok: true, value: named };
  return {
    ok: false,
    status: 400,
    error: `day must be MM-DD, such as 02-01, or a day name such as february-1 (got "${text.slice(0, 40)}")`,
  };
}

/** The {year} path segment. */
export function parseApiYearSegment(text: string): Parsed<number> {
  const parsed = parseApiYear(text);
  if (parsed.ok) return { ok: true, value: parsed.year };
  return {
    ok: false,
    status: 400,
    error: `year must be like 1924, -44 or 44-bce: ${parsed.reason}`,
  };
}

const limit = z
  .string()
  .regex(/^\d{1,6}$/, { error: `limit must be a whole number from 1 to ${MAX_LIMIT}` })
  .transform(Number)
  .pipe(
    z
      .number()
      .min(1, { error: `limit must be a whole number from 1 to ${MAX_LIMIT}` })
      .max(MAX_LIMIT, { error: `limit must be at most ${MAX_LIMIT}` }),
  );

const cursor = z.string().max(512, { error: 'cursor is not valid (too long)' });

const kind = z.enum(API_KINDS, { error: `kind must be one of ${API_KINDS.join(', ')}` });

const order = z.enum(API_ORDERS, { error: `order must be one of ${API_ORDERS.join(', ')}` });

const year = (name: string) =>
  z.string().transform((s, ctx) => {
    const parsed = parseApiYear(s);
    if (parsed.ok) return parsed.year;
    ctx.addIssue({
      code: 'custom',
      message: `${name} must be a year like 1924, -44 or 44-bce: ${parsed.reason}`,
    });
    return z.NEVER;
  });

const slugFilter = (name: string) =>
  z.string().regex(SLUG, { error: `${name} must be a slug such as politics-government` });

const pageParams = { limit: limit.optional(), cursor: cursor.optional() };

export const dayQuerySchema = z.object({ ...pageParams, kind: kind.optional() });
export const yearQuerySchema = dayQuerySchema;
export const scopeQuerySchema = z.object({
  ...pageParams,
  kind: kind.optional(),
  order: order.optional(),
  from: year('from').optional(),
  to: year('to').optional(),
});
export const tagsQuerySchema = z.object(pageParams);
export const searchQuerySchema = z.object({
  q: z
    .string()
    .max(MAX_QUERY_LENGTH, { error: `q must be at most ${MAX_QUERY_LENGTH} characters` })
    .optional(),
  category: slugFilter('category').optional(),
  tag: slugFilter('tag').optional(),
  kind: kind.optional(),
  from: year('from').optional(),
  to: year('to').optional(),
  sort: z
    .enum(API_SEARCH_SORTS, { error: `sort must be one of ${API_SEARCH_SORTS.join(', ')}` })
    .optional(),
  cursor: cursor.optional(),
});

/** Reads a query string with a schema: the first value of each parameter, empty ones dropped. */
export function parseQuery<T>(params: URLSearchParams, schema: z.ZodType<T>): Parsed<T> {
  const raw: Record<string, string> = {};
  for (const [key, value] of params) {
    if (value !== '' && !(key in raw)) raw[key] = value;
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const messages = [...new Set(parsed.error.issues.map((i) => i.message))];
  return { ok: false, status: 400, error: messages.join('; ') };
}

/** Checks that from ≤ to when both are given (a range the wrong way round is a mistake worth naming). */
export function checkYearRange(from: number | undefined, to: number | undefined): string | null {
  if (from !== undefined && to !== undefined && from > to) {
    return `from (${from}) is after to (${to}): give the earlier year as from`;
  }
  return null;
}

/** "1 February" for a parsed day (used in answers so clients need not format it themselves). */
export function dayLabel(d: { month: number; day: number }): string {
  return formatMonthDay(d.month, d.day);
}

// The sort keys cursors carry, per list (see db/queries/api-v1.ts).
const id = z.number().int().positive();
const part = z.number().int().nullable();
export const dayCursorKey = z.tuple([part, id]);
export const yearCursorKey = z.tuple([part, part, id]);
export const scopeCursorKey = z.tuple([part, part, part, id]);
export const tagsCursorKey = z.tuple([z.string().max(200), id]);
/** Search pages by number (ranked results have no stable key to seek from). */
export const searchCursorKey = z.number().int().min(2);
