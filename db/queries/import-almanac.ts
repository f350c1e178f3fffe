import 'server-only';
import type Database from 'better-sqlite3';
import {
  canonicalJson,
  type AlmanacEvent,
  type AlmanacLink,
  type AlmanacParse,
  type AlmanacPerson,
  type Skip,
} from '@/lib/import';
import {
  describePublishingProblems,
  publishesOrSchedules,
  publishingProblems,
} from '@/lib/events/publishing';
import {
  fieldRecord,
  FILE_FIELDS,
  specOf,
  withoutKeys,
  type ScalarField,
} from '@/lib/events/fields';
import { ALMANAC_FIELD_NAMES } from '@/lib/import/almanac';
import { isValidSlug, uniqueSlug } from '@/lib/slugs';
import type { Tx } from '../types';
import { loadEventRecords } from './export';
import { completeEventBatch, materializeLiveRevisions } from './event-store';

// Importing an Almanac file (lib/import/almanac.ts). The rules, which the admin page repeats:
//
// - Categories, tags and people are matched by slug. Missing ones are created as the file has
//   them. An existing category or person takes the file's values only when the file's copy is
//   newer (updatedAt). Tags have no updatedAt, so an existing one keeps its name and kind and only
//   takes what it lacks: the file's description when its own is empty, the file's article
//   (referenceUrl) when it has none, as the graph's import adopts a tag for an article
//   (db/queries/import-graph.ts). A new category keeps the file's position.
// - An event with an external id (imported content: muffinlabs, Wikimedia) is the local event with
//   that external id. One without (written in Almanac) is the local event with its slug, or with
//   one of its former slugs, provided that event has no external id either; otherwise the slug
//   belongs to a different event, and the entry is skipped ("slug-taken").
// - A matched event whose content (every field, tag, person, reference and link) already equals
//   the file's is left alone: importing the same file twice changes nothing. One changed here
//   after the file's version (a later updatedAt) is left as it is and reported. Otherwise it takes
//   the file's content and timestamps, with a new version and revision.
// - An event's articles (the graph's source links, event_articles) are part of its content: a
//   created or updated event takes the file's, `applied` flags included. A file from before the
//   graph has none; its events leave the articles of the local event as they are.
// - A new event keeps its slug; an imported one whose slug is taken gets the next free one
//   (slug-2) and a warning. Links are resolved by slug once both ends exist; a link to an event
//   that is neither in the file nor here is left out, with a warning.
// - Each created or updated event gets one revision, taken once all its links exist, so the
//   current revision is the event's state as imported.

type LocalEvent = {
  id: number;
  slug: string;
  title: string;
  external_id: string | null;
  source: string | null;
  version: number;
  updated_by: number | null;
  updated_at: number;
};

const statementCache = new WeakMap<Database.Database, ReturnType<typeof prepare>>();

