import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { assertRole, type SessionUser } from '@/lib/auth/actor';
import type { EventStatus } from '@/lib/events/enums';
import { db } from '../client';
import { categories, events } from '../schema';
import { getDayOverview, type DayOverview } from './days';
import { loadEvent } from './event-store';
import { pageDetailOf, type EventDetail } from './events';

/*
 * An editor's preview of an event that readers cannot see yet (a draft, a scheduled event): the
 * public event page and its day page as they will be once it is published. Read for the editor
 * only, uncached (the pages call these under Next's draft mode, which bypasses every cache).
 */

export type EventPreview = {
  event: EventDetail;
  status: EventStatus;
  /** When a scheduled event goes live (ISO), else null. */
  publishAt: string | null;
};

/** The event (not in the trash) at this current slug, as its page will show it; null when none. */
export function getEventPreview(
  actor: SessionUser | null,
  o: { slug: string },
): EventPreview | null {
  assertRole(actor, 'editor');
  const found = db
    .select({ id: events.id, color: categories.color })
    .from(events)
    .innerJoin(categories, eq(categories.id, events.categoryId))
    .where(and(eq(events.slug, o.slug), isNull(events.deletedAt)))
    .get();
  const record = found ? loadEvent(found.id) : null;
  const event = found && record ? pageDetailOf(record, found.color) : null;
  if (!record || !event) return null;
  return { event, status: record.status, publishAt: record.publishAt };
}

/** A day's overview with this event in it as if it were public (when it falls on that day). */
export function getDayPreview(
  actor: SessionUser | null,
  o: { month: number; day: number; year: number; eventId: number },
): DayOverview {
  assertRole(actor, 'editor');
  return getDayOverview({ month: o.month, day: o.day, year: o.year, include: o.eventId });
}
