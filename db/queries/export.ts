import 'server-only';
import type Database from 'better-sqlite3';
import { getDbHandle } from '../client';
import { openSqlite } from '../connection';
import type { EventRecord } from '@/lib/events/record';
import { FILE_FIELDS, inFieldOrder, renameKeys } from '@/lib/events/fields';
import {
  ALMANAC_FIELD_NAMES,
  ALMANAC_FORMAT,
  ALMANAC_VERSION,
  type AlmanacArticle,
  type AlmanacCategory,
  type AlmanacEvent,
  type AlmanacFile,
  type AlmanacLink,
  type AlmanacPerson,
  type AlmanacPersonDate,
  type AlmanacTag,
} from '@/lib/import/almanac';
import { describeFilterForFile, isWholeSite, type ExportFilter } from '@/lib/import/export-filter';
import type { TagKind } from '@/lib/graph/topics';
import { loadEvents } from './event-store';

// Almanac JSON export (format: lib/import/almanac.ts). Reads go through the raw better-sqlite3
// handle in batches, so a whole-site export of the imported corpus streams without building one
// giant object. The web export reads from a connection of its own inside one read transaction: the
// file is a consistent snapshot even while editors keep saving.

export const EXPORT_BATCH_SIZE = 500;

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());
const statementCache = new WeakMap<Database.Database, ReturnType<typeof prepare>>();

function prepare(sqlite: Database.Database) {
  const ids = `(SELECT value FROM json_each(?))`;
  return {
    allCategories: sqlite.prepare<[], CategoryRow>(
      `SELECT slug, name, description, color, position, created_at, updated_at FROM categories ORDER BY position, id`,
    ),
    categoriesOfEvents: sqlite.prepare<[string], CategoryRow>(
      `SELECT slug, name, description, color, position, created_at, updated_at FROM categories
       WHERE id IN (SELECT DISTINCT category_id FROM events WHERE id IN ${ids}) ORDER BY position, id`,
    ),
    allTags: sqlite.prepare<[], TagRow>(`SELECT ${tagColumns} FROM tags ORDER BY slug`),
    tagsOfEvents: sqlite.prepare<[string], TagRow>(
      `SELECT ${tagColumns} FROM tags
       WHERE id IN (SELECT DISTINCT tag_id FROM event_tags WHERE event_id IN ${ids}) ORDER BY slug`,
    ),
    allPeople: sqlite.prepare<[], PersonRow>(`SELECT ${personColumns} FROM people ORDER BY slug`),
    peopleOfEvents: sqlite.prepare<[string], PersonRow>(
      `SELECT ${personColumns} FROM people
       WHERE id IN (SELECT DISTINCT person_id FROM event_people WHERE event_id IN ${ids}) ORDER BY slug`,
    ),
    articlesOfEvents: sqlite.prepare<[string], ArticleRow>(
      `SELECT event_id, url, title, anchor, applied FROM event_articles
       WHERE event_id IN ${ids} ORDER BY event_id, position`,
    ),
  };
}

type CategoryRow = {
  slug: string;
  name: string;
  description: string;
  color: string;
  position: number;
  created_at: number;
  updated_at: number;
};
type TagRow = {
  slug: string;
  name: string;
  kind: TagKind;
  description: string;
  reference_url: string | null;
  created_at: number;
};
const tagColumns = `slug, name, kind, description, reference_url, created_at`;
type ArticleRow = { event_id: number; url: string; title: string; anchor: string; applied: number };
type PersonRow = {
  slug: string;
  name: string;
  description: string;
  birth_year: number | null;
  birth_month: number | null;
  birth_day: number | null;
  death_year: number | null;
  death_month: number | null;
  death_day: number | null;
  reference_url: string | null;
  created_at: number;
  updated_at: number;
};
const personColumns = `slug, name, description, birth_year, birth_month, birth_day, death_year, death_month,
  death_day, reference_url, created_at, updated_at`;

function statements(sqlite: Database.Database) {
  let s = statementCache.get(sqlite);
  if (!s) {
    s = prepare(sqlite);
    statementCache.set(sqlite, s);
  }
  return s;
}

const LINK_ORDER = (a: AlmanacLink, b: AlmanacLink) =>
  a.direction.localeCompare(b.direction) ||
  a.type.localeCompare(b.type) ||
  a.event.localeCompare(b.event);

/**
 * Events as Almanac records, by id (any that do not exist are left out). Relations come in a fixed
 * order (people, references and articles by position; tags, former slugs and links sorted), so two
 * sites holding the same content give the same records.
 */