function prepare(sqlite: Database.Database) {
  const localColumns = `e.id, e.slug, e.title, e.external_id, e.source, e.version, e.updated_by, e.updated_at`;
  return {
    byExternalId: sqlite.prepare<[string], LocalEvent>(
      `SELECT ${localColumns} FROM events e WHERE e.external_id = ?`,
    ),
    bySlug: sqlite.prepare<[string], LocalEvent>(
      `SELECT ${localColumns} FROM events e WHERE e.slug = ?`,
    ),
    byFormerSlug: sqlite.prepare<[string], LocalEvent>(
      `SELECT ${localColumns} FROM event_slugs s JOIN events e ON e.id = s.event_id WHERE s.slug = ?`,
    ),
    slugOwner: sqlite
      .prepare<[string, string], number>(
        `SELECT id FROM events WHERE slug = ? UNION ALL SELECT event_id FROM event_slugs WHERE slug = ? LIMIT 1`,
      )
      .pluck(),
    formerSlugsOf: sqlite
      .prepare<[number], string>(`SELECT slug FROM event_slugs WHERE event_id = ?`)
      .pluck(),
    maxRevision: sqlite
      .prepare<[number], number>(
        `SELECT coalesce(max(version), 0) FROM revisions WHERE event_id = ?`,
      )
      .pluck(),
    categoryBySlug: sqlite.prepare<
      [string],
      { id: number; name: string; description: string; color: string; updated_at: number }
    >(`SELECT id, name, description, color, updated_at FROM categories WHERE slug = ?`),
    insertCategory: sqlite.prepare(
      `INSERT INTO categories (slug, name, description, color, position, created_at, updated_at)
       VALUES (@slug, @name, @description, @color, @position, @createdAt, @updatedAt)`,
    ),
    updateCategory: sqlite.prepare(
      `UPDATE categories SET name = @name, description = @description, color = @color, updated_at = @updatedAt WHERE id = @id`,
    ),
    tagBySlug: sqlite.prepare<
      [string],
      { id: number; description: string; reference_url: string | null }
    >(`SELECT id, description, reference_url FROM tags WHERE slug = ?`),
    insertTag: sqlite.prepare(
      `INSERT INTO tags (slug, name, kind, description, reference_url, created_at)
       VALUES (@slug, @name, @kind, @description, @referenceUrl, @createdAt)`,
    ),
    completeTag: sqlite.prepare(
      `UPDATE tags SET description = @description, reference_url = @referenceUrl WHERE id = @id`,
    ),
    personBySlug: sqlite.prepare<[string], PersonRow>(
      `SELECT id, name, description, birth_year, birth_month, birth_day, death_year, death_month, death_day,
         reference_url, updated_at FROM people WHERE slug = ?`,
    ),
    insertPerson: sqlite.prepare(
      `INSERT INTO people (slug, name, description, birth_year, birth_month, birth_day, death_year, death_month,
         death_day, reference_url, created_at, updated_at)
       VALUES (@slug, @name, @description, @birthYear, @birthMonth, @birthDay, @deathYear, @deathMonth,
         @deathDay, @referenceUrl, @createdAt, @updatedAt)`,
    ),
    updatePerson: sqlite.prepare(
      `UPDATE people SET name = @name, description = @description, birth_year = @birthYear, birth_month = @birthMonth,
         birth_day = @birthDay, death_year = @deathYear, death_month = @deathMonth, death_day = @deathDay,
         reference_url = @referenceUrl, updated_at = @updatedAt WHERE id = @id`,
    ),
    insertEvent: sqlite.prepare(
      `INSERT INTO events (${EVENT_COLUMNS.map((c) => c[1]).join(', ')}, version, created_by)
       VALUES (${EVENT_COLUMNS.map((c) => `@${c[0]}`).join(', ')}, 1, @createdBy)`,
    ),
    updateEvent: sqlite.prepare(
      `UPDATE events SET ${EVENT_COLUMNS.map((c) => `${c[1]} = @${c[0]}`).join(', ')}, version = @version
       WHERE id = @id`,
    ),
    addFormerSlug: sqlite.prepare<[number, string, number]>(
      `INSERT OR IGNORE INTO event_slugs (event_id, slug, created_at) VALUES (?, ?, ?)`,
    ),
    dropOwnFormerSlug: sqlite.prepare<[number, string]>(
      `DELETE FROM event_slugs WHERE event_id = ? AND slug = ?`,
    ),
    deleteTags: sqlite.prepare<[number]>(`DELETE FROM event_tags WHERE event_id = ?`),
    insertTagLink: sqlite.prepare<[number, number]>(
      `INSERT OR IGNORE INTO event_tags (event_id, tag_id) VALUES (?, ?)`,
    ),
    deletePeople: sqlite.prepare<[number]>(`DELETE FROM event_people WHERE event_id = ?`),
    insertPersonLink: sqlite.prepare<[number, number, string, number]>(
      `INSERT OR IGNORE INTO event_people (event_id, person_id, role, position) VALUES (?, ?, ?, ?)`,
    ),
    deleteReferences: sqlite.prepare<[number]>(`DELETE FROM event_references WHERE event_id = ?`),
    // The file's references are written as rows (not read from the articles any more: issue 12).
    referencesAsRows: sqlite.prepare<[number]>(
      `UPDATE events SET article_references = 0 WHERE id = ? AND article_references <> 0`,
    ),
    insertReference: sqlite.prepare<[number, number, string, string, string | null, string | null]>(
      `INSERT INTO event_references (event_id, position, url, title, publisher, accessed_at) VALUES (?, ?, ?, ?, ?, ?)`,
    ),
    deleteArticles: sqlite.prepare<[number]>(`DELETE FROM event_articles WHERE event_id = ?`),
    insertArticle: sqlite.prepare<[number, number, string, string, string, number]>(
      `INSERT INTO event_articles (event_id, position, url, title, anchor, applied) VALUES (?, ?, ?, ?, ?, ?)`,
    ),
    linksOf: sqlite.prepare<
      [number, number],
      { id: number; from_id: number; to_id: number; type: string }
    >(
      `SELECT id, from_event_id AS from_id, to_event_id AS to_id, type FROM event_links
       WHERE from_event_id = ? OR to_event_id = ?`,
    ),
    deleteLink: sqlite.prepare<[number]>(`DELETE FROM event_links WHERE id = ?`),
    insertLink: sqlite.prepare<[number, number, string, number | null, number]>(
      `INSERT OR IGNORE INTO event_links (from_event_id, to_event_id, type, created_by, created_at) VALUES (?, ?, ?, ?, ?)`,
    ),
    eventVersion: sqlite
      .prepare<[number], number>(`SELECT version FROM events WHERE id = ?`)
      .pluck(),
  };
}

