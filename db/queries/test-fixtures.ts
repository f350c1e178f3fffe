import { db, getDbHandle } from '@/db/client';
import type { EventStatus } from '@/lib/events/enums';
import { CONTENT_FIELD_NAMES, contentDefaults, pickFields } from '@/lib/events/fields';
import { publishesOrSchedules, publishingProblems } from '@/lib/events/publishing';
import type { EventRecord } from '@/lib/events/record';
import { categories } from '../schema';
import type { DbOrTx } from '../types';
import type { ContentAuditAction } from './audit';
import { createSessionRow } from './auth-sessions';
import { loadEvent } from './event-store';
import {
  findEventRow,
  saveEvent,
  type EventChange,
  type EventContent,
  type EventData,
  type SaveAudit,
} from './event-write';

let counter = 0;

/** Inserts a category and returns its id (fixture for DAL tests). */
export function insertCategory(values: Partial<typeof categories.$inferInsert> = {}): number {
  counter++;
  const row = db
    .insert(categories)
    .values({
      slug: `cat-${counter}`,
      name: `Category ${counter}`,
      color: '#1d4ed8',
      position: counter,
      ...values,
    })
    .returning({ id: categories.id })
    .get();
  return row.id;
}

/**
 * A fixture event: its content and relations as an editor's save writes them (tags by name, people
 * by id or name, links with their direction), its workflow, and the times of its story.
 */
export type FixtureEvent = Partial<EventContent> &
  Partial<Pick<EventData, 'tags' | 'people' | 'references' | 'links'>> & {
    categoryId: number;
    status?: EventStatus;
    publishAt?: Date | null;
    /** When it was first published: it is created published then, and moved to `status` after. */
    publishedAt?: Date | null;
    /** When it was saved last (default: now). */
    updatedAt?: Date;
    /** When it went to the trash. */
    deletedAt?: Date | null;
    /** Where imported text came from (an imported event). */
    source?: string | null;
    sourceUrl?: string | null;
    license?: string | null;
  };

export type FixtureSave = { id: number; slug: string; version: number; revisionId: number };

const WORKFLOW_AUDIT: Record<EventStatus, ContentAuditAction> = {
  published: 'event.publish',
  draft: 'event.unpublish',
  archived: 'event.archive',
};

/** One save of a fixture through the pipeline (saveEvent, origin 'fixture'), inside `tx`. */
function saveFixture(
  tx: DbOrTx,
  o: {
    id: number | null;
    change: EventChange;
    note: string;
    audit: SaveAudit;
    now: Date;
    actorId?: number | null;
  },
): FixtureSave {
  const existing = o.id === null ? null : (findEventRow(tx, o.id) ?? null);
  const saved = saveEvent(tx, {
    actorId: o.actorId ?? null,
    existing,
    change: o.change,
    note: o.note,
    origin: 'fixture',
    audit: () => o.audit,
    now: o.now,
  });
  if (!saved.ok) throw new Error(`fixture event refused: ${JSON.stringify(saved.errors)}`);
  return { id: saved.id, slug: saved.slug, version: saved.version, revisionId: saved.revisionId };
}

/**
 * Writes an event as the app would, through the save pipeline (its row and relations, revision,
 * search entry and audit row): a published day-precision event unless told otherwise. A state the
 * form cannot make in one save takes the steps that lead to it: created published at
 * `publishedAt`, then moved to its status; created a draft and then published, for a public event
 * without a summary (the workflow step does not ask for one; its callers do); then trashed.
 */
