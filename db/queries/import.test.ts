import { beforeAll, describe, expect, it } from 'vitest';
import { getDbHandle } from '@/db/client';
import { parseImportJson, type ImportRow, type ParseResult } from '@/lib/import';
import { loadEvent, revisionSnapshotOf } from './event-store';
import { importRows, previewImport } from './import';

const link = (title: string) => ({
  title,
  link: `https://wikipedia.org/wiki/${title.replace(/ /g, '_')}`,
});
const anchor = (title: string) =>
  `<a href="https://wikipedia.org/wiki/${title.replace(/ /g, '_')}" title="${title}">${title}</a>`;

const february1 = {
  date: 'February 1',
  url: 'https://wikipedia.org/wiki/February_1',
  data: {
    Events: [
      {
        year: '481',
        text: 'Vandal king Huneric organises a conference between Catholic and Arian bishops at Carthage.[3]',
        html: '',
        no_year_html: '',
        links: [link('Vandals'), link('Huneric'), link('Carthage')],
      },
      {
        year: '1924',
        text: 'The United Kingdom recognizes the Soviet Union.',
        html: '',
        no_year_html: '',
        links: [link('Soviet Union')],
      },
      {
        year: 'Tokelau is annexed by the United Kingdom.',
        text: null,
        html: '',
        no_year_html: '',
        links: [],
      },
    ],
    Births: [
      {
        year: '1552',
        text: 'Edward Coke, English lawyer, judge, and politician (d. 1634)',
        html: '',
        no_year_html: `${anchor('Edward Coke')}, English lawyer, judge, and politician (d. 1634)`,
        links: [link('Edward Coke')],
      },
    ],
    Deaths: [],
  },
};

const september3 = {
  date: 'September 3',
  url: 'https://wikipedia.org/wiki/September_3',
  data: {
    Events: [],
    Births: [],
    Deaths: [
      {
        year: '1634',
        text: 'Edward Coke, English lawyer, judge, and politician (b. 1552)',
        html: '',
        no_year_html: `${anchor('Edward Coke')}, English lawyer, judge, and politician (b. 1552)`,
        links: [link('Edward Coke')],
      },
    ],
  },
};

