import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDbHandle } from '@/db/client';
import { parseImportFile, type ParsedImportFile } from '@/lib/import';
import { createImportJob } from './import-jobs';
import { importFiles, type ImportSummary } from './import-run';

// A byabbe.se "On this day" dump in small (test/fixtures/byabbe): three days in January of events,
// births and deaths, the deaths of 16 January missing and the events of 17 January cut off in the
// middle of their fourth entry. Imported as the command line does: every file of the folder.
const FIXTURE = path.resolve('test/fixtures/byabbe');

function readFolder(): { files: ParsedImportFile[]; unreadable: string[] } {
  const names = fs
    .readdirSync(FIXTURE, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json'))
    .sort();
  const files: ParsedImportFile[] = [];
  const unreadable: string[] = [];
  for (const name of names) {
    const parsed = parseImportFile(fs.readFileSync(path.join(FIXTURE, name), 'utf8'), {
      fileName: name,
    });
    if (parsed.ok) files.push(parsed.value);
    else unreadable.push(parsed.error);
  }
  return { files, unreadable };
}

const sqlite = () => getDbHandle().sqlite;
const all = (sql: string, ...params: unknown[]) =>
  sqlite()
    .prepare(sql)
    .all(...params);

/** Every table's rows but the audit log's (each run adds its entry there). */
function snapshot(): Record<string, string[]> {
  const tables = sqlite()
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'audit_log' ORDER BY name`,
    )
    .pluck()
    .all() as string[];
  const rows = (t: string) =>
    all(`SELECT * FROM "${t}"`)
      .map((r) => JSON.stringify(r))
      .sort();
  return Object.fromEntries(tables.map((t) => [t, rows(t)]));
}

describe('importing a byabbe.se dump folder', () => {
  let first: ImportSummary;
  beforeAll(() => {
    const { files, unreadable } = readFolder();
    expect(unreadable).toEqual([]);
    first = importFiles(files, { status: 'published', actorId: null });
  });

  it('imports every whole entry, and says where the cut-off file stopped', () => {
    expect(first).toMatchObject({ imported: 23, updated: 0, unchanged: 0 });
    expect(
      first.skipped.map((s) => [s.where.file, s.where.section, s.where.index, s.code]),
    ).toEqual([['events/1/17.json', 'events', 3, 'cut-off']]);
    expect(first.files).toHaveLength(8);
    expect(first.files.every((f) => f.format === 'byabbe')).toBe(true);
  });

  it('stores each entry on the day its file names, with the year as written', () => {
    const rows = all(
      `SELECT kind, year, month, day, calendar, source, license, source_url AS sourceUrl
         FROM events WHERE source = 'byabbe' ORDER BY month, day, kind, year`,
    ) as { kind: string; year: number; day: number }[];
    expect(rows.filter((r) => r.kind === 'event').map((r) => [r.day, r.year])).toEqual([
      [15, 69],
      [15, 1759],
      [15, 1919],
      [15, 1975],
      [15, 2001],
      [16, -27],
      [16, 1920],
      [16, 2001],
      [17, -38],
      [17, 1781],
      [17, 1904],
    ]);
    expect(rows).toContainEqual({
      kind: 'event',
      year: -27,
      month: 1,
      day: 16,
      calendar: 'julian',
      source: 'byabbe',
      license: 'CC BY-SA 4.0',
      sourceUrl: 'https://en.wikipedia.org/wiki/January_16',
    });
    // No deaths on 16 January: the dump has no file for it.
    expect(rows.filter((r) => r.kind === 'death').map((r) => [r.day, r.year])).toEqual([
      [15, 69],
      [15, 1919],
      [17, 395],
      [17, 2008],
    ]);
    // The entry the cut went through is not there in part.
    expect(all(`SELECT id FROM events WHERE title LIKE 'Palomares%'`)).toEqual([]);
  });

  it('makes a person of each birth and death, with the years the entry gives', () => {
    expect(
      all(
        `SELECT p.name, p.birth_year AS born, p.death_year AS died, p.reference_url AS url
           FROM people p JOIN event_people ep ON ep.person_id = p.id JOIN events e ON e.id = ep.event_id
          WHERE e.kind IN ('birth', 'death') AND p.name IN ('Martin Luther King Jr.', 'Galba')
          ORDER BY p.name`,
      ),
    ).toEqual([
      { name: 'Galba', born: -3, died: 69, url: 'https://en.wikipedia.org/wiki/Galba' },
      {
        name: 'Martin Luther King Jr.',
        born: 1929,
        died: 1968,
        url: 'https://en.wikipedia.org/wiki/Martin_Luther_King_Jr.',
      },
    ]);
  });

  it('changes nothing when the folder is imported again', () => {
    const before = snapshot();
    const again = importFiles(readFolder().files, { status: 'published', actorId: null });
    expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: 23 });
    expect(again.skipped.map((s) => s.code)).toEqual(['cut-off']);
    expect(snapshot()).toEqual(before);
  });
});

describe("the admin's upload of byabbe.se files", () => {
  it('previews each file as byabbe.se, a cut-off one with the entries before its cut', () => {
    const id = Number(
      sqlite()
        .prepare(
          `INSERT INTO users (email, name, password_hash, role) VALUES ('ada@example.org', 'Ada', 'x', 'admin')`,
        )
        .run().lastInsertRowid,
    );
    const admin = { id, email: 'ada@example.org', name: 'Ada', role: 'admin' as const };
    // A browser sends the file's name without its folders.
    const upload = (file: string) => ({
      name: path.basename(file),
      text: fs.readFileSync(path.join(FIXTURE, file), 'utf8'),
    });
    const result = createImportJob(admin, {
      files: [upload('births/1/16.json'), upload('events/1/17.json')],
      status: 'draft',
      category: 'general-history',
    });
    if (!result.ok) throw new Error(result.error);
    expect(result.job.files.map((f) => [f.name, f.format, f.entries])).toEqual([
      ['16.json', 'byabbe', 2],
      ['17.json', 'byabbe', 4],
    ]);
    expect(result.job.preview.skipped.map((s) => [s.where.file, s.code])).toEqual([
      ['17.json', 'cut-off'],
    ]);
  });
});
