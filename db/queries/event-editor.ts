import 'server-only';
import {
  and,
  asc,
  count,
  desc,
  eq,
  inArray,
  isNotNull,
  isNull,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { formatHistoricalDate } from '@/lib/dates';
import { describePublishingProblems, publishingProblems } from '@/lib/events/publishing';
import { eventFormValuesOf } from '@/lib/events/form-values';
import { isLikelyDuplicateTitle, type DuplicateCandidate } from '@/lib/validation/duplicates';
import { defaultDirection, type EditorEventFilter } from '@/lib/events/editor-filters';
import { buildFtsQuery } from '@/lib/search/fts-query';
import {
  type EventFieldErrors,
  type EventFormValues,
  type EventInput,
} from '@/lib/validation/event';
import { db } from '../client';
import { categories, events, eventTags, tags, users } from '../schema';
import { assertRole, type SessionUser } from '@/lib/auth/actor';
import type { EventKind, EventStatus } from '@/lib/events/enums';
import type { DbOrTx } from '../types';
import { type ContentAuditAction } from './audit';
import { clearAutosaveIn } from './event-autosave';
import { loadEvent } from './event-store';
import { listEventSources } from './events';
import { listSourceLinks, type SourceLink } from './graph';
import {
  checkChosenPeople,
  eventInputToData,
  findConflict,
  findDueEventRows,
  findEventRow,
  saveEvent,
  type Conflict,
} from './event-write';
import { likePattern } from './taxonomy-write';

// The event editor's domain functions. Each takes the acting user (from the server action, route
// handler or page that resolved the session) and refuses a missing or too-small role itself. Every
// write is one IMMEDIATE transaction and returns the cache tags to revalidate.

export type { Conflict } from './event-write';

export type SaveFailure =
  | { ok: false; code: 'invalid'; message: string; errors: EventFieldErrors }
  | { ok: false; code: 'conflict'; message: string; conflict: Conflict }
  | { ok: false; code: 'duplicates'; message: string; duplicates: DuplicateCandidate[] }
  | { ok: false; code: 'not_found' | 'trashed'; message: string };

export type SaveResult =
  { ok: true; id: number; version: number; slug: string; tags: string[] } | SaveFailure;

const NOT_FOUND = { ok: false, code: 'not_found', message: 'That event does not exist.' } as const;
const TRASHED = {
  ok: false,
  code: 'trashed',
  message: 'This event is in the trash: restore it before changing it.',
} as const;

const timeFormat = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
});

/** "Changed by Ada at 3 May 2026, 14:05 UTC since you opened it." */
export function conflictMessage(c: Conflict): string {
  return `Changed by ${c.byName} at ${timeFormat.format(c.at)} UTC since you opened it.`;
}

function invalid(errors: EventFieldErrors): SaveFailure {
  return { ok: false, code: 'invalid', message: 'Check the highlighted fields.', errors };
}

function dateLabel(e: {
  year: number | null;
  month: number | null;
  day: number | null;
  precision: EventInput['precision'];
  circa: boolean;
  calendar: EventInput['calendar'];
}): string {
  try {
    return formatHistoricalDate(e, { style: 'short' });
  } catch {
    return '';
  }
}

// ---- Likely duplicates ----

/** Events (not in the trash) on the same date whose titles nearly match. */
export function findLikelyDuplicatesIn(
  dbh: DbOrTx,
  q: {
    title: string;
    year: number | null;
    month: number | null;
    day: number | null;
    excludeId?: number;
  },
): DuplicateCandidate[] {
  if (q.month === null && q.year === null) return [];
  const same = (
    col: typeof events.year | typeof events.month | typeof events.day,
    v: number | null,
  ) => (v === null ? isNull(col) : eq(col, v));
  const rows = dbh
    .select({
      id: events.id,
      title: events.title,
      slug: events.slug,
      status: events.status,
      year: events.year,
      month: events.month,
      day: events.day,
      precision: events.precision,
      circa: events.circa,
      calendar: events.calendar,
    })
    .from(events)
    .where(
      and(
        same(events.month, q.month),
        same(events.day, q.day),
        same(events.year, q.year),
        isNull(events.deletedAt),
        q.excludeId === undefined ? undefined : sql`${events.id} <> ${q.excludeId}`,
      ),
    )
    .limit(500)
    .all();
  return rows
    .filter((r) => isLikelyDuplicateTitle(q.title, r.title))
    .slice(0, 10)
    .map((r) => ({ id: r.id, title: r.title, slug: r.slug, status: r.status, date: dateLabel(r) }));
}

