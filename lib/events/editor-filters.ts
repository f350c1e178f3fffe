import { z } from 'zod';
import type { EventKind } from './enums';
import { slugify } from '@/lib/slugs';
import { EVENT_KINDS } from '@/lib/validation/event';

// The CMS event list's filters: what the URL may say, and the filter the data layer reads.

export type EditorStatusFilter = 'all' | 'draft' | 'scheduled' | 'published' | 'archived' | 'trash';
export type EditorSort = 'relevance' | 'updated' | 'date' | 'title';
export type SortDirection = 'asc' | 'desc';

/** The direction a column sorts in first: the last changed newest first, the others A–Z / oldest first. */
export function defaultDirection(sort: EditorSort): SortDirection {
  return sort === 'updated' ? 'desc' : 'asc';
}

export type EditorEventFilter = {
  status?: EditorStatusFilter;
  categoryId?: number;
  kind?: EventKind;
  month?: number;
  day?: number;
  /** Tag slug. */
  tag?: string;
  /** Words to search for (the CMS search index: title, summary, body, people). */
  q?: string;
  /** Default: best match first with words, the last changed first without. */
  sort?: EditorSort;
  /** Default: defaultDirection(sort). Best match has one direction. */
  dir?: SortDirection;
  page?: number;
  pageSize?: number;
};

export type SearchParams = Record<string, string | string[] | undefined>;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const optionalInt = (min: number, max: number) =>
  z.preprocess(
    (v) => (first(v) === '' || first(v) === undefined ? undefined : first(v)),
    z.coerce.number().int().min(min).max(max).optional().catch(undefined),
  );
const text = z.preprocess(
  (v) => (typeof first(v) === 'string' ? (first(v) as string).trim().slice(0, 200) : undefined),
  z.string().optional(),
);

const filterSchema = z.object({
  q: text,
  status: z.preprocess(
    first,
    z.enum(['all', 'draft', 'scheduled', 'published', 'archived', 'trash']).catch('all'),
  ),
  category: optionalInt(1, 1_000_000),
  kind: z.preprocess(first, z.enum(EVENT_KINDS).optional().catch(undefined)),
  month: optionalInt(1, 12),
  day: optionalInt(1, 31),
  tag: text,
  sort: z.preprocess(
    first,
    z.enum(['relevance', 'updated', 'date', 'title']).optional().catch(undefined),
  ),
  dir: z.preprocess(first, z.enum(['asc', 'desc']).optional().catch(undefined)),
  page: optionalInt(1, 100_000),
});

export type ListFilters = z.output<typeof filterSchema>;

/** The list's filters from the URL; anything malformed falls back to its default. */
export function parseListFilters(params: SearchParams): ListFilters {
  return filterSchema.parse(params);
}

export function toEditorFilter(f: ListFilters): EditorEventFilter {
  return {
    q: f.q || undefined,
    status: f.status,
    categoryId: f.category,
    kind: f.kind,
    month: f.month,
    day: f.day,
    // A tag's name works as well as its slug ("World War I" -> world-war-i).
    tag: f.tag ? slugify(f.tag) || undefined : undefined,
    sort: f.sort,
    dir: f.dir,
    page: f.page ?? 1,
    pageSize: 50,
  };
}

/** The list URL for these filters (defaults left out), e.g. for pagination links. */
export function listHref(base: string, f: ListFilters, over: Partial<ListFilters> = {}): string {
  const merged = { ...f, ...over };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) {
    if (
      value === undefined ||
      value === '' ||
      (key === 'status' && (value === 'all' || base.endsWith('/trash')))
    )
      continue;
    if (key === 'page' && value === 1) continue;
    if (key === 'dir' && merged.sort === undefined) continue;
    params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}

/** The filters as the bulk form sends them back ("all matching"): every filter, the trash's status too. */
export function filterQuery(f: ListFilters): string {
  const params = new URLSearchParams();
  for (const key of ['q', 'status', 'category', 'kind', 'month', 'day', 'tag'] as const) {
    const value = f[key];
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  return params.toString();
}

/** Event ids in URLs: digits only, so "12abc" is a 404 rather than event 12. */
export function parseEventId(raw: string): number | null {
  return /^\d{1,9}$/.test(raw) && Number(raw) > 0 ? Number(raw) : null;
}
