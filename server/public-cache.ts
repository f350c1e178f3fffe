import 'server-only';
import { unstable_cache } from 'next/cache';
import { cacheTags } from '@/lib/cache-tags';
import { getCategoryBySlug, listCategoriesWithCounts } from '@/db/store';
import {
  getDayNeighbours,
  getDayOverview,
  listDayEntriesOfKind,
  listMoreFromDay,
} from '@/db/store';
import { getEventById, listRelatedEvents, resolveEventSlug } from '@/db/store';
import type { ListingScope, YearRange } from '@/db/store';
import { listCenturiesInScope, listEventsInScope } from '@/db/store';
import { countPublicEvents, listLatestPublished } from '@/db/store';
import {
  countPeopleByInitial,
  countPeopleByPrefix,
  getPersonBySlug,
  listBestKnownPeople,
  listEventsForPerson,
  listPeopleByInitial,
} from '@/db/store';
import { listSearchFilterOptions } from '@/db/store';
import { getTagBySlug, listTagIndex, listTagsWithCounts } from '@/db/store';
import { listGraphNeighbours, listInlineLinks, listScopeHighlights } from '@/db/store';
import {
  getYearNeighbours,
  getYearOverview,
  listYearCounts,
  listYearEntriesOfKind,
} from '@/db/store';
import type { PeopleInitial } from '@/lib/people-initials';

/*
 * Cached reads for the public pages. Content is cached by id and tagged with what it shows (see
 * lib/cache-tags.ts), so a mutation revalidates exactly those tags. Lookups of a URL slug (event,
 * category, tag, person) are single indexed reads and stay uncached: they run only when a page is
 * (re)rendered, and a fresh lookup is what makes a renamed or unpublished record redirect or 404.
 * Every result is plain JSON, which unstable_cache stores (in this process's memory, see
 * server/cache-handler.mjs: nothing cached outlives the process, so no key needs a version).
 */

const REVALIDATE_SECONDS = 3600;

function cached<T>(
  key: readonly (string | number)[],
  tags: readonly string[],
  read: () => Promise<T>,
): Promise<T> {
  return unstable_cache(read, key.map(String), {
    tags: [...tags],
    revalidate: REVALIDATE_SECONDS,
  })();
}

/**
 * A list of some events (a day's, a year's, a category's, a person's): tagged with what it lists,
 * so that only a change of one of its events expires it (the event's before and after, see
 * lib/events/cache-tags.ts), and with the categories its cards name.
 */
const listTags = (...tags: string[]) => [cacheTags.categories, ...tags];
/** What any event anywhere can change (counts, indexes, the newest, the nearest days with entries). */
const anyEventTags = () => [cacheTags.allEvents, cacheTags.categories];

// Slug lookups (uncached on purpose, see above).
export { getCategoryBySlug, getPersonBySlug, getTagBySlug, resolveEventSlug };

/** A day's overview as shown in `year`: its selected list counts this year's round anniversaries. */
export function getCachedDayOverview(d: { month: number; day: number; year: number }) {
  return cached(
    ['day-overview', d.month, d.day, d.year],
    listTags(cacheTags.day(d.month, d.day)),
    () => getDayOverview(d),
  );
}

export function listCachedDayEntriesOfKind(q: {
  month: number;
  day: number;
  kind: 'birth' | 'death';
}) {
  return cached(
    ['day-entries', q.month, q.day, q.kind],
    listTags(cacheTags.day(q.month, q.day)),
    () => listDayEntriesOfKind(q),
  );
}

export function getCachedEvent(id: number) {
  return cached(
    ['event', id],
    [cacheTags.categories, cacheTags.eventPages, cacheTags.event(id)],
    () => getEventById(id),
  );
}

export function listCachedRelatedEvents(eventId: number) {
  return cached(['event-related', eventId], listTags(cacheTags.event(eventId)), () =>
    listRelatedEvents(eventId),
  );
}

export function listCachedMoreFromDay(q: { month: number; day: number; excludeId: number }) {
  return cached(
    ['day-more', q.month, q.day, q.excludeId],
    listTags(cacheTags.day(q.month, q.day)),
    () => listMoreFromDay(q),
  );
}

export function listCachedCategoriesWithCounts() {
  return cached(['categories-with-counts'], anyEventTags(), () => listCategoriesWithCounts());
}

export function listCachedTagsWithCounts() {
  return cached(['tags-with-counts'], anyEventTags(), () => listTagsWithCounts());
}

/** The best-known people, for the top of the people index. */
export function listCachedBestKnownPeople(limit: number) {
  return cached(['people-best-known', limit], anyEventTags(), () => listBestKnownPeople(limit));
}

/** The tags index: editors' tags, and the best-known topics. */
export function listCachedTagIndex(topicLimit: number) {
  return cached(['tag-index', topicLimit], anyEventTags(), () => listTagIndex(topicLimit));
}

/** The links of an entry's text (its people's and topics' pages): they change with the event only. */
export function listCachedInlineLinks(eventId: number) {
  return cached(
    ['event-inline-links', eventId],
    [cacheTags.eventPages, cacheTags.event(eventId)],
    () => listInlineLinks(eventId),
  );
}

