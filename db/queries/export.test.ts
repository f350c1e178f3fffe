import type Database from 'better-sqlite3';
import { readSnapshot } from '@/lib/events/record';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDbHandle, type db } from '@/db/client';
import { openSqlite } from '@/db/connection';
import { runMigrations } from '@/db/migrate';
import * as schema from '@/db/schema';
import { seedSampleContent } from '@/db/seed';
import {
  almanacFileSchema,
  parseImportFile,
  parseImportJson,
  type AlmanacFile,
  type ParsedImportFile,
} from '@/lib/import';
import { EMPTY_EXPORT_FILTER, type ExportFilter } from '@/lib/import/export-filter';
import { isValidSlug } from '@/lib/slugs';
import { createEventSchema } from '@/lib/validation/event';
import { anchor as a, dayEntry, dayFile } from '@/test/muffinlabs-day';
import { createEvent, setEventStatus, updateEvent } from './event-editor';
import { almanacExportChunksIn, exportAlmanacIn } from './export';
import { listInlineLinks, listSourceLinks } from './graph';
import { importRows } from './import';
import { importFiles, previewImportFiles } from './import-run';
import { loadEvent, revisionSnapshotOf } from './event-store';
import { changeEvent } from './test-fixtures';
import type { SessionUser } from '@/lib/auth/actor';

// The export → empty database → import round trip, on the sample content plus events that use
// every part of the model (written through the editor's own code), muffinlabs imports (one with
// the knowledge graph: people and topics from the entries' links, one of them removed by an
// editor), a renamed event and one in the trash.

type Handle = { sqlite: Database.Database; db: typeof db };
const g = globalThis as unknown as { almanacDb?: Handle };

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'almanac-roundtrip-'));
const opened: Database.Database[] = [];

/** A new, migrated, empty database (no sample content). */
function emptyDatabase(name: string): Handle {
  const sqlite = openSqlite(path.join(dir, `${name}.db`));
  runMigrations(sqlite);
  opened.push(sqlite);
  return { sqlite, db: drizzle(sqlite, { schema }) as unknown as typeof db };
}

/** Runs `fn` with the data layer pointed at another database. */
function using<T>(h: Handle, fn: () => T): T {
  const before = g.almanacDb;
  g.almanacDb = h;
  try {
    return fn();
  } finally {
    g.almanacDb = before;
  }
}

