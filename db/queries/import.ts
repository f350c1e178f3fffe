import 'server-only';
import type Database from 'better-sqlite3';
import { getDbHandle } from '@/db/client';
import { ensureDefaultCategories } from '@/db/seed';
import { DEFAULT_CATEGORIES } from '@/lib/categories';
import {
  contentHash,
  matchSameStory,
  type ExistingEvent,
  type ImportPerson,
  type ImportRow,
  type Skip,
} from '@/lib/import';
import { entryText } from '@/lib/events/entry-text';
import { describePublishingProblems, publishingProblems } from '@/lib/events/publishing';
import {
  datesAgree,
  datesConfirm,
  sameName,
  type KnownLife,
  type PartialDate,
} from '@/lib/import/people';
import { slugify, slugWithSuffix, uniqueSlug, yearSlug } from '@/lib/slugs';
import type { Tx } from '../types';
import { articleReferenceCount, completeEventBatch, materializeLiveRevisions } from './event-store';
import {
  GraphWriter,
  linkPendingArticles,
  planImportGraph,
  type ImportGraph,
  type PersonFinder,
} from './import-graph';
import { FormerSubjects, trashSupersededEvents, type ImportSave } from './import-retire';
import { refreshNotability } from './notability';

// The import writes through the raw better-sqlite3 handle with prepared statements: 130,000 rows
// with their people, references, revisions and search rows in well under a minute. Each batch is
// one IMMEDIATE transaction, so an interrupted import leaves whole batches only, and a rerun
// continues where it stopped (rows already there are found by external id and left alone).

export const IMPORT_BATCH_SIZE = 2000;

export type ImportStatus = 'published' | 'draft';

export type ImportCounts = {
  imported: number;
  updated: number;
  unchanged: number;
  skipped: number;
  /** Entries another corpus already told: added to that event as one more source. */
  merged?: number;
};
export type ImportProgress = ImportCounts & { processed: number; total: number };

export type ImportResult = {
  imported: number;
  updated: number;
  unchanged: number;
  /** Entries merged into the event another corpus brought (event_sources). */
  merged: number;
  /** Rows refused at write time (the parse-time skips stay with the parser's result). */
  skipped: Skip[];
};

export type PreviewItem = {
  externalId: string;
  title: string;
  year: number | null;
  month: number;
  day: number;
  kind: ImportRow['kind'];
};
/** An entry that would be merged into an event already told by another corpus, and why. */
export type MergeSample = PreviewItem & {
  source: string;
  into: { title: string; slug: string; source: string | null };
  rule: string;
  score: number;
};
const MERGE_SAMPLES_PER_RULE = 3;

export type ImportPreview = ImportResult & {
  /** Merges by the rule that matched (lib/import/match.ts, SAME_STORY). */
  mergedByRule: Record<string, number>;
  samples: { imported: PreviewItem[]; updated: PreviewItem[]; merged: MergeSample[] };
};

type ExistingRow = {
  id: number;
  external_id: string;
  content_hash: string | null;
  slug: string;
  status: string;
  updated_by: number | null;
  deleted_at: number | null;
};

type PersonRow = {
  id: number;
  slug: string;
  name: string;
  reference_url: string | null;
  birth_year: number | null;
  birth_month: number | null;
  birth_day: number | null;
  death_year: number | null;
  death_month: number | null;
  death_day: number | null;
};

type InsertPlan = {
  action: 'insert';
  row: ImportRow;
  hash: string;
  /** The same story is featured by a later row of another source (see 'feature'). */
  featured?: true;
  /** Set once written, for the rows of other sources merged into it in the same batch. */
  eventId?: number;
};

/**
 * An entry of another corpus telling an event already here (or planned in this batch): the event
 * gets one more source (event_sources) and keeps its own text. `sourceId` when the entry was
 * merged before and its text has changed since.
 */
type MergePlan = {
  action: 'merge';
  row: ImportRow;
  hash: string;
  into: { eventId: number } | { plan: InsertPlan };
  match: MergeSample;
  sourceId?: number;
  /** A featured entry makes the event featured (see 'feature'). */
  feature: boolean;
};

type Plan =
  | InsertPlan
  | { action: 'update'; row: ImportRow; hash: string; existing: ExistingRow }
  | MergePlan
  // A featured entry (a Wikimedia `selected` one) telling the story of an event another source
  // brought: that event becomes featured, instead of the flag being lost with the duplicate.
  | { action: 'feature'; row: ImportRow; eventId: number }
  | { action: 'unchanged'; row: ImportRow }
  | { action: 'skip'; skip: Skip };

/**
 * A new event's notability until the refresh at the end of its import (finishImportGraph): a
 * fraction, stored in 8 bytes as the score will be, so that the refresh rewrites each row in
 * place instead of growing it (0 takes no bytes: the refresh then split a page in every few and
 * left 8 MB unused over the muffinlabs corpus). Below any score the graph gives.
 */
const NOTABILITY_PENDING = 0.0001;

const statementCache = new WeakMap<Database.Database, ReturnType<typeof prepare>>();

