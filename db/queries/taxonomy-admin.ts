import 'server-only';
import { and, asc, count, desc, eq, gte, inArray, lt, ne, sql, type SQL } from 'drizzle-orm';
import { cacheTags } from '@/lib/cache-tags';
import type { CategoryInput } from '@/lib/validation/category';
import type { PersonInput } from '@/lib/validation/person';
import { slugify } from '@/lib/slugs';
import { db } from '../client';
import {
  auditLog,
  categories,
  eventPeople,
  events,
  eventTags,
  people,
  personMerges,
  tags,
  users,
} from '../schema';
import type { DbOrTx } from '../types';
import { materializeLiveRevisions, reviseEvents } from './event-store';
import { likePattern } from './taxonomy-write';
import { assertRole, type SessionUser } from '@/lib/auth/actor';

/*
 * Administration of the taxonomy: categories (admins), tags and people (editors), and the audit
 * log (admins). Each function checks the role of the actor it is given (the server action or page
 * that resolved the session passes it in; tests pass one too). Every change runs in one IMMEDIATE
 * transaction with its audit row, and returns the public cache tags it touched.
 *
 * Moving events between categories (delete with reassignment, merge) does not write a revision per
 * event: an import can put thousands of events in one category, and a category is not part of what
 * an editor wrote. Instead one audit row records the move (from, to, how many, and the event ids),
 * and the events' `updatedAt` is left alone. A form left open on a moved event cannot silently move
 * it back: its old category no longer exists, so the save is refused with a message. The next
 * revision of the event records the new category.
 */

export type AdminResult<T extends object = object> =
  | ({ ok: true; cacheTags: string[] } & T)
  | { ok: false; code: 'not_found' | 'conflict' | 'invalid'; message: string; field?: string };

const notFound = (what: string) =>
  ({ ok: false, code: 'not_found', message: `That ${what} no longer exists.` }) as const;

/** Event-page tags are listed one by one up to this many; beyond it, every event page's tag. */
const MAX_EVENT_TAGS = 2000;

function eventTagsFor(ids: readonly number[]): string[] {
  return ids.length <= MAX_EVENT_TAGS ? ids.map(cacheTags.event) : [cacheTags.eventPages];
}

type AuditEntry = {
  actorId: number;
  action: string;
  entityType: 'category' | 'tag' | 'person';
  entityId: number;
  details: Record<string, unknown>;
};

function audit(tx: DbOrTx, e: AuditEntry): void {
  tx.insert(auditLog)
    .values({
      userId: e.actorId,
      action: e.action,
      entityType: e.entityType,
      entityId: String(e.entityId),
      details: e.details,
    })
    .run();
}

const immediate = { behavior: 'immediate' } as const;

// ---------------------------------------------------------------- categories (admins)

export type AdminCategory = {
  id: number;
  slug: string;
  name: string;
  description: string;
  color: string;
  position: number;
  /** Every event, whatever its status (trash included: they still need a category). */
  eventCount: number;
};

export function listCategoriesForAdminIn(dbh: DbOrTx): AdminCategory[] {
  const counts = new Map(
    dbh
      .select({ id: events.categoryId, n: count() })
      .from(events)
      .groupBy(events.categoryId)
      .all()
      .map((r) => [r.id, r.n] as const),
  );
  return dbh
    .select({
      id: categories.id,
      slug: categories.slug,
      name: categories.name,
      description: categories.description,
      color: categories.color,
      position: categories.position,
    })
    .from(categories)
    .orderBy(asc(categories.position), asc(categories.name), asc(categories.id))
    .all()
    .map((c) => ({ ...c, eventCount: counts.get(c.id) ?? 0 }));
}

export async function listCategoriesForAdmin(actor: SessionUser | null): Promise<AdminCategory[]> {
  assertRole(actor, 'admin');
  return listCategoriesForAdminIn(db);
}

function findCategory(tx: DbOrTx, id: number) {
  return tx.select().from(categories).where(eq(categories.id, id)).get();
}

function slugTaken(tx: DbOrTx, slug: string, exceptId: number | null): boolean {
  const where =
    exceptId === null
      ? eq(categories.slug, slug)
      : and(eq(categories.slug, slug), ne(categories.id, exceptId));
  return tx.select({ id: categories.id }).from(categories).where(where).get() !== undefined;
}

