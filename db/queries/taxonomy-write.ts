import 'server-only';
import { asc, eq, inArray, like, or, sql } from 'drizzle-orm';
import { normalizeTagName } from '@/lib/validation/event';
import { slugify, uniqueSlug } from '@/lib/slugs';
import { db } from '../client';
import { people, personMerges, tags } from '../schema';
import type { DbOrTx } from '../types';
import { recordContentAudit } from './audit';
import { assertRole, type SessionUser } from '@/lib/auth/actor';

// Tags and people as the event form's pickers need them: search as you type, and create by name.
// The *In(tx, ...) helpers run inside an event save; the picker searches check the actor's role.

export type TagOption = { id: number; slug: string; name: string };
export type PersonOption = {
  id: number;
  slug: string;
  name: string;
  description: string;
  birthYear: number | null;
  deathYear: number | null;
};

const PICKER_LIMIT = 10;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** `%text%` for LIKE with the wildcards in `text` taken literally (use with ESCAPE '\'). */
export function likePattern(text: string): string {
  return `%${escapeLike(text)}%`;
}

/** Tags whose name contains `q`, names starting with it first. */
export function findTags(dbh: DbOrTx, q: string, limit = PICKER_LIMIT): TagOption[] {
  const text = normalizeTagName(q);
  if (text === '') return [];
  return dbh
    .select({ id: tags.id, slug: tags.slug, name: tags.name })
    .from(tags)
    .where(
      or(
        sql`${tags.name} LIKE ${likePattern(text)} ESCAPE '\\'`,
        like(tags.slug, `${slugify(text) || '\u0000'}%`),
      ),
    )
    .orderBy(
      sql`CASE WHEN ${tags.name} LIKE ${`${escapeLike(text)}%`} ESCAPE '\\' THEN 0 ELSE 1 END`,
      asc(tags.name),
    )
    .limit(limit)
    .all();
}

/** People whose name contains `q`, names starting with it first. */
export function findPeople(dbh: DbOrTx, q: string, limit = PICKER_LIMIT): PersonOption[] {
  const text = q.trim().replace(/\s+/g, ' ');
  if (text === '') return [];
  return dbh
    .select({
      id: people.id,
      slug: people.slug,
      name: people.name,
      description: people.description,
      birthYear: people.birthYear,
      deathYear: people.deathYear,
    })
    .from(people)
    .where(sql`${people.name} LIKE ${likePattern(text)} ESCAPE '\\'`)
    .orderBy(
      sql`CASE WHEN ${people.name} LIKE ${`${escapeLike(text)}%`} ESCAPE '\\' THEN 0 ELSE 1 END`,
      asc(people.name),
    )
    .limit(limit)
    .all();
}

/**
 * The ids of these tags, by slug: existing tags are reused ("world war i" finds "World War I"),
 * missing ones are created with the name as typed. Call inside the write transaction.
 */
export function resolveTagIdsIn(
  tx: DbOrTx,
  names: readonly string[],
  actorId: number | null,
): number[] {
  const wanted = new Map<string, string>();
  for (const raw of names) {
    const name = normalizeTagName(raw);
    const slug = slugify(name);
    if (slug !== '' && !wanted.has(slug)) wanted.set(slug, name);
  }
  if (wanted.size === 0) return [];
  const existing = new Map(
    tx
      .select({ id: tags.id, slug: tags.slug })
      .from(tags)
      .where(inArray(tags.slug, [...wanted.keys()]))
      .all()
      .map((t) => [t.slug, t.id]),
  );
  const ids: number[] = [];
  for (const [slug, name] of wanted) {
    let id = existing.get(slug);
    if (id === undefined) {
      id = tx.insert(tags).values({ slug, name }).returning({ id: tags.id }).get().id;
      recordContentAudit(tx, {
        actorId,
        action: 'tag.create',
        entityType: 'tag',
        entityId: id,
        details: { name },
      });
    }
    ids.push(id);
  }
  return ids;
}

/** Creates a person with just a name (details can be filled in later). */
function createPersonIn(tx: DbOrTx, name: string, actorId: number | null): number {
  const clean = name.trim().replace(/\s+/g, ' ');
  const slug = uniqueSlug(
    slugify(clean) || 'unnamed',
    (s) => tx.select({ id: people.id }).from(people).where(eq(people.slug, s)).get() !== undefined,
  );
  const id = tx.insert(people).values({ slug, name: clean }).returning({ id: people.id }).get().id;
  recordContentAudit(tx, {
    actorId,
    action: 'person.create',
    entityType: 'person',
    entityId: id,
    details: { name: clean },
  });
  return id;
}

export type PersonMerge = { name: string; into: { id: number; name: string } };

/** For these ids of people who no longer exist, whom each was merged into (when they were). */
export function findPersonMergesIn(
  tx: DbOrTx,
  personIds: readonly number[],
): Map<number, PersonMerge> {
  if (personIds.length === 0) return new Map();
  return new Map(
    tx
      .select({
        personId: personMerges.personId,
        name: personMerges.name,
        intoId: people.id,
        intoName: people.name,
      })
      .from(personMerges)
      .innerJoin(people, eq(people.id, personMerges.mergedIntoId))
      .where(inArray(personMerges.personId, [...personIds]))
      .all()
      .map((m) => [m.personId, { name: m.name, into: { id: m.intoId, name: m.intoName } }]),
  );
}

/**
 * The person an event form row names: the chosen id when it exists; otherwise, for a name, the one
 * person of exactly that name if there is exactly one (so a form without the picker does not
 * create duplicates), else a new person.
 */
export function resolvePersonIdIn(
  tx: DbOrTx,
  row: { personId: number | null; name: string | null },
  actorId: number | null,
): number | null {
  if (row.personId !== null) {
    const found = tx
      .select({ id: people.id })
      .from(people)
      .where(eq(people.id, row.personId))
      .get();
    if (found) return found.id;
  }
  const name = row.name?.trim().replace(/\s+/g, ' ') ?? '';
  if (name === '') return null;
  const same = tx
    .select({ id: people.id })
    .from(people)
    .where(sql`lower(${people.name}) = lower(${name})`)
    .limit(2)
    .all();
  if (same.length === 1 && same[0]) return same[0].id;
  return createPersonIn(tx, name, actorId);
}

// ---- Role-checked entry points for the pickers (route handlers call these). ----

export async function searchTags(actor: SessionUser | null, q: string): Promise<TagOption[]> {
  assertRole(actor, 'editor');
  return findTags(db, q);
}

export async function searchPeople(actor: SessionUser | null, q: string): Promise<PersonOption[]> {
  assertRole(actor, 'editor');
  return findPeople(db, q);
}