function prepare(sqlite: Database.Database) {
  return {
    existingByExternalId: sqlite.prepare<[string], ExistingRow>(
      `SELECT id, external_id, content_hash, slug, status, updated_by, deleted_at
       FROM events WHERE external_id IN (SELECT value FROM json_each(?))`,
    ),
    mergedByExternalId: sqlite.prepare<
      [string],
      { id: number; event_id: number; external_id: string; content_hash: string }
    >(
      `SELECT id, event_id, external_id, content_hash FROM event_sources
       WHERE external_id IN (SELECT value FROM json_each(?))`,
    ),
    // Events of other sources that this source has not told already (one entry, one event).
    sameDayOtherSources: sqlite.prepare<
      [number, number, string, string],
      Omit<ExistingEvent, 'people' | 'referenceUrls' | 'articleUrls'>
    >(
      `SELECT id, slug, kind, year, title, summary, source FROM events e
       WHERE month = ? AND day = ? AND deleted_at IS NULL AND (source IS NULL OR source <> ?)
         AND NOT EXISTS (SELECT 1 FROM event_sources es WHERE es.event_id = e.id AND es.source = ?)`,
    ),
    articlesOfEvents: sqlite.prepare<[string], { event_id: number; url: string }>(
      `SELECT event_id, url FROM event_articles WHERE event_id IN (SELECT value FROM json_each(?)) ORDER BY event_id, position`,
    ),
    insertSource: sqlite.prepare(
      `INSERT INTO event_sources (event_id, source, external_id, source_url, license, text, content_hash, created_at, updated_at)
       VALUES (@eventId, @source, @externalId, @sourceUrl, @license, @text, @contentHash, @now, @now)`,
    ),
    updateSource: sqlite.prepare(
      `UPDATE event_sources SET source_url = @sourceUrl, license = @license, text = @text, content_hash = @contentHash, updated_at = @now
       WHERE id = @id`,
    ),
    peopleOfEvents: sqlite.prepare<
      [string],
      { event_id: number; reference_url: string | null; name: string; description: string }
    >(
      `SELECT ep.event_id, p.reference_url, p.name, p.description FROM event_people ep JOIN people p ON p.id = ep.person_id
       WHERE ep.event_id IN (SELECT value FROM json_each(?))`,
    ),
    referencesOfEvents: sqlite.prepare<[string, string], { event_id: number; url: string }>(
      `SELECT event_id, url FROM event_references WHERE event_id IN (SELECT value FROM json_each(?))
       UNION ALL
       SELECT a.event_id, a.url FROM event_articles a JOIN events e ON e.id = a.event_id
       WHERE e.id IN (SELECT value FROM json_each(?)) AND a.position < e.article_references`,
    ),
    featureState: sqlite.prepare<
      [number],
      { featured: number; updated_by: number | null; deleted_at: number | null }
    >(`SELECT featured, updated_by, deleted_at FROM events WHERE id = ?`),
    featureEvent: sqlite.prepare<[number, number]>(
      `UPDATE events SET featured = 1, version = version + 1, updated_at = ? WHERE id = ?`,
    ),
    eventSlugTaken: sqlite
      .prepare<[string, string]>(
        `SELECT 1 FROM events WHERE slug = ? UNION ALL SELECT 1 FROM event_slugs WHERE slug = ? LIMIT 1`,
      )
      .pluck(),
    insertEvent: sqlite.prepare(
      `INSERT INTO events (slug, kind, title, summary, year, month, day, precision, circa, calendar, category_id,
         featured, status, published_at, version, source, source_url, license, external_id, content_hash,
         article_references, notability, created_by, updated_by, created_at, updated_at)
       VALUES (@slug, @kind, @title, @summary, @year, @month, @day, @precision, @circa, @calendar, @categoryId,
         @featured, @status, @publishedAt, 1, @source, @sourceUrl, @license, @externalId, @contentHash,
         @articleReferences, ${NOTABILITY_PENDING}, @createdBy, NULL, @now, @now)`,
    ),
    updateEvent: sqlite.prepare(
      `UPDATE events SET kind = @kind, title = @title, summary = @summary, year = @year, month = @month, day = @day,
         precision = @precision, circa = @circa, calendar = @calendar, category_id = @categoryId, featured = @featured,
         source = @source, source_url = @sourceUrl, license = @license, content_hash = @contentHash,
         article_references = @articleReferences, version = version + 1, updated_at = @now
       WHERE id = @id`,
    ),
    insertReference: sqlite.prepare<[number, number, string, string, string]>(
      `INSERT INTO event_references (event_id, position, url, title, publisher) VALUES (?, ?, ?, ?, ?)`,
    ),
    deleteReferences: sqlite.prepare<[number]>(`DELETE FROM event_references WHERE event_id = ?`),
    peopleByUrl: sqlite.prepare<[string], PersonRow>(
      `SELECT id, slug, name, reference_url, birth_year, birth_month, birth_day, death_year, death_month, death_day
       FROM people WHERE reference_url IN (SELECT value FROM json_each(?))`,
    ),
    peopleByName: sqlite.prepare<[string], PersonRow>(
      `SELECT id, slug, name, reference_url, birth_year, birth_month, birth_day, death_year, death_month, death_day
       FROM people WHERE name = ? ORDER BY id`,
    ),
    personSlugTaken: sqlite.prepare<[string]>(`SELECT 1 FROM people WHERE slug = ?`).pluck(),
    insertPerson: sqlite.prepare(
      `INSERT INTO people (slug, name, description, birth_year, birth_month, birth_day, death_year, death_month, death_day,
         reference_url, created_at, updated_at)
       VALUES (@slug, @name, @description, @birth_year, @birth_month, @birth_day, @death_year, @death_month, @death_day,
         @reference_url, @now, @now)`,
    ),
    updatePerson: sqlite.prepare(
      `UPDATE people SET birth_year = @birth_year, birth_month = @birth_month, birth_day = @birth_day,
         death_year = @death_year, death_month = @death_month, death_day = @death_day,
         reference_url = @reference_url, updated_at = @now
       WHERE id = @id`,
    ),
    insertEventPerson: sqlite.prepare<[number, number, number]>(
      `INSERT OR IGNORE INTO event_people (event_id, person_id, role, position) VALUES (?, ?, 'subject', ?)`,
    ),
    deleteSubjects: sqlite.prepare<[number]>(
      `DELETE FROM event_people WHERE event_id = ? AND role = 'subject'`,
    ),
    maxVersion: sqlite
      .prepare<[number]>(`SELECT coalesce(max(version), 0) FROM revisions WHERE event_id = ?`)
      .pluck(),
    categories: sqlite.prepare<[], { id: number; slug: string; name: string }>(
      `SELECT id, slug, name FROM categories`,
    ),
    insertAudit: sqlite.prepare<[number | null, string, number]>(
      `INSERT INTO audit_log (user_id, action, entity_type, entity_id, details, created_at) VALUES (?, 'import.run', 'events', NULL, ?, ?)`,
    ),
  };
}

