import 'server-only';
import type Database from 'better-sqlite3';
import {
  ALMANAC_FORMAT,
  ALMANAC_VERSION,
  type AlmanacCategory,
  type AlmanacEvent,
  type AlmanacFile,
  type AlmanacLink,
  type AlmanacPerson,
  type AlmanacPersonDate,
  type AlmanacTag,
} from '@/lib/import/almanac';
import { describeFilterForFile, isWholeSite, type ExportFilter } from '@/lib/import/export-filter';

// Almanac JSON export (format: lib/import/almanac.ts). Reads go through the raw better-sqlite3
// handle in batches, so a whole-site export of the imported corpus streams without building one
// giant object. The web export reads from a connection of its own inside one read transaction: the
// file is a consistent snapshot even while editors keep saving.

export const EXPORT_BATCH_SIZE = 500;

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());
const isoRequired = (ms: number | null): string => new Date(ms ?? 0).toISOString();

type EventRow = {
  id: number;
  slug: string;
  kind: AlmanacEvent['kind'];
  title: string;
  summary: string;
  key_points: string;
  body: string;
  fun_fact: string | null;
  further_reading: string | null;
  year: number | null;
  month: number | null;
  day: number | null;
  precision: AlmanacEvent['precision'];
  circa: number;
  calendar: AlmanacEvent['calendar'];
  end_year: number | null;
  end_month: number | null;
  end_day: number | null;
  end_precision: AlmanacEvent['endPrecision'];
  location: string | null;
  latitude: number | null;
  longitude: number | null;
  category_id: number;
  image_url: string | null;
  image_alt: string | null;
  image_credit: string | null;
  featured: number;
  status: AlmanacEvent['status'];
  publish_at: number | null;
  published_at: number | null;
  deleted_at: number | null;
  source: string | null;
  source_url: string | null;
  license: string | null;
  external_id: string | null;
  content_hash: string | null;
  updated_by: number | null;
  created_at: number;
  updated_at: number;
};

const statementCache = new WeakMap<Database.Database, ReturnType<typeof prepare>>();