export function loadEventRecords(
  sqlite: Database.Database,
  eventIds: readonly number[],
): Map<number, AlmanacEvent> {
  const s = statements(sqlite);
  const out = new Map<number, AlmanacEvent>();
  for (let i = 0; i < eventIds.length; i += EXPORT_BATCH_SIZE) {
    const batch = eventIds.slice(i, i + EXPORT_BATCH_SIZE);
    const articles = new Map<number, AlmanacArticle[]>();
    for (const a of s.articlesOfEvents.all(JSON.stringify(batch))) {
      const list = articles.get(a.event_id) ?? [];
      list.push({ url: a.url, title: a.title, anchor: a.anchor, applied: a.applied === 1 });
      articles.set(a.event_id, list);
    }
    for (const e of loadEvents(batch, sqlite))
      out.set(e.id, almanacEventOf(e, articles.get(e.id) ?? []));
  }
  return out;
}

/** The import/export file's record of a stored event (lib/import/almanac.ts's shape). */
function almanacEventOf(e: EventRecord, articles: AlmanacArticle[]): AlmanacEvent {
  // Its scalar fields as they are (lib/events/fields.ts) in record order, the timestamps last.
  const { createdAt, updatedAt, ...fields } = renameKeys(
    inFieldOrder(FILE_FIELDS, e, {
      categoryId: e.category?.slug ?? '',
      updatedBy: e.updatedBy !== null,
    }),
    ALMANAC_FIELD_NAMES,
  );
  return {
    ...fields,
    tags: e.tags.map((t) => t.slug).sort(),
    people: e.people.map((p) => ({ slug: p.slug, role: p.role })),
    references: e.references.map((r) => ({
      url: r.url,
      title: r.title,
      publisher: r.publisher,
      accessedAt: r.accessedAt,
    })),
    // The link to the event itself cannot exist (a CHECK); sorted, since link ids differ between sites.
    links: e.links
      .map((l) => ({ type: l.type, direction: l.direction, event: l.eventSlug ?? '' }))
      .sort(LINK_ORDER),
    // Always written (empty for events written here): a file without them is from before the graph.
    articles,
    createdAt,
    updatedAt,
  };
}

const categoryRecord = (c: CategoryRow): AlmanacCategory => ({
  slug: c.slug,
  name: c.name,
  description: c.description,
  color: c.color,
  position: c.position,
  createdAt: iso(c.created_at),
  updatedAt: iso(c.updated_at),
});
const tagRecord = (t: TagRow): AlmanacTag => ({
  slug: t.slug,
  name: t.name,
  kind: t.kind,
  description: t.description,
  referenceUrl: t.reference_url,
  createdAt: iso(t.created_at),
});
function personDate(
  year: number | null,
  month: number | null,
  day: number | null,
): AlmanacPersonDate | null {
  return year === null && month === null && day === null ? null : { year, month, day };
}
export const personRecord = (p: PersonRow): AlmanacPerson => ({
  slug: p.slug,
  name: p.name,
  description: p.description,
  born: personDate(p.birth_year, p.birth_month, p.birth_day),
  died: personDate(p.death_year, p.death_month, p.death_day),
  referenceUrl: p.reference_url,
  createdAt: iso(p.created_at),
  updatedAt: iso(p.updated_at),
});

