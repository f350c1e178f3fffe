import 'server-only';
import { and, asc, count, desc, eq, gt, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import { cacheTagsForChange } from '@/lib/events/cache-tags';
import { z } from 'zod';
import {
  CONTENT_FIELD_NAMES,
  pickFields,
  withoutKeys,
  type ContentField,
  type ScalarValue,
} from '@/lib/events/fields';
import { eventRecordSchema, type EventRecord } from '@/lib/events/record';
import {
  keptPublishAt,
  publishedAtAfter,
  publishesOrSchedules,
  publishingProblems,
} from '@/lib/events/publishing';
import { slugify, uniqueSlug } from '@/lib/slugs';
import type { EventFieldErrors, EventInput, LinkDirection } from '@/lib/validation/event';
import { SYMMETRIC_LINK_TYPES } from '@/lib/validation/event';
import {
  categories,
  eventLinks,
  eventPeople,
  eventReferences,
  eventReviews,
  eventSlugs,
  events,
  eventTags,
  people,
  revisions,
  users,
  type Event,
} from '../schema';
import type { EventStatus, LinkType } from '@/lib/events/enums';
import type { DbOrTx } from '../types';
import { recordContentAudit, type ContentAuditAction } from './audit';
import { loadEvent, materializeLiveRevisions, writeRevision } from './event-store';
import { refreshNotability } from './notability';
import { syncSearchIndex } from './search-index';
import { findPersonMergesIn, resolvePersonIdIn, resolveTagIdsIn } from './taxonomy-write';
import { hasRole } from '@/lib/auth/roles';
import { REVIEW_REQUIRED_MESSAGE } from '@/lib/review/states';
import { isReviewRequiredIn } from './site-settings';

// The event's save pipeline: saveEvent, and its batch form completeEventBatch. Every writer of
// an event goes through them (the editor's create, update and workflow, bulk actions, the
// scheduler, revision restore, the importers, the seed, the test fixtures). Its callers check the
// role and call it inside their IMMEDIATE transaction; the one rule it checks itself is the site's
// review requirement, which no writer may skip (mustBeReviewed).

/**
 * The columns an editor writes (everything but workflow, provenance and bookkeeping: the content
 * fields of lib/events/fields.ts); no slug asks for one made from the title.
 */
export type EventContent = Omit<ContentValues, 'slug'> & { slug: string | null };
type ContentValues = { [K in ContentField]: ScalarValue<K> };

/** A whole event as one save writes it: content, relations and workflow. */
export type EventData = {
  content: EventContent;
  /** Tag names; missing tags are created. */
  tags: string[];
  /** A chosen person, or a name to find or create. */
  people: { personId: number | null; name: string | null; role: string }[];
  references: { url: string; title: string; publisher: string | null; accessedAt: string | null }[];
  /** `from`: stored this → other; `to`: other → this. */
  links: { eventId: number; type: LinkType; direction: LinkDirection }[];
  status: EventStatus;
  publishAt: Date | null;
  /**
   * Where the text came from, for a writer that knows (the test fixtures' imported events); absent,
   * the event keeps what it has (the form and restores never change it).
   */
  provenance?: { source: string | null; sourceUrl: string | null; license: string | null };
};

export function eventInputToData(input: EventInput): EventData {
  // The form's input groups the end date and the image; it holds the other content as it is.
  const grouped = {
    endYear: input.end?.year ?? null,
    endMonth: input.end?.month ?? null,
    endDay: input.end?.day ?? null,
    endPrecision: input.end?.precision ?? null,
    imageUrl: input.image?.url ?? null,
    imageAlt: input.image?.alt ?? null,
    imageCredit: input.image?.credit ?? null,
  };
  return {
    content: { ...pickFields(input, withoutKeys(CONTENT_FIELD_NAMES, grouped)), ...grouped },
    tags: input.tags,
    people: input.people,
    references: input.references,
    links: input.links,
    status: input.status,
    publishAt: keptPublishAt(input.status, input.publishAt),
  };
}

/** The next version number: above both the event's and its newest revision's (imports count too). */
export function nextVersion(tx: DbOrTx, event: { id: number; version: number }): number {
  const row = tx
    .select({ max: sql<number | null>`max(${revisions.version})` })
    .from(revisions)
    .where(eq(revisions.eventId, event.id))
    .get();
  return Math.max(event.version, row?.max ?? 0) + 1;
}

// ---- Optimistic concurrency ----

export type Conflict = {
  /** Who saved the version the editor has not seen ("the scheduler" for automatic changes). */
  byName: string;
  /** When, in milliseconds since the epoch. */
  at: number;
  currentVersion: number;
};

/** Null when the editor's version is the current one; otherwise who changed the event since, and when. */
export function findConflict(tx: DbOrTx, event: Event, expectedVersion: number): Conflict | null {
  if (event.version === expectedVersion) return null;
  // Revisions written for a renamed or merged tag or person are not someone's save of this event.
  const saves = tx
    .select({ n: count() })
    .from(revisions)
    .where(
      and(
        eq(revisions.eventId, event.id),
        gt(revisions.version, expectedVersion),
        eq(revisions.relationsOnly, false),
      ),
    )
    .get();
  if (expectedVersion < event.version && (saves?.n ?? 0) === 0) return null;
  const latest = tx
    .select({ authorName: users.name, createdAt: revisions.createdAt })
    .from(revisions)
    .leftJoin(users, eq(users.id, revisions.authorId))
    .where(and(eq(revisions.eventId, event.id), eq(revisions.relationsOnly, false)))
    .orderBy(desc(revisions.version))
    .limit(1)
    .get();
  const updater =
    event.updatedBy === null
      ? undefined
      : tx.select({ name: users.name }).from(users).where(eq(users.id, event.updatedBy)).get();
  return {
    byName: latest?.authorName ?? updater?.name ?? 'an automatic process',
    at: (latest?.createdAt ?? event.updatedAt).getTime(),
    currentVersion: event.version,
  };
}

/**
 * People chosen in the form who are gone since it was opened: merged into someone else (or
 * removed). The save is refused, naming them, rather than leaving them out without a word; a
 * restore (`adapt`) takes the person they became. The editor's update asks this before it looks
 * for a conflict: a merge gives the events a new version, and what the editor must do is what this
 * message says.
 */
export function checkChosenPeople<P extends { personId: number | null; name: string | null }>(
  tx: DbOrTx,
  chosenPeople: readonly P[],
  adapt: boolean,
): { people: P[]; errors: EventFieldErrors } {
  const errors: EventFieldErrors = {};
  const chosenIds = [
    ...new Set(chosenPeople.flatMap((p) => (p.personId === null ? [] : [p.personId]))),
  ];
  const present = new Set(
    chosenIds.length === 0
      ? []
      : tx
          .select({ id: people.id })
          .from(people)
          .where(inArray(people.id, chosenIds))
          .all()
          .map((p) => p.id),
  );
  const merges = findPersonMergesIn(
    tx,
    chosenIds.filter((id) => !present.has(id)),
  );
  const checked = chosenPeople.map((p, i) => {
    if (p.personId === null || present.has(p.personId)) return p;
    const merge = merges.get(p.personId);
    if (adapt && merge) return { ...p, personId: merge.into.id, name: null };
    errors[`people.${i}.name`] = [
      merge
        ? `“${merge.name}” was merged into “${merge.into.name}” after this form was opened: remove this row, and add ${merge.into.name} if they belong here`
        : 'This person is no longer in Almanac: remove this row or choose someone else',
    ];
    return p;
  });
  return { people: checked, errors };
}

// ---- Saving an event ----

type RowsResult =
  { ok: true; id: number; version: number; slug: string } | { ok: false; errors: EventFieldErrors };

/** Another event (or another event's old URL) already answers to this slug. */
function slugTakenByOther(
  tx: DbOrTx,
  slug: string,
  selfId: number | null,
): { title: string } | null {
  const current = tx
    .select({ title: events.title })
    .from(events)
    .where(
      selfId === null ? eq(events.slug, slug) : and(eq(events.slug, slug), ne(events.id, selfId)),
    )
    .get();
  if (current) return current;
  const old = tx
    .select({ title: events.title })
    .from(eventSlugs)
    .innerJoin(events, eq(events.id, eventSlugs.eventId))
    .where(
      selfId === null
        ? eq(eventSlugs.slug, slug)
        : and(eq(eventSlugs.slug, slug), ne(eventSlugs.eventId, selfId)),
    )
    .get();
  return old ?? null;
}

function chooseSlug(
  tx: DbOrTx,
  o: { wanted: string | null; title: string; existing: Event | null; onTaken: 'error' | 'keep' },
): { slug: string } | { error: string } {
  const selfId = o.existing?.id ?? null;
  if (o.wanted !== null) {
    const taken = slugTakenByOther(tx, o.wanted, selfId);
    if (!taken) return { slug: o.wanted };
    if (o.onTaken === 'keep' && o.existing) return { slug: o.existing.slug };
    return {
      error: `This URL slug is taken by "${taken.title}": choose another, or leave it empty`,
    };
  }
  const base = slugify(o.title) || 'untitled';
  // Leaving the slug empty on an event whose slug already comes from this title changes nothing.
  if (
    o.existing &&
    (o.existing.slug === base || new RegExp(`^${base}-\\d+$`).test(o.existing.slug))
  )
    return { slug: o.existing.slug };
  return { slug: uniqueSlug(base, (s) => slugTakenByOther(tx, s, selfId) !== null) };
}

const linkKey = (from: number, to: number, type: LinkType) =>
  SYMMETRIC_LINK_TYPES.includes(type)
    ? `${Math.min(from, to)}:${Math.max(from, to)}:${type}`
    : `${from}:${to}:${type}`;

/**
 * Writes an event's row (a new one when `existing` is null) with all its relations and a new
 * version. Checks what only the database knows (category, slug, link targets, people merged
 * since) first and writes nothing when any is wrong. `onProblem: 'adapt'` (restoring an old
 * revision) keeps the current slug when another event has taken the wanted one since, takes the
 * person a merged person became, and lists a link given twice once; a missing category or a link
 * that no longer works refuses it as any save.
 */
function writeEventRows(
  tx: DbOrTx,
  o: {
    existing: Event | null;
    data: EventData;
    actorId: number | null;
    now: Date;
    onProblem?: 'error' | 'adapt';
  },
): RowsResult {
  const { existing, data, now } = o;
  const adapt = o.onProblem === 'adapt';
  const errors: EventFieldErrors = {};
  const content = { ...data.content };

  const category = tx
    .select({ id: categories.id })
    .from(categories)
    .where(eq(categories.id, content.categoryId))
    .get();
  if (!category) errors.categoryId = ['Choose a category'];

  const slug = chooseSlug(tx, {
    wanted: content.slug,
    title: content.title,
    existing,
    onTaken: adapt ? 'keep' : 'error',
  });
  if ('error' in slug) errors.slug = [slug.error];

  const selfId = existing?.id ?? null;
  const targetIds = [...new Set(data.links.map((l) => l.eventId))];
  const targets = new Map(
    targetIds.length === 0
      ? []
      : tx
          .select({ id: events.id, deletedAt: events.deletedAt })
          .from(events)
          .where(inArray(events.id, targetIds))
          .all()
          .map((t) => [t.id, t]),
  );
  // Links the event has now: one the editor kept stays, even to an event trashed since.
  const storedLinks = new Set(
    selfId === null
      ? []
      : tx
          .select({ from: eventLinks.fromEventId, to: eventLinks.toEventId, type: eventLinks.type })
          .from(eventLinks)
          .where(or(eq(eventLinks.fromEventId, selfId), eq(eventLinks.toEventId, selfId)))
          .all()
          .map((l) => linkKey(l.from, l.to, l.type)),
  );
  const wantedLinks = new Map<string, { from: number; to: number; type: LinkType }>();
  data.links.forEach((l, i) => {
    const target = targets.get(l.eventId);
    // The other end of a new event is filled in once it has an id (0 stands for "this event").
    const from = l.direction === 'from' ? (selfId ?? 0) : l.eventId;
    const to = l.direction === 'from' ? l.eventId : (selfId ?? 0);
    const key = linkKey(from, to, l.type);
    let problem: string | null = null;
    if (l.eventId === selfId) problem = 'An event cannot be linked to itself';
    else if (!target) problem = 'That event does not exist (any more)';
    else if (target.deletedAt !== null && !storedLinks.has(key))
      problem = 'That event is in the trash';
    if (problem) {
      errors[`links.${i}.eventId`] = [problem];
      return;
    }
    if (wantedLinks.has(key)) {
      if (!adapt) errors[`links.${i}.eventId`] = ['This link is listed twice'];
      return;
    }
    wantedLinks.set(key, { from, to, type: l.type });
  });

  const chosen = checkChosenPeople(tx, data.people, adapt);
  Object.assign(errors, chosen.errors);
  const peopleToSave = chosen.people;

  // What publishing requires (the form checks it too; this is every other writer's check). A save
  // that keeps an already public or scheduled event's summary as it was publishes nothing new.
  if (publishesOrSchedules({ status: data.status, publishAt: data.publishAt })) {
    const unchanged =
      existing !== null && publishesOrSchedules(existing) && existing.summary === content.summary;
    // Imported entries need no summary (their title is their text): the source is what the save
    // writes, or else what the event has.
    const source = data.provenance ? data.provenance.source : (existing?.source ?? null);
    if (!unchanged)
      for (const p of publishingProblems({ summary: content.summary, source }))
        errors[p.field] = [p.message];
  }

  if (Object.keys(errors).length > 0 || 'error' in slug) return { ok: false, errors };

  const version = existing ? nextVersion(tx, existing) : 1;
  const status = data.status;
  const row = {
    ...content,
    ...data.provenance,
    slug: slug.slug,
    status,
    publishAt: keptPublishAt(status, data.publishAt),
    publishedAt: publishedAtAfter(status, existing?.publishedAt ?? null, now),
    version,
    updatedBy: o.actorId,
    updatedAt: now,
  };

  let id: number;
  if (existing) {
    id = existing.id;
    tx.update(events).set(row).where(eq(events.id, id)).run();
    if (existing.slug !== row.slug) {
      // The old URL keeps working (308 to the new one); a slug the event had before is current again.
      tx.insert(eventSlugs)
        .values({ eventId: id, slug: existing.slug })
        .onConflictDoNothing()
        .run();
      tx.delete(eventSlugs)
        .where(and(eq(eventSlugs.eventId, id), eq(eventSlugs.slug, row.slug)))
        .run();
    }
  } else {
    id = tx
      .insert(events)
      .values({ ...row, createdBy: o.actorId, createdAt: now })
      .returning({ id: events.id })
      .get().id;
  }

  const tagIds = resolveTagIdsIn(tx, data.tags, o.actorId);
  tx.delete(eventTags).where(eq(eventTags.eventId, id)).run();
  if (tagIds.length > 0)
    tx.insert(eventTags)
      .values(tagIds.map((tagId) => ({ eventId: id, tagId })))
      .run();

  const personRows: { personId: number; role: string }[] = [];
  for (const p of peopleToSave) {
    const personId = resolvePersonIdIn(tx, p, o.actorId);
    if (personId !== null && !personRows.some((r) => r.personId === personId))
      personRows.push({ personId, role: p.role });
  }
  tx.delete(eventPeople).where(eq(eventPeople.eventId, id)).run();
  if (personRows.length > 0)
    tx.insert(eventPeople)
      .values(
        personRows.map((p, position) => ({
          eventId: id,
          personId: p.personId,
          role: p.role,
          position,
        })),
      )
      .run();

  tx.delete(eventReferences).where(eq(eventReferences.eventId, id)).run();
  // An import may have kept them as the event's articles (articleReferences): rows from now on.
  tx.update(events)
    .set({ articleReferences: 0 })
    .where(and(eq(events.id, id), ne(events.articleReferences, 0)))
    .run();
  if (data.references.length > 0)
    tx.insert(eventReferences)
      .values(data.references.map((r, position) => ({ eventId: id, position, ...r })))
      .run();

  // Links: keep the rows that stay (their author and date), delete the rest, add the new ones.
  const wanted = new Map(
    [...wantedLinks.values()].map((l) => {
      const from = l.from === 0 ? id : l.from;
      const to = l.to === 0 ? id : l.to;
      return [linkKey(from, to, l.type), { from, to, type: l.type }] as const;
    }),
  );
  const current = tx
    .select({
      id: eventLinks.id,
      from: eventLinks.fromEventId,
      to: eventLinks.toEventId,
      type: eventLinks.type,
    })
    .from(eventLinks)
    .where(or(eq(eventLinks.fromEventId, id), eq(eventLinks.toEventId, id)))
    .all();
  const gone = current.filter((l) => !wanted.delete(linkKey(l.from, l.to, l.type)));
  if (gone.length > 0)
    tx.delete(eventLinks)
      .where(
        inArray(
          eventLinks.id,
          gone.map((l) => l.id),
        ),
      )
      .run();
  if (wanted.size > 0)
    tx.insert(eventLinks)
      .values(
        [...wanted.values()].map((l) => ({
          fromEventId: l.from,
          toEventId: l.to,
          type: l.type,
          createdBy: o.actorId,
          createdAt: now,
        })),
      )
      .run();

  return { ok: true, id, version, slug: row.slug };
}

/** What a workflow change sets (status, schedule, trash); absent fields stay as they are. */
export type WorkflowChange = {
  status?: EventStatus;
  publishAt?: Date | null;
  deletedAt?: Date | null;
};

/**
 * Changes only the workflow of an event as a new version, so an editor who has the form open
 * cannot silently undo it (their save meets a newer version).
 */
function writeWorkflowRow(
  tx: DbOrTx,
  o: { event: Event; change: WorkflowChange; actorId: number | null; now: Date },
): { ok: true; id: number; version: number; slug: string } {
  const { event, change } = o;
  const status = change.status ?? event.status;
  const version = nextVersion(tx, event);
  tx.update(events)
    .set({
      status,
      publishAt: keptPublishAt(
        status,
        change.publishAt === undefined ? event.publishAt : change.publishAt,
      ),
      publishedAt: publishedAtAfter(status, event.publishedAt, o.now),
      deletedAt: change.deletedAt === undefined ? event.deletedAt : change.deletedAt,
      version,
      updatedBy: o.actorId,
      updatedAt: o.now,
    })
    .where(eq(events.id, event.id))
    .run();
  return { ok: true, id: event.id, version, slug: event.slug };
}

// ---- The save pipeline ----

/** What a save changes: the whole event (the form, a restore) or only its workflow. */
export type EventChange =
  | { kind: 'event'; data: EventData; onProblem?: 'error' | 'adapt' }
  | ({ kind: 'workflow' } & WorkflowChange);

/** Who asked for a save: recorded nowhere on its own, but it names the writer in errors and logs. */
export type SaveOrigin = 'form' | 'workflow' | 'bulk' | 'scheduler' | 'restore' | 'fixture';

export type SavedEvent = {
  ok: true;
  id: number;
  version: number;
  slug: string;
  revisionId: number;
  before: EventRecord | null;
  after: EventRecord;
  /** The cache tags of every public page that shows the event before or after the save. */
  tags: string[];
};

/**
 * The one way to write an event (the importers and the seed use its batch form, completeEventBatch in ./event-store.ts).
 * Inside the caller's IMMEDIATE transaction, in this order: the row and its relations, the
 * revision (the event as now stored), the search index, the audit row; then the cache tags to
 * expire, computed from the event before and after (lib/events/cache-tags.ts). A refused save
 * (a check only the database can make) writes nothing and returns the field errors.
 */
export function saveEvent(
  tx: DbOrTx,
  o: {
    actorId: number | null;
    /** The event's row as read in this transaction, or null for a new event. */
    existing: Event | null;
    change: EventChange;
    note: string | null;
    origin: SaveOrigin;
    /** The audit row for this save, given what was saved; null for none. */
    audit: ((saved: { id: number; version: number; slug: string }) => SaveAudit) | null;
    now: Date;
  },
): SavedEvent | { ok: false; errors: EventFieldErrors } {
  const { existing, change } = o;
  if (change.kind === 'workflow' && !existing)
    throw new Error(`a workflow change (${o.origin}) needs an existing event`);
  const goesPublic = makesPublicOrScheduled(existing, change);
  if (goesPublic && mustBeReviewed(tx, o.actorId, o.origin))
    return { ok: false, errors: { status: [REVIEW_REQUIRED_MESSAGE] } };
  const before = existing ? loadEvent(existing.id) : null;
  // The version it is at keeps what it holds (an import's revision may be live: no snapshot yet).
  if (existing) materializeLiveRevisions([existing.id]);
  const rows =
    change.kind === 'event'
      ? writeEventRows(tx, {
          existing,
          data: change.data,
          actorId: o.actorId,
          now: o.now,
          onProblem: change.onProblem,
        })
      : writeWorkflowRow(tx, { event: existing!, change, actorId: o.actorId, now: o.now });
  if (!rows.ok) return rows;
  // The record the revision stores (the same statement builds both), checked against its schema
  // before anything refers to it: a row that does not make a valid event rolls the save back.
  const after = loadEvent(rows.id);
  if (!after) throw new Error(`event ${rows.id} vanished while ${o.origin} saved it`);
  const checked = eventRecordSchema.safeParse(after);
  if (!checked.success)
    throw new Error(
      `event ${rows.id} does not make a valid record (${o.origin}): ${z.prettifyError(checked.error)}`,
    );
  const revisionId = writeRevision({
    eventId: rows.id,
    version: rows.version,
    authorId: o.actorId,
    note: o.note,
    now: o.now,
  });
  syncSearchIndex(tx, [rows.id]);
  refreshNotability(tx, { eventIds: [rows.id] });
  // Public or scheduled by any path (an approval, or a reviewer's own publish): no review waits.
  if (goesPublic) tx.delete(eventReviews).where(eq(eventReviews.eventId, rows.id)).run();
  const audit = o.audit?.(rows);
  if (audit)
    recordContentAudit(tx, {
      actorId: o.actorId,
      entityType: 'event',
      entityId: rows.id,
      ...audit,
    });
  return { ...rows, revisionId, before, after, tags: cacheTagsForChange(before, after) };
}

/** The workflow a change leaves the event with (trashed or not, status, publish time). */
function workflowAfter(
  existing: Event | null,
  change: EventChange,
): { status: EventStatus; publishAt: Date | null; deletedAt: Date | null } {
  if (change.kind === 'event')
    return {
      status: change.data.status,
      publishAt: keptPublishAt(change.data.status, change.data.publishAt),
      deletedAt: existing?.deletedAt ?? null,
    };
  const status = change.status ?? existing!.status;
  return {
    status,
    publishAt: keptPublishAt(
      status,
      change.publishAt === undefined ? (existing?.publishAt ?? null) : change.publishAt,
    ),
    deletedAt: change.deletedAt === undefined ? (existing?.deletedAt ?? null) : change.deletedAt,
  };
}

/**
 * Does this save make the event public, or schedule it (or move its time), when it was not so
 * before? Editing an event that is already public, unpublishing, archiving and trashing do not.
 */
export function makesPublicOrScheduled(existing: Event | null, change: EventChange): boolean {
  const after = workflowAfter(existing, change);
  if (after.deletedAt !== null || !publishesOrSchedules(after)) return false;
  if (!existing || existing.deletedAt !== null) return true;
  if (after.status === 'published') return existing.status !== 'published';
  return (
    existing.status !== 'draft' ||
    existing.publishAt === null ||
    existing.publishAt.getTime() !== after.publishAt!.getTime()
  );
}

/**
 * With review required on the site (lib/review/states.ts), only a reviewer or an admin makes an
 * event public or schedules it; the scheduler (publishing what was approved) and the test
 * fixtures are not someone's decision. The role is read here, in the save's transaction, so that
 * every writer (the form, the workflow buttons, bulk actions, restores) is held to it.
 */
function mustBeReviewed(tx: DbOrTx, actorId: number | null, origin: SaveOrigin): boolean {
  if (actorId === null || origin === 'scheduler' || origin === 'fixture') return false;
  if (!isReviewRequiredIn(tx)) return false;
  const actor = tx.select({ role: users.role }).from(users).where(eq(users.id, actorId)).get();
  return !actor || !hasRole(actor.role, 'reviewer');
}

export type SaveAudit = { action: ContentAuditAction; details?: Record<string, unknown> };

export function findEventRow(tx: DbOrTx, id: number): Event | undefined {
  return tx.select().from(events).where(eq(events.id, id)).get();
}

/** Scheduled drafts whose time has come (not in the trash). */
export function findDueEventRows(tx: DbOrTx, now: Date): Event[] {
  return tx
    .select()
    .from(events)
    .where(
      and(
        eq(events.status, 'draft'),
        isNull(events.deletedAt),
        sql`${events.publishAt} IS NOT NULL AND ${events.publishAt} <= ${now.getTime()}`,
      ),
    )
    .orderBy(asc(events.publishAt))
    .all();
}
