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
import {
  findNamedEntities,
  findLeadEvents,
  type LeadEntity,
  type SearchEntity,
} from './search-entities';
import { isPubliclyVisible } from './visibility';

/*
 * Full-text search over published events. events_fts holds only what readers may see (see
 * search-index.ts), with columns title, summary, body, people, tags, location, articles, stemmed; bm25 weighs a
 * hit in the title well above one in the body, and a better-known event (events.notability, from the
 * knowledge graph) ranks higher (see score). When the query names a person or a topic
 * (search-entities.ts), that one's own entries come first: "einstein" puts Albert Einstein's birth,
 * death and the entries that name him before his namesakes. The page's ids are ranked first and only
 * those rows are read in full and given snippets, so a common word ("war", 9,000 hits) sorts bare ids.
 */

/**
 * bm25 column weights, in events_fts column order: title, summary, body, people, tags, location,
 * articles. People weigh little because an imported birth or death already names its subject in the
 * title: at 6, every "Paris Lenon" ranked above the Paris Commune. A linked article's title says
 * what the entry is about ("Sinking of the RMS Titanic"), as much as a topic does.
 */
const WEIGHTS = [10, 4, 1, 2, 4, 3, 4] as const;
const bm25 = sql.raw(`bm25(events_fts, ${WEIGHTS.join(', ')})`);

/**
 * How much notability lifts a match. bm25 is negative (lower is better), so the score scales it by
 * 1 + w·ln(1 + notability): relevance still decides between a well-known and an obscure entry that
 * match equally badly, and an entry far better known wins over one that matches a little better.
 */
export const NOTABILITY_WEIGHT = 0.5;
const lift = (notability: SQL) =>
  sql`(1.0 + ${sql.raw(String(NOTABILITY_WEIGHT))} * ln(1.0 + max(${notability}, 0)))`;
/** The same, for rows already read. */
const liftOf = (notability: number) =>
  1 + NOTABILITY_WEIGHT * Math.log(1 + Math.max(notability, 0));
const score = sql`${bm25} * ${lift(sql`${events.notability}`)}`;

/**
 * Above this many matches (a common word: "american" has 40,000) the notability of every match is
 * not read (a lookup per row, twice the time of bm25 alone): the best RERANKED by bm25 are ordered
 * by score, the rest follow by bm25. Below it every match is scored (at most a few milliseconds).
 */
const SCORE_ALL_LIMIT = 2_000;
const RERANKED = 200;
/** At most this many of the lead entity's entries come before the others. */
const LEAD_FIRST = 100;

export type SearchHit = EventCard & {
  /** The title with matched words marked. */
  titleSegments: TextSegment[];
  /** A short passage around the matched words (summary or body), or [] when only the title, people or tags matched. */
  snippet: TextSegment[];
};

export type { SearchEntity } from './search-entities';

export type SearchResult = {
  hits: SearchHit[];
  total: number;
  page: number;
  pageCount: number;
  /** The words searched for, after cleaning (what "nothing found for …" names). */
  terms: string[];
  /** The people and topics the query names (the panel above the results), best first. */
  entities: SearchEntity[];
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

const idList = (ids: readonly number[]) =>
  sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );

/**
 * One page of search results. With words, ranked by relevance (or by date when asked); with
 * filters only, a date-ordered listing. Input never reaches FTS5's query language unescaped.
 */
