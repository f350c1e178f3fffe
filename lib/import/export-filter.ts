import { z } from 'zod';
import { EVENT_KINDS, EVENT_STATUSES } from '@/lib/validation/event';
import { parseYearSlug, SLUG_PATTERN } from '@/lib/slugs';

// Which events an export takes: the admin's form (query string), the export route and the command
// line all read their filter through this one schema.

export type ExportFilter = {
  /** Category slugs (any of them); empty means every category. */
  categories: string[];
  statuses: (typeof EVENT_STATUSES)[number][];
  kinds: (typeof EVENT_KINDS)[number][];
  /** Historical years, inclusive (-44 = 44 BCE); events without a year are left out when set. */
  yearFrom: number | null;
  yearTo: number | null;
  /** Only events changed at or after this instant (an incremental export). */
  updatedSince: Date | null;
  includeTrashed: boolean;
};

export const EMPTY_EXPORT_FILTER: ExportFilter = {
  categories: [],
  statuses: [],
  kinds: [],
  yearFrom: null,
  yearTo: null,
  updatedSince: null,
  includeTrashed: false,
};

const list = (value: unknown): string[] => {
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values
    .flatMap((v) => (typeof v === 'string' ? v.split(',') : []))
    .map((v) => v.trim())
    .filter((v) => v !== '');
};

/** "1924", "-44", "44 BCE", "44-bce", "44 bc" -> a historical year; "" -> null. */
function readYear(value: unknown, ctx: z.RefinementCtx, label: string): number | null {
  const raw = typeof value === 'string' ? value.trim() : '';
  if (raw === '') return null;
  const signed = /^-\d{1,5}$/.test(raw) ? Number(raw) : parseYearSlug(raw.replace(/\s+/g, '-'));
  if (signed === null || signed === 0) {
    ctx.addIssue({
      code: 'custom',
      path: [label],
      message: `${label === 'yearFrom' ? 'From' : 'To'} year: enter a year such as 1924, -44 or 44 BCE (there is no year 0)`,
    });
    return null;
  }
  return signed;
}

const first = (v: unknown) => (Array.isArray(v) ? (v[0] as unknown) : v);

const filterSchema = z
  .object({
    category: z.preprocess(list, z.array(z.string().regex(SLUG_PATTERN, 'Category: unknown slug'))),
    status: z.preprocess(
      list,
      z.array(z.enum(EVENT_STATUSES, { error: 'Status: draft, published or archived' })),
    ),
    kind: z.preprocess(
      list,
      z.array(z.enum(EVENT_KINDS, { error: 'Kind: event, birth, death or observance' })),
    ),
    yearFrom: z.preprocess(first, z.unknown()),
    yearTo: z.preprocess(first, z.unknown()),
    updatedSince: z.preprocess(first, z.unknown()),
    trash: z.preprocess(first, z.unknown()),
  })
  .transform((v, ctx): ExportFilter => {
    const yearFrom = readYear(v.yearFrom, ctx, 'yearFrom');
    const yearTo = readYear(v.yearTo, ctx, 'yearTo');
    if (yearFrom !== null && yearTo !== null && yearTo < yearFrom)
      ctx.addIssue({ code: 'custom', path: ['yearTo'], message: 'To year: before the From year' });
    let updatedSince: Date | null = null;
    const since = typeof v.updatedSince === 'string' ? v.updatedSince.trim() : '';
    if (since !== '') {
      const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(since) ? `${since}T00:00:00Z` : since);
      if (Number.isNaN(ms))
        ctx.addIssue({
          code: 'custom',
          path: ['updatedSince'],
          message: 'Changed since: enter a date as YYYY-MM-DD',
        });
      else updatedSince = new Date(ms);
    }
    const trash = typeof v.trash === 'string' ? v.trash : '';
    return {
      categories: [...new Set(v.category)],
      statuses: [...new Set(v.status)],
      kinds: [...new Set(v.kind)],
      yearFrom,
      yearTo,
      updatedSince,
      includeTrashed: trash === '1' || trash === 'on' || trash === 'true' || trash === 'include',
    };
  });

export type ExportFilterParse = { ok: true; filter: ExportFilter } | { ok: false; error: string };

/**
 * Reads a filter from query parameters (`category`, `status`, `kind` repeated or comma-separated;
 * `yearFrom`, `yearTo`, `updatedSince`, `trash=1`); anything wrong is one message for people.
 */
export function parseExportFilter(
  params: URLSearchParams | Record<string, string | string[] | undefined>,
): ExportFilterParse {
  const input: Record<string, string | string[]> = {};
  if (params instanceof URLSearchParams) {
    for (const key of new Set(params.keys())) input[key] = params.getAll(key);
  } else {
    for (const [key, value] of Object.entries(params)) if (value !== undefined) input[key] = value;
  }
  const parsed = filterSchema.safeParse(input);
  if (parsed.success) return { ok: true, filter: parsed.data };
  return { ok: false, error: parsed.error.issues.map((i) => i.message).join('. ') };
}

/** True when the filter takes every event (the trash aside): the export then carries every category, tag and person too. */
export function isWholeSite(f: ExportFilter): boolean {
  return (
    f.categories.length === 0 &&
    f.statuses.length === 0 &&
    f.kinds.length === 0 &&
    f.yearFrom === null &&
    f.yearTo === null &&
    f.updatedSince === null
  );
}

/** The filter as the file records it (only what was set). */
export function describeFilterForFile(f: ExportFilter): Record<string, unknown> | null {
  const out: Record<string, unknown> = {};
  if (f.categories.length > 0) out.categories = f.categories;
  if (f.statuses.length > 0) out.statuses = f.statuses;
  if (f.kinds.length > 0) out.kinds = f.kinds;
  if (f.yearFrom !== null) out.yearFrom = f.yearFrom;
  if (f.yearTo !== null) out.yearTo = f.yearTo;
  if (f.updatedSince !== null) out.updatedSince = f.updatedSince.toISOString();
  if (f.includeTrashed) out.includeTrashed = true;
  return Object.keys(out).length > 0 ? out : null;
}

export function exportFileName(now: Date, f: ExportFilter): string {
  const stamp = now.toISOString().slice(0, 19).replace(/:/g, '-').replace('T', '_');
  return `almanac-export-${isWholeSite(f) ? 'all' : 'filtered'}-${stamp}.json`;
}
