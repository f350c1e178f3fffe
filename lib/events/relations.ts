import type { LinkType } from './enums';

// How a link between two events reads on each side, and the order a page (and the API) lists an
// event's links in: a link stored as A led_to B shows "Led to B" on A's page and "Result of A" on B's.

/** How an event relates to the one whose page lists it, seen from that page. */
export type Relation = 'related' | 'led_to' | 'result_of' | 'part_of' | 'includes' | 'same_story';

const RELATION_LABELS: Record<Relation, string> = {
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

/** A link of the event, as its record holds it: `outgoing` when stored from this event. */
export type EventLinkEnd = { type: LinkType; direction: 'outgoing' | 'incoming'; eventId: number };

export type Related<E> = { relation: Relation; label: string; event: E };

/**
 * The links a page lists: each one's relation from this side, the other event as `eventOf` finds
 * it (links to events it does not find, such as drafts, are left out), the same pair linked both
 * ways with a symmetric type once; grouped by relation, then by year (undated first), then by id.
 */
export function relatedEventsOf<E extends { id: number; year: number | null }>(
  links: readonly EventLinkEnd[],
  eventOf: (id: number) => E | undefined,
): Related<E>[] {
  const seen = new Set<string>();
  const result: Related<E>[] = [];
  for (const link of links) {
    const relation = (link.direction === 'outgoing' ? FROM_SIDE : TO_SIDE)[link.type];
    const event = eventOf(link.eventId);
    const key = `${relation}:${link.eventId}`;
    if (!event || seen.has(key)) continue;
    seen.add(key);
    result.push({ relation, label: RELATION_LABELS[relation], event });
  }
  return result.sort(
    (a, b) =>
      RELATION_ORDER.indexOf(a.relation) - RELATION_ORDER.indexOf(b.relation) ||
      (a.event.year ?? -Infinity) - (b.event.year ?? -Infinity) ||
      a.event.id - b.event.id,
  );
}