type PersonRow = {
  id: number;
  name: string;
  description: string;
  birth_year: number | null;
  birth_month: number | null;
  birth_day: number | null;
  death_year: number | null;
  death_month: number | null;
  death_day: number | null;
  reference_url: string | null;
  updated_at: number;
};

/** The event's fields (lib/events/fields.ts) an import writes: those of the file that are columns. */
const IMPORTED_FIELDS = FILE_FIELDS.filter((name) => specOf(name).column !== null);
/** [parameter name, column] of each. */
const EVENT_COLUMNS = IMPORTED_FIELDS.map((name) => [name, specOf(name).column] as const);
/** Those the file holds as they are (not the category's slug, nor "edited"). */
const AS_IS_FIELDS = withoutKeys(IMPORTED_FIELDS, ALMANAC_FIELD_NAMES);

/** A file field's value as its column holds it. */
function columnValue(name: ScalarField, value: unknown): unknown {
  if (value === null) return null;
  switch (specOf(name).kind) {
    case 'boolean':
      return value ? 1 : 0;
    case 'timestamp':
      return Date.parse(value as string);
    case 'list':
      return JSON.stringify(value);
    default:
      return value;
  }
}

function statements(sqlite: Database.Database) {
  let s = statementCache.get(sqlite);
  if (!s) {
    s = prepare(sqlite);
    statementCache.set(sqlite, s);
  }
  return s;
}
type Statements = ReturnType<typeof prepare>;

const ms = (iso: string | null): number | null => (iso === null ? null : Date.parse(iso));

// ---- Categories, tags, people ----

export type TaxonomyCounts = {
  categories: { created: number; updated: number };
  /** Updated: an existing tag given the description or article it lacked. */
  tags: { created: number; updated: number };
  people: { created: number; updated: number };
};

export const emptyTaxonomyCounts = (): TaxonomyCounts => ({
  categories: { created: 0, updated: 0 },
  tags: { created: 0, updated: 0 },
  people: { created: 0, updated: 0 },
});

const newer = (fileUpdatedAt: string | null, localUpdatedAt: number) =>
  fileUpdatedAt !== null && Date.parse(fileUpdatedAt) > localUpdatedAt;

function personValues(p: AlmanacPerson) {
  return {
    name: p.name,
    description: p.description,
    birthYear: p.born?.year ?? null,
    birthMonth: p.born?.month ?? null,
    birthDay: p.born?.day ?? null,
    deathYear: p.died?.year ?? null,
    deathMonth: p.died?.month ?? null,
    deathDay: p.died?.day ?? null,
    referenceUrl: p.referenceUrl,
  };
}

function personDiffers(local: PersonRow, v: ReturnType<typeof personValues>): boolean {
  return (
    local.name !== v.name ||
    local.description !== v.description ||
    local.birth_year !== v.birthYear ||
    local.birth_month !== v.birthMonth ||
    local.birth_day !== v.birthDay ||
    local.death_year !== v.deathYear ||
    local.death_month !== v.deathMonth ||
    local.death_day !== v.deathDay ||
    local.reference_url !== v.referenceUrl
  );
}

/**
 * Creates or updates the file's categories, tags and people (see the rules above); with `write`
 * false, only counts what it would do. Call inside the import's transaction when writing.
 */