function statements() {
  const { sqlite } = getDbHandle();
  let s = statementCache.get(sqlite);
  if (!s) {
    s = prepare(sqlite);
    statementCache.set(sqlite, s);
  }
  return s;
}

type Statements = ReturnType<typeof prepare>;
type Category = { id: number; slug: string; name: string };

/** Adds the default categories that are missing (by slug) and returns every category by slug. */
function loadCategories(s: Statements): Map<string, Category> {
  const { db } = getDbHandle();
  db.transaction((tx) => ensureDefaultCategories(tx), { behavior: 'immediate' });
  return new Map(s.categories.all().map((c) => [c.slug, c]));
}

/** True when a category with this slug exists, or is a default one that every import creates. Reads only. */
export function importCategoryExists(slug: string): boolean {
  if (DEFAULT_CATEGORIES.some((c) => c.slug === slug)) return true;
  return statements()
    .categories.all()
    .some((c) => c.slug === slug);
}

function skipOf(row: ImportRow, code: Skip['code'], reason: string): Skip {
  const { rawYear, ...where } = row.where;
  return { where, rawYear, code, reason };
}

/** What publishing requires (lib/events/publishing.ts) holds for imported events too. */
function cannotPublish(row: ImportRow): Skip {
  return skipOf(
    row,
    'cannot-publish',
    `cannot be published: ${describePublishingProblems(publishingProblems(row))} (import it as a draft)`,
  );
}

/**
 * Decides what to do with each row of a batch, reading only: unchanged (same content hash),
 * update, insert, or skip (repeated in this import, edited by a person since it was imported,
 * or the same story as an event from another source on that day).
 */
/** What planning remembers between batches: external ids seen, and new rows not yet written (by day, then source). */
type PlanState = {
  seen: Set<string>;
  /** "source:event" for each event an entry of that source was merged into: one entry, one event. */
  claimed: Set<string>;
  planned: Map<string, Map<string, ExistingEvent[]>>;
  /** The plan of each of `planned`'s rows (a later featured row of another source features it). */
  plans: WeakMap<ExistingEvent, InsertPlan>;
  /** The status new events get. */
  status: ImportStatus;
};