export function insertEvent(values: FixtureEvent): FixtureSave {
  counter++;
  const {
    status = 'published',
    publishAt = null,
    publishedAt = null,
    updatedAt,
    deletedAt = null,
    tags = [],
    people = [],
    references = [],
    links = [],
    source,
    sourceUrl,
    license,
    ...content
  } = values;
  const data: EventData = {
    content: { ...defaultContent(counter), ...content },
    tags,
    people,
    references,
    links,
    status,
    publishAt,
    ...(source !== undefined || sourceUrl !== undefined || license !== undefined
      ? {
          provenance: {
            source: source ?? null,
            sourceUrl: sourceUrl ?? null,
            license: license ?? null,
          },
        }
      : {}),
  };
  const first =
    publishedAt !== null
      ? { status: 'published' as const, publishAt: null }
      : publishesOrSchedules(data) && publishingProblems(data.content).length > 0
        ? { status: 'draft' as const, publishAt: null }
        : { status, publishAt };
  const createdAt = publishedAt ?? updatedAt ?? new Date();
  return db.transaction(
    (tx) => {
      let saved = saveFixture(tx, {
        id: null,
        change: { kind: 'event', data: { ...data, ...first } },
        note: 'Created (test fixture)',
        audit: { action: 'event.create', details: { title: data.content.title, status } },
        now: createdAt,
      });
      if (first.status !== status || first.publishAt !== publishAt)
        saved = saveFixture(tx, {
          id: saved.id,
          change: { kind: 'workflow', status, publishAt },
          note: `Status ${status} (test fixture)`,
          audit: { action: publishAt ? 'event.schedule' : WORKFLOW_AUDIT[status] },
          now: updatedAt ?? createdAt,
        });
      if (deletedAt !== null)
        saved = saveFixture(tx, {
          id: saved.id,
          change: { kind: 'workflow', deletedAt },
          note: 'Moved to the trash (test fixture)',
          audit: { action: 'event.trash' },
          now: updatedAt ?? deletedAt,
        });
      return saved;
    },
    { behavior: 'immediate' },
  );
}

/**
 * Changes a fixture event's content or relations through the save pipeline: the event as stored,
 * with these fields replaced.
 */
export function changeEvent(
  id: number,
  values: Partial<EventContent> &
    Partial<Pick<EventData, 'tags' | 'people' | 'references' | 'links'>> & {
      now?: Date;
      /** Who saves (an editor's id); by default no one, as a script would. */
      actorId?: number;
    },
): FixtureSave {
  const e = loadEvent(id);
  if (!e) throw new Error(`no event ${id}`);
  const { now = new Date(), actorId, tags, people, references, links, ...content } = values;
  const data: EventData = {
    content: { ...contentOf(e), ...content },
    tags: tags ?? e.tags.map((t) => t.name),
    people: people ?? e.people.map((p) => ({ personId: p.id, name: null, role: p.role })),
    references:
      references ??
      e.references.map(({ url, title, publisher, accessedAt }) => ({
        url,
        title,
        publisher,
        accessedAt,
      })),
    links:
      links ??
      e.links.map((l) => ({
        eventId: l.eventId,
        type: l.type,
        direction: l.direction === 'outgoing' ? ('from' as const) : ('to' as const),
      })),
    status: e.status,
    publishAt: e.publishAt === null ? null : new Date(e.publishAt),
  };
  return db.transaction(
    (tx) =>
      saveFixture(tx, {
        id,
        change: { kind: 'event', data },
        note: 'Changed (test fixture)',
        audit: { action: 'event.update' },
        now,
        actorId,
      }),
    { behavior: 'immediate' },
  );
}

function defaultContent(n: number): EventContent {
  return {
    ...contentDefaults(),
    slug: `event-${n}`,
    title: `Event ${n}`,
    summary: `Summary ${n}`,
    year: 1924,
    month: 2,
    day: 1,
  };
}

const contentOf = (e: EventRecord): EventContent => pickFields(e, CONTENT_FIELD_NAMES);

/**
 * What next-auth's getServerSession would hand verifySession() for a fresh sign-in of `userId`
 * (for tests that mock next-auth): the claims, with a real session row behind them.
 */
export function signedInClaims(userId: number, sv = 0) {
  const now = Date.now();
  return { uid: userId, sv, sid: createSessionRow(db, { userId, now }), authAt: now };
}

/** The query plan (EXPLAIN QUERY PLAN details, one string per statement) of every statement `run` prepares. */
export function explainStatements(run: () => void): string[] {
  const { sqlite } = getDbHandle();
  const plans: string[] = [];
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((source: string) => {
    if (!source.startsWith('EXPLAIN')) {
      const params = (source.match(/\?/g) ?? []).map(() => 1);
      const rows = prepare(`EXPLAIN QUERY PLAN ${source}`).all(...params) as { detail: string }[];
      plans.push(rows.map((r) => r.detail).join('\n'));
    }
    return prepare(source);
  }) as typeof sqlite.prepare;
  try {
    run();
  } finally {
    sqlite.prepare = prepare;
  }
  return plans;
}
