import 'server-only';
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { db } from '@/db/client';
import { buildFtsQuery } from '@/lib/search/fts-query';
import { highlight, markdownToPlainText, snippet, type Terms } from '@/lib/search/highlight';
import {
  hasFilters,
  hasSearchCriteria,
  type SearchQuery,
  type TextSegment,
} from '@/lib/search/search-params';
import type { EventKind } from '@/lib/events/enums';
import { categories, events, eventTags, tags } from '../schema';
import type { EventCard } from './cards';
import { cardColumns, toCard } from './cards';
import { isPubliclyVisible } from './visibility';

/*
 * Full-text search over published events. events_fts holds only what readers may see (see
 * search-index.ts), with columns title, summary, body, people, tags, location; bm25 weighs a
 * hit in the title well above one in the body. The page's ids are ranked first and only those
 * rows are read in full and given snippets, so a common word ("war", 9,000 hits) sorts bare ids.
 */

/**
 * bm25 column weights, in events_fts column order: title, summary, body, people, tags, location.
 * People weigh little because an imported birth or death already names its subject in the title:
 * at 6, every "Paris Lenon" ranked above the Paris Commune.
 */
const WEIGHTS = [10, 4, 1, 2, 4, 3] as const;
const bm25 = sql.raw(`bm25(events_fts, ${WEIGHTS.join(', ')})`);

export type SearchHit = EventCard & {
  /** The title with matched words marked. */
  titleSegments: TextSegment[];
  /** A short passage around the matched words (summary or body), or [] when only the title, people or tags matched. */
  snippet: TextSegment[];
};

export type SearchResult = {
  hits: SearchHit[];
  total: number;
  page: number;
  pageCount: number;
  /** The words searched for, after cleaning (what "nothing found for …" names). */
  terms: string[];
};

export const SEARCH_PAGE_SIZE = 20;
/** Deep pages past this are not served: nobody reads result 10,001 and OFFSET costs grow with it. */
const MAX_SEARCH_PAGES = 500;

function filterConditions(q: SearchQuery): (SQL | undefined)[] {
  return [
    isPubliclyVisible(),
    q.category
      ? sql`${events.categoryId} = (SELECT ${categories.id} FROM ${categories} WHERE ${categories.slug} = ${q.category})`
      : undefined,
    q.kind ? eq(events.kind, q.kind as EventKind) : undefined,
    q.yearFrom !== undefined ? sql`${events.year} >= ${q.yearFrom}` : undefined,
    q.yearTo !== undefined ? sql`${events.year} <= ${q.yearTo}` : undefined,
    q.tag
      ? sql`${events.id} IN (SELECT ${eventTags.eventId} FROM ${eventTags} JOIN ${tags} ON ${tags.id} = ${eventTags.tagId} WHERE ${tags.slug} = ${q.tag})`
      : undefined,
  ];
}

const dateOrder = (newest: boolean) =>
  newest
    ? [desc(events.year), desc(events.month), desc(events.day), desc(events.id)]
    : [asc(events.year), asc(events.month), asc(events.day), asc(events.id)];

/**
 * One page of search results. With words, ranked by relevance (or by date when asked); with
 * filters only, a date-ordered listing. Input never reaches FTS5's query language unescaped.
 */