function countCategoryEvents(tx: DbOrTx, id: number): number {
  return tx.select({ n: count() }).from(events).where(eq(events.categoryId, id)).get()?.n ?? 0;
}

const slugTakenError = {
  ok: false,
  code: 'conflict',
  field: 'slug',
  message: 'Another category already uses this slug.',
} as const;

export function createCategory(
  actor: SessionUser | null,
  input: CategoryInput,
): AdminResult<{ id: number }> {
  assertRole(actor, 'admin');
  return db.transaction((tx) => {
    if (slugTaken(tx, input.slug, null)) return slugTakenError;
    const last = tx
      .select({ max: sql<number | null>`max(${categories.position})` })
      .from(categories)
      .get();
    const id = tx
      .insert(categories)
      .values({ ...input, position: (last?.max ?? 0) + 1 })
      .returning({ id: categories.id })
      .get().id;
    audit(tx, {
      actorId: actor.id,
      action: 'category.create',
      entityType: 'category',
      entityId: id,
      details: { name: input.name, slug: input.slug },
    });
    return { ok: true, id, cacheTags: [cacheTags.categories] };
  }, immediate);
}

/**
 * Categories keep no slug history, so a changed slug would break every link to the old one: the
 * slug of a category that holds events cannot change (create a new category and merge instead).
 */
export function updateCategory(
  actor: SessionUser | null,
  categoryId: number,
  input: CategoryInput,
): AdminResult {
  assertRole(actor, 'admin');
  return db.transaction((tx) => {
    const before = findCategory(tx, categoryId);
    if (!before) return notFound('category');
    if (input.slug !== before.slug) {
      if (countCategoryEvents(tx, categoryId) > 0)
        return {
          ok: false,
          code: 'conflict',
          field: 'slug',
          message: `The slug of a category that holds events cannot change (its pages are linked as /categories/${before.slug}). Create a new category and merge this one into it instead.`,
        };
      if (slugTaken(tx, input.slug, categoryId)) return slugTakenError;
    }
    tx.update(categories)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(categories.id, categoryId))
      .run();
    const changes: Record<string, unknown> = {};
    for (const key of ['name', 'slug', 'description', 'color'] as const)
      if (before[key] !== input[key]) changes[key] = { from: before[key], to: input[key] };
    audit(tx, {
      actorId: actor.id,
      action: 'category.update',
      entityType: 'category',
      entityId: categoryId,
      details: { name: input.name, changes },
    });
    return {
      ok: true,
      cacheTags: [cacheTags.categories, cacheTags.category(categoryId), cacheTags.allEvents],
    };
  }, immediate);
}

/** Swaps the category with its neighbour above or below (positions renumbered 1..n first). */
export function moveCategory(
  actor: SessionUser | null,
  input: { categoryId: number; direction: 'up' | 'down' },
): AdminResult {
  assertRole(actor, 'admin');
  return db.transaction((tx) => {
    const ordered = tx
      .select({ id: categories.id, name: categories.name })
      .from(categories)
      .orderBy(asc(categories.position), asc(categories.name), asc(categories.id))
      .all();
    const index = ordered.findIndex((c) => c.id === input.categoryId);
    if (index === -1) return notFound('category');
    const other = index + (input.direction === 'up' ? -1 : 1);
    const moved = ordered[index];
    const neighbour = ordered[other];
    if (!moved || !neighbour) return { ok: true, cacheTags: [] };
    ordered[index] = neighbour;
    ordered[other] = moved;
    ordered.forEach((c, i) => {
      tx.update(categories)
        .set({ position: i + 1 })
        .where(eq(categories.id, c.id))
        .run();
    });
    audit(tx, {
      actorId: actor.id,
      action: 'category.reorder',
      entityType: 'category',
      entityId: moved.id,
      details: { name: moved.name, direction: input.direction, position: other + 1 },
    });
    return { ok: true, cacheTags: [cacheTags.categories] };
  }, immediate);
}

/** Moves every event of `fromId` to `toId`, syncing nothing else (categories are not searched). */
function moveEvents(tx: DbOrTx, fromId: number, toId: number): number[] {
  const ids = tx
    .select({ id: events.id })
    .from(events)
    .where(eq(events.categoryId, fromId))
    .all()
    .map((r) => r.id);
  if (ids.length > 0) {
    // An import's live revision keeps the category it had (materializeLiveRevisions).
    materializeLiveRevisions(ids);
    tx.update(events).set({ categoryId: toId }).where(eq(events.categoryId, fromId)).run();
  }
  return ids;
}