function duplicatesFailure(duplicates: DuplicateCandidate[]): SaveFailure {
  return {
    ok: false,
    code: 'duplicates',
    message:
      duplicates.length === 1
        ? 'An event on the same date has a very similar title. Is it the same one?'
        : 'Events on the same date have very similar titles. Is one of them the same?',
    duplicates,
  };
}

// ---- Create and update ----

export function createEvent(
  actor: SessionUser | null,
  o: { input: EventInput; allowDuplicates?: boolean; now?: Date },
): SaveResult {
  assertRole(actor, 'editor');
  const now = o.now ?? new Date();
  return db.transaction(
    (tx): SaveResult => {
      if (!o.allowDuplicates) {
        const duplicates = findLikelyDuplicatesIn(tx, o.input);
        if (duplicates.length > 0) return duplicatesFailure(duplicates);
      }
      const saved = saveEvent(tx, {
        actorId: actor.id,
        existing: null,
        change: { kind: 'event', data: eventInputToData(o.input) },
        note: o.input.note ?? 'Created',
        origin: 'form',
        audit: ({ slug }) => ({
          action: 'event.create',
          details: { title: o.input.title, slug, status: o.input.status },
        }),
        now,
      });
      if (!saved.ok) return invalid(saved.errors);
      // What the new-event form autosaved is this event now.
      clearAutosaveIn(tx, { userId: actor.id, eventId: null });
      const { tags } = saved;
      return { ok: true, id: saved.id, version: saved.version, slug: saved.slug, tags };
    },
    { behavior: 'immediate' },
  );
}

/**
 * Saves an edit made on version `expectedVersion`. If anyone saved the event since, nothing is
 * written and the result names them (the editor's input stays in their form).
 */
export function updateEvent(
  actor: SessionUser | null,
  o: {
    id: number;
    expectedVersion: number;
    input: EventInput;
    allowDuplicates?: boolean;
    now?: Date;
  },
): SaveResult {
  assertRole(actor, 'editor');
  const now = o.now ?? new Date();
  return db.transaction(
    (tx): SaveResult => {
      const existing = findEventRow(tx, o.id);
      if (!existing) return NOT_FOUND;
      if (existing.deletedAt !== null) return TRASHED;
      const gone = checkChosenPeople(tx, eventInputToData(o.input).people, false).errors;
      if (Object.keys(gone).length > 0) return invalid(gone);
      const conflict = findConflict(tx, existing, o.expectedVersion);
      if (conflict)
        return { ok: false, code: 'conflict', message: conflictMessage(conflict), conflict };

      const dateChanged =
        existing.year !== o.input.year ||
        existing.month !== o.input.month ||
        existing.day !== o.input.day;
      if (!o.allowDuplicates && (dateChanged || existing.title !== o.input.title)) {
        const duplicates = findLikelyDuplicatesIn(tx, { ...o.input, excludeId: existing.id });
        if (duplicates.length > 0) return duplicatesFailure(duplicates);
      }

      const saved = saveEvent(tx, {
        actorId: actor.id,
        existing,
        change: { kind: 'event', data: eventInputToData(o.input) },
        note: o.input.note,
        origin: 'form',
        audit: ({ version, slug }) => ({
          action: 'event.update',
          details: {
            version,
            ...(existing.slug !== slug ? { slug: { from: existing.slug, to: slug } } : {}),
            ...(existing.status !== o.input.status
              ? { status: { from: existing.status, to: o.input.status } }
              : {}),
          },
        }),
        now,
      });
      if (!saved.ok) return invalid(saved.errors);
      clearAutosaveIn(tx, { userId: actor.id, eventId: existing.id });
      const { tags } = saved;
      return { ok: true, id: existing.id, version: saved.version, slug: saved.slug, tags };
    },
    { behavior: 'immediate' },
  );
}

