import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import { db } from '@/db/client';
import { relatedEventsOf, type Relation } from '@/lib/events/relations';
import { categories, eventLinks, eventSlugs, eventSources, events } from '../schema';
import type { DateFields, EventCard } from './cards';
import { cardColumns, toCard } from './cards';
import { loadEvent } from './event-store';
import { isPubliclyVisible } from './visibility';
import { isVisibleToReaders } from '@/lib/events/visibility';
import { PAGE_FIELDS, pickFields, type PageField } from '@/lib/events/fields';
import type { EventRecord } from '@/lib/events/record';

/** What an event page shows: the fields it gets as stored (lib/events/fields.ts), and the rest. */
export type EventDetail = DateFields &
  Pick<EventRecord, PageField> & {
    id: number;
    slug: string;
    kind: 'event' | 'birth' | 'death' | 'observance';
    keyPoints: string[];
    end: {
      year: number | null;
      month: number | null;
      day: number | null;
      precision: DateFields['precision'] | null;
    } | null;
    category: { id: number; slug: string; name: string; color: string };
    image: { url: string; alt: string; credit: string | null } | null;
    /** Milliseconds since the epoch (plain JSON for the cache). */
    updatedAt: number;
    people: { id: number; slug: string; name: string; role: string }[];
    tags: { id: number; slug: string; name: string }[];
    references: {
      url: string;
      title: string;
      publisher: string | null;
      accessedAt: string | null;
    }[];
    /** Other corpora that tell this event, merged at import (event_sources): credited beside its own source. */
    alsoFrom: { source: string; sourceUrl: string | null; license: string | null }[];
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

/** What an event page shows of a stored event (its record, from loadEvent), given its category's colour. */
export function eventDetailOf(e: EventRecord, categoryColor: string): EventDetail | null {
  if (!isVisibleToReaders(e)) return null;
  return pageDetailOf(e, categoryColor);
}

/** The same for any stored event, public or not (an editor's preview: db/queries/event-preview.ts). */
export function pageDetailOf(e: EventRecord, categoryColor: string): EventDetail | null {
  if (!e.category) return null;
  const hasEnd = e.endYear !== null || e.endMonth !== null;
  return {
    ...pickFields(e, PAGE_FIELDS),
    id: e.id,
    slug: e.slug,
    kind: e.kind,
    keyPoints: e.keyPoints.filter((p) => p.trim() !== ''),
    year: e.year,
    month: e.month,
    day: e.day,
    precision: e.precision,
    circa: e.circa,
    calendar: e.calendar,
    end: hasEnd
      ? { year: e.endYear, month: e.endMonth, day: e.endDay, precision: e.endPrecision }
      : null,
    category: { ...e.category, color: categoryColor },
    image: e.imageUrl ? { url: e.imageUrl, alt: e.imageAlt ?? '', credit: e.imageCredit } : null,
    updatedAt: Date.parse(e.updatedAt),
    people: e.people.map(({ id, slug, name, role }) => ({ id, slug, name, role })),
    tags: e.tags,
    references: e.references.map(({ url, title, publisher, accessedAt }) => ({
      url,
      title,
      publisher,
      accessedAt,
    })),
    alsoFrom: [],
  };
}

/** The other corpora that tell an event (event_sources), in the order they were merged. */
export function listEventSources(eventId: number): {
  source: string;
  externalId: string;
  sourceUrl: string | null;
  license: string | null;
  text: string;
}[] {
  return db
    .select({
      source: eventSources.source,
      externalId: eventSources.externalId,
      sourceUrl: eventSources.sourceUrl,
      license: eventSources.license,
      text: eventSources.text,
    })
    .from(eventSources)
    .where(eq(eventSources.eventId, eventId))
    .orderBy(eventSources.id)
    .all();
}

/** Everything an event page shows, or null when the event is not public (draft, archived, trashed, missing). */
export function getEventById(id: number): EventDetail | null {
  const e = loadEvent(id);
  if (!e || !isVisibleToReaders(e)) return null;
  const color = db
    .select({ color: categories.color })
    .from(categories)
    .where(eq(categories.id, e.categoryId))
    .get()?.color;
  const detail = color === undefined ? null : eventDetailOf(e, color);
  if (!detail) return null;
  detail.alsoFrom = listEventSources(id).map(({ source, sourceUrl, license }) => ({
    source,
    sourceUrl,
    license,
  }));
  return detail;
}

/** The public event at its current slug (old slugs are resolved by resolveEventSlug). */
export function getEventBySlug(slug: string): EventDetail | null {
  const found = db.select({ id: events.id }).from(events).where(eq(events.slug, slug)).get();
  return found ? getEventById(found.id) : null;
}

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
    .map((l) => ({ ...l, direction: 'outgoing' as const }));
  const incoming = db
    .select({ type: eventLinks.type, eventId: eventLinks.fromEventId })
    .from(eventLinks)
    .where(eq(eventLinks.toEventId, eventId))
    .all()
    .map((l) => ({ ...l, direction: 'incoming' as const }));
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
  return relatedEventsOf(links, (id) => cards.get(id));
}
