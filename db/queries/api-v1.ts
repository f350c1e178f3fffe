import 'server-only';
import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { db } from '@/db/client';
import { apiEventRowOf, type ApiEventRow } from '@/lib/api/v1-shapes';
import type { ApiKind, ApiOrder } from '@/lib/api/v1-params';
import { categories, eventPeople, events, eventTags, tags } from '../schema';
import type { EventRecord } from '@/lib/events/record';
import { isVisibleToReaders } from '@/lib/events/visibility';
import { loadEvent, loadEvents } from './event-store';
import { resolveEventSlug } from './events';
import { dateColumns } from './cards';
import { isPubliclyVisible } from './visibility';

/*
 * Reads behind /api/v1. Lists are paged by keyset (the sort key of the last item seen), not by
 * offset, so page 900 of a category costs what page 1 does and an insert between two requests
 * neither repeats nor skips an item. Titles and summaries are returned as stored: API clients get
 * the data, not the site's card text.
 */

/** A sort key value: years, months and days may be null (observances, coarse dates). */
export type KeyValue = number | null;
export type Page<T> = { items: T[]; nextKey: KeyValue[] | null };

type SortField = 'year' | 'month' | 'day' | 'id';
type SortKey = { field: SortField; dir: 'asc' | 'desc' };

const SORT_COLUMNS: Record<SortField, SQLiteColumn> = {
  year: events.year,
  month: events.month,
  day: events.day,
  id: events.id,
};

const rowColumns = {
  id: events.id,
  slug: events.slug,
  kind: events.kind,
  title: events.title,
  summary: events.summary,
  ...dateColumns,
  featured: events.featured,
  categorySlug: categories.slug,
  categoryName: categories.name,
};

/**
 * "Comes after `values` in this order", with SQLite's NULL ordering (NULL sorts lowest: first when
 * ascending, last when descending). The last key must be unique and not null (the id).
 */
function afterKey(keys: readonly SortKey[], values: readonly KeyValue[], i = 0): SQL {
  const key = keys[i];
  if (!key) throw new Error('afterKey: no sort keys');
  const { dir } = key;
  const column = SORT_COLUMNS[key.field];
  const v = values[i] ?? null;
  let strictly: SQL;
  if (v === null) strictly = dir === 'asc' ? sql`${column} IS NOT NULL` : sql`0`;
  else
    strictly = dir === 'asc' ? sql`${column} > ${v}` : sql`(${column} < ${v} OR ${column} IS NULL)`;
  if (i === keys.length - 1) return strictly;
  const equal = v === null ? sql`${column} IS NULL` : sql`${column} = ${v}`;
  return sql`(${strictly} OR (${equal} AND ${afterKey(keys, values, i + 1)}))`;
}

/**
 * A looser condition on the first key alone that says the same thing, so SQLite can seek in its
 * index instead of testing every row before the cursor (a deep page of 79,000 births: 29 ms → 1–4 ms).
 */
function firstKeyBound(key: SortKey, v: KeyValue): SQL | undefined {
  const column = SORT_COLUMNS[key.field];
  if (v === null) return key.dir === 'desc' ? sql`${column} IS NULL` : undefined;
  return key.dir === 'asc' ? sql`${column} >= ${v}` : sql`(${column} <= ${v} OR ${column} IS NULL)`;
}

function orderBy(keys: readonly SortKey[]): SQL[] {
  return keys.map((k) =>
    k.dir === 'asc' ? asc(SORT_COLUMNS[k.field]) : desc(SORT_COLUMNS[k.field]),
  );
}

/**
 * Runs a keyset page: `limit` rows after `after`, plus one to learn whether another page follows.
 * Lists read these few columns rather than map from the store's records (loadEvents): records
 * would double a page's time for what a list shows (200 items of a day or a category, through the
 * route handler on the corpus: 1.8–1.9 ms → 3.6–4.0 ms), as each carries the whole event.
 */
function keysetPage(o: {
  where: (SQL | undefined)[];
  keys: readonly SortKey[];
  after?: readonly KeyValue[];
  limit: number;
}): Page<ApiEventRow> {
  const rows = db
    .select(rowColumns)
    .from(events)
    .innerJoin(categories, eq(categories.id, events.categoryId))
    .where(
      and(
        isPubliclyVisible(),
        ...o.where,
        ...(o.after && o.keys[0]
          ? [firstKeyBound(o.keys[0], o.after[0] ?? null), afterKey(o.keys, o.after)]
          : []),
      ),
    )
    .orderBy(...orderBy(o.keys))
    .limit(o.limit + 1)
    .all();
  const items = rows.slice(0, o.limit);
  const last = items.at(-1);
  const nextKey = rows.length > o.limit && last ? o.keys.map((k) => last[k.field]) : null;
  return { items, nextKey };
}

const kindIs = (kind: ApiKind | undefined) => (kind ? eq(events.kind, kind) : undefined);

/** Public day-precision entries of a calendar day, in year order (observances, then BCE, then CE). */
export function listApiDayEvents(o: {
  month: number;
  day: number;
  kind?: ApiKind;
  limit: number;
  after?: readonly KeyValue[];
}): Page<ApiEventRow> {
  return keysetPage({
    where: [
      eq(events.month, o.month),
      eq(events.day, o.day),
      eq(events.precision, 'day'),
      kindIs(o.kind),
    ],
    keys: [
      { field: 'year', dir: 'asc' },
      { field: 'id', dir: 'asc' },
    ],
    after: o.after,
    limit: o.limit,
  });
}