export function applyAlmanacTaxonomy(
  sqlite: Database.Database,
  doc: AlmanacParse,
  o: { write: boolean; now: number },
): TaxonomyCounts {
  const s = statements(sqlite);
  const counts = emptyTaxonomyCounts();
  for (const c of doc.categories) {
    const local = s.categoryBySlug.get(c.slug);
    if (!local) {
      counts.categories.created++;
      if (o.write)
        s.insertCategory.run({
          slug: c.slug,
          name: c.name,
          description: c.description,
          color: c.color.toLowerCase(),
          position: c.position,
          createdAt: ms(c.createdAt) ?? o.now,
          updatedAt: ms(c.updatedAt) ?? o.now,
        });
    } else if (
      newer(c.updatedAt, local.updated_at) &&
      (local.name !== c.name ||
        local.description !== c.description ||
        local.color !== c.color.toLowerCase())
    ) {
      counts.categories.updated++;
      if (o.write)
        s.updateCategory.run({
          id: local.id,
          name: c.name,
          description: c.description,
          color: c.color.toLowerCase(),
          updatedAt: ms(c.updatedAt),
        });
    }
  }
  for (const t of doc.tags) {
    const local = s.tagBySlug.get(t.slug);
    if (!local) {
      counts.tags.created++;
      if (o.write)
        s.insertTag.run({
          slug: t.slug,
          name: t.name,
          kind: t.kind,
          description: t.description,
          referenceUrl: t.referenceUrl,
          createdAt: ms(t.createdAt) ?? o.now,
        });
      continue;
    }
    const completed = {
      description: local.description === '' ? t.description : local.description,
      referenceUrl: local.reference_url ?? t.referenceUrl,
    };
    if (
      completed.description !== local.description ||
      completed.referenceUrl !== local.reference_url
    ) {
      counts.tags.updated++;
      if (o.write) s.completeTag.run({ id: local.id, ...completed });
    }
  }
  for (const p of doc.people) {
    const local = s.personBySlug.get(p.slug);
    const values = personValues(p);
    if (!local) {
      counts.people.created++;
      if (o.write)
        s.insertPerson.run({
          slug: p.slug,
          ...values,
          createdAt: ms(p.createdAt) ?? o.now,
          updatedAt: ms(p.updatedAt) ?? o.now,
        });
    } else if (newer(p.updatedAt, local.updated_at) && personDiffers(local, values)) {
      counts.people.updated++;
      if (o.write) s.updatePerson.run({ id: local.id, ...values, updatedAt: ms(p.updatedAt) });
    }
  }
  return counts;
}

// ---- Events ----

/** Where a slug named in the file leads here: an event, one the import will create, or nowhere. */
type Resolved =
  { kind: 'local'; id: number; slug: string } | { kind: 'pending' } | { kind: 'none' };

type Match = { local: LocalEvent | null; conflict: string | null };

/** Everything an import of one file needs to know about the file, built once. */
export type AlmanacContext = {
  doc: AlmanacParse;
  bySlug: Map<string, AlmanacEvent>;
  categorySlugs: Set<string>;
  tagSlugs: Set<string>;
  peopleSlugs: Set<string>;
};

export function almanacContext(doc: AlmanacParse): AlmanacContext {
  return {
    doc,
    bySlug: new Map(doc.events.map((e) => [e.event.slug, e.event])),
    categorySlugs: new Set(doc.categories.map((c) => c.slug)),
    tagSlugs: new Set(doc.tags.map((t) => t.slug)),
    peopleSlugs: new Set(doc.people.map((p) => p.slug)),
  };
}

function describeLocal(e: LocalEvent): string {
  return `"${e.title}" (${e.slug}${e.source ? `, from ${e.source}` : ''})`;
}

/** The local event a file event is (see the rules at the top). */
function matchLocal(s: Statements, ev: AlmanacEvent): Match {
  if (ev.externalId !== null)
    return { local: s.byExternalId.get(ev.externalId) ?? null, conflict: null };
  const found =
    s.bySlug.get(ev.slug) ??
    s.byFormerSlug.get(ev.slug) ??
    ev.formerSlugs
      .map((slug) => s.bySlug.get(slug))
      .find((e) => e !== undefined && e.external_id === null);
  if (!found) return { local: null, conflict: null };
  if (found.external_id !== null)
    return {
      local: null,
      conflict: `the slug "${ev.slug}" belongs to ${describeLocal(found)} here; rename one of them`,
    };
  return { local: found, conflict: null };
}