function planBatch(s: Statements, rows: readonly ImportRow[], state: PlanState): Plan[] {
  const existing = new Map(
    s.existingByExternalId
      .all(JSON.stringify(rows.map((r) => r.externalId)))
      .map((e) => [e.external_id, e]),
  );
  const candidatesByDay = new Map<string, ExistingEvent[]>();
  const candidatesFor = (row: ImportRow): ExistingEvent[] => {
    const key = `${row.month}-${row.day}:${row.source}`;
    let list = candidatesByDay.get(key);
    if (!list) {
      const found = s.sameDayOtherSources
        .all(row.month, row.day, row.source, row.source)
        .filter((e) => !state.claimed.has(`${row.source}:${e.id}`));
      const ids = JSON.stringify(found.map((e) => e.id));
      const peopleRows = found.length > 0 ? s.peopleOfEvents.all(ids) : [];
      const referenceRows = found.length > 0 ? s.referencesOfEvents.all(ids, ids) : [];
      const articleRows = found.length > 0 ? s.articlesOfEvents.all(ids) : [];
      list = found.map((e) => {
        const mine = peopleRows.filter((p) => p.event_id === e.id);
        return {
          ...e,
          people: mine.map((p) => ({
            name: p.name,
            referenceUrl: p.reference_url,
            description: p.description,
          })),
          referenceUrls: referenceRows.filter((r) => r.event_id === e.id).map((r) => r.url),
          articleUrls: articleRows.filter((r) => r.event_id === e.id).map((r) => r.url),
        };
      });
      candidatesByDay.set(key, list);
    }
    const pending: ExistingEvent[] = [];
    for (const [source, events] of state.planned.get(`${row.month}-${row.day}`) ?? [])
      if (source !== row.source) pending.push(...events);
    const all = pending.length > 0 ? [...list, ...pending] : list;
    return all.filter((c) => !state.claimed.has(claimKey(row.source, c)));
  };
  const claimKey = (source: string, c: ExistingEvent) => `${source}:${c.id === 0 ? c.slug : c.id}`;
  const merged = new Map(
    s.mergedByExternalId
      .all(JSON.stringify(rows.map((r) => r.externalId)))
      .map((m) => [m.external_id, m]),
  );

  return rows.map((row): Plan => {
    if (state.seen.has(row.externalId)) {
      return {
        action: 'skip',
        skip: skipOf(row, 'duplicate-in-import', 'duplicate of an entry earlier in this import'),
      };
    }
    state.seen.add(row.externalId);
    const hash = contentHash(row);
    const mergedBefore = merged.get(row.externalId);
    if (mergedBefore) {
      if (mergedBefore.content_hash === hash) return { action: 'unchanged', row };
      return {
        action: 'merge',
        row,
        hash,
        into: { eventId: mergedBefore.event_id },
        match: mergeSample(row, null, { rule: 'merged before', score: 1 }),
        sourceId: mergedBefore.id,
        feature: false,
      };
    }
    const found = existing.get(row.externalId);
    if (found) {
      if (found.content_hash === hash) return { action: 'unchanged', row };
      if (found.status === 'published' && publishingProblems(row).length > 0)
        return { action: 'skip', skip: cannotPublish(row) };
      if (found.updated_by !== null || found.deleted_at !== null) {
        const why = found.deleted_at !== null ? 'in the trash' : 'edited in Almanac';
        return {
          action: 'skip',
          skip: skipOf(
            row,
            'edited-in-almanac',
            `source changed, but the event (${found.slug}) is ${why}; left as it is`,
          ),
        };
      }
      return { action: 'update', row, hash, existing: found };
    }
    if (state.status === 'published' && publishingProblems(row).length > 0)
      return { action: 'skip', skip: cannotPublish(row) };
    const match = matchSameStory(row, candidatesFor(row));
    if (match) {
      const same = match.event;
      state.claimed.add(claimKey(row.source, same));
      const feature = row.featured && featureSameStory(s, row, same, state) !== null;
      const pendingPlan = same.id === 0 ? state.plans.get(same) : undefined;
      return {
        action: 'merge',
        row,
        hash,
        into: pendingPlan ? { plan: pendingPlan } : { eventId: same.id },
        match: mergeSample(row, same, match),
        feature,
      };
    }
    const day = `${row.month}-${row.day}`;
    const bySource = state.planned.get(day) ?? new Map<string, ExistingEvent[]>();
    const pending = bySource.get(row.source) ?? [];
    const plan: InsertPlan = { action: 'insert', row, hash };
    const candidate: ExistingEvent = {
      id: 0,
      slug: `(new) ${row.externalId}`,
      kind: row.kind,
      year: row.year,
      title: row.title,
      summary: row.summary,
      source: row.source,
      people: row.people,
      referenceUrls: row.references.map((r) => r.url),
      articleUrls: row.articles.map((a) => a.url),
    };
    pending.push(candidate);
    state.plans.set(candidate, plan);
    bySource.set(row.source, pending);
    state.planned.set(day, bySource);
    return plan;
  });
}

function mergeSample(
  row: ImportRow,
  into: ExistingEvent | null,
  m: { rule: string; score: number },
): MergeSample {
  return {
    externalId: row.externalId,
    title: row.title,
    year: row.year,
    month: row.month,
    day: row.day,
    kind: row.kind,
    source: row.source,
    into: into
      ? {
          title: into.title,
          slug: into.id === 0 ? '(new in this import)' : into.slug,
          source: into.source,
        }
      : { title: '', slug: '', source: null },
    rule: m.rule,
    score: Math.round(m.score * 100) / 100,
  };
}

/**
 * Keeps a featured row's flag when its story is already there from another source: an event in
 * Almanac that nobody has edited (an editor's choice, featured or not, stands) is featured, once;
 * a row of this import is inserted featured. Null when there is nothing to change (then the row
 * is skipped as the same story, as any other).
 */
function featureSameStory(
  s: Statements,
  row: ImportRow,
  same: ExistingEvent,
  state: PlanState,
): Plan | null {
  if (same.id === 0) {
    const plan = state.plans.get(same);
    if (plan && !plan.row.featured) plan.featured = true;
    return null;
  }
  const found = s.featureState.get(same.id);
  if (!found || found.featured || found.updated_by !== null || found.deleted_at !== null)
    return null;
  return { action: 'feature', row, eventId: same.id };
}

/** The title and the year, within the slug rule of lib/slugs.ts (what the form accepts). */
function eventSlugBase(row: ImportRow): string {
  if (row.year === null) return slugify(row.title) || 'untitled';
  return slugWithSuffix(row.title, yearSlug(row.year));
}

