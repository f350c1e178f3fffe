import { cacheTags } from '@/lib/cache-tags';
import type { EventRecord } from './record';
import { isVisibleToReaders } from './visibility';

/** What of an event decides the public pages it shows on (a whole EventRecord is one). */
export type EventFootprint = Pick<
  EventRecord,
  'id' | 'status' | 'deletedAt' | 'month' | 'day' | 'year' | 'categoryId'
> & {
  tags: readonly Pick<EventRecord['tags'][number], 'id'>[];
  people: readonly Pick<EventRecord['people'][number], 'id'>[];
  links: readonly Pick<EventRecord['links'][number], 'eventId'>[];
};

/**
 * The cache tags of every public page a change of one event touches, from the event before and
 * after it (null: did not exist / no longer exists): the event itself, its old and new day, year,
 * category, tags, people and linked events, and the lists of all events ('events'). Nothing
 * public changes while an event is hidden both before and after, so then only its own tag.
 */
export function cacheTagsForChange(
  before: EventFootprint | null,
  after: EventFootprint | null,
): string[] {
  const id = after?.id ?? before?.id;
  const out = new Set<string>();
  if (id !== undefined) out.add(cacheTags.event(id));
  const shown = [before, after].filter(
    (f): f is EventFootprint => f !== null && isVisibleToReaders(f),
  );
  if (shown.length === 0) return [...out];
  out.add(cacheTags.allEvents);
  for (const f of [before, after]) {
    if (!f) continue;
    if (f.month !== null && f.day !== null) out.add(cacheTags.day(f.month, f.day));
    if (f.year !== null) out.add(cacheTags.year(f.year));
    out.add(cacheTags.category(f.categoryId));
    for (const t of f.tags) out.add(cacheTags.tag(t.id));
    for (const p of f.people) out.add(cacheTags.person(p.id));
    for (const l of f.links) out.add(cacheTags.event(l.eventId));
  }
  return [...out];
}