function movedTags(fromId: number, toId: number, ids: readonly number[]): string[] {
  return [
    cacheTags.categories,
    cacheTags.allEvents,
    cacheTags.category(fromId),
    cacheTags.category(toId),
    ...eventTagsFor(ids),
  ];
}

/** Up to this many moved event ids are listed in the audit row (the count is always there). */
const AUDIT_ID_LIMIT = 200;

/**
 * Deletes a category. One that holds events needs `targetId`: all its events move there in the
 * same transaction, so no event is ever left without a category.
 */
export function deleteCategory(
  actor: SessionUser | null,
  input: { categoryId: number; targetId: number | null },
): AdminResult<{ moved: number }> {
  assertRole(actor, 'admin');
  return db.transaction((tx) => {
    const category = findCategory(tx, input.categoryId);
    if (!category) return notFound('category');
    const n = countCategoryEvents(tx, category.id);
    let target: typeof category | undefined;
    if (n > 0) {
      if (input.targetId === null)
        return {
          ok: false,
          code: 'invalid',
          field: 'targetId',
          message: `${category.name} holds ${n} ${n === 1 ? 'event' : 'events'}: choose the category to move them to.`,
        };
      if (input.targetId === category.id)
        return {
          ok: false,
          code: 'invalid',
          field: 'targetId',
          message: 'Choose a different category to move the events to.',
        };
      target = findCategory(tx, input.targetId);
      if (!target) return { ...notFound('target category'), field: 'targetId' };
    }
    const ids = target ? moveEvents(tx, category.id, target.id) : [];
    tx.delete(categories).where(eq(categories.id, category.id)).run();
    audit(tx, {
      actorId: actor.id,
      action: 'category.delete',
      entityType: 'category',
      entityId: category.id,
      details: {
        name: category.name,
        slug: category.slug,
        ...(target
          ? {
              movedTo: { id: target.id, name: target.name },
              movedEvents: ids.length,
              eventIds: ids.slice(0, AUDIT_ID_LIMIT),
            }
          : {}),
      },
    });
    return {
      ok: true,
      moved: ids.length,
      cacheTags: target
        ? movedTags(category.id, target.id, ids)
        : [cacheTags.categories, cacheTags.category(category.id)],
    };
  }, immediate);
}

/** Merges `sourceId` into `targetId`: its events move to the target, and the source is deleted. */
export function mergeCategories(
  actor: SessionUser | null,
  input: { sourceId: number; targetId: number },
): AdminResult<{ moved: number; targetName: string }> {
  assertRole(actor, 'admin');
  if (input.sourceId === input.targetId)
    return {
      ok: false,
      code: 'invalid',
      field: 'targetId',
      message: 'Choose a different category to merge into.',
    };
  return db.transaction((tx) => {
    const source = findCategory(tx, input.sourceId);
    if (!source) return notFound('category');
    const target = findCategory(tx, input.targetId);
    if (!target) return { ...notFound('target category'), field: 'targetId' };
    const ids = moveEvents(tx, source.id, target.id);
    tx.delete(categories).where(eq(categories.id, source.id)).run();
    audit(tx, {
      actorId: actor.id,
      action: 'category.merge',
      entityType: 'category',
      entityId: target.id,
      details: {
        name: target.name,
        merged: { id: source.id, name: source.name, slug: source.slug },
        movedEvents: ids.length,
        eventIds: ids.slice(0, AUDIT_ID_LIMIT),
      },
    });
    return {
      ok: true,
      moved: ids.length,
      targetName: target.name,
      cacheTags: movedTags(source.id, target.id, ids),
    };
  }, immediate);
}

// ---------------------------------------------------------------- tags (editors)

export type AdminTag = { id: number; slug: string; name: string; eventCount: number };

export const ADMIN_PAGE_SIZE = 50;

