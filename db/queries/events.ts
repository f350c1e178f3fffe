import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { db } from '@/db/client';
import type { LinkType } from '../schema';
import {
  categories,
  eventLinks,
  eventPeople,
  eventReferences,
  eventSlugs,
  events,
  eventTags,
  people,
  tags,
} from '../schema';
import type { DateFields, EventCard } from './cards';
import { cardColumns, dateColumns, toCard } from './cards';
import { isPubliclyVisible } from './visibility';

export type EventDetail = DateFields & {
  id: number;
  slug: string;
  kind: 'event' | 'birth' | 'death' | 'observance';
  title: string;
  summary: string;
  keyPoints: string[];
  body: string;
  funFact: string | null;
  furtherReading: string | null;
  end: {
    year: number | null;
    month: number | null;
    day: number | null;
    precision: DateFields['precision'] | null;
  } | null;
  location: string | null;
  latitude: number | null;
  longitude: number | null;
  category: { id: number; slug: string; name: string; color: string };
  image: { url: string; alt: string; credit: string | null } | null;
  featured: boolean;
  source: string | null;
  sourceUrl: string | null;
  license: string | null;
  /** Milliseconds since the epoch (plain JSON for the cache). */
  updatedAt: number;
  people: { id: number; slug: string; name: string; role: string }[];
  tags: { id: number; slug: string; name: string }[];
  references: { url: string; title: string; publisher: string | null; accessedAt: string | null }[];
};

/**
 * Finds the public event a URL slug names: its current slug, or an old one kept in event_slugs (the caller
 * redirects to `slug` when `isCurrent` is false). Null when no public event answers to it.
 */
export function resolveEventSlug(
  slug: string,
): { eventId: number; slug: string; isCurrent: boolean } | null {
  const current = db
    .select({ id: events.id, slug: events.slug })
    .from(events)
    .where(and(eq(events.slug, slug), isPubliclyVisible()))
    .get();
  if (current) return { eventId: current.id, slug: current.slug, isCurrent: true };
  const old = db
    .select({ id: events.id, slug: events.slug })
    .from(eventSlugs)
    .innerJoin(events, eq(events.id, eventSlugs.eventId))
    .where(and(eq(eventSlugs.slug, slug), isPubliclyVisible()))
    .get();
  return old && old.slug !== slug ? { eventId: old.id, slug: old.slug, isCurrent: false } : null;
}

/** Everything an event page shows, or null when the event is not public (draft, archived, trashed, missing). */
export function getEventById(id: number): EventDetail | null {
  const row = db
    .select({
      id: events.id,
      slug: events.slug,
      kind: events.kind,
      title: events.title,
      summary: events.summary,
      keyPoints: events.keyPoints,
      body: events.body,
      funFact: events.funFact,
      furtherReading: events.furtherReading,
      ...dateColumns,
      endYear: events.endYear,
      endMonth: events.endMonth,
      endDay: events.endDay,
      endPrecision: events.endPrecision,
      location: events.location,
      latitude: events.latitude,
      longitude: events.longitude,
      imageUrl: events.imageUrl,
      imageAlt: events.imageAlt,
      imageCredit: events.imageCredit,
      featured: events.featured,
      source: events.source,
      sourceUrl: events.sourceUrl,
      license: events.license,
      updatedAt: events.updatedAt,
      categoryId: categories.id,
      categorySlug: categories.slug,
      categoryName: categories.name,
      categoryColor: categories.color,
    })
    .from(events)
    .innerJoin(categories, eq(categories.id, events.categoryId))
    .where(and(eq(events.id, id), isPubliclyVisible()))
    .get();
  if (!row) return null;

  const eventPeopleRows = db
    .select({ id: people.id, slug: people.slug, name: people.name, role: eventPeople.role })
    .from(eventPeople)
    .innerJoin(people, eq(people.id, eventPeople.personId))
    .where(eq(eventPeople.eventId, id))
    .orderBy(asc(eventPeople.position), asc(people.name))
    .all();
  const tagRows = db
    .select({ id: tags.id, slug: tags.slug, name: tags.name })
    .from(eventTags)
    .innerJoin(tags, eq(tags.id, eventTags.tagId))
    .where(eq(eventTags.eventId, id))
    .orderBy(asc(tags.name))
    .all();
  const references = db
    .select({
      url: eventReferences.url,
      title: eventReferences.title,
      publisher: eventReferences.publisher,
      accessedAt: eventReferences.accessedAt,
    })
    .from(eventReferences)
    .where(eq(eventReferences.eventId, id))
    .orderBy(asc(eventReferences.position), asc(eventReferences.id))
    .all();

  const hasEnd = row.endYear !== null || row.endMonth !== null;
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    title: row.title,
    summary: row.summary,
    keyPoints: Array.isArray(row.keyPoints)
      ? row.keyPoints.filter((p) => typeof p === 'string' && p.trim() !== '')
      : [],
    body: row.body,
    funFact: row.funFact,
    furtherReading: row.furtherReading,
    year: row.year,
    month: row.month,
    day: row.day,
    precision: row.precision,
    circa: row.circa,
    calendar: row.calendar,
    end: hasEnd
      ? { year: row.endYear, month: row.endMonth, day: row.endDay, precision: row.endPrecision }
      : null,
    location: row.location,
    latitude: row.latitude,
    longitude: row.longitude,
    category: {
      id: row.categoryId,
      slug: row.categorySlug,
      name: row.categoryName,
      color: row.categoryColor,
    },
    image: row.imageUrl
      ? { url: row.imageUrl, alt: row.imageAlt ?? '', credit: row.imageCredit }
      : null,
    featured: row.featured,
    source: row.source,
    sourceUrl: row.sourceUrl,
    license: row.license,
    updatedAt: row.updatedAt.getTime(),
    people: eventPeopleRows,
    tags: tagRows,
    references,
  };
}

