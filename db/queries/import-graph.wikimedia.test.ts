import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getDbHandle } from '@/db/client';
import { parseImportText } from '@/lib/import';
import { importRows } from './import';
import { listEventsForPerson } from './people';

// The Wikimedia response of 30 October imported on its own: the people its events name are
// people in Almanac although it has no birth or death of theirs, because their page summaries
// say so (lib/import/page-person.ts); articles that only span years stay articles.

const file = path.resolve(process.cwd(), '../shared/data/wikimedia/onthisday-all-10-30.json');

describe.skipIf(!fs.existsSync(file))('people named by a Wikimedia response', () => {
  it('links an event to the people its pages describe, and to nobody else', () => {
    const parsed = parseImportText(fs.readFileSync(file, 'utf8'), {
      fileName: path.basename(file),
    });
    if (!parsed.ok) throw new Error(parsed.error);
    importRows({ rows: parsed.value.rows, status: 'published' });
    const sqlite = getDbHandle().sqlite;
    const person = (name: string) =>
      sqlite
        .prepare<[string], { id: number; birth_year: number | null; death_year: number | null }>(
          `SELECT id, birth_year, death_year FROM people WHERE name = ?`,
        )
        .get(name);

    const margot = person('Margot Frank');
    expect(margot).toMatchObject({ birth_year: 1926, death_year: 1945 });
    expect(listEventsForPerson(margot!.id).map((e) => e.title)).toEqual([
      expect.stringContaining('Anne and Margot Frank are deported'),
    ]);
    for (const article of ['Rashidun Caliphate', 'Occupation of Constantinople', 'Lend-Lease'])
      expect(person(article), article).toBeUndefined();
  });
});
