import 'server-only';
import { and, inArray, isNotNull, sql } from 'drizzle-orm';
import { assertRole, type SessionUser } from '@/lib/auth/actor';
import type { EditorEventFilter } from '@/lib/events/editor-filters';
import { buildFtsQuery } from '@/lib/search/fts-query';
import { slugify } from '@/lib/slugs';
import type { EventRecord } from '@/lib/events/record';
import { CONTENT_FIELD_NAMES, pickFields } from '@/lib/events/fields';
import { db } from '../client';
import { eventLinks, events } from '../schema';
import type { DbOrTx } from '../types';
import { recordContentAudit } from './audit';
import { loadEvent, reviseEvents } from './event-store';
import { bulkStatusIn, editorWhere, type BulkAction, type BulkResult } from './event-editor';
import { findEventRow, saveEvent, type EventData } from './event-write';
import { syncSearchIndex } from './search-index';

// Changes to many events at once: the ticked ones, or every event a list filter matches (at most
// BULK_LIMIT). Each chunk of CHUNK events is its own IMMEDIATE transaction through the save
// pipeline (saveEvent: revision, search index, audit row, cache tags), so a change to thousands of
// events never holds the write lock for long, and what one chunk did stays done if a later one fails.

/** The most events one bulk change reaches through "all matching". */
export const BULK_LIMIT = 5_000;
const CHUNK = 200;

export type BulkTarget = { ids: readonly number[] } | { filter: EditorEventFilter };

export type BulkChange =
  | { kind: 'status'; action: BulkAction }
  | { kind: 'category'; categoryId: number }
  | { kind: 'tags'; add: readonly string[]; remove: readonly string[] }
  | { kind: 'featured'; featured: boolean };

export type BulkEditResult =
  | ({ ok: true; matched: number } & BulkResult)
  | { ok: false; code: 'invalid' | 'too_many'; message: string };

const numberFormat = new Intl.NumberFormat('en');

/** The ids a list filter matches (the list's own conditions and search), oldest id first; at most `limit`. */
export function listEditorEventIdsIn(
  dbh: DbOrTx,
  f: EditorEventFilter,
  limit: number,
): { ids: number[]; total: number } {
  const text = f.q?.trim() ?? '';
  const fts = text ? buildFtsQuery(text) : null;
  if (text && !fts) return { ids: [], total: 0 };
  const filters = editorWhere(f);
  if (fts) {
    const from = sql`events_cms_fts CROSS JOIN ${events} ON ${events.id} = events_cms_fts.rowid`;
    const where = and(sql`events_cms_fts MATCH ${fts.match}`, filters)!;
    const total =
      dbh.get<{ n: number }>(sql`SELECT count(*) AS n FROM ${from} WHERE ${where}`)?.n ?? 0;
    const ids = dbh
      .all<{ id: number }>(
        sql`SELECT ${events.id} AS id FROM ${from} WHERE ${where} ORDER BY ${events.id} LIMIT ${limit}`,
      )
      .map((r) => r.id);
    return { ids, total };
  }
  const total =
    dbh
      .select({ n: sql<number>`count(*)` })
      .from(events)
      .where(filters)
      .get()?.n ?? 0;
  const ids = dbh
    .select({ id: events.id })
    .from(events)
    .where(filters)
    .orderBy(events.id)
    .limit(limit)
    .all()
    .map((r) => r.id);
  return { ids, total };
}

/** The whole event as a save writes it, from its record (what a bulk change starts from). */
export function eventDataOf(e: EventRecord): EventData {
  return {
    content: pickFields(e, CONTENT_FIELD_NAMES),
    tags: e.tags.map((t) => t.name),
    people: e.people.map((p) => ({ personId: p.id, name: null, role: p.role })),
    references: e.references.map(({ url, title, publisher, accessedAt }) => ({
      url,
      title,
      publisher,
      accessedAt,
    })),
    links: e.links.map((l) => ({
      eventId: l.eventId,
      type: l.type,
      direction: l.direction === 'outgoing' ? ('from' as const) : ('to' as const),
    })),
    status: e.status,
    publishAt: e.publishAt === null ? null : new Date(e.publishAt),
  };
}

const tagKey = (name: string) => slugify(name) || name.trim().toLowerCase();

/** The content change for one event, or null when it already is as asked. */
function changedData(e: EventRecord, change: Exclude<BulkChange, { kind: 'status' }>) {
  const data = eventDataOf(e);
  switch (change.kind) {
    case 'category':
      if (e.categoryId === change.categoryId) return null;
      return { data: { ...data, content: { ...data.content, categoryId: change.categoryId } } };
    case 'featured':
      if (e.featured === change.featured) return null;
      return { data: { ...data, content: { ...data.content, featured: change.featured } } };
    case 'tags': {
      const remove = new Set(change.remove.map(tagKey));
      const kept = data.tags.filter((t) => !remove.has(tagKey(t)));
      const have = new Set(kept.map(tagKey));
      const added = change.add.filter((t) => {
        const k = tagKey(t);
        if (have.has(k)) return false;
        have.add(k);
        return true;
      });
      const tags = [...kept, ...added];
      if (tags.length === data.tags.length && tags.every((t, i) => t === data.tags[i])) return null;
      return { data: { ...data, tags } };
    }
  }
}