function parse(json: unknown, options: Parameters<typeof parseImportJson>[1]): ParseResult {
  const result = parseImportJson(json, options);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

const sqlite = () => getDbHandle().sqlite;
const TABLES = [
  'events',
  'people',
  'event_people',
  'event_references',
  'revisions',
  'events_fts',
  'categories',
  'audit_log',
];
function tableCounts(): Record<string, number> {
  return Object.fromEntries(
    TABLES.map((t) => [t, sqlite().prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number]),
  );
}
function eventByExternalId(externalId: string) {
  return sqlite().prepare(`SELECT * FROM events WHERE external_id = ?`).get(externalId) as Record<
    string,
    unknown
  > & { id: number; slug: string; version: number };
}

describe('importRows', () => {
  const feb = parse(february1, { fileName: '02-01.json' });
  const sep = parse(september3, { fileName: '09-03.json' });
  const rows = [...feb.rows, ...sep.rows];
  const huneric = feb.rows.find((r) => r.year === 481) as ImportRow;

  it('previews without writing', () => {
    const before = tableCounts();
    const preview = previewImport(rows);
    expect(preview).toMatchObject({ imported: 4, updated: 0, unchanged: 0, skipped: [] });
    expect(preview.samples.imported.map((s) => s.title)).toContain('Edward Coke');
    expect(tableCounts()).toEqual(before);
  });

  it('imports new rows with everything that belongs to them', () => {
    expect(feb.skipped).toEqual([
      expect.objectContaining({
        code: 'null-text',
        where: { file: '02-01.json', section: 'Events', index: 2 },
      }),
    ]);
    const progress: number[] = [];
    const result = importRows({
      rows,
      status: 'published',
      onProgress: (p) => progress.push(p.processed),
    });
    expect(result).toEqual({ imported: 4, updated: 0, unchanged: 0, merged: 0, skipped: [] });
    expect(progress.at(-1)).toBe(4);

    const event = eventByExternalId(huneric.externalId);
    // The title cut at a word so that title and year fit the slug rule (80 characters), as the form.
    expect(event).toMatchObject({
      slug: 'vandal-king-huneric-organises-a-conference-between-catholic-and-arian-481',
      title:
        'Vandal king Huneric organises a conference between Catholic and Arian bishops at Carthage',
      summary: '',
      status: 'published',
      source: 'muffinlabs',
      source_url: 'https://en.wikipedia.org/wiki/February_1',
      license: 'CC BY-SA 3.0',
      version: 1,
      calendar: 'julian',
    });
    expect(event.published_at).toEqual(expect.any(Number));
    const category = sqlite()
      .prepare('SELECT slug FROM categories WHERE id = ?')
      .pluck()
      .get(event.category_id);
    expect(category).toBe('politics-government');
    // Kept once, as the event's articles (its first three, from Wikipedia), and read from there.
    expect(
      sqlite()
        .prepare('SELECT count(*) FROM event_references WHERE event_id = ?')
        .pluck()
        .get(event.id),
    ).toBe(0);
    expect(loadEvent(event.id)?.references).toEqual(
      [
        ['https://en.wikipedia.org/wiki/Vandals', 'Vandals'],
        ['https://en.wikipedia.org/wiki/Huneric', 'Huneric'],
        ['https://en.wikipedia.org/wiki/Carthage', 'Carthage'],
      ].map(([url, title], position) => ({
        url,
        title,
        publisher: 'Wikipedia',
        accessedAt: null,
        position,
      })),
    );
    expect(
      sqlite()
        .prepare('SELECT url FROM event_articles WHERE event_id = ? ORDER BY position')
        .pluck()
        .all(event.id),
    ).toEqual([
      'https://en.wikipedia.org/wiki/Vandals',
      'https://en.wikipedia.org/wiki/Huneric',
      'https://en.wikipedia.org/wiki/Carthage',
    ]);
    const revision = sqlite()
      .prepare('SELECT version, snapshot, author_id, note FROM revisions WHERE event_id = ?')
      .all(event.id) as {
      version: number;
      snapshot: string;
      author_id: number | null;
      note: string;
    }[];
    expect(revision).toHaveLength(1);
    expect(revision[0]).toMatchObject({
      version: 1,
      author_id: null,
      note: 'Imported from muffinlabs',
    });
    // Live: the event as it stands is the import's revision, so no second copy is stored.
    expect(revision[0]!.snapshot).toBeNull();
    const stored = revisionSnapshotOf(revision[0]!.snapshot, event.id) as {
      v: number;
      event: Record<string, unknown>;
    };
    expect(stored.v).toBe(1);
    const snapshot = stored.event;
    expect(snapshot).toMatchObject({
      id: event.id,
      slug: event.slug,
      title: huneric.title,
      category: { slug: 'politics-government' },
      tags: [],
      links: [],
    });
    expect((snapshot.references as unknown[]).length).toBe(3);
  });

  it('indexes published events for search', () => {
    const ids = sqlite()
      .prepare(`SELECT rowid FROM events_fts WHERE events_fts MATCH 'Huneric'`)
      .pluck()
      .all();
    expect(ids).toEqual([eventByExternalId(huneric.externalId).id]);
  });

  it('gives a person both the birth and the death of their entries, and links them', () => {
    const person = sqlite()
      .prepare(`SELECT * FROM people WHERE reference_url = ?`)
      .all('https://en.wikipedia.org/wiki/Edward_Coke');
    expect(person).toEqual([
      expect.objectContaining({
        name: 'Edward Coke',
        slug: 'edward-coke',
        description: 'English lawyer, judge, and politician',
        birth_year: 1552,
        birth_month: 2,
        birth_day: 1,
        death_year: 1634,
        death_month: 9,
        death_day: 3,
      }),
    ]);
    const roles = sqlite()
      .prepare(
        `SELECT e.kind, ep.role FROM event_people ep JOIN events e ON e.id = ep.event_id JOIN people p ON p.id = ep.person_id WHERE p.slug = 'edward-coke' ORDER BY e.kind`,
      )
      .all();
    expect(roles).toEqual([
      { kind: 'birth', role: 'subject' },
      { kind: 'death', role: 'subject' },
    ]);
    expect(eventByExternalId(feb.rows.find((r) => r.kind === 'birth')!.externalId)).toMatchObject({
      title: 'Edward Coke',
      slug: 'edward-coke-1552',
    });
  });

  it('changes nothing the second time', () => {
    const before = tableCounts();
    const eventsBefore = sqlite().prepare('SELECT * FROM events ORDER BY id').all();
    expect(importRows({ rows, status: 'published' })).toEqual({
      imported: 0,
      updated: 0,
      unchanged: 4,
      merged: 0,
      skipped: [],
    });
    expect(tableCounts()).toEqual(before);
    expect(sqlite().prepare('SELECT * FROM events ORDER BY id').all()).toEqual(eventsBefore);
  });

  it('updates a row whose content changed, keeping its slug, with a new version and revision', () => {
    const before = eventByExternalId(huneric.externalId);
    const edited = feb.rows.map((r) =>
      r === huneric ? { ...r, categorySlug: 'arts-culture' } : r,
    );
    expect(previewImport(edited)).toMatchObject({ imported: 0, updated: 1, unchanged: 2 });
    expect(importRows({ rows: edited, status: 'published' })).toEqual({
      imported: 0,
      updated: 1,
      unchanged: 2,
      merged: 0,
      skipped: [],
    });
    const after = eventByExternalId(huneric.externalId);
    expect(after).toMatchObject({ id: before.id, slug: before.slug, version: 2 });
    expect(after.updated_at).toBeGreaterThanOrEqual(before.updated_at as number);
    expect(
      sqlite().prepare('SELECT slug FROM categories WHERE id = ?').pluck().get(after.category_id),
    ).toBe('arts-culture');
    const revisions = sqlite()
      .prepare('SELECT version, note, snapshot FROM revisions WHERE event_id = ? ORDER BY version')
      .all(before.id) as {
      version: number;
      note: string;
      snapshot: string | null;
    }[];
    expect(revisions.map((r) => [r.version, r.note])).toEqual([
      [1, 'Imported from muffinlabs'],
      [2, 'Updated from muffinlabs'],
    ]);
    // The version the import changed keeps what it was; the new one is live (the event as it is).
    expect(JSON.parse(revisions[0]!.snapshot!).event).toMatchObject({
      id: before.id,
      version: 1,
      category: { slug: 'politics-government' },
    });
    expect(revisions[1]!.snapshot).toBeNull();
    expect(
      (revisionSnapshotOf(revisions[1]!.snapshot, before.id) as { event: object }).event,
    ).toMatchObject({
      id: before.id,
      version: 2,
      category: { slug: 'arts-culture' },
      circa: false,
      references: expect.any(Array),
    });
    expect(
      sqlite()
        .prepare(`SELECT rowid FROM events_fts WHERE events_fts MATCH 'Huneric'`)
        .pluck()
        .all(),
    ).toEqual([before.id]);
    // And back: the next run with the original rows is an update again, then nothing.
    expect(importRows({ rows, status: 'published' })).toMatchObject({ updated: 1, unchanged: 3 });
  });

  it('leaves an event a person edited since the import alone, and says so', () => {
    const event = eventByExternalId(huneric.externalId);
    const userId = Number(
      sqlite()
        .prepare(
          `INSERT INTO users (email, name, password_hash, role) VALUES ('ed@example.com', 'Ed', 'x', 'editor')`,
        )
        .run().lastInsertRowid,
    );
    sqlite()
      .prepare('UPDATE events SET updated_by = ?, title = ? WHERE id = ?')
      .run(userId, 'Huneric convenes the bishops', event.id);
    const changed = { ...huneric, summary: `${huneric.summary} (changed at the source)` };
    const result = importRows({ rows: [changed], status: 'published' });
    expect(result).toMatchObject({ imported: 0, updated: 0, unchanged: 0 });
    expect(result.skipped).toEqual([
      expect.objectContaining({
        code: 'edited-in-almanac',
        where: { file: '02-01.json', section: 'Events', index: 0 },
        rawYear: '481',
      }),
    ]);
    expect(eventByExternalId(huneric.externalId)).toMatchObject({
      title: 'Huneric convenes the bishops',
      version: 1 + 1 + 1,
    });
  });

  it('reports a row repeated within one import', () => {
    const result = importRows({ rows: [huneric, huneric], status: 'published' });
    expect(result.unchanged).toBe(1);
    expect(result.skipped).toEqual([expect.objectContaining({ code: 'duplicate-in-import' })]);
  });

  it('merges an entry another source already brought in, and imports drafts out of search', () => {
    const feed = {
      events: [
        { text: 'The United Kingdom recognises the Soviet Union.', year: 1924, pages: [] },
        { text: 'Huneric makes his draft debut.', year: 482, pages: [] },
      ],
      births: [
        {
          text: 'Edward Coke, English jurist (d. 1634)',
          year: 1552,
          pages: [{ title: 'Edward_Coke', normalizedtitle: 'Edward Coke' }],
        },
      ],
    };
    const wikimedia = parse(feed, { fileName: 'onthisday-02-01.json' });
    const result = importRows({ rows: wikimedia.rows, status: 'draft' });
    expect(result.imported).toBe(1);
    expect(result.merged).toBe(2);
    expect(result.skipped).toEqual([]);
    expect(
      sqlite()
        .prepare(
          `SELECT e.slug, es.source, es.text FROM event_sources es JOIN events e ON e.id = es.event_id ORDER BY es.id`,
        )
        .all(),
    ).toEqual([
      {
        slug: 'the-united-kingdom-recognizes-the-soviet-union-1924',
        source: 'wikimedia',
        text: 'The United Kingdom recognises the Soviet Union',
      },
      {
        slug: expect.stringMatching(/^edward-coke/),
        source: 'wikimedia',
        text: expect.stringMatching(/^Edward Coke/),
      },
    ]);
    const draft = eventByExternalId(wikimedia.rows[1]!.externalId);
    expect(draft).toMatchObject({
      status: 'draft',
      published_at: null,
      license: 'CC BY-SA 4.0',
      source: 'wikimedia',
    });
    expect(
      sqlite().prepare(`SELECT rowid FROM events_fts WHERE events_fts MATCH 'debut'`).pluck().all(),
    ).toEqual([]);
  });
});

describe('what publishing requires, when importing', () => {
  it('publishes a one-sentence entry without a summary: its title is its whole text', () => {
    const feb = parse(february1, { fileName: '02-01.json' });
    const base = feb.rows.find((r) => r.year === 481) as ImportRow;
    const row: ImportRow = {
      ...base,
      externalId: `${base.externalId}:no-summary`,
      title: 'Huneric calls a council of bishops to Carthage',
      summary: '',
    };
    const published = importRows({ rows: [row], status: 'published' });
    expect(published).toMatchObject({ imported: 1, skipped: [] });
    expect(eventByExternalId(row.externalId)).toMatchObject({ status: 'published', summary: '' });
  });
});

describe('an interrupted import', () => {
  // 2,001 rows: the first batch is fine, the second holds a row the database refuses.
  const rows: ImportRow[] = Array.from({ length: 2001 }, (_, i) => ({
    externalId: `test:01-02:event:${String(i).padStart(16, '0')}`,
    kind: 'event',
    title: `Synthetic event number ${i}`,
    summary: `Synthetic event number ${i}.`,
    year: 1000 + i,
    month: 1,
    day: 2,
    precision: 'day',
    circa: false,
    calendar: 'gregorian',
    source: 'muffinlabs',
    sourceUrl: 'https://en.wikipedia.org/wiki/January_2',
    license: 'CC BY-SA 3.0',
    categorySlug: 'general-history',
    featured: false,
    references: [
      { url: `https://example.org/${i}`, title: `Reference ${i}`, publisher: 'Wikipedia' },
    ],
    articles: [],
    people: [],
    where: { file: '01-02.json', section: 'Events', index: i, rawYear: String(1000 + i) },
  }));
  const countSynthetic = () =>
    sqlite()
      .prepare(`SELECT count(*) FROM events WHERE external_id LIKE 'test:%'`)
      .pluck()
      .get() as number;
  const countOrphans = () =>
    sqlite()
      .prepare(
        `SELECT (SELECT count(*) FROM revisions WHERE event_id NOT IN (SELECT id FROM events))
              + (SELECT count(*) FROM event_references WHERE event_id NOT IN (SELECT id FROM events))
              + (SELECT count(*) FROM events_fts WHERE rowid NOT IN (SELECT id FROM events))
              + (SELECT count(*) FROM events e WHERE e.external_id LIKE 'test:%' AND NOT EXISTS (SELECT 1 FROM revisions r WHERE r.event_id = e.id))`,
      )
      .pluck()
      .get() as number;

  beforeAll(() => {
    expect(countSynthetic()).toBe(0);
  });

  it('keeps whole batches only, and a rerun finishes the job', () => {
    const broken = rows.map((r, i) => (i === 2000 ? { ...r, month: 13 } : r));
    expect(() => importRows({ rows: broken, status: 'published' })).toThrow(/CHECK constraint/);
    expect(countSynthetic()).toBe(2000);
    expect(countOrphans()).toBe(0);

    expect(importRows({ rows, status: 'published' })).toEqual({
      imported: 1,
      updated: 0,
      unchanged: 2000,
      merged: 0,
      skipped: [],
    });
    expect(countSynthetic()).toBe(2001);
    expect(countOrphans()).toBe(0);
  });

  it('refuses rows naming a category that does not exist before writing anything', () => {
    const before = tableCounts();
    expect(() =>
      importRows({
        rows: [{ ...rows[0]!, externalId: 'test:new', categorySlug: 'no-such-category' }],
        status: 'published',
      }),
    ).toThrow(/unknown category: no-such-category/);
    expect(tableCounts()).toEqual(before);
  });
});

describe('a Wikimedia response’s selected entries and holidays', () => {
  const march5 = {
    date: 'March 5',
    url: 'https://wikipedia.org/wiki/March_5',
    data: {
      Events: [
        {
          year: '1946',
          text: 'Winston Churchill delivers his "Iron Curtain" speech at Westminster College in Fulton, Missouri.',
          html: '',
          no_year_html: '',
          links: [link('Winston Churchill'), link('Iron Curtain')],
        },
        {
          year: '1770',
          text: 'Boston Massacre: Five Americans, including Crispus Attucks, are fatally shot by British troops.',
          html: '',
          no_year_html: '',
          links: [link('Boston Massacre'), link('Crispus Attucks')],
        },
        {
          year: '1836',
          text: 'Samuel Colt patents the first production-model revolver, the .34-caliber.',
          html: '',
          no_year_html: '',
          links: [link('Samuel Colt')],
        },
      ],
      Births: [],
      Deaths: [],
    },
  };
  const page = (title: string) => ({
    title: title.replace(/ /g, '_'),
    normalizedtitle: title,
    content_urls: {
      desktop: { page: `https://en.wikipedia.org/wiki/${title.replace(/ /g, '_')}` },
    },
  });
  // Wikipedia's `selected` retells entries of `events` in its own words.
  const response = {
    selected: [
      {
        text: 'Winston Churchill declared that an "Iron Curtain" had descended across Europe, in a speech at Fulton, Missouri.',
        year: 1946,
        pages: [page('Winston Churchill'), page('Iron Curtain')],
      },
      {
        text: 'British soldiers killed five civilians in the Boston Massacre.',
        year: 1770,
        pages: [page('Boston Massacre')],
      },
    ],
    events: [
      {
        text: 'Winston Churchill delivers his "Iron Curtain" speech at Westminster College in Fulton, Missouri.',
        year: 1946,
        pages: [page('Winston Churchill'), page('Iron Curtain')],
      },
      {
        text: 'Boston Massacre: Five Americans, including Crispus Attucks, are fatally shot by British troops.',
        year: 1770,
        pages: [page('Boston Massacre'), page('Crispus Attucks')],
      },
    ],
    holidays: [
      { text: 'Day of the Sailor (Brazil)', pages: [page('Day of the Sailor')] },
      { text: 'Christian feast day:\nPiran', pages: [page('Piran')] },
    ],
  };
  const featuredOn = (month: number, day: number) =>
    sqlite()
      .prepare(
        `SELECT year, source, version FROM events WHERE month = ? AND day = ? AND featured = 1 AND kind = 'event' ORDER BY year`,
      )
      .all(month, day);

  it('features the event another source brought instead of losing the flag, once', () => {
    const muffin = parse(march5, { fileName: '03-05.json' });
    expect(importRows({ rows: muffin.rows, status: 'published' }).imported).toBe(3);
    const wikimedia = parse(response, { fileName: 'onthisday-03-05.json' });
    // Within the file, each selected entry is merged into the entry of `events` it retells.
    expect(wikimedia.rows.filter((r) => r.featured).map((r) => r.year)).toEqual([1946, 1770]);

    const result = importRows({ rows: wikimedia.rows, status: 'published' });
    expect(result).toMatchObject({ imported: 2, updated: 0, merged: 2 });
    expect(featuredOn(3, 5)).toEqual([
      { year: 1770, source: 'muffinlabs', version: 2 },
      { year: 1946, source: 'muffinlabs', version: 2 },
    ]);
    // One event each (no second copy from Wikimedia), with a revision that says why.
    expect(
      sqlite()
        .prepare(`SELECT count(*) FROM events WHERE month = 3 AND day = 5 AND kind = 'event'`)
        .pluck()
        .get(),
    ).toBe(3);
    const churchill = eventByExternalId(muffin.rows.find((r) => r.year === 1946)!.externalId);
    expect(
      sqlite()
        .prepare(`SELECT version, note FROM revisions WHERE event_id = ? ORDER BY version`)
        .all(churchill.id),
    ).toEqual([
      { version: 1, note: 'Imported from muffinlabs' },
      { version: 2, note: 'Featured: selected by wikimedia' },
    ]);

    // The holidays are observances of the day, without a year.
    expect(
      sqlite()
        .prepare(
          `SELECT e.title, e.year, e.precision, c.slug AS category FROM events e JOIN categories c ON c.id = e.category_id
           WHERE e.month = 3 AND e.day = 5 AND e.kind = 'observance' ORDER BY e.title`,
        )
        .all(),
    ).toEqual([
      {
        title: 'Christian feast day: Piran',
        year: null,
        precision: 'day',
        category: 'holidays-observances',
      },
      {
        title: 'Day of the Sailor (Brazil)',
        year: null,
        precision: 'day',
        category: 'holidays-observances',
      },
    ]);

    // Again: nothing changes.
    expect(importRows({ rows: wikimedia.rows, status: 'published' })).toMatchObject({
      imported: 0,
      updated: 0,
    });
    expect(featuredOn(3, 5)).toHaveLength(2);
  });

  it('leaves an event an editor has changed as the editor left it', () => {
    const on6 = {
      ...march5,
      date: 'March 6',
      url: 'https://wikipedia.org/wiki/March_6',
    };
    const muffin = parse(on6, { fileName: '03-06.json' });
    importRows({ rows: muffin.rows, status: 'published' });
    const editor = sqlite()
      .prepare(
        `INSERT INTO users (email, name, password_hash, role, created_at, updated_at) VALUES ('ed@example.org', 'Ed', 'x', 'editor', 0, 0)`,
      )
      .run().lastInsertRowid;
    const churchill = eventByExternalId(muffin.rows.find((r) => r.year === 1946)!.externalId);
    sqlite().prepare(`UPDATE events SET updated_by = ? WHERE id = ?`).run(editor, churchill.id);

    const result = importRows({
      rows: parse(response, { fileName: 'onthisday-03-06.json' }).rows,
      status: 'published',
    });
    // Both merged into muffinlabs' events; only the one nobody edited is featured.
    expect([result.updated, result.merged]).toEqual([0, 2]);
    expect(featuredOn(3, 6).map((e) => (e as { year: number }).year)).toEqual([1770]);
  });

  it('features the entry of another source imported in the same run', () => {
    const on7 = { ...march5, date: 'March 7', url: 'https://wikipedia.org/wiki/March_7' };
    const rows = [
      ...parse(on7, { fileName: '03-07.json' }).rows,
      ...parse(response, { fileName: 'onthisday-03-07.json' }).rows,
    ];
    const result = importRows({ rows, status: 'published' });
    expect(result.imported).toBe(5); // 3 muffinlabs events and 2 holidays
    expect(featuredOn(3, 7)).toEqual([
      { year: 1770, source: 'muffinlabs', version: 1 },
      { year: 1946, source: 'muffinlabs', version: 1 },
    ]);
    expect(importRows({ rows, status: 'published' })).toMatchObject({ imported: 0, updated: 0 });
  });
});