function listTagsForEditorIn(
  dbh: DbOrTx,
  q: { search?: string; page?: number },
): { rows: AdminTag[]; total: number } {
  const text = q.search?.trim() ?? '';
  const where = text === '' ? undefined : sql`${tags.name} LIKE ${likePattern(text)} ESCAPE '\\'`;
  const total = dbh.select({ n: count() }).from(tags).where(where).get()?.n ?? 0;
  const page = Math.max(1, q.page ?? 1);
  const rows = dbh
    .select({
      id: tags.id,
      slug: tags.slug,
      name: tags.name,
      eventCount: sql<number>`(SELECT count(*) FROM ${eventTags} WHERE ${eventTags.tagId} = ${tags.id})`,
    })
    .from(tags)
    .where(where)
    .orderBy(asc(sql`lower(${tags.name})`), asc(tags.id))
    .limit(ADMIN_PAGE_SIZE)
    .offset((page - 1) * ADMIN_PAGE_SIZE)
    .all();
  return { rows, total };
}

export async function listTagsForEditor(
  actor: SessionUser | null,
  q: { search?: string; page?: number },
) {
  assertRole(actor, 'editor');
  return listTagsForEditorIn(db, q);
}

/** Tags to offer as merge targets (id and name, alphabetical). */
export async function listTagOptions(
  actor: SessionUser | null,
): Promise<{ id: number; name: string }[]> {
  assertRole(actor, 'editor');
  return db
    .select({ id: tags.id, name: tags.name })
    .from(tags)
    .orderBy(asc(sql`lower(${tags.name})`))
    .all();
}

function eventIdsWithTag(tx: DbOrTx, tagId: number): number[] {
  return tx
    .select({ id: eventTags.eventId })
    .from(eventTags)
    .where(eq(eventTags.tagId, tagId))
    .all()
    .map((r) => r.id);
}

/** Renames a tag; its slug follows the name (a slug held by another tag asks for a merge instead). */
export function renameTag(
  actor: SessionUser | null,
  input: { tagId: number; name: string },
): AdminResult<{ slug: string }> {
  assertRole(actor, 'editor');
  const slug = slugify(input.name);
  return db.transaction((tx) => {
    const tag = tx.select().from(tags).where(eq(tags.id, input.tagId)).get();
    if (!tag) return notFound('tag');
    const clash = tx
      .select({ id: tags.id, name: tags.name })
      .from(tags)
      .where(and(eq(tags.slug, slug), ne(tags.id, tag.id)))
      .get();
    if (clash)
      return {
        ok: false,
        code: 'conflict',
        field: 'name',
        message: `The tag “${clash.name}” already has this name: merge into it instead.`,
      };
    tx.update(tags).set({ name: input.name, slug }).where(eq(tags.id, tag.id)).run();
    const ids = eventIdsWithTag(tx, tag.id);
    reviseEvents(tx, ids, {
      actorId: actor.id,
      note: `Tag “${tag.name}” renamed “${input.name}”`,
      now: new Date(),
    });
    audit(tx, {
      actorId: actor.id,
      action: 'tag.rename',
      entityType: 'tag',
      entityId: tag.id,
      details: {
        from: tag.name,
        to: input.name,
        fromSlug: tag.slug,
        toSlug: slug,
        events: ids.length,
      },
    });
    return {
      ok: true,
      slug,
      cacheTags: [cacheTags.tag(tag.id), cacheTags.allEvents, ...eventTagsFor(ids)],
    };
  }, immediate);
}

/** Moves the source tag's events to the target (an event already tagged with both keeps one) and deletes the source. */
export function mergeTags(
  actor: SessionUser | null,
  input: { sourceId: number; targetId: number },
): AdminResult<{ moved: number; targetName: string }> {
  assertRole(actor, 'editor');
  if (input.sourceId === input.targetId)
    return { ok: false, code: 'invalid', field: 'targetId', message: 'Choose a different tag.' };
  return db.transaction((tx) => {
    const source = tx.select().from(tags).where(eq(tags.id, input.sourceId)).get();
    if (!source) return notFound('tag');
    const target = tx.select().from(tags).where(eq(tags.id, input.targetId)).get();
    if (!target) return { ...notFound('target tag'), field: 'targetId' };
    const ids = eventIdsWithTag(tx, source.id);
    tx.run(sql`INSERT OR IGNORE INTO event_tags (event_id, tag_id)
      SELECT event_id, ${target.id} FROM event_tags WHERE tag_id = ${source.id}`);
    tx.delete(tags).where(eq(tags.id, source.id)).run(); // its event_tags rows go with it (cascade)
    reviseEvents(tx, ids, {
      actorId: actor.id,
      note: `Tag “${source.name}” merged into “${target.name}”`,
      now: new Date(),
    });
    audit(tx, {
      actorId: actor.id,
      action: 'tag.merge',
      entityType: 'tag',
      entityId: target.id,
      details: {
        name: target.name,
        merged: { id: source.id, name: source.name },
        events: ids.length,
      },
    });
    return {
      ok: true,
      moved: ids.length,
      targetName: target.name,
      cacheTags: [
        cacheTags.tag(source.id),
        cacheTags.tag(target.id),
        cacheTags.allEvents,
        ...eventTagsFor(ids),
      ],
    };
  }, immediate);
}