function describeChange(change: Exclude<BulkChange, { kind: 'status' }>): string {
  switch (change.kind) {
    case 'category':
      return 'Category changed (bulk edit)';
    case 'featured':
      return change.featured ? 'Featured (bulk edit)' : 'No longer featured (bulk edit)';
    case 'tags':
      return [
        change.add.length > 0 ? `Tags added: ${change.add.join(', ')}` : null,
        change.remove.length > 0 ? `Tags removed: ${change.remove.join(', ')}` : null,
      ]
        .filter(Boolean)
        .join('; ')
        .concat(' (bulk edit)');
  }
}

function contentChunk(
  tx: DbOrTx,
  o: {
    ids: readonly number[];
    change: Exclude<BulkChange, { kind: 'status' }>;
    actorId: number;
    now: Date;
  },
): BulkResult {
  const tags = new Set<string>();
  const skipped: BulkResult['skipped'] = [];
  let changed = 0;
  const note = describeChange(o.change);
  for (const id of o.ids) {
    const existing = findEventRow(tx, id);
    if (!existing) {
      skipped.push({ id, reason: 'That event does not exist.' });
      continue;
    }
    if (existing.deletedAt !== null) {
      skipped.push({ id, title: existing.title, reason: 'it is in the trash.' });
      continue;
    }
    const record = loadEvent(id);
    const next = record && changedData(record, o.change);
    if (!next) continue;
    const saved = saveEvent(tx, {
      actorId: o.actorId,
      existing,
      change: { kind: 'event', data: next.data },
      note,
      origin: 'bulk',
      audit: ({ version }) => ({
        action: 'event.update',
        details: {
          version,
          bulk: o.change.kind,
          ...(o.change.kind === 'category'
            ? { categoryId: { from: existing.categoryId, to: o.change.categoryId } }
            : o.change.kind === 'featured'
              ? { featured: o.change.featured }
              : { tagsAdded: o.change.add, tagsRemoved: o.change.remove }),
        },
      }),
      now: o.now,
    });
    if (!saved.ok) {
      const messages = Object.values(saved.errors).flat();
      skipped.push({
        id,
        title: existing.title,
        reason: messages[0] ?? 'it could not be saved.',
      });
      continue;
    }
    changed++;
    for (const t of saved.tags) tags.add(t);
  }
  return { changed, skipped, notes: [], tags: [...tags] };
}

function resolveTarget(
  target: BulkTarget,
  limit: number,
): { ids: number[] } | { ok: false; code: 'too_many'; message: string } {
  if ('ids' in target) return { ids: [...new Set(target.ids)].slice(0, limit) };
  const { ids, total } = listEditorEventIdsIn(db, target.filter, limit);
  if (total > limit)
    return {
      ok: false,
      code: 'too_many',
      message: `${numberFormat.format(total)} events match: a bulk change reaches at most ${numberFormat.format(limit)}. Narrow the filter first.`,
    };
  return { ids };
}

function merge(into: BulkResult, part: BulkResult, tags: Set<string>): void {
  into.changed += part.changed;
  into.skipped.push(...part.skipped);
  into.notes.push(...part.notes);
  for (const t of part.tags) tags.add(t);
}

/**
 * One change (status, category, tags, featured) to the ticked events or to every event a filter
 * matches (refused when more than BULK_LIMIT do), in chunks through the save pipeline. Events
 * already as asked are left alone; those it cannot change are named with the reason.
 */
export function bulkEditEvents(
  actor: SessionUser | null,
  o: { target: BulkTarget; change: BulkChange; now?: Date; limit?: number },
): BulkEditResult {
  assertRole(actor, 'editor');
  const now = o.now ?? new Date();
  const { change } = o;
  if (change.kind === 'tags' && change.add.length === 0 && change.remove.length === 0)
    return { ok: false, code: 'invalid', message: 'Name the tags to add or remove.' };
  const resolved = resolveTarget(o.target, o.limit ?? BULK_LIMIT);
  if ('ok' in resolved) return resolved;
  const { ids } = resolved;
  const result: BulkResult = { changed: 0, skipped: [], notes: [], tags: [] };
  const tags = new Set<string>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const part = db.transaction(
      (tx) =>
        change.kind === 'status'
          ? bulkStatusIn(tx, { ids: chunk, action: change.action, actorId: actor.id, now })
          : contentChunk(tx, { ids: chunk, change, actorId: actor.id, now }),
      { behavior: 'immediate' },
    );
    merge(result, part, tags);
  }
  return { ok: true, matched: ids.length, ...result, tags: [...tags] };
}