/** Ids of the events a filter takes, oldest first (so an import creates them in the same order). */
export function selectExportEventIds(sqlite: Database.Database, f: ExportFilter): number[] {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (!f.includeTrashed) where.push('e.deleted_at IS NULL');
  if (f.categories.length > 0) {
    where.push(`c.slug IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(f.categories));
  }
  if (f.statuses.length > 0) {
    where.push(`e.status IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(f.statuses));
  }
  if (f.kinds.length > 0) {
    where.push(`e.kind IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(f.kinds));
  }
  if (f.yearFrom !== null) {
    where.push('e.year >= ?');
    params.push(f.yearFrom);
  }
  if (f.yearTo !== null) {
    where.push('e.year <= ?');
    params.push(f.yearTo);
  }
  if (f.updatedSince !== null) {
    where.push('e.updated_at >= ?');
    params.push(f.updatedSince.getTime());
  }
  const sql = `SELECT e.id FROM events e JOIN categories c ON c.id = e.category_id
    ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY e.id`;
  return sqlite
    .prepare<(string | number)[], number>(sql)
    .pluck()
    .all(...params);
}

export type ExportMeta = {
  exportedAt: Date;
  site: { name: string | null; url: string | null } | null;
};

type Plan = {
  ids: number[];
  categories: AlmanacCategory[];
  tags: AlmanacTag[];
  people: AlmanacPerson[];
};

/** The events a filter takes, and the categories, tags and people the file carries with them. */
function planExport(sqlite: Database.Database, f: ExportFilter): Plan {
  const s = statements(sqlite);
  const ids = selectExportEventIds(sqlite, f);
  if (isWholeSite(f)) {
    return {
      ids,
      categories: s.allCategories.all().map(categoryRecord),
      tags: s.allTags.all().map(tagRecord),
      people: s.allPeople.all().map(personRecord),
    };
  }
  const idsJson = JSON.stringify(ids);
  return {
    ids,
    categories: s.categoriesOfEvents.all(idsJson).map(categoryRecord),
    tags: s.tagsOfEvents.all(idsJson).map(tagRecord),
    people: s.peopleOfEvents.all(idsJson).map(personRecord),
  };
}

function* chunksOf(sqlite: Database.Database, plan: Plan, f: ExportFilter, meta: ExportMeta) {
  const list = (items: readonly unknown[]) =>
    items.length === 0
      ? '[]'
      : `[\n    ${items.map((i) => JSON.stringify(i)).join(',\n    ')}\n  ]`;
  yield (
    `{\n  "format": ${JSON.stringify(ALMANAC_FORMAT)},\n  "version": ${ALMANAC_VERSION},\n` +
    `  "exportedAt": ${JSON.stringify(meta.exportedAt.toISOString())},\n` +
    `  "site": ${JSON.stringify(meta.site)},\n` +
    `  "filters": ${JSON.stringify(describeFilterForFile(f))},\n` +
    `  "categories": ${list(plan.categories)},\n` +
    `  "tags": ${list(plan.tags)},\n` +
    `  "people": ${list(plan.people)},\n` +
    `  "events": [`
  );
  for (let i = 0; i < plan.ids.length; i += EXPORT_BATCH_SIZE) {
    const batch = plan.ids.slice(i, i + EXPORT_BATCH_SIZE);
    const records = loadEventRecords(sqlite, batch);
    const lines = batch.flatMap((id) => {
      const r = records.get(id);
      return r ? [JSON.stringify(r)] : [];
    });
    if (lines.length > 0) yield `${i === 0 ? '' : ','}\n    ${lines.join(',\n    ')}`;
  }
  yield `${plan.ids.length > 0 ? '\n  ' : ''}]\n}\n`;
}

/**
 * The export as pieces of JSON text, read batch by batch as they are pulled (one event per line,
 * so a file diffs well). No role check: callers check (the route, the command line, tests).
 */
export function almanacExportChunksIn(
  sqlite: Database.Database,
  f: ExportFilter,
  meta: ExportMeta,
): { eventCount: number; chunks: Generator<string, void, undefined> } {
  const plan = planExport(sqlite, f);
  return { eventCount: plan.ids.length, chunks: chunksOf(sqlite, plan, f, meta) };
}

/** The whole export as one object (tests, and small exports). */
export function exportAlmanacIn(
  sqlite: Database.Database,
  f: ExportFilter,
  meta: ExportMeta,
): AlmanacFile {
  const { chunks } = almanacExportChunksIn(sqlite, f, meta);
  return JSON.parse([...chunks].join('')) as AlmanacFile;
}

/** Records an export in the audit log (who, which filter, how many events). */
export function recordExportAudit(
  sqlite: Database.Database,
  o: { actorId: number | null; filter: ExportFilter; eventCount: number; via: 'admin' | 'cli' },
): void {
  sqlite
    .prepare(
      `INSERT INTO audit_log (user_id, action, entity_type, entity_id, details, created_at)
       VALUES (?, 'export.run', 'events', NULL, ?, ?)`,
    )
    .run(
      o.actorId,
      JSON.stringify({
        events: o.eventCount,
        filter: describeFilterForFile(o.filter) ?? 'whole site',
        via: o.via,
      }),
      Date.now(),
    );
}

/**
 * An export read from a connection of its own inside one read transaction (a consistent snapshot
 * while editors keep saving): the file's pieces, and `close`, which ends the transaction and the
 * connection (call it when done or cancelled). The admin's route and the command line use it.
 */
export function openExportSnapshot(
  f: ExportFilter,
  meta: ExportMeta,
): { eventCount: number; chunks: Generator<string, void, undefined>; close: () => void } {
  const reader = openSqlite(getDbHandle().sqlite.name, { readonly: true });
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    if (reader.inTransaction) reader.prepare('COMMIT').run();
    reader.close();
  };
  try {
    reader.prepare('BEGIN').run();
    return { ...almanacExportChunksIn(reader, f, meta), close };
  } catch (error) {
    close();
    throw error;
  }
}