export function searchEvents(q: SearchQuery): SearchResult {
  const fts = buildFtsQuery(q.q);
  const page = Math.min(Math.max(1, q.page), MAX_SEARCH_PAGES);
  const offset = (page - 1) * SEARCH_PAGE_SIZE;
  const empty: SearchResult = { hits: [], total: 0, page, pageCount: 0, terms: fts?.terms ?? [] };
  // Words that clean down to nothing ("***", "🙂") find nothing rather than everything.
  if (!fts && q.q.trim()) return empty;
  if (!fts && !hasSearchCriteria(q)) return empty;

  const match = fts ? sql`events_fts MATCH ${fts.match}` : undefined;
  const filtered = hasFilters(q);
  const where = and(match, ...(filtered || !fts ? filterConditions(q) : []));
  // events_fts holds only what readers may see, so words without filters are counted (and ranked)
  // in the index alone: for "american" (40,000 hits) that takes a tenth of the time of a join.
  // Filters and date order need the events table. CROSS JOIN keeps the index outermost: with a
  // selective-looking filter (kind and a year range) SQLite would otherwise walk events by that
  // index and run the MATCH once per row (1 s for "war" among 20th-century events).
  const from = (needsEvents: boolean) =>
    !fts
      ? sql`${events}`
      : needsEvents
        ? sql`events_fts CROSS JOIN ${events} ON ${events.id} = events_fts.rowid`
        : sql`events_fts`;
  const condition = where ?? sql`1`;

  const total =
    db.get<{ n: number }>(sql`SELECT count(*) AS n FROM ${from(filtered)} WHERE ${condition}`)?.n ??
    0;
  const pageCount = Math.min(Math.ceil(total / SEARCH_PAGE_SIZE), MAX_SEARCH_PAGES);
  if (total === 0 || offset >= total) return { ...empty, total, pageCount };

  const byRelevance = fts !== null && q.sort === 'relevance';
  const order = byRelevance ? [bm25, sql`events_fts.rowid DESC`] : dateOrder(q.sort !== 'oldest');
  const ids = db
    .all<{ id: number }>(
      sql`SELECT ${fts ? sql`events_fts.rowid` : events.id} AS id FROM ${from(filtered || !byRelevance)}
        WHERE ${condition} ORDER BY ${sql.join(order, sql`, `)} LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${offset}`,
    )
    .map((r) => r.id);

  const rows = db
    .select({
      ...cardColumns,
      fullSummary: events.summary,
      body: events.body,
      status: events.status,
      deletedAt: events.deletedAt,
    })
    .from(events)
    .innerJoin(categories, eq(categories.id, events.categoryId))
    .where(inArray(events.id, ids))
    .all();
  // Visibility is checked here rather than in SQL: with it in the WHERE clause SQLite picks the
  // status index over the primary key and scans every published event (9 ms a search).
  const byId = new Map(
    rows
      .filter((r) => r.status === 'published' && r.deletedAt === null)
      .map((row) => [row.id, row]),
  );
  const terms: Terms | null = fts ? { words: fts.terms, prefixLast: fts.prefixLast } : null;

  const hits = ids.flatMap((id): SearchHit[] => {
    const row = byId.get(id);
    if (!row) return [];
    const card = toCard(row);
    if (!terms)
      return [{ ...card, titleSegments: [{ text: card.title, hit: false }], snippet: [] }];
    const titleSegments = highlight(card.title, terms);
    return [{ ...card, titleSegments, snippet: passage(card, row, terms, titleSegments) }];
  });
  return { hits, total, page, pageCount, terms: fts?.terms ?? [] };
}

/**
 * The passage under a result's title: the card's own text when it holds a match; when only the
 * title matched, nothing (the card's text shows unmarked); otherwise where the match is, in the
 * whole summary or the body. An imported birth ("Benito Mussolini, Italian politician…") thus
 * never shows the name twice.
 */
function passage(
  card: EventCard,
  row: { fullSummary: string; body: string },
  terms: Terms,
  titleSegments: TextSegment[],
): TextSegment[] {
  const own = card.summary ? snippet(card.summary, terms, 60) : null;
  if (own) return own;
  if (titleSegments.some((s) => s.hit)) return [];
  return (
    (card.summary ? snippet(row.fullSummary, terms) : null) ??
    snippet(markdownToPlainText(row.body), terms) ??
    []
  );
}

export type SearchFilterOptions = {
  categories: { slug: string; name: string }[];
  tags: { slug: string; name: string }[];
};

/** Choices for the search form's filters: every category, and the most used tags. */
export function listSearchFilterOptions(): SearchFilterOptions {
  return {
    categories: db
      .select({ slug: categories.slug, name: categories.name })
      .from(categories)
      .orderBy(asc(categories.position), asc(categories.name))
      .all(),
    // CROSS JOIN keeps SQLite's join order (tags, their links, then each linked event by its key):
    // left to choose, it starts from the status index and reads every published event (80 ms over
    // the imported corpus, for 64 tagged events).
    tags: db.all<{ slug: string; name: string }>(
      sql`SELECT ${tags.slug} AS slug, ${tags.name} AS name FROM ${tags}
        CROSS JOIN ${eventTags} ON ${eventTags.tagId} = ${tags.id}
        CROSS JOIN ${events} ON ${events.id} = ${eventTags.eventId}
        WHERE ${isPubliclyVisible()}
        GROUP BY ${tags.id} ORDER BY count(*) DESC, ${tags.name} LIMIT 200`,
    ),
  };
}