// ---- Workflow: publish, unpublish, schedule, archive, trash, restore ----

export type StatusAction = 'publish' | 'unpublish' | 'schedule' | 'archive' | 'trash' | 'restore';

export type StatusResult =
  /** `restoredAsDraft`: out of the trash, but not public again, because it cannot be published. */
  | { ok: true; version: number; tags: string[]; restoredAsDraft?: string }
  /** `reason`: why, in a few words ("it needs a summary."), for a list of events not changed. */
  | { ok: false; code: 'invalid'; message: string; reason?: string; errors: EventFieldErrors }
  | { ok: false; code: 'conflict'; message: string; conflict: Conflict }
  | { ok: false; code: 'not_found' | 'trashed' | 'not_trashed'; message: string };

const STATUS_NOTES: Record<StatusAction, string> = {
  publish: 'Published',
  unpublish: 'Unpublished (back to draft)',
  schedule: 'Scheduled',
  archive: 'Archived',
  trash: 'Moved to the trash',
  restore: 'Restored from the trash',
};
const STATUS_AUDIT: Record<StatusAction, ContentAuditAction> = {
  publish: 'event.publish',
  unpublish: 'event.unpublish',
  schedule: 'event.schedule',
  archive: 'event.archive',
  trash: 'event.trash',
  restore: 'event.restore',
};

function applyStatus(
  tx: DbOrTx,
  o: {
    id: number;
    action: StatusAction;
    publishAt?: Date | null;
    expectedVersion?: number;
    actorId: number;
    origin: 'workflow' | 'bulk';
    now: Date;
  },
): StatusResult {
  const event = findEventRow(tx, o.id);
  if (!event) return NOT_FOUND;
  if (o.expectedVersion !== undefined) {
    const conflict = findConflict(tx, event, o.expectedVersion);
    if (conflict)
      return { ok: false, code: 'conflict', message: conflictMessage(conflict), conflict };
  }
  const trashed = event.deletedAt !== null;
  if (o.action === 'restore' && !trashed)
    return { ok: false, code: 'not_trashed', message: 'This event is not in the trash.' };
  if (o.action !== 'restore' && trashed) return TRASHED;

  // What publishing requires holds for publishing, scheduling and for coming back public from the
  // trash (lib/events/publishing.ts, the rule the form applies too).
  const problems = publishingProblems(event);
  const notPublished = (verb: string): StatusResult => ({
    ok: false,
    code: 'invalid',
    message: `Not ${verb}: ${describePublishingProblems(problems)}.`,
    reason: `${describePublishingProblems(problems)}.`,
    errors: Object.fromEntries(problems.map((p) => [p.field, [p.message]])),
  });
  let restoredAsDraft: string | undefined;
  const change: { status?: EventStatus; publishAt?: Date | null; deletedAt?: Date | null } = {};
  switch (o.action) {
    case 'publish':
      if (problems.length > 0) return notPublished('published');
      change.status = 'published';
      break;
    case 'unpublish':
      change.status = 'draft';
      change.publishAt = null;
      break;
    case 'archive':
      change.status = 'archived';
      break;
    case 'schedule':
      if (problems.length > 0) return notPublished('scheduled');
      if (!o.publishAt || o.publishAt.getTime() <= o.now.getTime())
        return {
          ok: false,
          code: 'invalid',
          message: 'Choose a publish time in the future.',
          errors: { publishAt: ['Choose a time in the future'] },
        };
      change.status = 'draft';
      change.publishAt = o.publishAt;
      break;
    case 'trash':
      change.deletedAt = o.now;
      break;
    case 'restore':
      change.deletedAt = null;
      // It leaves the trash either way (it cannot be fixed in there), but not as a public event.
      if (problems.length > 0 && (event.status === 'published' || event.publishAt !== null)) {
        change.status = 'draft';
        change.publishAt = null;
        restoredAsDraft = `restored as a draft: ${describePublishingProblems(problems)}`;
      }
      break;
  }
  const saved = saveEvent(tx, {
    actorId: o.actorId,
    existing: event,
    change: { kind: 'workflow', ...change },
    note:
      o.action === 'schedule' && o.publishAt
        ? `Scheduled for ${o.publishAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`
        : restoredAsDraft
          ? `${STATUS_NOTES.restore}, as a draft (${describePublishingProblems(problems)})`
          : STATUS_NOTES[o.action],
    origin: o.origin,
    audit: ({ version }) => ({
      action: STATUS_AUDIT[o.action],
      details: {
        title: event.title,
        version,
        ...(o.publishAt ? { publishAt: o.publishAt.toISOString() } : {}),
        ...(restoredAsDraft ? { status: { from: event.status, to: 'draft' } } : {}),
      },
    }),
    now: o.now,
  });
  // The one refusal of a workflow change the pipeline makes: the site's review requirement.
  if (!saved.ok) {
    const reason = Object.values(saved.errors).flat()[0] ?? 'Not changed.';
    return { ok: false, code: 'invalid', message: `${reason}.`, reason, errors: saved.errors };
  }
  return {
    ok: true,
    version: saved.version,
    tags: saved.tags,
    ...(restoredAsDraft ? { restoredAsDraft } : {}),
  };
}

