/**
 * Cache tags for public pages. Every cached read is tagged with what it shows; every mutation
 * revalidates exactly the tags of what it changed (see README, "Caching").
 */
const pad = (n: number) => String(n).padStart(2, '0');

export const cacheTags = {
  /** Any list of events (home, day, category, tag, person, year pages). */
  allEvents: 'events',
  categories: 'categories',
  event: (id: number) => `event:${id}`,
  day: (month: number, day: number) => `day:${pad(month)}-${pad(day)}`,
  category: (id: number) => `category:${id}`,
  tag: (id: number) => `tag:${id}`,
  person: (id: number) => `person:${id}`,
  year: (year: number) => `year:${year}`,
} as const;