function resolveSlug(s: Statements, ctx: AlmanacContext, slug: string): Resolved {
  const inFile = ctx.bySlug.get(slug);
  if (inFile) {
    const { local } = matchLocal(s, inFile);
    return local ? { kind: 'local', id: local.id, slug: local.slug } : { kind: 'pending' };
  }
  const local = s.bySlug.get(slug) ?? s.byFormerSlug.get(slug);
  return local ? { kind: 'local', id: local.id, slug: local.slug } : { kind: 'none' };
}

type ResolvedLink = { link: AlmanacLink; target: Resolved };

/** `notice`: how the import adjusted the file's event (said in the import's warnings). */
export type EventPlan =
  | {
      action: 'insert';
      entry: number;
      event: AlmanacEvent;
      slug: string;
      links: ResolvedLink[];
      notice?: string;
    }
  | {
      action: 'update';
      entry: number;
      event: AlmanacEvent;
      local: LocalEvent;
      slug: string;
      links: ResolvedLink[];
      notice?: string;
    }
  | { action: 'unchanged'; entry: number; event: AlmanacEvent; localId: number }
  | { action: 'skip'; skip: Skip };

function skipOf(
  ctx: AlmanacContext,
  entry: number,
  ev: AlmanacEvent,
  code: Skip['code'],
  reason: string,
): Skip {
  return {
    where: { file: ctx.doc.fileName, section: 'events', index: entry },
    rawYear: ev.year === null ? null : String(ev.year),
    code,
    reason: `${ev.slug}: ${reason}`,
  };
}

/**
 * The file's event as it may be here: one the file has public or scheduled but that cannot be
 * published (lib/events/publishing.ts, the form's rule) comes in as a draft, and says so.
 */
function withPublishingRule(ev: AlmanacEvent): { event: AlmanacEvent; notice?: string } {
  const problems = publishingProblems(ev);
  if (
    problems.length === 0 ||
    !publishesOrSchedules({ status: ev.status, publishAt: ev.publishAt })
  )
    return { event: ev };
  return {
    event: { ...ev, status: 'draft', publishAt: null },
    notice: `imported as a draft, not ${ev.status === 'published' ? 'published' : 'scheduled'}: ${describePublishingProblems(problems)}`,
  };
}

/** Is the slug free for this event (nobody else's current or former slug)? */
function slugFreeFor(s: Statements, slug: string, selfId: number | null): boolean {
  const owner = s.slugOwner.get(slug, slug);
  return owner === undefined || owner === selfId;
}

/**
 * What an import would do with each of these file events, reading only. `existsLater` says whether
 * a category/tag/person slug exists here or will (the file's own are created first).
 */