/** One workflow change; with `expectedVersion` it is refused when the event changed since. */
export function setEventStatus(
  actor: SessionUser | null,
  o: {
    id: number;
    action: StatusAction;
    publishAt?: Date | null;
    expectedVersion?: number;
    now?: Date;
  },
): StatusResult {
  assertRole(actor, 'editor');
  const now = o.now ?? new Date();
  return db.transaction(
    (tx) => applyStatus(tx, { ...o, actorId: actor.id, origin: 'workflow', now }),
    {
      behavior: 'immediate',
    },
  );
}

export type BulkAction = 'publish' | 'unpublish' | 'archive' | 'trash' | 'restore';
export type BulkResult = {
  changed: number;
  /** The events left as they were, and why (with the title when the event exists). */
  skipped: { id: number; title?: string; reason: string }[];
  /** Changed, with something to say (restored from the trash as a draft). */
  notes: { id: number; title: string; note: string }[];
  tags: string[];
};

/**
 * The same change to many events, all in one transaction; events it does not apply to (or that
 * cannot be published) are skipped and named, the others changed.
 */
export function bulkSetStatus(
  actor: SessionUser | null,
  o: { ids: readonly number[]; action: BulkAction; now?: Date },
): BulkResult {
  assertRole(actor, 'editor');
  const now = o.now ?? new Date();
  const ids = [...new Set(o.ids)].slice(0, 500);
  return db.transaction(
    (tx) => bulkStatusIn(tx, { ids, action: o.action, actorId: actor.id, now }),
    {
      behavior: 'immediate',
    },
  );
}

/** bulkSetStatus inside the caller's transaction (db/queries/event-bulk.ts runs it per chunk). */
export function bulkStatusIn(
  tx: DbOrTx,
  o: { ids: readonly number[]; action: BulkAction; actorId: number; now: Date },
): BulkResult {
  const tags = new Set<string>();
  const skipped: BulkResult['skipped'] = [];
  const notes: BulkResult['notes'] = [];
  let changed = 0;
  for (const id of o.ids) {
    const event = findEventRow(tx, id);
    const already =
      event &&
      event.deletedAt === null &&
      ((o.action === 'publish' && event.status === 'published') ||
        (o.action === 'unpublish' && event.status === 'draft' && event.publishAt === null) ||
        (o.action === 'archive' && event.status === 'archived'));
    if (already) continue;
    const result = applyStatus(tx, {
      id,
      action: o.action,
      actorId: o.actorId,
      origin: 'bulk',
      now: o.now,
    });
    if (result.ok) {
      changed++;
      for (const t of result.tags) tags.add(t);
      if (result.restoredAsDraft && event)
        notes.push({ id, title: event.title, note: result.restoredAsDraft });
    } else
      skipped.push({
        id,
        ...(event ? { title: event.title } : {}),
        reason: ('reason' in result && result.reason) || result.message,
      });
  }
  return { changed, skipped, notes, tags: [...tags] };
}