/** Deletes a tag no event uses. */
export function deleteTag(actor: SessionUser | null, tagId: number): AdminResult {
  assertRole(actor, 'editor');
  return db.transaction((tx) => {
    const tag = tx.select().from(tags).where(eq(tags.id, tagId)).get();
    if (!tag) return notFound('tag');
    if (eventIdsWithTag(tx, tag.id).length > 0)
      return {
        ok: false,
        code: 'conflict',
        message: `“${tag.name}” is still used by events: merge it into another tag instead.`,
      };
    tx.delete(tags).where(eq(tags.id, tag.id)).run();
    audit(tx, {
      actorId: actor.id,
      action: 'tag.delete',
      entityType: 'tag',
      entityId: tag.id,
      details: { name: tag.name, slug: tag.slug },
    });
    return { ok: true, cacheTags: [cacheTags.tag(tag.id)] };
  }, immediate);
}

// ---------------------------------------------------------------- people (editors)

export type AdminPerson = {
  id: number;
  slug: string;
  name: string;
  description: string;
  birthYear: number | null;
  deathYear: number | null;
  eventCount: number;
};

function listPeopleForEditorIn(
  dbh: DbOrTx,
  q: { search?: string; page?: number },
): { rows: AdminPerson[]; total: number } {
  const text = q.search?.trim() ?? '';
  const where = text === '' ? undefined : sql`${people.name} LIKE ${likePattern(text)} ESCAPE '\\'`;
  const total = dbh.select({ n: count() }).from(people).where(where).get()?.n ?? 0;
  const page = Math.max(1, q.page ?? 1);
  const rows = dbh
    .select({
      id: people.id,
      slug: people.slug,
      name: people.name,
      description: people.description,
      birthYear: people.birthYear,
      deathYear: people.deathYear,
      eventCount: sql<number>`(SELECT count(*) FROM ${eventPeople} WHERE ${eventPeople.personId} = ${people.id})`,
    })
    .from(people)
    .where(where)
    .orderBy(asc(people.name), asc(people.id))
    .limit(ADMIN_PAGE_SIZE)
    .offset((page - 1) * ADMIN_PAGE_SIZE)
    .all();
  return { rows, total };
}

export async function listPeopleForEditor(
  actor: SessionUser | null,
  q: { search?: string; page?: number },
) {
  assertRole(actor, 'editor');
  return listPeopleForEditorIn(db, q);
}

export type PersonForEditor = typeof people.$inferSelect & { eventCount: number };

export async function getPersonForEditor(
  actor: SessionUser | null,
  personId: number,
): Promise<PersonForEditor | null> {
  assertRole(actor, 'editor');
  const person = db.select().from(people).where(eq(people.id, personId)).get();
  if (!person) return null;
  const n =
    db.select({ n: count() }).from(eventPeople).where(eq(eventPeople.personId, personId)).get()
      ?.n ?? 0;
  return { ...person, eventCount: n };
}

function eventIdsWithPerson(tx: DbOrTx, personId: number): number[] {
  return tx
    .select({ id: eventPeople.eventId })
    .from(eventPeople)
    .where(eq(eventPeople.personId, personId))
    .all()
    .map((r) => r.id);
}

