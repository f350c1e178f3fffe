import 'server-only';
import { and, asc, count, countDistinct, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { allCalendarDays, centuryOf } from '@/lib/dates';
import { sitePaths } from '@/lib/site-urls';
import type { SitemapFile } from '@/lib/seo/sitemap';
import { categories, eventPeople, events, eventTags, people, tags } from '../schema';
import { countPeopleByInitial } from './people';
import { isPubliclyVisible } from './visibility';
import { listYearCounts } from './years';

/*
 * What the sitemaps list: every public page a reader can reach, by section. Paths are site-relative; the
 * route makes them absolute. lastModified is the latest change (ms) to anything the page shows, or null
 * where that is not a stored fact (the home page changes every day; the calendar and indexes are fixed).
 * Listing pages of categories and tags beyond their first page, and their century filters, are left out:
 * each is reachable from its landing page, which is the canonical one; so are the pages of the events
 * index and of each letter of the people index after the first.
 */

export const SITEMAP_SECTIONS = ['pages', 'years', 'events', 'people'] as const;
export type SitemapSection = (typeof SITEMAP_SECTIONS)[number];

export type SitemapEntry = { path: string; lastModified: number | null };

const updated = sql<number | null>`max(${events.updatedAt})`;
const births = sql<number>`sum(${events.kind} = 'birth')`;
const deaths = sql<number>`sum(${events.kind} = 'death')`;

/** Static pages, the 366 days (with their births/deaths pages when they have any), categories, tags. */
function listPageEntries(): SitemapEntry[] {
  const days = new Map(
    db
      .select({ month: events.month, day: events.day, updated, births, deaths })
      .from(events)
      .where(and(isPubliclyVisible(), eq(events.precision, 'day')))
      .groupBy(events.month, events.day)
      .all()
      .map((d) => [`${d.month}-${d.day}`, d] as const),
  );
  const categoryRows = db
    .select({ slug: categories.slug, updated })
    .from(categories)
    .leftJoin(events, and(eq(events.categoryId, categories.id), isPubliclyVisible()))
    .groupBy(categories.id)
    .orderBy(asc(categories.position), asc(categories.name))
    .all();
  const tagRows = db
    .select({ slug: tags.slug, updated })
    .from(tags)
    .innerJoin(eventTags, eq(eventTags.tagId, tags.id))
    .innerJoin(events, eq(events.id, eventTags.eventId))
    .where(isPubliclyVisible())
    .groupBy(tags.id)
    .orderBy(asc(tags.slug))
    .all();

  const entries: SitemapEntry[] = [
    { path: sitePaths.home(), lastModified: null },
    { path: sitePaths.days(), lastModified: null },
    { path: sitePaths.categories(), lastModified: null },
    { path: sitePaths.tags(), lastModified: null },
    { path: '/about', lastModified: null },
    { path: sitePaths.events(), lastModified: null },
    { path: sitePaths.people(), lastModified: null },
    { path: sitePaths.years(), lastModified: null },
  ];
  // The index pages' landing pages: each letter with anyone under it, each century with a dated entry.
  for (const { initial, count } of countPeopleByInitial())
    if (count > 0) entries.push({ path: sitePaths.peopleInitial(initial), lastModified: null });
  const centuries = new Set(listYearCounts().map((y) => centuryOf(y.year)));
  for (const century of [...centuries].sort((a, b) => a - b))
    entries.push({ path: sitePaths.century(century), lastModified: null });
  for (const { month, day } of allCalendarDays()) {
    const d = days.get(`${month}-${day}`);
    entries.push({ path: sitePaths.day(month, day), lastModified: d?.updated ?? null });
    if (d && d.births > 0)
      entries.push({ path: sitePaths.dayKind(month, day, 'births'), lastModified: d.updated });
    if (d && d.deaths > 0)
      entries.push({ path: sitePaths.dayKind(month, day, 'deaths'), lastModified: d.updated });
  }
  for (const c of categoryRows)
    entries.push({ path: sitePaths.category(c.slug), lastModified: c.updated });
  for (const t of tagRows) entries.push({ path: sitePaths.tag(t.slug), lastModified: t.updated });
  return entries;
}

/** Every year with a public event, with its births/deaths pages when it has any. */
function listYearEntries(): SitemapEntry[] {
  const rows = db
    .select({ year: events.year, updated, births, deaths })
    .from(events)
    .where(and(isPubliclyVisible(), sql`${events.year} IS NOT NULL`))
    .groupBy(events.year)
    .orderBy(asc(events.year))
    .all();
  return rows.flatMap((y) => {
    if (y.year === null) return [];
    const out: SitemapEntry[] = [{ path: sitePaths.year(y.year), lastModified: y.updated }];
    if (y.births > 0)
      out.push({ path: sitePaths.yearKind(y.year, 'births'), lastModified: y.updated });
    if (y.deaths > 0)
      out.push({ path: sitePaths.yearKind(y.year, 'deaths'), lastModified: y.updated });
    return out;
  });
}

/** How many URLs each section holds. */
export function countSitemapSections(): { section: SitemapSection; count: number }[] {
  const eventCount =
    db.select({ n: count() }).from(events).where(isPubliclyVisible()).get()?.n ?? 0;
  const personCount =
    db
      .select({ n: countDistinct(eventPeople.personId) })
      .from(eventPeople)
      .innerJoin(events, eq(events.id, eventPeople.eventId))
      .where(isPubliclyVisible())
      .get()?.n ?? 0;
  return [
    { section: 'pages', count: listPageEntries().length },
    { section: 'years', count: listYearEntries().length },
    { section: 'events', count: eventCount },
    { section: 'people', count: personCount },
  ];
}

/** The URLs of one sitemap file (a slice of its section, in a stable order). */
export function listSitemapEntries(file: SitemapFile<SitemapSection>): SitemapEntry[] {
  const { offset, limit } = file;
  switch (file.section) {
    case 'pages':
      return listPageEntries().slice(offset, offset + limit);
    case 'years':
      return listYearEntries().slice(offset, offset + limit);
    case 'events':
      return db
        .select({ slug: events.slug, updatedAt: sql<number>`${events.updatedAt}` })
        .from(events)
        .where(isPubliclyVisible())
        .orderBy(asc(events.id))
        .limit(limit)
        .offset(offset)
        .all()
        .map((e) => ({ path: sitePaths.event(e.slug), lastModified: e.updatedAt }));
    case 'people':
      // People with a public event. Joined and grouped rather than filtered with EXISTS: SQLite plans
      // that correlated subquery as a scan of every published event per person.
      return db
        .select({
          slug: people.slug,
          // A person's page shows their details and their public events: the later change of the two.
          updated: sql<number>`max(${people.updatedAt}, max(${events.updatedAt}))`,
        })
        .from(people)
        .innerJoin(eventPeople, eq(eventPeople.personId, people.id))
        .innerJoin(events, eq(events.id, eventPeople.eventId))
        .where(isPubliclyVisible())
        .groupBy(people.id)
        .orderBy(asc(people.id))
        .limit(limit)
        .offset(offset)
        .all()
        .map((p) => ({ path: sitePaths.person(p.slug), lastModified: p.updated }));
  }
}