/** Public entries dated in a year, by month and day (those known only to the year first). */
export function listApiYearEvents(o: {
  year: number;
  kind?: ApiKind;
  limit: number;
  after?: readonly KeyValue[];
}): Page<ApiEventRow> {
  return keysetPage({
    where: [eq(events.year, o.year), kindIs(o.kind)],
    keys: [
      { field: 'month', dir: 'asc' },
      { field: 'day', dir: 'asc' },
      { field: 'id', dir: 'asc' },
    ],
    after: o.after,
    limit: o.limit,
  });
}

export type ApiScope = { categoryId: number } | { tagId: number } | { personId: number };

function scopeCondition(scope: ApiScope): SQL {
  if ('categoryId' in scope) return eq(events.categoryId, scope.categoryId);
  if ('tagId' in scope) {
    return sql`${events.id} IN (SELECT ${eventTags.eventId} FROM ${eventTags} WHERE ${eventTags.tagId} = ${scope.tagId})`;
  }
  return sql`${events.id} IN (SELECT ${eventPeople.eventId} FROM ${eventPeople} WHERE ${eventPeople.personId} = ${scope.personId})`;
}

/**
 * A category's, tag's or person's public events by date, newest or oldest first (undated
 * observances last when newest first, first when oldest first), optionally within a year range.
 */
export function listApiScopeEvents(o: {
  scope: ApiScope;
  order: ApiOrder;
  kind?: ApiKind;
  from?: number;
  to?: number;
  limit: number;
  after?: readonly KeyValue[];
}): Page<ApiEventRow> {
  const dir = o.order === 'newest' ? 'desc' : 'asc';
  return keysetPage({
    where: [
      scopeCondition(o.scope),
      kindIs(o.kind),
      o.from !== undefined ? sql`${events.year} >= ${o.from}` : undefined,
      o.to !== undefined ? sql`${events.year} <= ${o.to}` : undefined,
    ],
    keys: [
      { field: 'year', dir },
      { field: 'month', dir },
      { field: 'day', dir },
      { field: 'id', dir },
    ],
    after: o.after,
    limit: o.limit,
  });
}

/** The part a person played in each of these events (for a person's list). */
export function listPersonRoles(
  personId: number,
  eventIds: readonly number[],
): Map<number, string> {
  if (eventIds.length === 0) return new Map();
  return new Map(
    db
      .select({ eventId: eventPeople.eventId, role: eventPeople.role })
      .from(eventPeople)
      .where(and(eq(eventPeople.personId, personId), inArray(eventPeople.eventId, [...eventIds])))
      .all()
      .map((r) => [r.eventId, r.role] as const),
  );
}

export type ApiTagRow = { id: number; slug: string; name: string; eventCount: number };

/** Tags with at least one public event, by name, keyset-paged on (name, id). */
export function listApiTags(o: { limit: number; after?: readonly [string, number] }): {
  items: ApiTagRow[];
  nextKey: [string, number] | null;
} {
  const rows = db
    .select({ id: tags.id, slug: tags.slug, name: tags.name, eventCount: count() })
    .from(tags)
    .innerJoin(eventTags, eq(eventTags.tagId, tags.id))
    .innerJoin(events, eq(events.id, eventTags.eventId))
    .where(
      and(
        isPubliclyVisible(),
        o.after
          ? sql`(${tags.name} > ${o.after[0]} OR (${tags.name} = ${o.after[0]} AND ${tags.id} > ${o.after[1]}))`
          : undefined,
      ),
    )
    .groupBy(tags.id)
    .orderBy(asc(tags.name), asc(tags.id))
    .limit(o.limit + 1)
    .all();
  const items = rows.slice(0, o.limit);
  const last = items.at(-1);
  return { items, nextKey: rows.length > o.limit && last ? [last.name, last.id] : null };
}

/**
 * List rows for these ids (public ones only), by id: the search's hits, mapped from their records.
 * (Cheaper than a select of the row columns: without ANALYZE statistics SQLite reads `id IN (20
 * ids) AND status = ?` through events_status_idx, every published row, 7.8 ms on the corpus; the
 * store's json_each lookup by id takes 0.2 ms.)
 */
export function listApiRowsByIds(ids: readonly number[]): Map<number, ApiEventRow> {
  const rows = new Map<number, ApiEventRow>();
  for (const e of loadEvents(ids)) {
    const row = apiEventRowOf(e);
    if (row) rows.set(e.id, row);
  }
  return rows;
}

export type ApiEventLookup =
  | { found: true; event: EventRecord; linked: EventRecord[] }
  | { found: false; redirectTo: string }
  | null;

/**
 * One public event in full by slug: its record (loadEvent) and the records of the events it links
 * to or from (lib/api/v1-shapes.ts apiEventOf maps them, and leaves out those readers cannot see).
 * An old slug answers with the current one (the caller redirects); null when no public event has
 * the slug.
 */
export function getApiEvent(slug: string): ApiEventLookup {
  const resolved = resolveEventSlug(slug);
  if (!resolved) return null;
  if (!resolved.isCurrent) return { found: false, redirectTo: resolved.slug };
  const event = loadEvent(resolved.eventId);
  if (!event || !isVisibleToReaders(event)) return null;
  const linked = loadEvents([...new Set(event.links.map((l) => l.eventId))]);
  return { found: true, event, linked };
}