export function updatePerson(
  actor: SessionUser | null,
  personId: number,
  input: PersonInput,
): AdminResult<{ slug: string }> {
  assertRole(actor, 'editor');
  return db.transaction((tx) => {
    const before = tx.select().from(people).where(eq(people.id, personId)).get();
    if (!before) return notFound('person');
    const clash = tx
      .select({ id: people.id })
      .from(people)
      .where(and(eq(people.slug, input.slug), ne(people.id, personId)))
      .get();
    if (clash)
      return {
        ok: false,
        code: 'conflict',
        field: 'slug',
        message: 'Another person already uses this slug.',
      };
    tx.update(people)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(people.id, personId))
      .run();
    const ids = eventIdsWithPerson(tx, personId);
    // The events' records name the person by name and slug: those change what each event is.
    if (before.name !== input.name || before.slug !== input.slug)
      reviseEvents(tx, ids, {
        actorId: actor.id,
        note: `Person “${before.name}” edited`,
        now: new Date(),
      });
    const changes: Record<string, unknown> = {};
    for (const key of Object.keys(input) as (keyof PersonInput)[])
      if (before[key] !== input[key]) changes[key] = { from: before[key], to: input[key] };
    audit(tx, {
      actorId: actor.id,
      action: 'person.update',
      entityType: 'person',
      entityId: personId,
      details: { name: input.name, changes },
    });
    return {
      ok: true,
      slug: input.slug,
      cacheTags: [cacheTags.person(personId), cacheTags.allEvents, ...eventTagsFor(ids)],
    };
  }, immediate);
}

/**
 * Merges the source person into the target: the source's event rows move to the target (an event
 * naming both keeps the target's row, with its role), the target keeps its own fields, and the
 * source is deleted.
 */
export function mergePeople(
  actor: SessionUser | null,
  input: { sourceId: number; targetId: number },
): AdminResult<{ moved: number; targetName: string; targetSlug: string }> {
  assertRole(actor, 'editor');
  if (input.sourceId === input.targetId)
    return { ok: false, code: 'invalid', field: 'targetId', message: 'Choose a different person.' };
  return db.transaction((tx) => {
    const source = tx.select().from(people).where(eq(people.id, input.sourceId)).get();
    if (!source) return notFound('person');
    const target = tx.select().from(people).where(eq(people.id, input.targetId)).get();
    if (!target) return { ...notFound('person to merge into'), field: 'targetId' };
    const ids = eventIdsWithPerson(tx, source.id);
    tx.run(sql`INSERT OR IGNORE INTO event_people (event_id, person_id, role, position)
      SELECT event_id, ${target.id}, role, position FROM event_people WHERE person_id = ${source.id}`);
    // Remembered, so a form opened before the merge is told whom the source became; those merged
    // into the source earlier now lead to the target.
    tx.update(personMerges)
      .set({ mergedIntoId: target.id })
      .where(eq(personMerges.mergedIntoId, source.id))
      .run();
    tx.insert(personMerges)
      .values({ personId: source.id, name: source.name, mergedIntoId: target.id })
      .run();
    tx.delete(people).where(eq(people.id, source.id)).run();
    reviseEvents(tx, ids, {
      actorId: actor.id,
      note: `Person “${source.name}” merged into “${target.name}”`,
      now: new Date(),
    });
    audit(tx, {
      actorId: actor.id,
      action: 'person.merge',
      entityType: 'person',
      entityId: target.id,
      details: {
        name: target.name,
        merged: { id: source.id, name: source.name, slug: source.slug },
        events: ids.length,
      },
    });
    return {
      ok: true,
      moved: ids.length,
      targetName: target.name,
      targetSlug: target.slug,
      cacheTags: [
        cacheTags.person(source.id),
        cacheTags.person(target.id),
        cacheTags.allEvents,
        ...eventTagsFor(ids),
      ],
    };
  }, immediate);
}

// ---------------------------------------------------------------- audit log (admins)

export type AuditFilters = {
  userId?: number;
  action?: string;
  entityType?: string;
  /** Inclusive, UTC midnight. */
  from?: Date;
  /** Inclusive day: rows before the next midnight. */
  to?: Date;
  page?: number;
};

export type AuditRow = {
  id: number;
  userId: number | null;
  userName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  details: Record<string, unknown> | null;
  createdAt: Date;
};

export const AUDIT_PAGE_SIZE = 50;