/**
 * "More on …": entries sharing this entry's people and topics. Tagged with those people and topics
 * (an entry added to one of them expires it) as well as the event.
 */
export function listCachedGraphNeighbours(event: {
  id: number;
  people: readonly { id: number }[];
  tags: readonly { id: number }[];
}) {
  return cached(
    ['event-graph', event.id],
    listTags(
      cacheTags.event(event.id),
      cacheTags.eventPages,
      ...event.people.map((p) => cacheTags.person(p.id)),
      ...event.tags.map((t) => cacheTags.tag(t.id)),
    ),
    () => listGraphNeighbours(event.id),
  );
}

/** The search form's category and tag choices: the same on every search, changed by any event or category write. */
export function listCachedSearchFilterOptions() {
  return cached(['search-filter-options'], anyEventTags(), () => listSearchFilterOptions());
}

const scopeTag = (scope: ListingScope) =>
  'categoryId' in scope ? cacheTags.category(scope.categoryId) : cacheTags.tag(scope.tagId);
const scopeKey = (scope: ListingScope) =>
  'categoryId' in scope ? `c${scope.categoryId}` : `t${scope.tagId}`;
const rangeKey = (range: YearRange | undefined) =>
  range === undefined ? 'all' : range === 'undated' ? 'undated' : `${range.from}..${range.to}`;

/** A category's or tag's best-known entries, for the top of its page. */
export function listCachedScopeHighlights(scope: ListingScope, limit: number) {
  return cached(['scope-highlights', scopeKey(scope), limit], listTags(scopeTag(scope)), () =>
    listScopeHighlights(scope, limit),
  );
}

export function listCachedCenturiesInScope(scope: ListingScope) {
  return cached(['scope-centuries', scopeKey(scope)], listTags(scopeTag(scope)), () =>
    listCenturiesInScope(scope),
  );
}

/** One page of a category's or tag's events (the totals come from listCachedCenturiesInScope). */
export function listCachedScopePage(q: {
  scope: ListingScope;
  range?: YearRange;
  order: 'newest' | 'oldest';
  page: number;
  pageSize: number;
}) {
  const key = ['scope-page', scopeKey(q.scope), rangeKey(q.range), q.order, q.page, q.pageSize];
  return cached(key, listTags(scopeTag(q.scope)), () =>
    listEventsInScope({
      scope: q.scope,
      range: q.range,
      order: q.order,
      limit: q.pageSize,
      offset: (q.page - 1) * q.pageSize,
    }),
  );
}

export function listCachedEventsForPerson(personId: number) {
  return cached(['person-events', personId], listTags(cacheTags.person(personId)), () =>
    listEventsForPerson(personId),
  );
}

export function getCachedYearOverview(year: number) {
  return cached(['year-overview', year], listTags(cacheTags.year(year)), () =>
    getYearOverview(year),
  );
}

export function listCachedYearEntriesOfKind(q: { year: number; kind: 'birth' | 'death' }) {
  return cached(['year-entries', q.year, q.kind], listTags(cacheTags.year(q.year)), () =>
    listYearEntriesOfKind(q),
  );
}

/** The nearest years with public entries (of a kind): they change with any event anywhere ('events'). */
export function getCachedYearNeighbours(q: { year: number; kind?: 'birth' | 'death' }) {
  return cached(
    ['year-neighbours', q.year, q.kind ?? 'all'],
    [...anyEventTags(), cacheTags.year(q.year)],
    () => getYearNeighbours(q),
  );
}

/** Years with public entries and their counts (all, or one range of years: a century page). */
export function listCachedYearCounts(range?: { from: number; to: number }) {
  return cached(['year-counts', range ? `${range.from}..${range.to}` : 'all'], anyEventTags(), () =>
    listYearCounts(range),
  );
}

export function countCachedPeopleByInitial() {
  return cached(['people-initials'], anyEventTags(), () => countPeopleByInitial());
}

export function countCachedPeopleByPrefix(initial: PeopleInitial) {
  return cached(['people-prefixes', initial], anyEventTags(), () => countPeopleByPrefix(initial));
}

export function listCachedPeopleByInitial(q: {
  initial: PeopleInitial;
  page: number;
  pageSize: number;
}) {
  return cached(['people-page', q.initial, q.page, q.pageSize], anyEventTags(), () =>
    listPeopleByInitial({
      initial: q.initial,
      limit: q.pageSize,
      offset: (q.page - 1) * q.pageSize,
    }),
  );
}

export function countCachedPublicEvents() {
  return cached(['public-event-count'], anyEventTags(), () => countPublicEvents());
}

export function listCachedLatestPublished(q: { page: number; pageSize: number }) {
  return cached(['latest-published', q.page, q.pageSize], anyEventTags(), () =>
    listLatestPublished({ limit: q.pageSize, offset: (q.page - 1) * q.pageSize }),
  );
}

/** The nearest days with births (or deaths): they change with any event anywhere ('events'). */
export function getCachedDayNeighbours(q: { month: number; day: number; kind: 'birth' | 'death' }) {
  return cached(
    ['day-neighbours', q.month, q.day, q.kind],
    [...anyEventTags(), cacheTags.day(q.month, q.day)],
    () => getDayNeighbours(q),
  );
}