export function planAlmanacEvents(
  sqlite: Database.Database,
  ctx: AlmanacContext,
  entries: readonly { index: number; event: AlmanacEvent }[],
  o: { actorId: number | null },
): EventPlan[] {
  const s = statements(sqlite);
  const known = (set: Set<string>, lookup: (slug: string) => unknown) => (slug: string) =>
    set.has(slug) || lookup(slug) !== undefined;
  const categoryKnown = known(ctx.categorySlugs, (slug) => s.categoryBySlug.get(slug));
  const tagKnown = known(ctx.tagSlugs, (slug) => s.tagBySlug.get(slug));
  const personKnown = known(ctx.peopleSlugs, (slug) => s.personBySlug.get(slug));

  const matched = entries.map(({ index, event }) => ({
    index,
    event,
    match: matchLocal(s, event),
  }));
  const current = loadEventRecords(
    sqlite,
    matched.flatMap((m) => (m.match.local ? [m.match.local.id] : [])),
  );

  return matched.map(({ index, event: fileEvent, match }): EventPlan => {
    const { event: ev, notice } = withPublishingRule(fileEvent);
    if (match.conflict)
      return { action: 'skip', skip: skipOf(ctx, index, ev, 'slug-taken', match.conflict) };
    const missing = [
      ...(categoryKnown(ev.category) ? [] : [`category "${ev.category}"`]),
      ...ev.tags.filter((t) => !tagKnown(t)).map((t) => `tag "${t}"`),
      ...ev.people.filter((p) => !personKnown(p.slug)).map((p) => `person "${p.slug}"`),
    ];
    if (missing.length > 0)
      return {
        action: 'skip',
        skip: skipOf(
          ctx,
          index,
          ev,
          'unknown-relation',
          `no ${missing.join(', ')} in the file or in Almanac`,
        ),
      };

    const links = ev.links.map((link) => ({ link, target: resolveSlug(s, ctx, link.event) }));
    const local = match.local;
    // The file's slug, when it follows the slug rule (lib/slugs.ts) and is free; otherwise a new
    // event gets one made from it, and an existing one keeps its own.
    if (!local) {
      const slug =
        isValidSlug(ev.slug) && slugFreeFor(s, ev.slug, null)
          ? ev.slug
          : uniqueSlug(ev.slug, (c) => ctx.bySlug.has(c) || !slugFreeFor(s, c, null));
      return { action: 'insert', entry: index, event: ev, slug, links, notice };
    }

    const slug =
      (isValidSlug(ev.slug) || ev.slug === local.slug) && slugFreeFor(s, ev.slug, local.id)
        ? ev.slug
        : local.slug;
    const now = current.get(local.id);
    const target = expectedRecord(s, ev, {
      local,
      slug,
      links,
      actorId: o.actorId,
      articles: now?.articles,
    });
    const pending = links.some((l) => l.target.kind === 'pending');
    if (!pending && now && canonicalJson(now) === canonicalJson(target))
      return { action: 'unchanged', entry: index, event: ev, localId: local.id };
    if (local.updated_at > Date.parse(ev.updatedAt))
      return {
        action: 'skip',
        skip: skipOf(
          ctx,
          index,
          ev,
          'edited-in-almanac',
          `changed here on ${new Date(local.updated_at).toISOString().slice(0, 16).replace('T', ' ')} UTC, after the file's version of ${ev.updatedAt.slice(0, 16).replace('T', ' ')} UTC; left as it is`,
        ),
      };
    return { action: 'update', entry: index, event: ev, local, slug, links, notice };
  });
}

/** The event as this import would leave it: the file's record, adjusted to what is possible here. */
function expectedRecord(
  s: Statements,
  ev: AlmanacEvent,
  o: {
    local: LocalEvent;
    slug: string;
    links: ResolvedLink[];
    actorId: number | null;
    /** The local event's articles, which it keeps when the file has none (a file from before the graph). */
    articles: AlmanacEvent['articles'];
  },
): AlmanacEvent {
  const former = new Set<string>();
  for (const slug of s.formerSlugsOf.all(o.local.id)) former.add(slug);
  if (o.slug !== o.local.slug) former.add(o.local.slug);
  for (const slug of ev.formerSlugs) if (slugFreeFor(s, slug, o.local.id)) former.add(slug);
  former.delete(o.slug);
  const updatedBy = ev.edited ? (o.local.updated_by ?? o.actorId) : null;
  return {
    ...ev,
    slug: o.slug,
    formerSlugs: [...former].sort(),
    edited: updatedBy !== null,
    articles: ev.articles ?? o.articles,
    links: o.links
      .flatMap((l) =>
        l.target.kind === 'local'
          ? [{ type: l.link.type, direction: l.link.direction, event: l.target.slug }]
          : [],
      )
      .sort(
        (a, b) =>
          a.direction.localeCompare(b.direction) ||
          a.type.localeCompare(b.type) ||
          a.event.localeCompare(b.event),
      ),
  };
}

export type EventBatchResult = {
  imported: number;
  updated: number;
  unchanged: number;
  skipped: Skip[];
  warnings: string[];
  /** Events written in this batch. */
  touched: number[];
  /** Written events whose revision waits for link targets later in the file: [entry index, event id]. */
  deferred: [number, number][];
};

/**
 * Plans and writes one batch of file events in the caller's IMMEDIATE transaction: rows, slugs,
 * tags, people, references, the links whose other end exists, then the revision and search entry
 * of every event whose links are all in place (the others are `deferred`, see finishAlmanacEvents).
 */