/** What is known of a stored person's life, for comparing it with an entry's (datesAgree). */
function lifeOf(p: PersonRow): KnownLife {
  return {
    birth:
      p.birth_year === null ? null : { year: p.birth_year, month: p.birth_month, day: p.birth_day },
    death:
      p.death_year === null ? null : { year: p.death_year, month: p.death_month, day: p.death_day },
  };
}

/**
 * Finds or creates the people of a batch and fills in the birth or death their entry dates. A
 * person is found by their article first: the one of that article with the entry's name, or whose
 * dates agree with the entry's (an article several people share, "Felice and Boudleaux Bryant",
 * is each of theirs). Failing that, by name, only when the dates agree (Henry the bishop, died
 * 1156, is not the Henry born in 1448), and confirm it when their articles differ.
 */
class PeopleResolver implements PersonFinder {
  private byUrl = new Map<string, PersonRow[]>();
  constructor(
    private s: Statements,
    private now: number,
  ) {}

  /** Reads the people of these rows (their subjects, and anyone their articles may be) in one query. */
  prefetch(rows: readonly ImportRow[]): void {
    const urls = [
      ...new Set(
        rows.flatMap((r) => [
          ...r.people.flatMap((p) => (p.referenceUrl ? [p.referenceUrl] : [])),
          ...r.articles.map((a) => a.url),
        ]),
      ),
    ];
    if (urls.length === 0) return;
    for (const p of this.s.peopleByUrl.all(JSON.stringify(urls))) this.remember(p);
  }

  private remember(p: PersonRow): void {
    if (!p.reference_url) return;
    const sharing = this.byUrl.get(p.reference_url) ?? [];
    const at = sharing.findIndex((q) => q.id === p.id);
    if (at >= 0) sharing[at] = p;
    else sharing.push(p);
    this.byUrl.set(p.reference_url, sharing);
  }

  personsForArticle(url: string, graph: ImportGraph): { id: number }[] {
    const known = this.byUrl.get(url);
    if (known) return known;
    const subject = graph.subjects.get(url);
    return subject ? [this.resolve(subject.person, subject.row)] : [];
  }

  private find(person: ImportPerson, life: KnownLife): PersonRow | null {
    const url = person.referenceUrl;
    if (url) {
      const sharing = this.byUrl.get(url) ?? [];
      const same =
        sharing.find((p) => sameName(p.name, person.name)) ??
        sharing.find((p) => datesAgree(lifeOf(p), life));
      if (same) return same;
    }
    // Under another article only when the dates confirm it (the article is a redirect of theirs).
    const agree = (p: PersonRow) =>
      p.reference_url === null || url === null || p.reference_url === url
        ? datesAgree(lifeOf(p), life)
        : datesConfirm(lifeOf(p), life);
    return this.s.peopleByName.all(person.name).find(agree) ?? null;
  }

  resolve(person: ImportPerson, row: ImportRow): PersonRow {
    const dates = datesFor(person, row);
    let found = this.find(person, dates);
    if (!found) {
      const values = {
        slug: uniqueSlug(
          slugify(person.name) || 'unnamed',
          (slug) => this.s.personSlugTaken.get(slug) !== undefined,
        ),
        name: person.name,
        description: person.description,
        reference_url: person.referenceUrl,
        birth_year: dates.birth?.year ?? null,
        birth_month: dates.birth?.month ?? null,
        birth_day: dates.birth?.day ?? null,
        death_year: dates.death?.year ?? null,
        death_month: dates.death?.month ?? null,
        death_day: dates.death?.day ?? null,
      };
      const id = Number(this.s.insertPerson.run({ ...values, now: this.now }).lastInsertRowid);
      found = { id, ...values };
    } else {
      const next = { ...found, reference_url: found.reference_url ?? person.referenceUrl };
      // A dated entry (this day's birth or death) beats a year from "(b. 1552)"; never overwrite a full date.
      if (
        dates.birth &&
        next.birth_month === null &&
        (dates.birth.month !== null || next.birth_year === null)
      ) {
        next.birth_year = dates.birth.year;
        next.birth_month = dates.birth.month;
        next.birth_day = dates.birth.day;
      }
      if (
        dates.death &&
        next.death_month === null &&
        (dates.death.month !== null || next.death_year === null)
      ) {
        next.death_year = dates.death.year;
        next.death_month = dates.death.month;
        next.death_day = dates.death.day;
      }
      if (
        next.birth_year !== found.birth_year ||
        next.birth_month !== found.birth_month ||
        next.death_year !== found.death_year ||
        next.death_month !== found.death_month ||
        next.reference_url !== found.reference_url
      ) {
        this.s.updatePerson.run({ ...next, now: this.now });
        found = next;
      }
    }
    this.remember(found);
    return found;
  }
}

function datesFor(person: ImportPerson, row: ImportRow): KnownLife {
  const onThisDay = row.year === null ? null : { year: row.year, month: row.month, day: row.day };
  const yearOnly = (year: number | null): PartialDate | null =>
    year === null ? null : { year, month: null, day: null };
  return {
    birth: row.kind === 'birth' ? onThisDay : yearOnly(person.birthYear),
    death: row.kind === 'death' ? onThisDay : yearOnly(person.deathYear),
  };
}