export function searchEvents(q: SearchQuery): SearchResult {
  const fts = buildFtsQuery(q.q);
  const page = Math.min(Math.max(1, q.page), MAX_SEARCH_PAGES);
  const offset = (page - 1) * SEARCH_PAGE_SIZE;
  const empty: SearchResult = {
    hits: [],
    total: 0,
    page,
    pageCount: 0,
    terms: fts?.terms ?? [],
    entities: [],
  };
  // Words that clean down to nothing ("***", "🙂") find nothing rather than everything.
  if (!fts && q.q.trim()) return empty;
  if (!fts && !hasSearchCriteria(q)) return empty;

  const match = fts ? sql`events_fts MATCH ${fts.match}` : undefined;
  const filtered = hasFilters(q);
  const where = and(match, ...(filtered || !fts ? filterConditions(q) : []));
  // events_fts holds only what readers may see, so words without filters are counted (and ranked)
  // in the index alone: for "american" (40,000 hits) that takes a tenth of the time of a join.
  // Filters, date order and notability need the events table. CROSS JOIN keeps the index outermost:
  // with a selective-looking filter (kind and a year range) SQLite would otherwise walk events by
  // that index and run the MATCH once per row (1 s for "war" among 20th-century events).
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
  const named = fts ? findNamedEntities(db, fts, total) : { entities: [], lead: null };
  const pageCount = Math.min(Math.ceil(total / SEARCH_PAGE_SIZE), MAX_SEARCH_PAGES);
  if (total === 0 || offset >= total)
    return { ...empty, total, pageCount, entities: named.entities };

  const ids =
    fts && q.sort === 'relevance'
      ? rankedIds({ match: fts.match, condition, filtered, total, lead: named.lead, offset })
      : db
          .all<{ id: number }>(
            sql`SELECT ${fts ? sql`events_fts.rowid` : events.id} AS id FROM ${from(true)}
              WHERE ${condition} ORDER BY ${sql.join(dateOrder(q.sort !== 'oldest'), sql`, `)}
              LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${offset}`,
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
  const terms: Terms | null = fts ? { phrases: fts.phrases } : null;

  const hits = ids.flatMap((id): SearchHit[] => {
    const row = byId.get(id);
    if (!row) return [];
    const card = toCard(row);
    if (!terms)
      return [{ ...card, titleSegments: [{ text: card.title, hit: false }], snippet: [] }];
    const titleSegments = highlight(card.title, terms);
    return [{ ...card, titleSegments, snippet: passage(card, row, terms, titleSegments) }];
  });
  return { hits, total, page, pageCount, terms: fts?.terms ?? [], entities: named.entities };
}

/**
 * The ids of one page in relevance order: the lead entity's matching entries first (its own, then
 * those that name it or carry its topic, each by score), then every other match by score.
 */
function rankedIds(o: {
  match: string;
  condition: SQL;
  filtered: boolean;
  total: number;
  lead: LeadEntity | null;
  offset: number;
}): number[] {
  const joined = sql`events_fts CROSS JOIN ${events} ON ${events.id} = events_fts.rowid`;
  const leadIds: number[] = [];
  // "+rowid": a plain rowid IN (…) would be handed to FTS5, which then runs the MATCH once per
  // id of the list (100 ms for World War II's 355 entries, 4 ms this way).
  if (o.lead) {
    const lead = findLeadEvents(db, o.lead);
    leadIds.push(
      ...db
        .all<{ id: number }>(
          sql`SELECT events_fts.rowid AS id FROM ${joined}
            WHERE ${o.condition} AND +events_fts.rowid IN (SELECT value FROM json_each(${JSON.stringify(lead.all)}))
            ORDER BY events_fts.rowid IN (SELECT value FROM json_each(${JSON.stringify(lead.own)})) DESC,
              ${score}, events_fts.rowid DESC
            LIMIT ${LEAD_FIRST}`,
        )
        .map((r) => r.id),
    );
  }
  const page = leadIds.slice(o.offset, o.offset + SEARCH_PAGE_SIZE);
  const wanted = SEARCH_PAGE_SIZE - page.length;
  if (wanted === 0) return page;
  const restOffset = Math.max(0, o.offset - leadIds.length);
  const rest =
    leadIds.length > 0
      ? sql`${o.condition} AND events_fts.rowid NOT IN (${idList(leadIds)})`
      : o.condition;
  const restTotal = o.total - leadIds.length;

  // Filters join the events table anyway, so every match is scored.
  if (o.filtered || restTotal <= SCORE_ALL_LIMIT)
    return [
      ...page,
      ...db
        .all<{ id: number }>(
          sql`SELECT events_fts.rowid AS id FROM ${joined} WHERE ${rest}
            ORDER BY ${score}, events_fts.rowid DESC LIMIT ${wanted} OFFSET ${restOffset}`,
        )
        .map((r) => r.id),
    ];

  // The best RERANKED by bm25 are ordered by score, found among the matches in the title when
  // there are that many (the title weighs most, so a common word's best matches hold it there):
  // bm25 over 974 title matches of "american" instead of all 40,000 takes 8 ms instead of 51.
  const notLead =
    leadIds.length > 0 ? sql` AND events_fts.rowid NOT IN (${idList(leadIds)})` : sql``;
  const best = (match: string) =>
    db.all<{ id: number; r: number; notability: number }>(
      sql`SELECT k.id, k.r, ${events.notability} AS notability FROM (
          SELECT events_fts.rowid AS id, ${bm25} AS r FROM events_fts
          WHERE events_fts MATCH ${match}${notLead} ORDER BY r, events_fts.rowid DESC LIMIT ${RERANKED}
        ) k CROSS JOIN ${events} ON ${events.id} = k.id`,
    );
  let top = best(`{title} : (${o.match})`);
  if (top.length < RERANKED) top = best(o.match);
  const reranked = top
    .map((t) => ({ id: t.id, score: t.r * liftOf(t.notability) }))
    .sort((a, b) => a.score - b.score || b.id - a.id)
    .map((t) => t.id);
  const out = reranked.slice(restOffset, restOffset + wanted);
  if (out.length < wanted) {
    const after = sql`${rest} AND events_fts.rowid NOT IN (${idList(reranked)})`;
    out.push(
      ...db
        .all<{ id: number }>(
          sql`SELECT events_fts.rowid AS id FROM events_fts WHERE ${after}
            ORDER BY ${bm25}, events_fts.rowid DESC
            LIMIT ${wanted - out.length} OFFSET ${Math.max(0, restOffset - reranked.length)}`,
        )
        .map((r) => r.id),
    );
  }
  return [...page, ...out];
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
