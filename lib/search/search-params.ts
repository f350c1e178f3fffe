import { formatYear, parseYear } from '@/lib/dates';

/*
 * The search page's URL is its state: /search?q=&category=&kind=&tag=&from=&to=&sort=&page=.
 * Reading it never fails: a value that makes no sense is dropped with a note for the reader,
 * so a shared or hand-edited link still shows results instead of an error page.
 */

const SEARCH_KINDS = ['event', 'birth', 'death', 'observance'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];
const SEARCH_SORTS = ['relevance', 'newest', 'oldest'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** Longest query kept (the rest is ignored); the FTS builder keeps at most a dozen words of it anyway. */
const MAX_QUERY_LENGTH = 500;
const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;

export type SearchQuery = {
  q: string;
  category?: string;
  kind?: SearchKind;
  tag?: string;
  /** Inclusive year range in historical numbering (-44 = 44 BCE). */
  yearFrom?: number;
  yearTo?: number;
  sort: SearchSort;
  page: number;
};

export type ParsedSearch = { query: SearchQuery; notes: string[] };

type RawParams = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined): string =>
  Array.isArray(v) ? (v[0] ?? '') : (v ?? '');

/** Removes control characters and collapses whitespace, keeping every other character as typed. */
export function cleanQueryText(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH);
}

function readYear(label: string, raw: string, notes: string[]): number | undefined {
  const text = raw.trim();
  if (!text) return undefined;
  const parsed = parseYear(text);
  if (parsed.ok) return parsed.year;
  notes.push(
    `${label} "${text.slice(0, 40)}" is not a year we can read (try "1924", "44 BCE" or "-44"), so it was left out.`,
  );
  return undefined;
}

/** Reads the search page's query string; anything unusable is dropped and explained in `notes`. */
export function parseSearchParams(params: RawParams): ParsedSearch {
  const notes: string[] = [];
  const q = cleanQueryText(first(params.q));
  const category = first(params.category).trim();
  const tag = first(params.tag).trim();
  const kind = first(params.kind).trim();
  const sort = first(params.sort).trim();
  let yearFrom = readYear('From year', first(params.from), notes);
  let yearTo = readYear('To year', first(params.to), notes);
  if (yearFrom !== undefined && yearTo !== undefined && yearFrom > yearTo) {
    notes.push(
      `The years were the wrong way round, so we searched ${formatYear(yearTo)} to ${formatYear(yearFrom)}.`,
    );
    [yearFrom, yearTo] = [yearTo, yearFrom];
  }
  const pageText = first(params.page).trim();
  const page = /^\d{1,6}$/.test(pageText) ? Math.max(1, Number(pageText)) : 1;
  return {
    query: {
      q,
      category: SLUG.test(category) ? category : undefined,
      tag: SLUG.test(tag) ? tag : undefined,
      kind: (SEARCH_KINDS as readonly string[]).includes(kind) ? (kind as SearchKind) : undefined,
      yearFrom,
      yearTo,
      sort: (SEARCH_SORTS as readonly string[]).includes(sort)
        ? (sort as SearchSort)
        : q
          ? 'relevance'
          : 'newest',
      page,
    },
    notes,
  };
}

/** The URL of a search; defaults (page 1, relevance order) are left out so links stay short. */
export function searchHref(query: Partial<SearchQuery>): string {
  const p = new URLSearchParams();
  if (query.q) p.set('q', query.q);
  if (query.category) p.set('category', query.category);
  if (query.kind) p.set('kind', query.kind);
  if (query.tag) p.set('tag', query.tag);
  if (query.yearFrom !== undefined) p.set('from', yearParam(query.yearFrom));
  if (query.yearTo !== undefined) p.set('to', yearParam(query.yearTo));
  if (query.sort && query.sort !== (query.q ? 'relevance' : 'newest')) p.set('sort', query.sort);
  if (query.page && query.page > 1) p.set('page', String(query.page));
  const s = p.toString();
  return s ? `/search?${s}` : '/search';
}

/** A year as the form shows it: "1924", "44 BCE". */
export function yearParam(year: number): string {
  return year < 0 ? `${-year} BCE` : String(year);
}

export type TextSegment = { text: string; hit: boolean };

export function hasFilters(q: SearchQuery): boolean {
  return Boolean(
    q.category || q.kind || q.tag || q.yearFrom !== undefined || q.yearTo !== undefined,
  );
}

/** True when the query asks for anything: words or at least one filter. */
export function hasSearchCriteria(q: SearchQuery): boolean {
  return Boolean(q.q.trim()) || hasFilters(q);
}