export function writeAlmanacEventBatch(
  h: { sqlite: Database.Database; tx: Tx },
  ctx: AlmanacContext,
  entries: readonly { index: number; event: AlmanacEvent }[],
  o: { actorId: number | null; now: number; note: string },
): EventBatchResult {
  const s = statements(h.sqlite);
  const result: EventBatchResult = {
    imported: 0,
    updated: 0,
    unchanged: 0,
    skipped: [],
    warnings: [],
    touched: [],
    deferred: [],
  };
  const plans = planAlmanacEvents(h.sqlite, ctx, entries, { actorId: o.actorId });
  const written: { entry: number; id: number; event: AlmanacEvent }[] = [];

  for (const plan of plans) {
    if (plan.action === 'skip') {
      result.skipped.push(plan.skip);
      continue;
    }
    if (plan.action === 'unchanged') {
      result.unchanged++;
      continue;
    }
    const ev = plan.event;
    if (plan.notice) result.warnings.push(`${ev.slug}: ${plan.notice}`);
    const categoryId = s.categoryBySlug.get(ev.category)?.id;
    if (categoryId === undefined)
      throw new Error(`category "${ev.category}" vanished during the import`);
    const local = plan.action === 'update' ? plan.local : null;
    const values = {
      ...fieldRecord(AS_IS_FIELDS, (name) => columnValue(name, ev[name])),
      slug: plan.slug,
      categoryId,
      // "Edited" protects an event from re-imports of its source; a user id is the only way to say it.
      updatedBy: ev.edited ? (local?.updated_by ?? o.actorId) : null,
    };

    let id: number;
    if (plan.action === 'insert') {
      id = Number(s.insertEvent.run({ ...values, createdBy: o.actorId }).lastInsertRowid);
      if (plan.slug !== ev.slug && !isValidSlug(ev.slug)) {
        // Its address elsewhere keeps leading to it here (and a second import finds it by it).
        if (slugFreeFor(s, ev.slug, id)) s.addFormerSlug.run(id, ev.slug, o.now);
        result.warnings.push(
          `${ev.slug}: the slug does not follow the slug rule (at most 80 characters); imported as ${plan.slug}, the old one redirects`,
        );
      } else if (plan.slug !== ev.slug)
        result.warnings.push(`${ev.slug}: the slug is taken here; imported as ${plan.slug}`);
      result.imported++;
    } else {
      id = plan.local.id;
      const version = Math.max(plan.local.version, s.maxRevision.get(id) ?? 0) + 1;
      materializeLiveRevisions([id], h.sqlite);
      s.updateEvent.run({ ...values, id, version });
      if (plan.slug !== plan.local.slug) {
        // The old address keeps working (it redirects), as when an editor renames an event.
        s.addFormerSlug.run(id, plan.local.slug, o.now);
        s.dropOwnFormerSlug.run(id, plan.slug);
      } else if (plan.slug !== ev.slug) {
        result.warnings.push(
          isValidSlug(ev.slug)
            ? `${ev.slug}: the slug belongs to another event here; kept ${plan.slug}`
            : `${ev.slug}: the slug does not follow the slug rule (at most 80 characters); kept ${plan.slug}`,
        );
      }
      result.updated++;
    }
    for (const slug of ev.formerSlugs) {
      if (slug === plan.slug) continue;
      if (slugFreeFor(s, slug, id)) s.addFormerSlug.run(id, slug, o.now);
      else
        result.warnings.push(
          `${ev.slug}: its former slug ${slug} belongs to another event here; left out`,
        );
    }

    s.deleteTags.run(id);
    for (const slug of ev.tags) {
      const tag = s.tagBySlug.get(slug);
      if (tag) s.insertTagLink.run(id, tag.id);
    }
    s.deletePeople.run(id);
    ev.people.forEach((p, position) => {
      const person = s.personBySlug.get(p.slug);
      if (person) s.insertPersonLink.run(id, person.id, p.role, position);
    });
    s.deleteReferences.run(id);
    s.referencesAsRows.run(id);
    ev.references.forEach((r, position) =>
      s.insertReference.run(id, position, r.url, r.title, r.publisher, r.accessedAt),
    );
    if (ev.articles) {
      s.deleteArticles.run(id);
      ev.articles.forEach((a, position) =>
        s.insertArticle.run(id, position, a.url, a.title, a.anchor, a.applied ? 1 : 0),
      );
    }
    replaceLinks(s, id, plan.links, { actorId: o.actorId, now: o.now });
    written.push({ entry: plan.entry, id, event: ev });
    result.touched.push(id);
  }

  // Links to events created later in this batch, then (the save pipeline's batch form) revisions
  // for events whose links are all here, and every written event's search entry.
  const complete: number[] = [];
  for (const w of written) {
    const missing = addResolvableLinks(s, ctx, w.id, w.event, { actorId: o.actorId, now: o.now });
    if (missing.pending > 0) result.deferred.push([w.entry, w.id]);
    else {
      result.warnings.push(...missing.unknown);
      complete.push(w.id);
    }
  }
  completeEventBatch(h.tx, revisionsOf(s, complete, o.note), {
    actorId: o.actorId,
    now: o.now,
    alsoIndex: result.deferred.map(([, id]) => id),
    sqlite: h.sqlite,
  });
  return result;
}

