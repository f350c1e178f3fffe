/**
 * Cache tags for public pages. Every cached read is tagged with what it shows; every mutation
 * revalidates exactly the tags of what it changed (see README, "Caching").
 */
const pad = (n: number) => String(n).padStart(2, '0');

export const cacheTags = {
  /**
   * What any event anywhere can change: counts, indexes, the newest events, the nearest days and
   * years with entries. A list of some events (a day's, a category's) is tagged with those instead.
   */
  allEvents: 'events',
  /** Every event page: expired by a change to a tag, person or category too large to name its events. */
  eventPages: 'event-pages',
  categories: 'categories',
  event: (id: number) => `event:${id}`,
  day: (month: number, day: number) => `day:${pad(month)}-${pad(day)}`,
  category: (id: number) => `category:${id}`,
  tag: (id: number) => `tag:${id}`,
  person: (id: number) => `person:${id}`,
  year: (year: number) => `year:${year}`,
} as const;

/**
 * Tags naming a whole family of pages (every list, every category count, every event page):
 * refreshed in the background (served once more while they render again) rather than at once.
 */
export const BROAD_CACHE_TAGS: ReadonlySet<string> = new Set([
  cacheTags.allEvents,
  cacheTags.categories,
  cacheTags.eventPages,
]);