/** The row's references, unless they are its first articles (articleReferences: read from there). */
function insertReferences(
  s: Statements,
  eventId: number,
  row: ImportRow,
  articleReferences: number,
): void {
  if (articleReferences > 0) return;
  row.references.forEach((r, position) =>
    s.insertReference.run(eventId, position, r.url, r.title, r.publisher),
  );
}

/** An import's revision note, with what an editor should check about the date (ImportRow.dateNote). */
const revisionNote = (what: string, row: ImportRow) =>
  row.dateNote ? `${what}. ${row.dateNote}` : what;

/**
 * Writes the rows and relations of one planned batch inside the caller's transaction (the save
 * pipeline's batch form, completeEventBatch, then writes their revisions and search entries);
 * returns what it wrote.
 * `relations` are the saves of events that only lost a link (FormerSubjects).
 */
function writeBatch(
  s: Statements,
  plans: readonly Plan[],
  o: {
    status: ImportStatus;
    actorId: number | null;
    categories: Map<string, Category>;
    graph: ImportGraph;
    now: number;
  },
): { saves: ImportSave[]; relations: ImportSave[]; merged: number[] } {
  const { sqlite } = getDbHandle();
  const former = new FormerSubjects(sqlite);
  const people = new PeopleResolver(s, o.now);
  const written = plans.flatMap((p) =>
    p.action === 'insert' || p.action === 'update' ? [p.row] : [],
  );
  people.prefetch(written);
  const graph = new GraphWriter(sqlite, o.graph, people, o.now);
  graph.prefetch(written);
  const saves: ImportSave[] = [];
  const merged: number[] = [];

  for (const plan of plans) {
    if (plan.action === 'merge') {
      const eventId = 'eventId' in plan.into ? plan.into.eventId : plan.into.plan.eventId;
      if (eventId === undefined) throw new Error(`merge before its event: ${plan.row.externalId}`);
      const values = {
        eventId,
        source: plan.row.source,
        externalId: plan.row.externalId,
        sourceUrl: plan.row.sourceUrl,
        license: plan.row.license,
        text: entryText(plan.row),
        contentHash: plan.hash,
        now: o.now,
      };
      if (plan.sourceId === undefined) s.insertSource.run(values);
      else s.updateSource.run({ ...values, id: plan.sourceId });
      merged.push(eventId);
      if (plan.feature) {
        materializeLiveRevisions([eventId], sqlite);
        s.featureEvent.run(o.now, eventId);
        saves.push({
          eventId,
          version: Number(s.maxVersion.get(eventId)) + 1,
          note: `Featured: selected by ${plan.row.source}`,
        });
      }
      continue;
    }
    if (plan.action === 'feature') {
      materializeLiveRevisions([plan.eventId], sqlite);
      s.featureEvent.run(o.now, plan.eventId);
      saves.push({
        eventId: plan.eventId,
        version: Number(s.maxVersion.get(plan.eventId)) + 1,
        note: `Featured: selected by ${plan.row.source}`,
      });
      continue;
    }
    if (plan.action !== 'insert' && plan.action !== 'update') continue;
    const { row, hash } = plan;
    const category = o.categories.get(row.categorySlug);
    if (!category) throw new Error(`unknown category "${row.categorySlug}" for ${row.externalId}`);
    const fields = {
      kind: row.kind,
      title: row.title,
      summary: row.summary,
      year: row.year,
      month: row.month,
      day: row.day,
      precision: row.precision,
      circa: row.circa ? 1 : 0,
      calendar: row.calendar,
      categoryId: category.id,
      featured: row.featured || (plan.action === 'insert' && plan.featured) ? 1 : 0,
      source: row.source,
      sourceUrl: row.sourceUrl,
      license: row.license,
      contentHash: hash,
      articleReferences: articleReferenceCount(row),
      now: o.now,
    };

    let eventId: number;
    if (plan.action === 'insert') {
      const slug = uniqueSlug(
        eventSlugBase(row),
        (candidate) => s.eventSlugTaken.get(candidate, candidate) !== undefined,
      );
      eventId = Number(
        s.insertEvent.run({
          ...fields,
          slug,
          status: o.status,
          publishedAt: o.status === 'published' ? o.now : null,
          externalId: row.externalId,
          createdBy: o.actorId,
        }).lastInsertRowid,
      );
      plan.eventId = eventId;
      insertReferences(s, eventId, row, fields.articleReferences);
      const linked = new Set<number>();
      for (const person of row.people) {
        const p = people.resolve(person, row);
        if (linked.has(p.id)) continue;
        s.insertEventPerson.run(eventId, p.id, linked.size);
        linked.add(p.id);
      }
      graph.link(eventId, row, { update: false, linkedPeople: linked });
      saves.push({ eventId, version: 1, note: revisionNote(`Imported from ${row.source}`, row) });
      saves.push(...trashSupersededEvents(sqlite, row, { eventId, slug, now: o.now }));
    } else {
      eventId = plan.existing.id;
      // The version it was keeps its snapshot (an import's revision may be live).
      materializeLiveRevisions([eventId], sqlite);
      s.updateEvent.run({ ...fields, id: eventId });
      s.deleteReferences.run(eventId);
      insertReferences(s, eventId, row, fields.articleReferences);
      const subjectsBefore = former.before(eventId);
      s.deleteSubjects.run(eventId);
      const linked = new Set<number>();
      for (const person of row.people) {
        const p = people.resolve(person, row);
        if (linked.has(p.id)) continue;
        s.insertEventPerson.run(eventId, p.id, linked.size);
        linked.add(p.id);
      }
      graph.link(eventId, row, { update: true, linkedPeople: linked });
      former.after(eventId, subjectsBefore, linked);
      saves.push({
        eventId,
        version: Number(s.maxVersion.get(eventId)) + 1,
        note: revisionNote(`Updated from ${row.source}`, row),
      });
      const slug = plan.existing.slug;
      saves.push(...trashSupersededEvents(sqlite, row, { eventId, slug, now: o.now }));
    }
  }
  graph.flush();
  const saved = new Set(saves.map((w) => w.eventId));
  return { saves, relations: former.drop(o.graph, saved, o.now), merged };
}