// ---- Deleting for good ----

export type PurgeResult = {
  ok: true;
  purged: number;
  /** Ticked events that were not in the trash (only the trash is deleted for good). */
  skipped: { id: number; title?: string; reason: string }[];
};

/**
 * Deletes events in the trash for good (admins only): the row and, through the foreign keys, its
 * revisions, relations, old slugs and correction reports; one audit row per event names what was
 * deleted. Events that linked to it lose the link and get a revision saying so (reviseEvents), so
 * each one's newest revision is still the event as stored.
 */
function purgeChunk(
  tx: DbOrTx,
  o: { ids: readonly number[]; actorId: number; now: Date },
): PurgeResult {
  const skipped: PurgeResult['skipped'] = [];
  const rows =
    o.ids.length === 0
      ? []
      : tx
          .select({
            id: events.id,
            title: events.title,
            slug: events.slug,
            deletedAt: events.deletedAt,
          })
          .from(events)
          .where(inArray(events.id, [...o.ids]))
          .all();
  const found = new Map(rows.map((r) => [r.id, r]));
  const doomed: typeof rows = [];
  for (const id of o.ids) {
    const row = found.get(id);
    if (!row) skipped.push({ id, reason: 'That event does not exist (any more).' });
    else if (row.deletedAt === null)
      skipped.push({ id, title: row.title, reason: 'it is not in the trash.' });
    else doomed.push(row);
  }
  if (doomed.length === 0) return { ok: true, purged: 0, skipped };
  const doomedIds = doomed.map((r) => r.id);
  const doomedSet = new Set(doomedIds);
  const neighbours = [
    ...new Set(
      tx
        .select({ from: eventLinks.fromEventId, to: eventLinks.toEventId })
        .from(eventLinks)
        .where(
          sql`${eventLinks.fromEventId} IN (${sql.join(doomedIds, sql`, `)}) OR ${eventLinks.toEventId} IN (${sql.join(doomedIds, sql`, `)})`,
        )
        .all()
        .flatMap((l) => [l.from, l.to])
        .filter((id) => !doomedSet.has(id)),
    ),
  ];
  for (const r of doomed)
    recordContentAudit(tx, {
      actorId: o.actorId,
      action: 'event.purge',
      entityType: 'event',
      entityId: r.id,
      details: { title: r.title, slug: r.slug, trashedAt: r.deletedAt?.toISOString() ?? null },
    });
  tx.delete(events)
    .where(and(inArray(events.id, doomedIds), isNotNull(events.deletedAt)))
    .run();
  syncSearchIndex(tx, doomedIds);
  if (neighbours.length > 0)
    reviseEvents(tx, neighbours, {
      actorId: o.actorId,
      note: 'A linked event was deleted for good',
      now: o.now,
    });
  return { ok: true, purged: doomed.length, skipped };
}

/** Deletes these events, if in the trash, for good. Admins only. */
export function purgeEvents(
  actor: SessionUser | null,
  o: { target: BulkTarget; now?: Date; limit?: number },
): PurgeResult | { ok: false; code: 'too_many'; message: string } {
  assertRole(actor, 'admin');
  const now = o.now ?? new Date();
  const target =
    'filter' in o.target ? { filter: { ...o.target.filter, status: 'trash' as const } } : o.target;
  const resolved = resolveTarget(target, o.limit ?? BULK_LIMIT);
  if ('ok' in resolved) return resolved;
  const result: PurgeResult = { ok: true, purged: 0, skipped: [] };
  for (let i = 0; i < resolved.ids.length; i += CHUNK) {
    const chunk = resolved.ids.slice(i, i + CHUNK);
    const part = db.transaction((tx) => purgeChunk(tx, { ids: chunk, actorId: actor.id, now }), {
      behavior: 'immediate',
    });
    result.purged += part.purged;
    result.skipped.push(...part.skipped);
  }
  return result;
}

/** Empties the trash: every event in it deleted for good, in chunks. Admins only. */
export function emptyTrash(actor: SessionUser | null, o: { now?: Date } = {}): PurgeResult {
  assertRole(actor, 'admin');
  const now = o.now ?? new Date();
  let purged = 0;
  for (;;) {
    const ids = db
      .select({ id: events.id })
      .from(events)
      .where(isNotNull(events.deletedAt))
      .orderBy(events.id)
      .limit(CHUNK)
      .all()
      .map((r) => r.id);
    if (ids.length === 0) break;
    const part = db.transaction((tx) => purgeChunk(tx, { ids, actorId: actor.id, now }), {
      behavior: 'immediate',
    });
    purged += part.purged;
    if (part.purged === 0) break;
  }
  return { ok: true, purged, skipped: [] };
}

/** How many events are in the trash. */
export function countTrash(actor: SessionUser | null): number {
  assertRole(actor, 'editor');
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(events)
      .where(isNotNull(events.deletedAt))
      .get()?.n ?? 0
  );
}