afterAll(() => {
  for (const s of opened) s.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function makeUser(sqlite: Database.Database, name: string, role: 'editor' | 'admin'): SessionUser {
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}@example.org`;
  const id = Number(
    sqlite
      .prepare(`INSERT INTO users (email, name, password_hash, role) VALUES (?, ?, 'x', ?)`)
      .run(email, name, role).lastInsertRowid,
  );
  return { id, email, name, role };
}

const NOW = new Date('2026-03-01T12:00:00Z');
const eventSchema = createEventSchema({ now: () => NOW.getTime() });
const idOf = (sqlite: Database.Database, slug: string) =>
  sqlite.prepare(`SELECT id FROM events WHERE slug = ?`).pluck().get(slug) as number;
const categoryId = (sqlite: Database.Database, slug: string) =>
  sqlite.prepare(`SELECT id FROM categories WHERE slug = ?`).pluck().get(slug) as number;

const muffinlabsDay = {
  date: 'March 14',
  url: 'https://wikipedia.org/wiki/March_14',
  data: {
    Events: [
      {
        year: '1879',
        text: 'A child who will grow up to rewrite physics is born in a town on the Danube.',
        html: '',
        no_year_html: '',
        links: [{ title: 'Danube', link: 'https://wikipedia.org/wiki/Danube' }],
      },
    ],
    Births: [
      {
        year: '1854',
        text: 'Paul Ehrlich, German physician and Nobel laureate (d. 1915)',
        html: '',
        no_year_html:
          '<a href="https://wikipedia.org/wiki/Paul_Ehrlich" title="Paul Ehrlich">Paul Ehrlich</a>, German physician and Nobel laureate (d. 1915)',
        links: [{ title: 'Paul Ehrlich', link: 'https://wikipedia.org/wiki/Paul_Ehrlich' }],
      },
    ],
    Deaths: [],
  },
};

// The graph: Lise Meitner's birth makes her a person, so the entries that link her article name
// her; "Nuclear fission" and "London" are linked by three entries each and become topics (London
// is the sample's tag, which the import adopts); Otto Hahn and Otto Robert Frisch, linked once,
// stay source links only. Test content in our own words.
const graphDay = dayFile('November 7', {
  Events: [
    dayEntry(
      '1907',
      'Lise Meitner starts working with Otto Hahn.',
      `${a('Lise Meitner')} starts working with ${a('Otto Hahn')}.`,
      ['Lise Meitner', 'Otto Hahn'],
    ),
    dayEntry(
      '1938',
      'Lise Meitner and her nephew explain nuclear fission in a letter.',
      `${a('Lise Meitner')} and ${a('Otto Robert Frisch', 'her nephew')} explain ${a('Nuclear fission', 'nuclear fission')} in a letter.`,
      ['Lise Meitner', 'Otto Robert Frisch', 'Nuclear fission'],
    ),
    dayEntry(
      '1939',
      'A London journal prints the first paper on nuclear fission.',
      `A ${a('London')} journal prints the first paper on ${a('Nuclear fission', 'nuclear fission')}.`,
      ['London', 'Nuclear fission'],
    ),
    dayEntry(
      '1946',
      'A lecture in London retells the story of nuclear fission.',
      `A lecture in ${a('London')} retells the story of ${a('Nuclear fission', 'nuclear fission')}.`,
      ['London', 'Nuclear fission'],
    ),
    dayEntry(
      '1960',
      'A museum in London shows the bench where Lise Meitner worked.',
      `A museum in ${a('London')} shows the bench where ${a('Lise Meitner')} worked.`,
      ['London', 'Lise Meitner'],
    ),
  ],
  Births: [
    dayEntry(
      '1878',
      'Lise Meitner, Austrian-Swedish physicist (d. 1968)',
      `${a('Lise Meitner')}, Austrian-Swedish physicist (d. 1968)`,
      ['Lise Meitner'],
    ),
  ],
});
const FISSION_LETTER = 'Lise Meitner and her nephew explain nuclear fission in a letter';
const MUSEUM = 'A museum in London shows the bench where Lise Meitner worked';
function titleId(sqlite: Database.Database, title: string): number {
  const id = sqlite.prepare(`SELECT id FROM events WHERE title = ?`).pluck().get(title);
  if (typeof id !== 'number') throw new Error(`no event "${title}"`);
  return id;
}

const UK = 'united-kingdom-recognises-the-soviet-union';
const ITALY = 'italy-recognises-the-soviet-union';

/** The editor form's values for the test event (strings, as the form sends them). */
function treatyForm(source: Handle, over: Record<string, unknown> = {}) {
  return {
    title: 'Treaty of Everything',
    slug: 'treaty-of-everything',
    kind: 'event',
    year: '-44',
    month: '3',
    day: '15',
    precision: 'day',
    circa: true,
    calendar: 'julian',
    endYear: '-43',
    endMonth: '2',
    endPrecision: 'month',
    location: 'Rome',
    latitude: '41.8925',
    longitude: '12.4853',
    categoryId: String(categoryId(source.sqlite, 'politics-government')),
    summary: 'A made-up event that uses every field of the model.',
    keyPoints: ['First point', 'Second point'],
    body: '## What happened\n\nA **treaty**, in Markdown.\n\n- one\n- two',
    funFact: 'Nobody signed it.',
    furtherReading: '- [A book](https://example.org/book)',
    imageUrl: 'https://example.org/treaty.jpg',
    imageAlt: 'A treaty on a table',
    imageCredit: 'Example Archive',
    featured: true,
    // Kept out of its day's selected list (the form's checkbox, unticked).
    selectable: false,
    tags: ['Treaties', 'Antiquity'],
    people: [
      { personId: null, name: 'Ramsay MacDonald', role: 'Witness' },
      { personId: null, name: 'Gaius Example', role: 'Signatory' },
    ],
    references: [
      {
        url: 'https://example.org/a',
        title: 'Source A',
        publisher: 'Example Press',
        accessedAt: '2026-02-01',
      },
      { url: 'https://example.org/b', title: 'Source B', publisher: '', accessedAt: '' },
    ],
    links: [
      { eventId: String(idOf(source.sqlite, UK)), type: 'led_to', direction: 'from' },
      { eventId: String(idOf(source.sqlite, ITALY)), type: 'part_of', direction: 'to' },
    ],
    status: 'scheduled',
    publishAt: '2026-06-01T09:00',
    note: 'Created',
    ...over,
  };
}

/** Fills the source database: sample, an editor-made event with everything, an import, a rename, the trash. */
function buildSource(source: Handle): void {
  using(source, () => {
    seedSampleContent(source.db);
    const editor = makeUser(source.sqlite, 'Ada Editor', 'editor');
    const created = createEvent(editor, {
      now: NOW,
      allowDuplicates: true,
      input: eventSchema.parse(treatyForm(source)),
    });
    if (!created.ok) throw new Error(JSON.stringify(created));

    // Renamed and turned into a published observance: the old slug must travel as a former slug.
    const renamed = updateEvent(editor, {
      id: created.id,
      expectedVersion: created.version,
      allowDuplicates: true,
      now: new Date(NOW.getTime() + 60_000),
      input: eventSchema.parse(
        treatyForm(source, {
          title: 'Treaty of Everything Day',
          slug: 'treaty-of-everything-day',
          kind: 'observance',
          year: '',
          circa: false,
          calendar: 'gregorian',
          endYear: '',
          endMonth: '',
          endPrecision: '',
          categoryId: String(categoryId(source.sqlite, 'holidays-observances')),
          summary: 'Kept every year.',
          keyPoints: ['Only point'],
          imageCredit: '',
          featured: false,
          references: [
            {
              url: 'https://example.org/a',
              title: 'Source A',
              publisher: 'Example Press',
              accessedAt: '2026-02-01',
            },
          ],
          links: [
            { eventId: String(idOf(source.sqlite, UK)), type: 'led_to', direction: 'from' },
            { eventId: String(idOf(source.sqlite, ITALY)), type: 'part_of', direction: 'to' },
            { eventId: String(idOf(source.sqlite, ITALY)), type: 'related', direction: 'from' },
          ],
          status: 'published',
          publishAt: '',
          note: 'Renamed',
          version: String(created.version),
        }),
      ),
    });
    if (!renamed.ok) throw new Error(JSON.stringify(renamed));

    // Imported content, with its external ids and content hashes.
    const parsed = parseImportJson(muffinlabsDay, { fileName: '03-14.json' });
    if (!parsed.ok) throw new Error(parsed.error);
    importRows({ rows: parsed.value.rows, status: 'published' });

    // And with its graph: an editor then takes Lise Meitner from the letter (the link stays applied).
    const graph = parseImportJson(graphDay, { fileName: '11-07.json' });
    if (!graph.ok) throw new Error(graph.error);
    importRows({ rows: graph.value.rows, status: 'published' });
    changeEvent(titleId(source.sqlite, FISSION_LETTER), {
      people: [],
      actorId: editor.id,
      now: new Date(NOW.getTime() + 120_000),
    });
    // Nothing in the CMS writes a tag's description yet; a file must carry it all the same.
    source.sqlite
      .prepare(`UPDATE tags SET description = ? WHERE slug = 'nuclear-fission'`)
      .run('How a heavy nucleus splits in two.');

    // And one in the trash.
    const trashed = setEventStatus(editor, {
      id: idOf(source.sqlite, ITALY),
      action: 'trash',
      now: NOW,
    });
    if (!trashed.ok) throw new Error(JSON.stringify(trashed));
  });
}

const WHOLE: ExportFilter = { ...EMPTY_EXPORT_FILTER, includeTrashed: true };
const META = { exportedAt: NOW, site: { name: 'Test', url: null } };
const exportOf = (h: Handle, f: ExportFilter = WHOLE) =>
  using(h, () => exportAlmanacIn(h.sqlite, f, META));
/** The file as the exporter writes it, byte for byte. */
const exportText = (h: Handle) =>
  using(h, () => [...almanacExportChunksIn(h.sqlite, WHOLE, META).chunks].join(''));

function fileFrom(doc: AlmanacFile, name = 'export.json'): ParsedImportFile[] {
  const parsed = parseImportFile(JSON.stringify(doc), { fileName: name });
  if (!parsed.ok) throw new Error(parsed.error);
  return [parsed.value];
}

/** Everything an Almanac holds, keyed by slugs instead of ids (which differ between databases). */
function dump(sqlite: Database.Database) {
  const all = (sql: string) => sqlite.prepare(sql).all();
  const stripIds = (snapshot: Record<string, unknown>) => {
    const s = JSON.parse(JSON.stringify(snapshot)) as Record<string, unknown>;
    for (const key of ['id', 'categoryId', 'version', 'createdBy', 'updatedBy']) delete s[key];
    const strip = (list: unknown, keys: string[]) =>
      ((list as Record<string, unknown>[] | undefined) ?? []).map((item) => {
        const copy = { ...item };
        for (const k of keys) delete copy[k];
        return copy;
      });
    s.category = strip([s.category], ['id'])[0];
    s.tags = strip(s.tags, ['id']);
    s.people = strip(s.people, ['id']);
    s.links = strip(s.links, ['eventId']).sort((a, b) =>
      JSON.stringify(a).localeCompare(JSON.stringify(b)),
    );
    return s;
  };
  const latest = sqlite
    .prepare(
      `SELECT e.id, e.slug, r.snapshot FROM revisions r JOIN events e ON e.id = r.event_id
       WHERE r.version = (SELECT max(version) FROM revisions WHERE event_id = r.event_id) ORDER BY e.slug`,
    )
    .all() as { id: number; slug: string; snapshot: string | null }[];
  return {
    categories: all(
      `SELECT slug, name, description, color, position, created_at, updated_at FROM categories ORDER BY slug`,
    ),
    tags: all(
      `SELECT slug, name, kind, description, reference_url, created_at FROM tags ORDER BY slug`,
    ),
    people: all(
      `SELECT slug, name, description, birth_year, birth_month, birth_day, death_year, death_month, death_day,
         reference_url, created_at, updated_at FROM people ORDER BY slug`,
    ),
    events: all(
      `SELECT e.slug, e.kind, e.title, e.summary, e.key_points, e.body, e.fun_fact, e.further_reading, e.year, e.month,
         e.day, e.precision, e.circa, e.calendar, e.end_year, e.end_month, e.end_day, e.end_precision, e.location,
         e.latitude, e.longitude, c.slug AS category, e.image_url, e.image_alt, e.image_credit, e.featured, e.selectable, e.status,
         e.publish_at, e.published_at, e.deleted_at, e.source, e.source_url, e.license, e.external_id,
         e.content_hash, e.updated_by IS NOT NULL AS edited, e.created_at, e.updated_at
       FROM events e JOIN categories c ON c.id = e.category_id ORDER BY e.slug`,
    ),
    eventTags: all(
      `SELECT e.slug, t.slug AS tag FROM event_tags et JOIN events e ON e.id = et.event_id JOIN tags t ON t.id = et.tag_id
       ORDER BY e.slug, t.slug`,
    ),
    eventPeople: all(
      `SELECT e.slug, p.slug AS person, ep.role FROM event_people ep JOIN events e ON e.id = ep.event_id
       JOIN people p ON p.id = ep.person_id ORDER BY e.slug, ep.position, p.slug`,
    ),
    articles: all(
      `SELECT e.slug, a.position, a.url, a.title, a.anchor, a.applied FROM event_articles a
       JOIN events e ON e.id = a.event_id ORDER BY e.slug, a.position`,
    ),
    // Through the record: an import keeps Wikipedia references as the event's articles (issue 12).
    references: (
      sqlite.prepare(`SELECT id, slug FROM events ORDER BY slug`).all() as {
        id: number;
        slug: string;
      }[]
    ).flatMap((e) =>
      (loadEvent(e.id, sqlite)?.references ?? []).map((r) => ({
        slug: e.slug,
        url: r.url,
        title: r.title,
        publisher: r.publisher,
        accessed_at: r.accessedAt,
      })),
    ),
    links: all(
      `SELECT f.slug AS from_slug, t.slug AS to_slug, l.type FROM event_links l JOIN events f ON f.id = l.from_event_id
       JOIN events t ON t.id = l.to_event_id ORDER BY f.slug, t.slug, l.type`,
    ),
    formerSlugs: all(
      `SELECT e.slug, s.slug AS former FROM event_slugs s JOIN events e ON e.id = s.event_id ORDER BY e.slug, s.slug`,
    ),
    searchIndex: all(
      `SELECT e.slug FROM events_fts f JOIN events e ON e.id = f.rowid ORDER BY e.slug`,
    ),
    latestRevisions: latest.map((r) => ({
      slug: r.slug,
      // An import's revision may be live (no snapshot: the event as it stands).
      snapshot: stripIds(
        readSnapshot(
          revisionSnapshotOf(r.snapshot === null ? null : JSON.parse(r.snapshot), r.id, sqlite),
        ) as Record<string, unknown>,
      ),
    })),
    /** Each event's current state as a revision would take it now. */
    currentStates: (
      sqlite.prepare(`SELECT id, slug FROM events ORDER BY slug`).all() as {
        id: number;
        slug: string;
      }[]
    ).map((e) => ({
      slug: e.slug,
      snapshot: stripIds(loadEvent(e.id, sqlite) as Record<string, unknown>),
    })),
  };
}

describe('Almanac export and import', () => {
  const source = (): Handle => getDbHandle();
  let destination: Handle;
  let destAdmin: SessionUser;
  let exported: AlmanacFile;

  beforeAll(() => {
    buildSource(source());
    exported = exportOf(source());
    destination = emptyDatabase('destination');
    destAdmin = makeUser(destination.sqlite, 'Importing Admin', 'admin');
  });

  it('writes a file the Almanac schema accepts, with every event, category, tag and person', () => {
    const checked = almanacFileSchema.safeParse(JSON.parse(JSON.stringify(exported)));
    expect(
      checked.success,
      checked.success ? '' : JSON.stringify(checked.error.issues.slice(0, 3)),
    ).toBe(true);
    const count = (sql: string) => source().sqlite.prepare(sql).pluck().get() as number;
    expect(exported.events).toHaveLength(count('SELECT count(*) FROM events'));
    expect(exported.categories).toHaveLength(count('SELECT count(*) FROM categories'));
    expect(exported.tags).toHaveLength(count('SELECT count(*) FROM tags'));
    expect(exported.people).toHaveLength(count('SELECT count(*) FROM people'));

    const treaty = exported.events.find((e) => e.slug === 'treaty-of-everything-day');
    expect(treaty).toMatchObject({
      formerSlugs: ['treaty-of-everything'],
      kind: 'observance',
      category: 'holidays-observances',
      selectable: false,
      edited: true,
      tags: ['antiquity', 'treaties'],
      people: [
        { slug: 'ramsay-macdonald', role: 'Witness' },
        { slug: 'gaius-example', role: 'Signatory' },
      ],
      references: [
        { url: 'https://example.org/a', accessedAt: '2026-02-01', publisher: 'Example Press' },
      ],
    });
    expect(treaty?.links).toHaveLength(3);
    // Everything else may be chosen for its day's selected list, as every event is by default.
    expect(exported.events.filter((e) => !e.selectable).map((e) => e.slug)).toEqual([
      'treaty-of-everything-day',
    ]);
    expect(exported.events.filter((e) => e.deletedAt !== null)).toHaveLength(1);
    expect(exported.events.filter((e) => e.externalId?.startsWith('muffinlabs:'))).toHaveLength(
      count(`SELECT count(*) FROM events WHERE external_id LIKE 'muffinlabs:%'`),
    );
    // Events written in Almanac have no source links; the file says so rather than leaving them out.
    expect(treaty?.articles).toEqual([]);
  });

  it('imports into an empty database with identical content, links, people, tags, references and revisions', () => {
    const files = fileFrom(exported);
    const preview = using(destination, () => previewImportFiles(files, { actorId: destAdmin.id }));
    expect(preview).toMatchObject({
      imported: exported.events.length,
      updated: 0,
      unchanged: 0,
      skipped: [],
    });
    expect(preview.taxonomy.categories.created).toBe(exported.categories.length);

    const result = using(destination, () =>
      importFiles(files, { status: 'draft', actorId: destAdmin.id, batchSize: 7 }),
    );
    expect(result).toMatchObject({
      imported: exported.events.length,
      updated: 0,
      unchanged: 0,
      skipped: [],
    });
    expect(result.warnings).toEqual([]);

    const before = dump(source().sqlite);
    const after = dump(destination.sqlite);
    for (const key of Object.keys(before) as (keyof typeof before)[]) {
      if (key === 'latestRevisions') continue;
      expect(after[key], key).toEqual(before[key]);
    }
    // Each imported event's current revision is its state as imported, which is the source's current state.
    expect(after.latestRevisions).toEqual(after.currentStates);
    expect(after.latestRevisions).toEqual(before.currentStates);
    // One revision per event, by the importing admin.
    expect(
      destination.sqlite
        .prepare(
          `SELECT count(*), count(DISTINCT event_id), min(author_id), max(author_id) FROM revisions`,
        )
        .raw()
        .get(),
    ).toEqual([exported.events.length, exported.events.length, destAdmin.id, destAdmin.id]);
    // The export of the new database is the same file, byte for byte.
    expect(exportOf(destination)).toEqual(exported);
    expect(exportText(destination)).toBe(exportText(source()));
  });

  it('carries the knowledge graph: each entry’s source links as shown, and its people and topics', () => {
    const letter = exported.events.find((e) => e.title === FISSION_LETTER);
    const wiki = (title: string) => `https://en.wikipedia.org/wiki/${title.replace(/ /g, '_')}`;
    // The editor took Lise Meitner away: her link stays applied, so no import links her again.
    expect(letter).toMatchObject({
      edited: true,
      people: [],
      tags: ['nuclear-fission'],
      articles: [
        { url: wiki('Lise Meitner'), title: 'Lise Meitner', anchor: 'Lise Meitner', applied: true },
        {
          url: wiki('Otto Robert Frisch'),
          title: 'Otto Robert Frisch',
          anchor: 'her nephew',
          applied: false,
        },
        {
          url: wiki('Nuclear fission'),
          title: 'Nuclear fission',
          anchor: 'nuclear fission',
          applied: true,
        },
      ],
    });
    expect(exported.events.find((e) => e.title === MUSEUM)).toMatchObject({
      people: [{ slug: 'lise-meitner', role: '' }],
      tags: ['london'],
    });
    expect(exported.tags.filter((t) => t.referenceUrl !== null)).toEqual([
      {
        slug: 'london',
        name: 'London',
        kind: 'tag',
        description: '',
        referenceUrl: wiki('London'),
        createdAt: expect.any(String),
      },
      {
        slug: 'nuclear-fission',
        name: 'Nuclear fission',
        kind: 'topic',
        description: 'How a heavy nucleus splits in two.',
        referenceUrl: wiki('Nuclear fission'),
        createdAt: expect.any(String),
      },
    ]);

    // What readers and editors see of it is the same on the new site.
    const graphView = (h: Handle) =>
      using(h, () =>
        [FISSION_LETTER, MUSEUM].map((title) => ({
          inline: listInlineLinks(titleId(h.sqlite, title)),
          source: listSourceLinks(titleId(h.sqlite, title)),
        })),
      );
    const seen = graphView(destination);
    expect(seen).toEqual(graphView(source()));
    expect(seen[1]?.inline).toEqual([
      { anchor: 'London', href: '/tags/london' },
      { anchor: 'Lise Meitner', href: '/people/lise-meitner' },
    ]);
    expect(seen[0]?.source.map((l) => l.target)).toEqual([
      { kind: 'person', name: 'Lise Meitner', linked: false },
      null,
      { kind: 'topic', name: 'Nuclear fission', linked: true },
    ]);
  });

  it('changes nothing when the same file is imported again', () => {
    const before = dump(destination.sqlite);
    const revisions = destination.sqlite.prepare(`SELECT count(*) FROM revisions`).pluck().get();
    const again = using(destination, () =>
      importFiles(fileFrom(exported), { status: 'draft', actorId: destAdmin.id }),
    );
    expect(again).toMatchObject({
      imported: 0,
      updated: 0,
      unchanged: exported.events.length,
      skipped: [],
    });
    expect(dump(destination.sqlite)).toEqual(before);
    expect(destination.sqlite.prepare(`SELECT count(*) FROM revisions`).pluck().get()).toBe(
      revisions,
    );
    const audit = destination.sqlite
      .prepare(
        `SELECT user_id, details FROM audit_log WHERE action = 'import.run' ORDER BY id DESC LIMIT 1`,
      )
      .get() as { user_id: number; details: string };
    expect(audit.user_id).toBe(destAdmin.id);
    expect(JSON.parse(audit.details)).toMatchObject({
      imported: 0,
      unchanged: exported.events.length,
    });
  });

  it('takes a newer version of an event, and leaves one changed here since alone', () => {
    const newer = structuredClone(exported);
    const target = newer.events.find((e) => e.slug === 'treaty-of-everything-day');
    const other = newer.events.find(
      (e) => e.externalId?.startsWith('muffinlabs:') && e.kind === 'birth',
    );
    if (!target || !other) throw new Error('fixture events missing');
    target.title = 'Treaty of Everything Day (revised)';
    target.tags = ['treaties'];
    target.links = target.links.filter((l) => l.type !== 'related');
    target.updatedAt = '2026-04-01T00:00:00.000Z';
    // Changed in the destination after the file's version: the file's change must not win.
    using(destination, () =>
      destination.sqlite
        .prepare(
          `UPDATE events SET summary = 'Changed here.', updated_at = ? WHERE external_id = ?`,
        )
        .run(Date.parse('2026-05-01T00:00:00Z'), other.externalId),
    );
    other.summary = 'Changed in the file.';
    other.updatedAt = '2026-04-01T00:00:00.000Z';

    const id = idOf(destination.sqlite, 'treaty-of-everything-day');
    const result = using(destination, () =>
      importFiles(fileFrom(newer), { status: 'draft', actorId: destAdmin.id }),
    );
    expect(result).toMatchObject({
      imported: 0,
      updated: 1,
      unchanged: exported.events.length - 2,
    });
    expect(result.skipped).toEqual([
      expect.objectContaining({
        code: 'edited-in-almanac',
        reason: expect.stringContaining('left as it is'),
      }),
    ]);
    const row = destination.sqlite
      .prepare(`SELECT title, version FROM events WHERE id = ?`)
      .get(id);
    expect(row).toEqual({ title: 'Treaty of Everything Day (revised)', version: 2 });
    const snapshot = JSON.parse(
      destination.sqlite
        .prepare(`SELECT snapshot FROM revisions WHERE event_id = ? AND version = 2`)
        .pluck()
        .get(id) as string,
    ).event as { tags: { slug: string }[]; links: unknown[] };
    expect(snapshot.tags.map((t) => t.slug)).toEqual(['treaties']);
    expect(snapshot.links).toHaveLength(2);
    expect(
      destination.sqlite
        .prepare(`SELECT summary FROM events WHERE external_id = ?`)
        .pluck()
        .get(other.externalId),
    ).toBe('Changed here.');
  });

  it('imports a filtered set: only its events, the categories, tags and people they use, and links to events already here', () => {
    const filtered = exportOf(source(), {
      ...EMPTY_EXPORT_FILTER,
      categories: ['holidays-observances'],
      statuses: ['published'],
      kinds: ['observance'],
    });
    const expected = source()
      .sqlite.prepare(
        `SELECT e.slug FROM events e JOIN categories c ON c.id = e.category_id
         WHERE c.slug = 'holidays-observances' AND e.status = 'published' AND e.kind = 'observance'
           AND e.deleted_at IS NULL ORDER BY e.id`,
      )
      .pluck()
      .all();
    expect(filtered.events.map((e) => e.slug)).toEqual(expected);
    expect(expected).toContain('treaty-of-everything-day');
    expect(filtered.categories.map((c) => c.slug)).toEqual(['holidays-observances']);
    expect(filtered.tags.map((t) => t.slug)).toEqual(
      expect.arrayContaining(['antiquity', 'treaties']),
    );
    expect(filtered.tags.length).toBeLessThan(exported.tags.length);
    expect(filtered.filters).toEqual({
      categories: ['holidays-observances'],
      statuses: ['published'],
      kinds: ['observance'],
    });

    const partial = emptyDatabase('partial');
    const result = using(partial, () =>
      importFiles(fileFrom(filtered), { status: 'draft', actorId: null }),
    );
    expect(result).toMatchObject({ imported: expected.length, skipped: [] });
    // The treaty's links point at events this database does not have: left out, and said so.
    const treatyWarnings = result.warnings.filter((w) => w.startsWith('treaty-of-everything-day:'));
    expect(treatyWarnings).toHaveLength(3);
    expect(treatyWarnings[0]).toMatch(/link to .* left out/);
    expect(
      partial.sqlite
        .prepare(
          `SELECT count(*) FROM event_links l JOIN events e ON e.id IN (l.from_event_id, l.to_event_id)
           WHERE e.slug = 'treaty-of-everything-day'`,
        )
        .pluck()
        .get(),
    ).toBe(0);
    // Without an acting user the import cannot mark the event as edited by someone.
    expect(
      partial.sqlite
        .prepare(`SELECT updated_by FROM events WHERE slug = 'treaty-of-everything-day'`)
        .pluck()
        .get(),
    ).toBeNull();
  });

  it('imports a published event without a summary as a draft, and says so', () => {
    const target = emptyDatabase('unpublishable');
    const base = exported.events.find((e) => e.slug === 'treaty-of-everything-day');
    if (!base) throw new Error('fixture event missing');
    const doc = {
      ...exported,
      events: [
        { ...base, slug: 'published-without-summary', summary: '', status: 'published', links: [] },
      ],
    };
    const first = using(target, () =>
      importFiles(fileFrom(doc as AlmanacFile, 'unpublishable.json'), {
        status: 'published',
        actorId: null,
      }),
    );
    expect(first.imported).toBe(1);
    expect(first.warnings).toContain(
      'published-without-summary: imported as a draft, not published: it needs a summary',
    );
    expect(
      target.sqlite
        .prepare(`SELECT status FROM events WHERE slug = 'published-without-summary'`)
        .pluck()
        .get(),
    ).toBe('draft');
    expect(
      target.sqlite
        .prepare(
          `SELECT count(*) FROM events_fts f JOIN events e ON e.id = f.rowid WHERE e.slug = 'published-without-summary'`,
        )
        .pluck()
        .get(),
    ).toBe(0);
    // Importing the same file again changes nothing.
    const second = using(target, () =>
      importFiles(fileFrom(doc as AlmanacFile, 'unpublishable.json'), {
        status: 'published',
        actorId: null,
      }),
    );
    expect(second).toMatchObject({ imported: 0, updated: 0, unchanged: 1 });
  });

  it('gives a new event whose slug is longer than the slug rule a shorter one; the old one redirects', () => {
    const target = emptyDatabase('long-slugs');
    const base = exported.events.find((e) => e.slug === 'treaty-of-everything-day');
    if (!base) throw new Error('fixture event missing');
    const longSlug = `${'a-slug-written-before-the-rule-'.repeat(3)}day`;
    expect(longSlug.length).toBeGreaterThan(80);
    const doc = { ...exported, events: [{ ...base, slug: longSlug, formerSlugs: [], links: [] }] };
    const first = using(target, () =>
      importFiles(fileFrom(doc as AlmanacFile, 'long.json'), { status: 'draft', actorId: null }),
    );
    expect(first.imported).toBe(1);
    const slug = target.sqlite.prepare(`SELECT slug FROM events`).pluck().get() as string;
    expect(isValidSlug(slug)).toBe(true);
    expect(longSlug.startsWith(slug.replace(/-\d+$/, ''))).toBe(true);
    expect(first.warnings).toContain(
      `${longSlug}: the slug does not follow the slug rule (at most 80 characters); imported as ${slug}, the old one redirects`,
    );
    expect(target.sqlite.prepare(`SELECT slug FROM event_slugs`).pluck().all()).toEqual([longSlug]);
    const second = using(target, () =>
      importFiles(fileFrom(doc as AlmanacFile, 'long.json'), { status: 'draft', actorId: null }),
    );
    expect(second).toMatchObject({ imported: 0, updated: 0, unchanged: 1 });
  });

  it('skips what it cannot import, with the reason', () => {
    const target = emptyDatabase('conflicts');
    // A muffinlabs import holds a slug that a hand-made event in the file also uses.
    using(target, () => {
      const parsed = parseImportJson(muffinlabsDay, { fileName: '03-14.json' });
      if (!parsed.ok) throw new Error(parsed.error);
      importRows({ rows: parsed.value.rows, status: 'published' });
    });
    const taken = target.sqlite
      .prepare(`SELECT slug FROM events WHERE kind = 'birth'`)
      .pluck()
      .get() as string;
    const base = exported.events.find((e) => e.slug === 'treaty-of-everything-day');
    if (!base) throw new Error('fixture event missing');
    const doc = {
      ...exported,
      events: [
        { ...base, slug: taken, formerSlugs: [], links: [] },
        { ...base, slug: 'no-such-category', category: 'nowhere', links: [] },
        {
          ...base,
          slug: 'unknown-person',
          people: [{ slug: 'nobody-at-all', role: '' }],
          links: [],
        },
        {
          ...base,
          slug: 'thirtieth-of-february',
          kind: 'event',
          year: 1900,
          month: 2,
          day: 30,
          links: [],
        },
      ],
    };
    const result = using(target, () =>
      importFiles(fileFrom(doc as AlmanacFile, 'bad.json'), { status: 'draft', actorId: null }),
    );
    expect(result.imported).toBe(0);
    expect(result.skipped.map((s) => [s.where.index, s.code])).toEqual([
      [3, 'malformed-entry'],
      [0, 'slug-taken'],
      [1, 'unknown-relation'],
      [2, 'unknown-relation'],
    ]);
    expect(result.skipped[0]?.reason).toMatch(/30 February does not exist/);
    expect(result.skipped[1]?.reason).toMatch(/belongs to .*from muffinlabs/);
    expect(result.skipped[2]?.reason).toMatch(/no category "nowhere"/);
    expect(result.skipped[3]?.reason).toMatch(/person "nobody-at-all"/);
  });

  /** The file as an Almanac before the knowledge graph wrote it: no source links, tags without kind, description or article. */
  function beforeGraph(doc: AlmanacFile): AlmanacFile {
    const old = structuredClone(doc) as unknown as {
      tags: Record<string, unknown>[];
      events: Record<string, unknown>[];
    };
    for (const t of old.tags)
      for (const key of ['kind', 'description', 'referenceUrl']) delete t[key];
    for (const e of old.events) delete e.articles;
    return old as unknown as AlmanacFile;
  }
  const later = (iso: string) => new Date(Date.parse(iso) + 60_000).toISOString();
  const articlesOf = (sqlite: Database.Database, title: string) =>
    sqlite
      .prepare(
        `SELECT position, url, title, anchor, applied FROM event_articles WHERE event_id = ? ORDER BY position`,
      )
      .all(titleId(sqlite, title));
  const siteWithGraph = (name: string) => {
    const site = emptyDatabase(name);
    const admin = makeUser(site.sqlite, 'Site Admin', 'admin');
    const first = using(site, () =>
      importFiles(fileFrom(exported), { status: 'draft', actorId: admin.id }),
    );
    expect(first).toMatchObject({ imported: exported.events.length, skipped: [] });
    return { site, admin };
  };

  it('reads a file from before the graph: its topics are plain tags, and an event here keeps its source links', () => {
    const old = beforeGraph(exported);
    const fresh = emptyDatabase('before-graph');
    const imported = using(fresh, () =>
      importFiles(fileFrom(old, 'old.json'), { status: 'draft', actorId: null }),
    );
    expect(imported).toMatchObject({ imported: exported.events.length, skipped: [] });
    expect(imported.warnings).toEqual([]);
    expect(fresh.sqlite.prepare(`SELECT count(*) FROM event_articles`).pluck().get()).toBe(0);
    expect(
      fresh.sqlite
        .prepare(
          `SELECT slug FROM tags WHERE kind <> 'tag' OR description <> '' OR reference_url IS NOT NULL`,
        )
        .all(),
    ).toEqual([]);
    expect(
      fresh.sqlite
        .prepare(
          `SELECT t.slug FROM event_tags et JOIN tags t ON t.id = et.tag_id WHERE et.event_id = ?`,
        )
        .pluck()
        .all(titleId(fresh.sqlite, FISSION_LETTER)),
    ).toEqual(['nuclear-fission']);

    // On a site that has the graph, the old file changes nothing…
    const { site, admin } = siteWithGraph('graph-site');
    const before = dump(site.sqlite);
    const again = using(site, () =>
      importFiles(fileFrom(old, 'old.json'), { status: 'draft', actorId: admin.id }),
    );
    expect(again).toMatchObject({
      imported: 0,
      updated: 0,
      unchanged: exported.events.length,
      skipped: [],
    });
    expect(again.taxonomy.tags).toEqual({ created: 0, updated: 0 });
    expect(dump(site.sqlite)).toEqual(before);

    // …and a newer version of an event in it leaves the event's source links as they are.
    const newer = structuredClone(old);
    const letter = newer.events.find((e) => e.title === FISSION_LETTER);
    if (!letter) throw new Error('fixture event missing');
    letter.summary = 'Told again, in other words.';
    letter.updatedAt = later(letter.updatedAt);
    const updated = using(site, () =>
      importFiles(fileFrom(newer, 'old.json'), { status: 'draft', actorId: admin.id }),
    );
    expect(updated).toMatchObject({ updated: 1, unchanged: exported.events.length - 1 });
    expect(
      site.sqlite
        .prepare(`SELECT summary FROM events WHERE id = ?`)
        .pluck()
        .get(titleId(site.sqlite, FISSION_LETTER)),
    ).toBe('Told again, in other words.');
    expect(dump(site.sqlite).articles).toEqual(before.articles);
  });

  it('replaces an event’s source links with those of a newer version in the file', () => {
    const { site, admin } = siteWithGraph('newer-links');
    const before = dump(site.sqlite);
    const newer = structuredClone(exported);
    const museum = newer.events.find((e) => e.title === MUSEUM);
    if (!museum?.articles?.[0]) throw new Error('fixture event missing');
    // Shown otherwise, and without the second link.
    museum.articles = [{ ...museum.articles[0], anchor: 'the capital' }];
    museum.updatedAt = later(museum.updatedAt);
    const result = using(site, () =>
      importFiles(fileFrom(newer), { status: 'draft', actorId: admin.id }),
    );
    expect(result).toMatchObject({ updated: 1, unchanged: exported.events.length - 1 });
    expect(articlesOf(site.sqlite, MUSEUM)).toEqual([
      {
        position: 0,
        url: 'https://en.wikipedia.org/wiki/London',
        title: 'London',
        anchor: 'the capital',
        applied: 1,
      },
    ]);
    expect(using(site, () => listInlineLinks(titleId(site.sqlite, MUSEUM)))).toEqual([
      { anchor: 'the capital', href: '/tags/london' },
    ]);
    const others = (rows: unknown[]) =>
      (rows as { slug: string }[]).filter((r) => r.slug !== museum.slug);
    expect(others(dump(site.sqlite).articles)).toEqual(others(before.articles));
  });

  it('gives a tag here the description and article it lacks, and keeps its name, kind and words', () => {
    const target = emptyDatabase('tags-here');
    target.sqlite
      .prepare(
        `INSERT INTO tags (slug, name, description) VALUES ('nuclear-fission', 'Fission', ''), ('london', 'London', 'Our city.')`,
      )
      .run();
    const files = fileFrom(exported);
    const preview = using(target, () => previewImportFiles(files, { actorId: null }));
    expect(preview.taxonomy.tags).toEqual({ created: exported.tags.length - 2, updated: 2 });
    using(target, () => importFiles(files, { status: 'draft', actorId: null }));
    expect(
      target.sqlite
        .prepare(
          `SELECT slug, name, kind, description, reference_url FROM tags WHERE slug IN ('london', 'nuclear-fission') ORDER BY slug`,
        )
        .all(),
    ).toEqual([
      {
        slug: 'london',
        name: 'London',
        kind: 'tag',
        description: 'Our city.',
        reference_url: 'https://en.wikipedia.org/wiki/London',
      },
      {
        slug: 'nuclear-fission',
        name: 'Fission',
        kind: 'tag',
        description: 'How a heavy nucleus splits in two.',
        reference_url: 'https://en.wikipedia.org/wiki/Nuclear_fission',
      },
    ]);
    // With their articles, the entries link them in their text.
    expect(using(target, () => listInlineLinks(titleId(target.sqlite, MUSEUM)))).toEqual([
      { anchor: 'London', href: '/tags/london' },
      { anchor: 'Lise Meitner', href: '/people/lise-meitner' },
    ]);
    const again = using(target, () => importFiles(files, { status: 'draft', actorId: null }));
    expect(again.taxonomy.tags).toEqual({ created: 0, updated: 0 });
  });
});