/**
 * Imports normalised rows (lib/import): new ones are inserted with their people, references,
 * first revision and search entry; rows whose content hash changed are updated (new version and
 * revision, slug kept); rows with the same hash are not touched, so importing twice changes nothing.
 * `status` applies to new events only. Batches of IMPORT_BATCH_SIZE rows, each all-or-nothing.
 */
export function importRows(o: {
  rows: readonly ImportRow[];
  status: ImportStatus;
  /** The admin importing through the web; null or absent for the command line. */
  actorId?: number | null;
  onProgress?: (progress: ImportProgress) => void;
}): ImportResult {
  const { db } = getDbHandle();
  const s = statements();
  const categories = loadCategories(s);
  assertCategoriesExist(o.rows, categories);

  const result: ImportResult = { imported: 0, updated: 0, unchanged: 0, merged: 0, skipped: [] };
  const state: PlanState = {
    seen: new Set(),
    claimed: new Set(),
    planned: new Map(),
    plans: new WeakMap(),
    status: o.status,
  };
  const actorId = o.actorId ?? null;
  const total = o.rows.length;
  const graph = planImportGraph(getDbHandle().sqlite, o.rows);
  o.onProgress?.({ processed: 0, total, imported: 0, updated: 0, unchanged: 0, skipped: 0 });

  for (let start = 0; start < total; start += IMPORT_BATCH_SIZE) {
    const batch = o.rows.slice(start, start + IMPORT_BATCH_SIZE);
    const counts = runRowBatch(s, batch, state, {
      status: o.status,
      actorId,
      categories,
      graph,
    });
    result.imported += counts.imported;
    result.updated += counts.updated;
    result.unchanged += counts.unchanged;
    result.merged += counts.merged;
    result.skipped.push(...counts.skipped);
    o.onProgress?.({
      processed: Math.min(start + IMPORT_BATCH_SIZE, total),
      total,
      imported: result.imported,
      updated: result.updated,
      unchanged: result.unchanged,
      skipped: result.skipped.length,
      merged: result.merged,
    });
  }
  if (result.imported + result.updated > 0) finishImportGraph();

  if (result.imported + result.updated + result.merged > 0) {
    const details = JSON.stringify({
      sources: [...new Set(o.rows.map((r) => r.source))],
      status: o.status,
      imported: result.imported,
      updated: result.updated,
      merged: result.merged,
      unchanged: result.unchanged,
      skipped: result.skipped.length,
    });
    db.transaction(() => s.insertAudit.run(actorId, details, Date.now()), {
      behavior: 'immediate',
    });
  }
  return result;
}

function assertCategoriesExist(
  rows: readonly ImportRow[],
  categories: Map<string, Category>,
): void {
  const missing = [...new Set(rows.map((r) => r.categorySlug))].filter(
    (slug) => !categories.has(slug),
  );
  if (missing.length > 0)
    throw new Error(`unknown categor${missing.length === 1 ? 'y' : 'ies'}: ${missing.join(', ')}`);
}

type RowBatchResult = ImportResult & { touched: number[] };

/** Plans and writes one batch in one IMMEDIATE transaction (planned inside it: nobody writes between). */
function runRowBatch(
  s: Statements,
  batch: readonly ImportRow[],
  state: PlanState,
  o: {
    status: ImportStatus;
    actorId: number | null;
    categories: Map<string, Category>;
    graph: ImportGraph;
  },
): RowBatchResult {
  const { db } = getDbHandle();
  const { plans, touched } = db.transaction(
    (tx: Tx) => {
      state.planned.clear();
      const planned = planBatch(s, batch, state);
      const now = Date.now();
      const { saves, relations, merged } = writeBatch(s, planned, {
        status: o.status,
        actorId: o.actorId,
        categories: o.categories,
        graph: o.graph,
        now,
      });
      const created = new Set(saves.filter((w) => w.version === 1).map((w) => w.eventId));
      completeEventBatch(tx, saves, {
        actorId: o.actorId,
        now,
        notability: false,
        live: true,
        created,
      });
      if (relations.length > 0)
        completeEventBatch(tx, relations, {
          actorId: o.actorId,
          now,
          notability: false,
          relationsOnly: true,
        });
      return {
        plans: planned,
        touched: [...new Set([...[...saves, ...relations].map((w) => w.eventId), ...merged])],
      };
    },
    { behavior: 'immediate' },
  );
  const result: RowBatchResult = {
    imported: 0,
    updated: 0,
    unchanged: 0,
    merged: 0,
    skipped: [],
    touched,
  };
  for (const plan of plans) {
    if (plan.action === 'insert') result.imported++;
    else if (plan.action === 'merge') result.merged++;
    else if (plan.action === 'update' || plan.action === 'feature') result.updated++;
    else if (plan.action === 'unchanged') result.unchanged++;
    else result.skipped.push(plan.skip);
  }
  return result;
}