function prepare(sqlite: Database.Database) {
  const ids = `(SELECT value FROM json_each(?))`;
  return {
    events: sqlite.prepare<[string], EventRow>(
      `SELECT id, slug, kind, title, summary, key_points, body, fun_fact, further_reading, year, month, day,
         precision, circa, calendar, end_year, end_month, end_day, end_precision, location, latitude, longitude,
         category_id, image_url, image_alt, image_credit, featured, status, publish_at, published_at, deleted_at,
         source, source_url, license, external_id, content_hash, updated_by, created_at, updated_at
       FROM events WHERE id IN ${ids} ORDER BY id`,
    ),
    categorySlugs: sqlite.prepare<[], { id: number; slug: string }>(
      `SELECT id, slug FROM categories`,
    ),
    tags: sqlite.prepare<[string], { event_id: number; slug: string }>(
      `SELECT et.event_id, t.slug FROM event_tags et JOIN tags t ON t.id = et.tag_id
       WHERE et.event_id IN ${ids} ORDER BY t.slug`,
    ),
    people: sqlite.prepare<[string], { event_id: number; slug: string; role: string }>(
      `SELECT ep.event_id, p.slug, ep.role FROM event_people ep JOIN people p ON p.id = ep.person_id
       WHERE ep.event_id IN ${ids} ORDER BY ep.position, p.id`,
    ),
    references: sqlite.prepare<
      [string],
      {
        event_id: number;
        url: string;
        title: string;
        publisher: string | null;
        accessed_at: string | null;
      }
    >(
      `SELECT event_id, url, title, publisher, accessed_at FROM event_references
       WHERE event_id IN ${ids} ORDER BY position, id`,
    ),
    links: sqlite.prepare<
      [string, string],
      {
        from_id: number;
        to_id: number;
        type: AlmanacLink['type'];
        from_slug: string;
        to_slug: string;
      }
    >(
      `SELECT l.from_event_id AS from_id, l.to_event_id AS to_id, l.type, f.slug AS from_slug, t.slug AS to_slug
       FROM event_links l JOIN events f ON f.id = l.from_event_id JOIN events t ON t.id = l.to_event_id
       WHERE l.from_event_id IN ${ids} OR l.to_event_id IN ${ids}`,
    ),
    formerSlugs: sqlite.prepare<[string], { event_id: number; slug: string }>(
      `SELECT event_id, slug FROM event_slugs WHERE event_id IN ${ids} ORDER BY slug`,
    ),
    allCategories: sqlite.prepare<[], CategoryRow>(
      `SELECT slug, name, description, color, position, created_at, updated_at FROM categories ORDER BY position, id`,
    ),
    categoriesOfEvents: sqlite.prepare<[string], CategoryRow>(
      `SELECT slug, name, description, color, position, created_at, updated_at FROM categories
       WHERE id IN (SELECT DISTINCT category_id FROM events WHERE id IN ${ids}) ORDER BY position, id`,
    ),
    allTags: sqlite.prepare<[], TagRow>(`SELECT slug, name, created_at FROM tags ORDER BY slug`),
    tagsOfEvents: sqlite.prepare<[string], TagRow>(
      `SELECT slug, name, created_at FROM tags
       WHERE id IN (SELECT DISTINCT tag_id FROM event_tags WHERE event_id IN ${ids}) ORDER BY slug`,
    ),
    allPeople: sqlite.prepare<[], PersonRow>(`SELECT ${personColumns} FROM people ORDER BY slug`),
    peopleOfEvents: sqlite.prepare<[string], PersonRow>(
      `SELECT ${personColumns} FROM people
       WHERE id IN (SELECT DISTINCT person_id FROM event_people WHERE event_id IN ${ids}) ORDER BY slug`,
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
type TagRow = { slug: string; name: string; created_at: number };
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

function groupBy<T extends { event_id: number }>(rows: readonly T[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const row of rows) {
    const list = map.get(row.event_id);
    if (list) list.push(row);
    else map.set(row.event_id, [row]);
  }
  return map;
}

const LINK_ORDER = (a: AlmanacLink, b: AlmanacLink) =>
  a.direction.localeCompare(b.direction) ||
  a.type.localeCompare(b.type) ||
  a.event.localeCompare(b.event);

/**
 * Events as Almanac records, by id (any that do not exist are left out). Relations come in a fixed
 * order (people and references by position; tags, former slugs and links sorted), so two sites
 * holding the same content give the same records.
 */
export function loadEventRecords(
  sqlite: Database.Database,
  eventIds: readonly number[],
): Map<number, AlmanacEvent> {
  const s = statements(sqlite);
  const out = new Map<number, AlmanacEvent>();
  if (eventIds.length === 0) return out;
  const categorySlugs = new Map(s.categorySlugs.all().map((c) => [c.id, c.slug]));
  for (let i = 0; i < eventIds.length; i += EXPORT_BATCH_SIZE) {
    const idsJson = JSON.stringify(eventIds.slice(i, i + EXPORT_BATCH_SIZE));
    const rows = s.events.all(idsJson);
    const tags = groupBy(s.tags.all(idsJson));
    const people = groupBy(s.people.all(idsJson));
    const references = groupBy(s.references.all(idsJson));
    const formerSlugs = groupBy(s.formerSlugs.all(idsJson));
    const links = new Map<number, AlmanacLink[]>();
    const push = (id: number, link: AlmanacLink) => {
      const list = links.get(id);
      if (list) list.push(link);
      else links.set(id, [link]);
    };
    for (const l of s.links.all(idsJson, idsJson)) {
      push(l.from_id, { type: l.type, direction: 'outgoing', event: l.to_slug });
      push(l.to_id, { type: l.type, direction: 'incoming', event: l.from_slug });
    }
    for (const e of rows) {
      out.set(e.id, {
        slug: e.slug,
        formerSlugs: (formerSlugs.get(e.id) ?? []).map((r) => r.slug),
        kind: e.kind,
        title: e.title,
        summary: e.summary,
        keyPoints: parseKeyPoints(e.key_points),
        body: e.body,
        funFact: e.fun_fact,
        furtherReading: e.further_reading,
        year: e.year,
        month: e.month,
        day: e.day,
        precision: e.precision,
        circa: e.circa === 1,
        calendar: e.calendar,
        endYear: e.end_year,
        endMonth: e.end_month,
        endDay: e.end_day,
        endPrecision: e.end_precision,
        location: e.location,
        latitude: e.latitude,
        longitude: e.longitude,
        category: categorySlugs.get(e.category_id) ?? '',
        imageUrl: e.image_url,
        imageAlt: e.image_alt,
        imageCredit: e.image_credit,
        featured: e.featured === 1,
        status: e.status,
        publishAt: iso(e.publish_at),
        publishedAt: iso(e.published_at),
        deletedAt: iso(e.deleted_at),
        source: e.source,
        sourceUrl: e.source_url,
        license: e.license,
        externalId: e.external_id,
        contentHash: e.content_hash,
        edited: e.updated_by !== null,
        tags: (tags.get(e.id) ?? []).map((t) => t.slug),
        people: (people.get(e.id) ?? []).map((p) => ({ slug: p.slug, role: p.role })),
        references: (references.get(e.id) ?? []).map((r) => ({
          url: r.url,
          title: r.title,
          publisher: r.publisher,
          accessedAt: r.accessed_at,
        })),
        // The link to the event itself cannot exist (a CHECK); sorted, since link ids differ between sites.
        links: (links.get(e.id) ?? []).sort(LINK_ORDER),
        createdAt: isoRequired(e.created_at),
        updatedAt: isoRequired(e.updated_at),
      });
    }
  }
  return out;
}

function parseKeyPoints(raw: string): string[] {
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
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

export function exportFileName(now: Date, f: ExportFilter): string {
  const stamp = now.toISOString().slice(0, 19).replace(/:/g, '-').replace('T', '_');
  return `almanac-export-${isWholeSite(f) ? 'all' : 'filtered'}-${stamp}.json`;
}