const linkKey = (from: number, to: number, type: string) => `${from}>${to}:${type}`;

/** Makes the event's links those of the file (the resolvable ones); pending ones come later. */
function replaceLinks(
  s: Statements,
  id: number,
  links: readonly ResolvedLink[],
  o: { actorId: number | null; now: number },
): void {
  const wanted = new Map<string, [number, number, string]>();
  for (const { link, target } of links) {
    if (target.kind !== 'local' || target.id === id) continue;
    const [from, to] = link.direction === 'outgoing' ? [id, target.id] : [target.id, id];
    wanted.set(linkKey(from, to, link.type), [from, to, link.type]);
  }
  for (const l of s.linksOf.all(id, id)) {
    if (!wanted.delete(linkKey(l.from_id, l.to_id, l.type))) s.deleteLink.run(l.id);
  }
  for (const [from, to, type] of wanted.values())
    s.insertLink.run(from, to, type, o.actorId, o.now);
}

/** Adds the event's links whose other end now exists; counts those still waiting, names those that never will. */
function addResolvableLinks(
  s: Statements,
  ctx: AlmanacContext,
  id: number,
  ev: AlmanacEvent,
  o: { actorId: number | null; now: number },
): { pending: number; unknown: string[] } {
  let pending = 0;
  const unknown: string[] = [];
  for (const link of ev.links) {
    const target = resolveSlug(s, ctx, link.event);
    if (target.kind === 'pending') pending++;
    else if (target.kind === 'none')
      unknown.push(
        `${ev.slug}: link to ${link.event} left out (no such event in the file or here)`,
      );
    else if (target.id !== id) {
      const [from, to] = link.direction === 'outgoing' ? [id, target.id] : [target.id, id];
      s.insertLink.run(from, to, link.type, o.actorId, o.now);
    }
  }
  return { pending, unknown };
}

/** The revisions to write for these events: each at the version its row now has. */
function revisionsOf(
  s: Statements,
  ids: readonly number[],
  note: string,
): { eventId: number; version: number; note: string }[] {
  return ids.map((eventId) => ({ eventId, version: s.eventVersion.get(eventId) ?? 1, note }));
}

/**
 * The last step of a file: links of deferred events whose other end was written later (or never
 * will be: reported), then their revisions. Call in an IMMEDIATE transaction, in batches.
 */
export function finishAlmanacEvents(
  h: { sqlite: Database.Database; tx: Tx },
  ctx: AlmanacContext,
  deferred: readonly [number, number][],
  o: { actorId: number | null; now: number; note: string },
): { warnings: string[] } {
  const s = statements(h.sqlite);
  const byIndex = new Map(ctx.doc.events.map((e) => [e.index, e.event]));
  const warnings: string[] = [];
  for (const [entry, id] of deferred) {
    const ev = byIndex.get(entry);
    if (!ev) continue;
    for (const link of ev.links) {
      const target = resolveSlug(s, ctx, link.event);
      if (target.kind === 'local') {
        if (target.id === id) continue;
        const [from, to] = link.direction === 'outgoing' ? [id, target.id] : [target.id, id];
        s.insertLink.run(from, to, link.type, o.actorId, o.now);
      } else {
        warnings.push(`${ev.slug}: link to ${link.event} left out (that event was not imported)`);
      }
    }
  }
  const ids = deferred.filter(([entry]) => byIndex.has(entry)).map(([, id]) => id);
  completeEventBatch(h.tx, revisionsOf(s, ids, o.note), {
    actorId: o.actorId,
    now: o.now,
    sqlite: h.sqlite,
  });
  return { warnings };
}