/**
 * Publishes the scheduled drafts whose time has come. A system job (server/scheduler.ts runs it
 * every 30 seconds, and at start, so nothing is missed across a restart): there is no user to check.
 * A due event that cannot be published (lib/events/publishing.ts) stays scheduled and is reported.
 */
export function publishDueEvents(now: Date = new Date()): {
  published: number[];
  skipped: { id: number; title: string; reason: string }[];
  tags: string[];
} {
  return db.transaction(
    (tx) => {
      const due = findDueEventRows(tx, now);
      const tags = new Set<string>();
      const published: number[] = [];
      const skipped: { id: number; title: string; reason: string }[] = [];
      for (const event of due) {
        const problems = publishingProblems(event);
        if (problems.length > 0) {
          skipped.push({
            id: event.id,
            title: event.title,
            reason: describePublishingProblems(problems),
          });
          continue;
        }
        published.push(event.id);
        const saved = saveEvent(tx, {
          actorId: null,
          existing: event,
          change: { kind: 'workflow', status: 'published' },
          note: 'Published as scheduled',
          origin: 'scheduler',
          audit: ({ version }) => ({
            action: 'event.publish_scheduled',
            details: {
              title: event.title,
              version,
              publishAt: event.publishAt?.toISOString() ?? null,
            },
          }),
          now,
        });
        if (saved.ok) for (const t of saved.tags) tags.add(t);
      }
      return { published, skipped, tags: [...tags] };
    },
    { behavior: 'immediate' },
  );
}

// ---- Reads for the CMS ----

export type EditorEventRow = {
  id: number;
  slug: string;
  title: string;
  kind: EventKind;
  date: string;
  status: EventStatus;
  publishAt: Date | null;
  deletedAt: Date | null;
  updatedAt: Date;
  updatedByName: string | null;
  category: { name: string; color: string };
  version: number;
};

export type EditorEventPage = {
  rows: EditorEventRow[];
  total: number;
  page: number;
  pageSize: number;
};

export function editorWhere(f: EditorEventFilter): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  const status = f.status ?? 'all';
  if (status === 'trash') conditions.push(isNotNull(events.deletedAt));
  else {
    conditions.push(isNull(events.deletedAt));
    if (status === 'draft') conditions.push(eq(events.status, 'draft'), isNull(events.publishAt));
    else if (status === 'scheduled')
      conditions.push(eq(events.status, 'draft'), isNotNull(events.publishAt));
    else if (status !== 'all') conditions.push(eq(events.status, status));
  }
  if (f.categoryId) conditions.push(eq(events.categoryId, f.categoryId));
  if (f.kind) conditions.push(eq(events.kind, f.kind));
  if (f.month) conditions.push(eq(events.month, f.month));
  if (f.day) conditions.push(eq(events.day, f.day));
  if (f.tag)
    conditions.push(
      sql`${events.id} IN (SELECT ${eventTags.eventId} FROM ${eventTags} JOIN ${tags} ON ${tags.id} = ${eventTags.tagId} WHERE ${tags.slug} = ${f.tag})`,
    );
  return and(...conditions);
}

/** bm25 weights over events_cms_fts's columns: title, summary, body, people. */
const CMS_BM25 = sql.raw('bm25(events_cms_fts, 10, 4, 1, 2)');

/**
 * One page of events for the editor's list: any status (or the trash), filtered and sorted. Words
 * are looked up in events_cms_fts (search-index.ts), the readers' search rules for words (stemming,
 * aliases, the last word as a prefix) over title, summary, body and people, best match first
 * unless another order is asked for; words that clean down to nothing find nothing.
 */