/** The public event at its current slug (old slugs are resolved by resolveEventSlug). */
export function getEventBySlug(slug: string): EventDetail | null {
  const found = db.select({ id: events.id }).from(events).where(eq(events.slug, slug)).get();
  return found ? getEventById(found.id) : null;
}

/** How an event relates to the one whose page lists it, seen from that page. */
export type Relation = 'related' | 'led_to' | 'result_of' | 'part_of' | 'includes' | 'same_story';

export const RELATION_LABELS: Record<Relation, string> = {
  related: 'Related',
  led_to: 'Led to',
  result_of: 'Result of',
  part_of: 'Part of',
  includes: 'Includes',
  same_story: 'Same story, told elsewhere',
};

/** Relation shown on the page of a link's `from` event (as stored) and of its `to` event (the inverse). */
const FROM_SIDE: Record<LinkType, Relation> = {
  related: 'related',
  led_to: 'led_to',
  part_of: 'part_of',
  same_story: 'same_story',
};
const TO_SIDE: Record<LinkType, Relation> = {
  related: 'related',
  led_to: 'result_of',
  part_of: 'includes',
  same_story: 'same_story',
};

const RELATION_ORDER: readonly Relation[] = [
  'part_of',
  'includes',
  'result_of',
  'led_to',
  'same_story',
  'related',
];

export type RelatedEvent = { relation: Relation; label: string; event: EventCard };

/**
 * Public events linked to this one through event_links, from both sides: a link stored as
 * A led_to B shows "Led to B" on A's page and "Result of A" on B's. Grouped by relation, then year.
 */
export function listRelatedEvents(eventId: number): RelatedEvent[] {
  const outgoing = db
    .select({ type: eventLinks.type, eventId: eventLinks.toEventId })
    .from(eventLinks)
    .where(eq(eventLinks.fromEventId, eventId))
    .all()
    .map((l) => ({ relation: FROM_SIDE[l.type], eventId: l.eventId }));
  const incoming = db
    .select({ type: eventLinks.type, eventId: eventLinks.fromEventId })
    .from(eventLinks)
    .where(eq(eventLinks.toEventId, eventId))
    .all()
    .map((l) => ({ relation: TO_SIDE[l.type], eventId: l.eventId }));
  const links = [...outgoing, ...incoming];
  if (links.length === 0) return [];

  const ids = [...new Set(links.map((l) => l.eventId))];
  const cards = new Map(
    db
      .select(cardColumns)
      .from(events)
      .innerJoin(categories, eq(categories.id, events.categoryId))
      .where(and(inArray(events.id, ids), isPubliclyVisible()))
      .all()
      .map((row) => [row.id, toCard(row)] as const),
  );

  const seen = new Set<string>();
  const result: RelatedEvent[] = [];
  for (const link of links) {
    const event = cards.get(link.eventId);
    // The same pair linked both ways with a symmetric type (related, same_story) is listed once.
    const key = `${link.relation}:${link.eventId}`;
    if (!event || seen.has(key)) continue;
    seen.add(key);
    result.push({ relation: link.relation, label: RELATION_LABELS[link.relation], event });
  }
  return result.sort(
    (a, b) =>
      RELATION_ORDER.indexOf(a.relation) - RELATION_ORDER.indexOf(b.relation) ||
      (a.event.year ?? -Infinity) - (b.event.year ?? -Infinity) ||
      a.event.id - b.event.id,
  );
}
