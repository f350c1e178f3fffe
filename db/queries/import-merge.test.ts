import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDbHandle } from '@/db/client';
import { parseImportFile, type ParsedImportFile } from '@/lib/import';
import { getEventById } from './events';
import { importFiles, previewImportFiles, type ImportSummary } from './import-run';

// Two corpora of one day: muffinlabs' 30 October, then the Wikimedia response of the same day,
// which tells most of its events, births and deaths again, some in other words. Real files, from
// ../shared/data (a clone without them skips this).
const dataDir = path.resolve(process.cwd(), '../shared/data');
const hasData = fs.existsSync(dataDir);

function read(file: string): ParsedImportFile[] {
  const parsed = parseImportFile(fs.readFileSync(path.join(dataDir, file), 'utf8'), {
    fileName: path.basename(file),
  });
  if (!parsed.ok) throw new Error(parsed.error);
  return [parsed.value];
}

const sqlite = () => getDbHandle().sqlite;
const all = (sql: string, ...params: unknown[]) =>
  sqlite()
    .prepare(sql)
    .all(...params);
const count = (sql: string, ...params: unknown[]) =>
  Number(
    sqlite()
      .prepare(sql)
      .pluck()
      .get(...params),
  );

/** Every table's rows but the audit log's. */
function snapshot(): Record<string, string[]> {
  const tables = sqlite()
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'audit_log' ORDER BY name`,
    )
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.map((t) => [
      t,
      all(`SELECT * FROM "${t}"`)
        .map((r) => JSON.stringify(r))
        .sort(),
    ]),
  );
}

const eventOf = (kind: string, year: number, titleStart: string) =>
  all(
    `SELECT id, title, source FROM events WHERE month = 10 AND day = 30 AND kind = ? AND year = ? AND title LIKE ?`,
    kind,
    year,
    `${titleStart}%`,
  ) as { id: number; title: string; source: string }[];

describe.skipIf(!hasData)('importing a second corpus of the same day', () => {
  const muffinlabs = hasData ? read('muffinlabs/10-30.json') : [];
  const wikimedia = hasData ? read('wikimedia/onthisday-all-10-30.json') : [];
  let preview: ReturnType<typeof previewImportFiles>;
  let second: ImportSummary;
  let beforeDryRun: Record<string, string[]>;
  let afterDryRun: Record<string, string[]>;

  beforeAll(() => {
    importFiles(muffinlabs, { status: 'published', actorId: null });
    beforeDryRun = snapshot();
    preview = previewImportFiles(wikimedia, { actorId: null });
    afterDryRun = snapshot();
    second = importFiles(wikimedia, { status: 'published', actorId: null });
  });

  it('a dry run writes nothing and reports what would merge, by rule, with examples', () => {
    expect(afterDryRun).toEqual(beforeDryRun);
    expect(preview.merged).toBe(second.merged);
    expect(preview.imported).toBe(second.imported);
    expect(preview.mergedByRule['same person']).toBe(324);
    expect(preview.mergedByRule.soleCandidate).toBeGreaterThanOrEqual(2);
    const eisenhower = preview.mergeSamples.find((m) =>
      m.title.startsWith('Cold War: U.S. President'),
    );
    expect(eisenhower?.into.title).toMatch(/^President Eisenhower approves/);
    expect(eisenhower?.into.source).toBe('muffinlabs');
  });

  it('merges what muffinlabs already tells, and counts it', () => {
    expect(second.merged).toBe(361);
    expect(second.imported).toBe(29);
    expect(second.merged + second.imported + second.skipped.length).toBe(395);
    expect(count(`SELECT count(*) FROM event_sources`)).toBe(361);
    // one entry, one event: no event took two entries of one corpus
    expect(
      count(
        `SELECT count(*) FROM (SELECT event_id FROM event_sources GROUP BY event_id, source HAVING count(*) > 1)`,
      ),
    ).toBe(0);
  });

  it('keeps one event, with both sources, for an event told in other words', () => {
    const [nsc, ...more] = eventOf('event', 1953, 'President Eisenhower approves');
    expect(more).toEqual([]);
    expect(nsc?.source).toBe('muffinlabs');
    expect(eventOf('event', 1953, 'Cold War:')).toEqual([]);
    expect(
      all(
        `SELECT source, text, source_url, license FROM event_sources WHERE event_id = ?`,
        nsc!.id,
      ),
    ).toEqual([
      {
        source: 'wikimedia',
        text: expect.stringMatching(
          /^Cold War: U\.S\. President Dwight D\. Eisenhower formally approves/,
        ),
        source_url: 'https://en.wikipedia.org/wiki/October_30',
        license: 'CC BY-SA 4.0',
      },
    ]);
    // 1864: the Treaty of Vienna and the end of the Second Schleswig War are one event; Helena, Montana is another.
    const in1864 = all(
      `SELECT title FROM events WHERE month = 10 AND day = 30 AND kind = 'event' AND year = 1864 ORDER BY title`,
    );
    expect(in1864.map((e) => (e as { title: string }).title.slice(0, 20))).toEqual([
      'Helena, Montana is f',
      'The Treaty of Vienna',
    ]);
    // The event page credits both.
    const page = getEventById(nsc!.id);
    expect(page?.source).toBe('muffinlabs');
    expect(page?.alsoFrom).toEqual([
      {
        source: 'wikimedia',
        sourceUrl: 'https://en.wikipedia.org/wiki/October_30',
        license: 'CC BY-SA 4.0',
      },
    ]);
  });

  it('keeps one birth entry and one person when both corpora tell a birth', () => {
    const pound = eventOf('birth', 1885, 'Ezra Pound');
    expect(pound).toHaveLength(1);
    expect(
      count(
        `SELECT count(*) FROM event_sources WHERE event_id = ? AND source = 'wikimedia'`,
        pound[0]!.id,
      ),
    ).toBe(1);
    expect(count(`SELECT count(*) FROM people WHERE name = 'Ezra Pound'`)).toBe(1);
  });

  it('changes nothing when either corpus is imported again', () => {
    const before = snapshot();
    const again = importFiles(wikimedia, { status: 'published', actorId: null });
    expect([again.imported, again.updated, again.merged, again.unchanged]).toEqual([0, 0, 0, 390]);
    const first = importFiles(muffinlabs, { status: 'published', actorId: null });
    expect([first.imported, first.updated, first.merged]).toEqual([0, 0, 0]);
    expect(snapshot()).toEqual(before);
  });
});

// The same day in the byabbe.se shape (test/fixtures/merge-byabbe: real Wikimedia entries in that
// shape, see its README), on top of muffinlabs: a fresh database for each corpus order.
describe.skipIf(!hasData)('a byabbe.se-shaped dump on top of muffinlabs', () => {
  const folder = path.resolve('test/fixtures/merge-byabbe');
  const byabbe = ['events', 'births', 'deaths'].map((kind) => {
    const name = `${kind}/10/30.json`;
    const parsed = parseImportFile(fs.readFileSync(path.join(folder, name), 'utf8'), {
      fileName: name,
    });
    if (!parsed.ok) throw new Error(parsed.error);
    return parsed.value;
  });
  let summary: ImportSummary;

  beforeAll(() => {
    sqlite().exec(`DELETE FROM event_sources; DELETE FROM events; DELETE FROM people;`);
    importFiles(hasData ? read('muffinlabs/10-30.json') : [], {
      status: 'published',
      actorId: null,
    });
    summary = importFiles(byabbe, { status: 'published', actorId: null });
  });

  it('merges the entries muffinlabs tells, and imports the three it does not', () => {
    expect(summary.files.map((f) => f.format)).toEqual(['byabbe', 'byabbe', 'byabbe']);
    expect([summary.imported, summary.merged, summary.skipped.length]).toEqual([3, 12, 0]);
    expect(
      all(
        `SELECT e.source, e.title FROM events e WHERE e.source = 'byabbe' ORDER BY e.kind, e.year`,
      ).map((e) => (e as { title: string }).title.slice(0, 16)),
    ).toEqual(['Masanori Hikichi', 'Helena, Montana ', 'English model Je']);
    const sources = all(
      `SELECT e.source AS event_source, es.source, substr(es.text, 1, 24) AS text FROM event_sources es
       JOIN events e ON e.id = es.event_id WHERE e.kind = 'event' ORDER BY e.year`,
    );
    expect(sources).toContainEqual({
      event_source: 'muffinlabs',
      source: 'byabbe',
      text: 'Second Schleswig War end',
    });
    expect(count(`SELECT count(*) FROM people WHERE name = 'Ezra Pound'`)).toBe(1);
  });
});