export function listEventsForEditorIn(dbh: DbOrTx, f: EditorEventFilter): EditorEventPage {
  const pageSize = Math.min(Math.max(f.pageSize ?? 50, 1), 200);
  const page = Math.max(f.page ?? 1, 1);
  const text = f.q?.trim() ?? '';
  const fts = text ? buildFtsQuery(text) : null;
  if (text && !fts) return { rows: [], total: 0, page, pageSize };
  const sort = f.sort ?? (fts ? 'relevance' : 'updated');
  const filters = editorWhere(f);
  const dir = f.dir ?? defaultDirection(sort);
  const by = (column: SQL | typeof events.id | typeof events.year) =>
    dir === 'asc' ? asc(column) : desc(column);
  const order =
    sort === 'title'
      ? [by(sql`${events.title} COLLATE NOCASE`), by(events.id)]
      : sort === 'date'
        ? [
            // Undated events last whichever way.
            asc(sql`${events.year} IS NULL`),
            by(events.year),
            by(sql`${events.month}`),
            by(sql`${events.day}`),
            by(events.id),
          ]
        : sort === 'relevance' && fts
          ? [CMS_BM25, desc(events.updatedAt), desc(events.id)]
          : [by(sql`${events.updatedAt}`), by(events.id)];
  const offset = (page - 1) * pageSize;

  // With words, the page's ids come from the index (CROSS JOIN keeps it outermost, as in search.ts),
  // and only those rows are read in full.
  let ids: number[] | null = null;
  let total: number;
  if (fts) {
    const from = sql`events_cms_fts CROSS JOIN ${events} ON ${events.id} = events_cms_fts.rowid`;
    const where = and(sql`events_cms_fts MATCH ${fts.match}`, filters)!;
    ids = dbh
      .all<{ id: number }>(
        sql`SELECT ${events.id} AS id FROM ${from} WHERE ${where}
          ORDER BY ${sql.join(order, sql`, `)} LIMIT ${pageSize} OFFSET ${offset}`,
      )
      .map((r) => r.id);
    total = dbh.get<{ n: number }>(sql`SELECT count(*) AS n FROM ${from} WHERE ${where}`)?.n ?? 0;
  } else {
    total = dbh.select({ n: count() }).from(events).where(filters).get()?.n ?? 0;
  }
  const updater = alias(users, 'updater');
  const query = dbh
    .select({
      id: events.id,
      slug: events.slug,
      title: events.title,
      kind: events.kind,
      year: events.year,
      month: events.month,
      day: events.day,
      precision: events.precision,
      circa: events.circa,
      calendar: events.calendar,
      status: events.status,
      publishAt: events.publishAt,
      deletedAt: events.deletedAt,
      updatedAt: events.updatedAt,
      updatedByName: updater.name,
      categoryName: categories.name,
      categoryColor: categories.color,
      version: events.version,
    })
    .from(events)
    .innerJoin(categories, eq(categories.id, events.categoryId))
    .leftJoin(updater, eq(updater.id, events.updatedBy));
  const found =
    ids === null
      ? query
          .where(filters)
          .orderBy(...order)
          .limit(pageSize)
          .offset(offset)
          .all()
      : ids.length === 0
        ? []
        : query.where(inArray(events.id, ids)).all();
  const position = new Map(ids?.map((id, i) => [id, i]));
  const rows =
    ids === null ? found : found.sort((a, b) => position.get(a.id)! - position.get(b.id)!);
  return {
    rows: rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      title: r.title,
      kind: r.kind,
      date: dateLabel(r),
      status: r.status,
      publishAt: r.publishAt,
      deletedAt: r.deletedAt,
      updatedAt: r.updatedAt,
      updatedByName: r.updatedByName,
      category: { name: r.categoryName, color: r.categoryColor },
      version: r.version,
    })),
    total,
    page,
    pageSize,
  };
}

export async function listEventsForEditor(
  actor: SessionUser | null,
  f: EditorEventFilter,
): Promise<EditorEventPage> {
  assertRole(actor, 'editor');
  return listEventsForEditorIn(db, f);
}

export type CategoryOption = { id: number; name: string };

export async function listCategoryOptions(actor: SessionUser | null): Promise<CategoryOption[]> {
  assertRole(actor, 'editor');
  return db
    .select({ id: categories.id, name: categories.name })
    .from(categories)
    .orderBy(asc(categories.position), asc(categories.name))
    .all();
}