export function listAuditLogIn(dbh: DbOrTx, f: AuditFilters): { rows: AuditRow[]; total: number } {
  const conditions: SQL[] = [];
  if (f.userId !== undefined) conditions.push(eq(auditLog.userId, f.userId));
  if (f.action) conditions.push(eq(auditLog.action, f.action));
  if (f.entityType) conditions.push(eq(auditLog.entityType, f.entityType));
  if (f.from) conditions.push(gte(auditLog.createdAt, f.from));
  if (f.to) conditions.push(lt(auditLog.createdAt, new Date(f.to.getTime() + 86_400_000)));
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const total = dbh.select({ n: count() }).from(auditLog).where(where).get()?.n ?? 0;
  const page = Math.max(1, f.page ?? 1);
  const rows = dbh
    .select({
      id: auditLog.id,
      userId: auditLog.userId,
      userName: users.name,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      details: auditLog.details,
      createdAt: auditLog.createdAt,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(where)
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE)
    .offset((page - 1) * AUDIT_PAGE_SIZE)
    .all();
  return { rows, total };
}

export async function listAuditLog(actor: SessionUser | null, f: AuditFilters) {
  assertRole(actor, 'admin');
  return listAuditLogIn(db, f);
}

/** What the audit filters offer: users, and the actions and entity types that occur. */
export async function listAuditFilterOptions(actor: SessionUser | null) {
  assertRole(actor, 'admin');
  const userRows = db
    .select({ id: users.id, name: users.name })
    .from(users)
    .orderBy(asc(users.name))
    .all();
  const actions = db
    .selectDistinct({ action: auditLog.action })
    .from(auditLog)
    .orderBy(asc(auditLog.action))
    .all()
    .map((r) => r.action);
  const entityTypes = db
    .selectDistinct({ entityType: auditLog.entityType })
    .from(auditLog)
    .orderBy(asc(auditLog.entityType))
    .all()
    .map((r) => r.entityType);
  return { users: userRows, actions, entityTypes };
}

/** Slugs of the records audit rows name, for links (ids not found are left out: the record is gone). */
export async function findAuditEntityLinks(
  actor: SessionUser | null,
  rows: readonly AuditRow[],
): Promise<Map<string, string>> {
  assertRole(actor, 'admin');
  const out = new Map<string, string>();
  const idsOf = (type: string) =>
    rows
      .filter((r) => r.entityType === type && r.entityId !== null)
      .map((r) => Number(r.entityId))
      .filter((n) => Number.isInteger(n));
  const add = (
    type: string,
    found: { id: number; slug: string }[],
    href: (s: string, id: number) => string,
  ) => {
    for (const f of found) out.set(`${type}:${f.id}`, href(f.slug, f.id));
  };
  const eventIds = idsOf('event');
  if (eventIds.length)
    add(
      'event',
      db
        .select({ id: events.id, slug: events.slug })
        .from(events)
        .where(inArray(events.id, eventIds))
        .all(),
      (_s, id) => `/editor/events/${id}`,
    );
  const categoryIds = idsOf('category');
  if (categoryIds.length)
    add(
      'category',
      db
        .select({ id: categories.id, slug: categories.slug })
        .from(categories)
        .where(inArray(categories.id, categoryIds))
        .all(),
      (_s, id) => `/admin/categories/${id}`,
    );
  const tagIds = idsOf('tag');
  if (tagIds.length)
    add(
      'tag',
      db.select({ id: tags.id, slug: tags.slug }).from(tags).where(inArray(tags.id, tagIds)).all(),
      (_s, id) => `/editor/tags/${id}`,
    );
  const personIds = idsOf('person');
  if (personIds.length)
    add(
      'person',
      db
        .select({ id: people.id, slug: people.slug })
        .from(people)
        .where(inArray(people.id, personIds))
        .all(),
      (_s, id) => `/editor/people/${id}`,
    );
  return out;
}

/** The id of the person with this slug (merge forms name the target by slug), or null. */
export async function findPersonIdBySlug(
  actor: SessionUser | null,
  slug: string,
): Promise<number | null> {
  assertRole(actor, 'editor');
  return db.select({ id: people.id }).from(people).where(eq(people.slug, slug)).get()?.id ?? null;
}

export async function getTagForEditor(
  actor: SessionUser | null,
  tagId: number,
): Promise<AdminTag | null> {
  assertRole(actor, 'editor');
  const tag = db
    .select({ id: tags.id, slug: tags.slug, name: tags.name })
    .from(tags)
    .where(eq(tags.id, tagId))
    .get();
  if (!tag) return null;
  return { ...tag, eventCount: eventIdsWithTag(db, tagId).length };
}
