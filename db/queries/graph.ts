import 'server-only';
import { getDbHandle } from '@/db/client';
import type { InlineLink } from '@/lib/graph/inline-links';
import { sitePaths } from '@/lib/site-urls';
import { toCard, type CardRow, type EventCard } from './cards';
import { publicEventsSql } from './visibility';

// Reading the knowledge graph (db/queries/import-graph.ts writes it) for the public pages.

const PUBLIC_E = publicEventsSql('e');

/**
 * The links an entry's text shows inline: each of its articles that is one of its people or topics
 * (still linked to it: an editor who removed a person removes the link), with the anchor text and
 * Almanac's page. In the order of the source's links.
 */
export function listInlineLinks(eventId: number): InlineLink[] {
  const rows = getDbHandle()
    .sqlite.prepare<
      [number, number, number],
      { anchor: string; person: string | null; tag: string | null }
    >(
      `SELECT ea.anchor,
         (SELECT p.slug FROM people p JOIN event_people ep ON ep.person_id = p.id AND ep.event_id = ?
           WHERE p.reference_url = ea.url LIMIT 1) AS person,
         (SELECT t.slug FROM tags t JOIN event_tags et ON et.tag_id = t.id AND et.event_id = ?
           WHERE t.reference_url = ea.url LIMIT 1) AS tag
       FROM event_articles ea WHERE ea.event_id = ? ORDER BY ea.position`,
    )
    .all(eventId, eventId, eventId);
  return rows.flatMap((r) => {
    if (r.person) return [{ anchor: r.anchor, href: sitePaths.person(r.person) }];
    if (r.tag) return [{ anchor: r.anchor, href: sitePaths.tag(r.tag) }];
    return [];
  });
}

/** "More on World War II": other public entries that share one of this entry's topics or people. */
export type GraphNeighbours = {
  kind: 'person' | 'topic';
  id: number;
  slug: string;
  name: string;
  href: string;
  /** How many public entries the person or topic has, this one included. */
  total: number;
  events: EventCard[];
};

const CARD_SQL = `e.id, e.slug, e.kind, e.title, e.year, e.month, e.day, e.precision, e.circa, e.calendar,
  substr(e.summary, 1, 320) AS summary, e.featured, e.notability, e.license IS NOT NULL AS imported,
  c.slug AS categorySlug, c.name AS categoryName, c.color AS categoryColor`;

type RawCard = Omit<CardRow, 'circa' | 'featured'> & { circa: number; featured: number };
const card = (r: RawCard): EventCard =>
  toCard({ ...r, circa: Boolean(r.circa), featured: Boolean(r.featured) });

/**
 * Up to `groups` of this entry's people and topics (best known first) that have other public
 * entries, each with its `perGroup` best-known other entries. Both ways by construction: an entry
 * shown here shows this one on its own page (unless better-known ones fill its list).
 */
export function listGraphNeighbours(
  eventId: number,
  o: { groups?: number; perGroup?: number } = {},
): GraphNeighbours[] {
  const { sqlite } = getDbHandle();
  const groups = o.groups ?? 3;
  const perGroup = o.perGroup ?? 4;
  const candidates = sqlite
    .prepare<
      [number, number],
      { kind: 'person' | 'topic'; id: number; slug: string; name: string; total: number }
    >(
      `SELECT * FROM (
         SELECT 'person' AS kind, p.id, p.slug, p.name, p.public_event_count AS total, p.notability
         FROM event_people ep JOIN people p ON p.id = ep.person_id WHERE ep.event_id = ?
         UNION ALL
         SELECT 'topic', t.id, t.slug, t.name, t.public_event_count, t.notability
         FROM event_tags et JOIN tags t ON t.id = et.tag_id WHERE et.event_id = ?)
       WHERE total > 1 ORDER BY notability DESC, name`,
    )
    .all(eventId, eventId)
    .slice(0, groups);
  const byPerson = sqlite.prepare<[number, number, number], RawCard>(
    `SELECT ${CARD_SQL} FROM event_people ep JOIN events e ON e.id = ep.event_id
       JOIN categories c ON c.id = e.category_id
     WHERE ep.person_id = ? AND e.id <> ? AND ${PUBLIC_E}
     ORDER BY e.notability DESC, e.id DESC LIMIT ?`,
  );
  const byTopic = sqlite.prepare<[number, number, number], RawCard>(
    `SELECT ${CARD_SQL} FROM event_tags et JOIN events e ON e.id = et.event_id
       JOIN categories c ON c.id = e.category_id
     WHERE et.tag_id = ? AND e.id <> ? AND ${PUBLIC_E}
     ORDER BY e.notability DESC, e.id DESC LIMIT ?`,
  );
  return candidates.map((g) => ({
    ...g,
    href: g.kind === 'person' ? sitePaths.person(g.slug) : sitePaths.tag(g.slug),
    events: (g.kind === 'person' ? byPerson : byTopic).all(g.id, eventId, perGroup).map(card),
  }));
}

/** One of an imported entry's source links, as the editor sees it. */
export type SourceLink = {
  title: string;
  url: string;
  anchor: string;
  /** The person or topic the link is, on this event (linked) or not (an editor removed it, or none yet). */
  target: { kind: 'person' | 'topic'; name: string; linked: boolean } | null;
};

/** Every article an imported entry links, with the person or topic each one is (for the editor). */
export function listSourceLinks(eventId: number): SourceLink[] {
  const rows = getDbHandle()
    .sqlite.prepare<
      [number, number, number],
      {
        title: string;
        url: string;
        anchor: string;
        person: string | null;
        personLinked: number | null;
        tag: string | null;
        tagLinked: number | null;
      }
    >(
      `SELECT ea.title, ea.url, ea.anchor,
         p.name AS person, (SELECT 1 FROM event_people ep WHERE ep.event_id = ? AND ep.person_id = p.id) AS personLinked,
         t.name AS tag, (SELECT 1 FROM event_tags et WHERE et.event_id = ? AND et.tag_id = t.id) AS tagLinked
       FROM event_articles ea
       LEFT JOIN people p ON p.id = (SELECT id FROM people WHERE reference_url = ea.url ORDER BY id LIMIT 1)
       LEFT JOIN tags t ON t.id = (SELECT id FROM tags WHERE reference_url = ea.url ORDER BY id LIMIT 1)
       WHERE ea.event_id = ? ORDER BY ea.position`,
    )
    .all(eventId, eventId, eventId);
  return rows.map((r) => ({
    title: r.title,
    url: r.url,
    anchor: r.anchor,
    target: r.person
      ? { kind: 'person', name: r.person, linked: r.personLinked === 1 }
      : r.tag
        ? { kind: 'topic', name: r.tag, linked: r.tagLinked === 1 }
        : null,
  }));
}
