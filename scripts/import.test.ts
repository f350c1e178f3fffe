import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// `npm run import` as a person (or a script) runs it: what it prints and the exit status it ends
// with, against a database of its own. Each run costs about 1.5 s of CPU (tsx, migrations).

const FIXTURE = path.resolve('test/fixtures/byabbe');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'almanac-import-cli-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let runs = 0;
function runImport(args: string[], database = path.join(dir, `run-${++runs}.db`)) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_PATH: database };
  const result = spawnSync(
    path.resolve('node_modules/.bin/tsx'),
    ['--conditions=react-server', 'scripts/import.ts', ...args],
    { env, encoding: 'utf8' },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function writeFile(name: string, content: unknown): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

describe('npm run import -- <folder> of a byabbe.se dump', () => {
  // The dump, and a file in it that is none of Almanac's formats.
  const dump = path.join(dir, 'dump');
  fs.cpSync(FIXTURE, dump, { recursive: true });
  const stray = writeFile('dump/notes.json', { note: 'fetched 2024', days: 3 });
  const database = path.join(dir, 'dump.db');

  it('finds the day files in the subfolders, imports what it can read, and exits 2', () => {
    const run = runImport([dump], database);
    expect(run.stdout).toContain('Reading 9 files…');
    expect(run.stdout).toContain(
      'Note: deaths: files for 2 of 366 days (15 January to 17 January); no file for 16 January.',
    );
    expect(run.stdout).toContain('Read 8 files (8 byabbe): 24 entries, 1 unusable.');
    expect(run.stdout).toContain(
      'Imported 23, updated 0, merged 0, unchanged 0, skipped 1 (of 24 entries)',
    );
    expect(run.stdout).toContain(
      `${path.join(dump, 'events/1/17.json')}  events #3  year -  the file is cut off here`,
    );
    expect(run.stderr).toContain(
      `1 file could not be read and was left out:\n  ${stray}: unknown format: the file is a JSON object with the keys "note" (text), "days" (a number).`,
    );
    expect(run.stderr).toContain(
      `1 file is cut off: the entries before each cut were read, the rest of the file is missing:\n  ${path.join(dump, 'events/1/17.json')}`,
    );
    expect(run.status).toBe(2);
  });

  it('changes nothing the second time', () => {
    const run = runImport([dump], database);
    expect(run.stdout).toContain(
      'Imported 0, updated 0, merged 0, unchanged 23, skipped 1 (of 24 entries)',
    );
    expect(run.status).toBe(2);
  });
});

describe('npm run import -- <one file>', () => {
  const day = path.join(FIXTURE, 'events/1/15.json');

  it('reads a byabbe.se file with --date for its day, and exits 0', () => {
    const run = runImport([day, '--date', '01-15']);
    expect(run.stdout).toContain('Read 1 file (1 byabbe): 5 entries, 0 unusable.');
    expect(run.stdout).toContain(
      'Imported 5, updated 0, merged 0, unchanged 0, skipped 0 (of 5 entries)',
    );
    expect(run.stdout).not.toContain('Note:');
    expect(run.status).toBe(0);
  });

  it('refuses a --date that contradicts the file, and exits 1', () => {
    const run = runImport([day, '--date', '10-30']);
    expect(run.stderr).toContain(
      `[import] ${day}: the file is about 15 January, but --date says 30 October`,
    );
    expect(run.stderr).toContain('[import] Nothing imported: the file could not be read.');
    expect(run.status).toBe(1);
  });

  it('exits 1 when every entry is skipped', () => {
    // A real line of muffinlabs' 24 January: a year and no text.
    const file = writeFile('01-24.json', {
      date: 'January 24',
      url: 'https://wikipedia.org/wiki/January_24',
      data: {
        Births: [
          {
            year: '1988 –',
            text: null,
            html: '1988 – - <a href="https://wikipedia.org/wiki/1988" title="1988">1988</a> –',
            no_year_html: '<a href="https://wikipedia.org/wiki/1988" title="1988">1988</a> –',
            links: [{ title: '1988', link: 'https://wikipedia.org/wiki/1988' }],
          },
        ],
      },
    });
    const run = runImport([file]);
    expect(run.stdout).toContain(
      'Imported 0, updated 0, merged 0, unchanged 0, skipped 1 (of 1 entry)',
    );
    expect(run.stderr).toContain(
      'Nothing was imported: its one entry was skipped (the reasons are listed above).',
    );
    expect(run.status).toBe(1);
  });

  it('refuses an empty folder, and exits 1', () => {
    const empty = path.join(dir, 'empty');
    fs.mkdirSync(path.join(empty, 'events'), { recursive: true });
    const run = runImport([empty]);
    expect(run.stderr).toContain(`${empty}: no .json files in the directory or its subfolders`);
    expect(run.status).toBe(1);
  });
});

// Two corpora of one day, from ../shared/data (a clone without it skips this).
const dataDir = path.resolve('../shared/data');
describe.skipIf(!fs.existsSync(dataDir))('npm run import -- --dry-run <a second corpus>', () => {
  const database = path.join(dir, 'two-corpora.db');
  const day = path.join(dir, 'muffinlabs');
  fs.mkdirSync(day, { recursive: true });
  fs.copyFileSync(path.join(dataDir, 'muffinlabs/10-30.json'), path.join(day, '10-30.json'));
  const response = path.join(dataDir, 'wikimedia/onthisday-all-10-30.json');

  it('reports what would merge, with counts and examples, and writes nothing', () => {
    expect(runImport([day], database).status).toBe(0);
    const size = fs.statSync(database).size;
    const dry = runImport(['--dry-run', response], database);
    expect(dry.stdout).toContain(
      'Would have imported 29, updated 0, merged 361, unchanged 0, skipped 5 (of 395 entries)',
    );
    expect(dry.stdout).toContain(
      'Would merge 361 entries into events another corpus already tells',
    );
    expect(dry.stdout).toMatch(/by what matched: .*the same person born or dead that day: 324/);
    expect(dry.stdout).toMatch(
      /from wikimedia: “Cold War: U\.S\. President Dwight D\. Eisenhower[^\n]*\n\s+into “President Eisenhower approves/,
    );
    expect(dry.status).toBe(0);
    expect(fs.statSync(database).size).toBe(size);
    const real = runImport([response], database);
    expect(real.stdout).toContain('Imported 29, updated 0, merged 361, unchanged 0, skipped 5');
    expect(runImport([response], database).stdout).toContain(
      'Imported 0, updated 0, merged 0, unchanged 390, skipped 5',
    );
  });
});