/**
 * One batch of a longer import (the admin's import job, scripts/import.ts): the rows must come
 * without repeats (see dropRepeatedRows), since nothing is remembered between batches. No audit
 * entry: the caller writes one for the whole import.
 */
export function importRowBatch(o: {
  rows: readonly ImportRow[];
  status: ImportStatus;
  actorId: number | null;
  /** The whole import's graph (planImportGraph over all its rows). */
  graph: ImportGraph;
}): RowBatchResult {
  const s = statements();
  const categories = loadCategories(s);
  assertCategoriesExist(o.rows, categories);
  return runRowBatch(
    s,
    o.rows,
    {
      seen: new Set(),
      claimed: new Set(),
      planned: new Map(),
      plans: new WeakMap(),
      status: o.status,
    },
    {
      status: o.status,
      actorId: o.actorId,
      categories,
      graph: o.graph,
    },
  );
}

/** The graph of an import's rows, decided before its first batch (see db/queries/import-graph.ts). */
export function planRowsGraph(rows: readonly ImportRow[]): ImportGraph {
  return planImportGraph(getDbHandle().sqlite, rows);
}

/**
 * After an import has written its rows: links events imported earlier to the people and topics
 * this import brought (linkPendingArticles), then brings every notability score up to date.
 */
export function finishImportGraph(): { linked: number } {
  const { db } = getDbHandle();
  return db.transaction(
    (tx: Tx) => {
      const linked = linkPendingArticles(tx, Date.now());
      refreshNotability(tx);
      return { linked };
    },
    { behavior: 'immediate' },
  );
}

/** Splits rows into the first of each external id and the repeats (skipped as duplicates). */
export function dropRepeatedRows(rows: readonly ImportRow[]): {
  rows: ImportRow[];
  skipped: Skip[];
} {
  const seen = new Set<string>();
  const kept: ImportRow[] = [];
  const skipped: Skip[] = [];
  for (const row of rows) {
    if (seen.has(row.externalId))
      skipped.push(
        skipOf(row, 'duplicate-in-import', 'duplicate of an entry earlier in this import'),
      );
    else {
      seen.add(row.externalId);
      kept.push(row);
    }
  }
  return { rows: kept, skipped };
}

/**
 * What importRows would do with these rows, without writing: counts, the rows it would refuse,
 * and the first `sampleSize` new and updated entries (for the admin's preview).
 */
export function previewImport(
  rows: readonly ImportRow[],
  o: { sampleSize?: number; status?: ImportStatus } = {},
): ImportPreview {
  const s = statements();
  const sampleSize = o.sampleSize ?? 20;
  const state: PlanState = {
    seen: new Set(),
    claimed: new Set(),
    planned: new Map(),
    plans: new WeakMap(),
    status: o.status ?? 'published',
  };
  const preview: ImportPreview = {
    imported: 0,
    updated: 0,
    unchanged: 0,
    merged: 0,
    mergedByRule: {},
    skipped: [],
    samples: { imported: [], updated: [], merged: [] },
  };
  const item = (row: ImportRow): PreviewItem => ({
    externalId: row.externalId,
    title: row.title,
    year: row.year,
    month: row.month,
    day: row.day,
    kind: row.kind,
  });
  for (let start = 0; start < rows.length; start += IMPORT_BATCH_SIZE) {
    for (const plan of planBatch(s, rows.slice(start, start + IMPORT_BATCH_SIZE), state)) {
      if (plan.action === 'insert') {
        preview.imported++;
        if (preview.samples.imported.length < sampleSize)
          preview.samples.imported.push(item(plan.row));
      } else if (plan.action === 'merge') {
        preview.merged++;
        const rule = plan.match.rule;
        preview.mergedByRule[rule] = (preview.mergedByRule[rule] ?? 0) + 1;
        // A few of each rule: the reworded pairs are the ones worth reading.
        if (preview.samples.merged.filter((m) => m.rule === rule).length < MERGE_SAMPLES_PER_RULE)
          preview.samples.merged.push(plan.match);
      } else if (plan.action === 'update' || plan.action === 'feature') {
        preview.updated++;
        if (preview.samples.updated.length < sampleSize)
          preview.samples.updated.push(item(plan.row));
      } else if (plan.action === 'unchanged') preview.unchanged++;
      else preview.skipped.push(plan.skip);
    }
  }
  return preview;
}