/** An event as the edit form opens it: the form's values, and the version they belong to. */
export type EventForEditor = {
  id: number;
  slug: string;
  title: string;
  version: number;
  status: EventStatus;
  publishAt: Date | null;
  deletedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  updatedById: number | null;
  updatedByName: string | null;
  /** Where its text came from (an importer's name), null for an event written here. */
  source: string | null;
  values: EventFormValues;
  /** An imported entry's links as its source had them (db/queries/graph.ts), for the editor to see. */
  sourceLinks: SourceLink[];
  /** The other corpora that tell this event, merged at import, each with its own wording. */
  otherSources: ReturnType<typeof listEventSources>;
};

export function getEventForEditorIn(dbh: DbOrTx, id: number): EventForEditor | null {
  const e = loadEvent(id);
  if (!e) return null;
  const updatedByName =
    e.updatedBy === null
      ? null
      : (dbh.select({ name: users.name }).from(users).where(eq(users.id, e.updatedBy)).get()
          ?.name ?? null);
  const date = (iso: string | null) => (iso === null ? null : new Date(iso));
  return {
    id: e.id,
    slug: e.slug,
    title: e.title,
    version: e.version,
    status: e.status,
    publishAt: date(e.publishAt),
    deletedAt: date(e.deletedAt),
    createdAt: new Date(e.createdAt),
    updatedAt: new Date(e.updatedAt),
    updatedById: e.updatedBy,
    updatedByName,
    source: e.source,
    values: eventFormValuesOf(e),
    sourceLinks: listSourceLinks(e.id),
    otherSources: listEventSources(e.id),
  };
}

export async function getEventForEditor(
  actor: SessionUser | null,
  id: number,
): Promise<EventForEditor | null> {
  assertRole(actor, 'editor');
  return getEventForEditorIn(db, id);
}

/** The event this user created last (the new-event form says whether an unanswered save landed). */
function getLatestEventCreatedByIn(
  dbh: DbOrTx,
  userId: number,
): { id: number; title: string; createdAt: Date } | null {
  return (
    dbh
      .select({ id: events.id, title: events.title, createdAt: events.createdAt })
      .from(events)
      .where(eq(events.createdBy, userId))
      .orderBy(desc(events.createdAt), desc(events.id))
      .limit(1)
      .get() ?? null
  );
}

export async function getMyLatestCreatedEvent(actor: SessionUser | null): Promise<{
  id: number;
  title: string;
  createdAt: Date;
} | null> {
  assertRole(actor, 'editor');
  return getLatestEventCreatedByIn(db, actor.id);
}

export type LinkCandidate = { id: number; title: string; date: string; status: EventStatus };

/** Events to link to, by title words or by id ("#123" or "123"); never the event itself or the trash. */
export function searchEventsForLinkingIn(
  dbh: DbOrTx,
  q: string,
  excludeId?: number,
): LinkCandidate[] {
  const text = q.trim();
  if (text.length < 2 && !/^#?\d+$/.test(text)) return [];
  const idMatch = /^#?(\d{1,9})$/.exec(text);
  const words = text.split(/\s+/).slice(0, 8);
  const rows = dbh
    .select({
      id: events.id,
      title: events.title,
      status: events.status,
      year: events.year,
      month: events.month,
      day: events.day,
      precision: events.precision,
      circa: events.circa,
      calendar: events.calendar,
    })
    .from(events)
    .where(
      and(
        isNull(events.deletedAt),
        excludeId === undefined ? undefined : sql`${events.id} <> ${excludeId}`,
        idMatch
          ? or(
              eq(events.id, Number(idMatch[1])),
              sql`${events.title} LIKE ${likePattern(text)} ESCAPE '\\'`,
            )
          : and(...words.map((w) => sql`${events.title} LIKE ${likePattern(w)} ESCAPE '\\'`)),
      ),
    )
    .orderBy(
      asc(sql`CASE WHEN ${events.status} = 'published' THEN 0 ELSE 1 END`),
      asc(sql`length(${events.title})`),
    )
    .limit(12)
    .all();
  return rows.map((r) => ({ id: r.id, title: r.title, status: r.status, date: dateLabel(r) }));
}

export async function searchEventsForLinking(
  actor: SessionUser | null,
  q: string,
  excludeId?: number,
): Promise<LinkCandidate[]> {
  assertRole(actor, 'editor');
  return searchEventsForLinkingIn(db, q, excludeId);
}
