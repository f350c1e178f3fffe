import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getDbHandle } from '@/db/client';
import { parseImportText, type ImportRow, type Skip } from '@/lib/import';
import { daysInMonth } from '@/lib/dates';
import { parseSearchParams } from '@/lib/search/search-params';
import { isValidSlug } from '@/lib/slugs';
import { createEventSchema, EVENT_LIMITS, validateEventForm } from '@/lib/validation/event';
import { getEventForEditorIn } from './event-editor';
import { importRows } from './import';
import { countPublicEvents, listLatestPublished } from './latest';
import { listSelectedForDay } from './selected';
import {
  countPeopleByInitial,
  countPeopleByPrefix,
  listEventsForPerson,
  listPeopleByInitial,
} from './people';
import { searchEvents, type SearchHit } from './search';
import { getYearNeighbours, listYearCounts } from './years';

// The real corpus lives beside the project (../shared/data), not in it: a fresh clone alone skips
// these tests; CI has the data and runs them.
const dataDir = path.resolve(process.cwd(), '../shared/data');
const hasData = fs.existsSync(dataDir);
if (!hasData) console.log(`skipping: ../shared/data not found (looked in ${dataDir})`);

function parseDirectory(dir: string): {
  rows: ImportRow[];
  skipped: Skip[];
  total: number;
  files: number;
} {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const rows: ImportRow[] = [];
  const skipped: Skip[] = [];
  let total = 0;
  for (const file of files) {
    const result = parseImportText(fs.readFileSync(path.join(dir, file), 'utf8'), {
      fileName: file,
    });
    if (!result.ok) throw new Error(result.error);
    rows.push(...result.value.rows);
    skipped.push(...result.value.skipped);
    total += result.value.total;
  }
  return { rows, skipped, total, files: files.length };
}

let muffinlabs: ReturnType<typeof parseDirectory> | undefined;
/** The muffinlabs corpus, parsed once for the tests below. */
const parsedMuffinlabs = () => (muffinlabs ??= parseDirectory(path.join(dataDir, 'muffinlabs')));

describe.skipIf(!hasData)('importing the real data in ../shared/data', () => {
  const count = (sql: string) => getDbHandle().sqlite.prepare(sql).pluck().get() as number;

  it('imports all of muffinlabs, then changes nothing on a second run', () => {
    const started = performance.now();
    const parsed = parsedMuffinlabs();
    expect(parsed.files).toBe(366);
    expect(parsed.total).toBe(132_934);
    // What no careful reader could import: one year field holding "1988 –" and nothing else. The
    // 171 lines of grouped entries repeated on their own are in those groups; 14 texts that sat in
    // the year field ("1993 –Eritrea gains …") and "before 160" are imported.
    const byCode = (code: Skip['code']) => parsed.skipped.filter((s) => s.code === code);
    expect(byCode('null-text').map((s) => s.rawYear)).toEqual(['1988 –']);
    expect(byCode('repeated-line')).toHaveLength(171);
    // The Haymarket defendants' own entries, after their heading's (11 November 1887), are in its group.
    expect(byCode('group-member')).toHaveLength(4);
    expect(byCode('unparseable-year')).toEqual([]);
    // 29 February's 41 year headings are read back as the 137 entries under them.
    expect(parsed.skipped.filter((s) => s.code === 'year-heading')).toHaveLength(41);
    expect(parsed.rows.filter((r) => r.month === 2 && r.day === 29)).toHaveLength(202);
    // What the texts say of their dates (lib/import/date-notes.ts): Julian after the reform (the
    // seven the issue names, Newton's "(OS)", the February Revolution, Sweden's 1700 and 1753),
    // circa, and the Swedish-calendar dates of 1700–1712 flagged for editors (2 said, 14 possible).
    const afterReform = (r: ImportRow) =>
      r.year !== null && (r.year > 1582 || (r.year === 1582 && r.month * 100 + r.day >= 1015));
    expect(parsed.rows.filter((r) => r.calendar === 'julian' && afterReform(r))).toHaveLength(11);
    expect(parsed.rows.filter((r) => r.circa)).toHaveLength(39);
    expect(parsed.rows.filter((r) => r.dateNote)).toHaveLength(16);

    const first = importRows({ rows: parsed.rows, status: 'published' });
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `muffinlabs: ${first.imported} imported in ${seconds.toFixed(1)} s (parse + import)`,
    );
    const skipped = parsed.skipped.length + first.skipped.length;
    // One entry is two: 11 September 2001's names Alice Stewart Trillin before the casualties' heading.
    expect(first.imported + skipped).toBe(132_934 + 1);
    expect(first.updated).toBe(0);
    expect(count('SELECT count(*) FROM events')).toBe(first.imported);
    expect(count('SELECT count(*) FROM revisions')).toBe(first.imported);
    expect(count('SELECT count(*) FROM events_fts')).toBe(first.imported);
    expect(count(`SELECT count(*) FROM events WHERE kind = 'birth'`)).toBeGreaterThan(79_000);
    expect(
      count(`SELECT count(*) FROM events WHERE month = 1 AND day = 1 AND kind = 'event'`),
    ).toBe(0);
    expect(
      count(`SELECT count(*) FROM events WHERE month = 2 AND day = 2 AND kind = 'death'`),
    ).toBe(0);
    expect(count(`SELECT count(*) FROM events WHERE summary GLOB '*\\[[0-9]*\\]*'`)).toBe(0);
    expect(count(`SELECT count(*) FROM events WHERE license IS NULL OR source IS NULL`)).toBe(0);
    expect(
      count(`SELECT count(*) FROM events_fts WHERE events_fts MATCH 'Huneric'`),
    ).toBeGreaterThan(0);

    const again = importRows({ rows: parsed.rows, status: 'published' });
    console.log(
      `muffinlabs again: ${again.unchanged} unchanged in ${((performance.now() - started) / 1000 - seconds).toFixed(1)} s`,
    );
    expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: first.imported });

    // Every imported slug follows the form's slug rule (8,236 did not: title and year past 80).
    const slugs = getDbHandle().sqlite.prepare(`SELECT slug FROM events`).pluck().all() as string[];
    expect(slugs.filter((slug) => !isValidSlug(slug))).toEqual([]);
    // And an event saves unchanged: those whose values go past today's limits (long summaries)
    // and a spread of the others.
    const ids = getDbHandle()
      .sqlite.prepare(
        `SELECT id FROM events WHERE length(summary) > ${EVENT_LIMITS.summary} OR id % 97 = 0`,
      )
      .pluck()
      .all() as number[];
    expect(ids.length).toBeGreaterThan(1000);
    const refused = ids.filter((id) => {
      const opened = getEventForEditorIn(getDbHandle().db, id);
      if (!opened) return true;
      return !validateEventForm(opened.values, createEventSchema({ stored: opened.values })).ok;
    });
    expect(refused).toEqual([]);
  });

  it('makes one person per life: no group heading is a person, no two lives are one', () => {
    // Every grouped entry is one event about its members (lib/import/groups.ts); none of its
    // headings ("The Day the Music Died", "Haymarket affair") is a person.
    const groups = `SELECT e.id, e.title FROM events e WHERE e.kind = 'death'
      AND (SELECT count(*) FROM event_people ep WHERE ep.event_id = e.id AND ep.role = 'subject') > 1`;
    expect(count(`SELECT count(*) FROM (${groups})`)).toBe(26);
    expect(
      count(`SELECT count(*) FROM people WHERE name IN (SELECT title FROM (${groups}))
        OR name IN ('The Day the Music Died', 'Haymarket affair')`),
    ).toBe(0);
    // People whose births and deaths cannot be one life (two births, a death before the birth, or
    // more than 122 years): before, 25, among them Henry the bishop (died 1156) with the Henry
    // born in 1448, and the brothers of one article (Lumière, Montgolfier, Wright…). What is left
    // is the source disagreeing with itself about one person: one article, one name.
    const conflicting = getDbHandle()
      .sqlite.prepare(
        `WITH s AS (SELECT ep.person_id AS id, e.kind, e.year, e.title FROM event_people ep
           JOIN events e ON e.id = ep.event_id WHERE ep.role = 'subject' AND e.kind IN ('birth', 'death'))
         SELECT p.name, (SELECT count(DISTINCT s.title) FROM s WHERE s.id = p.id AND s.title <> p.name) AS others
         FROM people p JOIN (SELECT id,
             min(CASE WHEN kind = 'birth' THEN year END) AS b1, max(CASE WHEN kind = 'birth' THEN year END) AS b2,
             min(CASE WHEN kind = 'death' THEN year END) AS d1, max(CASE WHEN kind = 'death' THEN year END) AS d2
           FROM s GROUP BY id) a ON a.id = p.id
         WHERE a.b1 <> a.b2 OR a.d1 <> a.d2 OR a.b1 > a.d2 OR a.d2 - a.b1 > 122`,
      )
      .all() as { name: string; others: number }[];
    expect(conflicting.length).toBeLessThanOrEqual(12);
    expect(conflicting.filter((c) => c.others > 0)).toEqual([]);
    const henrys = getDbHandle()
      .sqlite.prepare(
        `SELECT p.id FROM people p JOIN event_people ep ON ep.person_id = p.id AND ep.role = 'subject'
         JOIN events e ON e.id = ep.event_id WHERE p.name LIKE 'Henry%' AND e.month * 100 + e.day IN (120, 907)
           AND e.year IN (1156, 1448)`,
      )
      .pluck()
      .all();
    expect(new Set(henrys).size).toBe(2);
  });

  // Twenty famous people: each one's page lists every imported entry that links their article
  // (their birth, their death, and every event that names them), not only birth and death.
  const FAMOUS = [
    'Albert Einstein',
    'Franklin D. Roosevelt',
    'Napoleon',
    'Adolf Hitler',
    'Winston Churchill',
    'Abraham Lincoln',
    'Joseph Stalin',
    'John F. Kennedy',
    'George Washington',
    'Queen Victoria',
    'Martin Luther King Jr.',
    'Mahatma Gandhi',
    'Nelson Mandela',
    'Charles de Gaulle',
    'Elizabeth II',
    'William Shakespeare',
    'Elvis Presley',
    'Marie Curie',
    'Charles Darwin',
    'Henry VIII of England',
  ];

  it('links every entry that names a famous person to that person', () => {
    const parsed = parsedMuffinlabs();
    const sqlite = getDbHandle().sqlite;
    const idOf = sqlite.prepare<[string]>(`SELECT id FROM events WHERE external_id = ?`).pluck();
    const personOf = sqlite.prepare<[string], { id: number; name: string }>(
      `SELECT id, name FROM people WHERE reference_url = ?`,
    );
    const lines: string[] = [];
    for (const title of FAMOUS) {
      const url = `https://en.wikipedia.org/wiki/${title.replace(/ /g, '_')}`;
      const naming = parsed.rows
        .filter((r) => r.articles.some((a) => a.url === url))
        .map((r) => idOf.get(r.externalId) as number | undefined)
        .filter((id): id is number => id !== undefined)
        .sort((a, b) => a - b);
      const person = personOf.get(url);
      expect(person, title).toBeDefined();
      const listed = listEventsForPerson(person!.id)
        .map((e) => e.id)
        .sort((a, b) => a - b);
      expect(listed, title).toEqual(naming);
      lines.push(`${title} ${listed.length}`);
    }
    console.log(`people pages: ${lines.join(', ')}`);
    // Einstein's page: his birth, his death and the ten events that name him.
    expect(lines).toContain('Albert Einstein 12');
    // A group's heading is no person.
    expect(
      count(
        `SELECT count(*) FROM people WHERE name LIKE 'Space Shuttle %' OR name LIKE 'Casualties %'`,
      ),
    ).toBe(0);
  });

  it('imports the Wikimedia response, without repeating what muffinlabs brought', () => {
    const file = path.join(dataDir, 'wikimedia', 'onthisday-all-10-30.json');
    const parsed = parseImportText(fs.readFileSync(file, 'utf8'), {
      fileName: path.basename(file),
    });
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value).toMatchObject({ month: 10, day: 30, total: 395 });
    const result = importRows({ rows: parsed.value.rows, status: 'published' });
    console.log(`wikimedia: ${result.imported} imported, ${result.merged} merged`);
    // What muffinlabs tells already is merged into its events (one event, both sources; see
    // import-merge.test.ts). The 5 `selected` entries retell 5 of `events`, which muffinlabs
    // brought: those 5 events become featured, rather than the flags being lost with the duplicates.
    expect([result.imported, result.updated, result.merged]).toEqual([29, 0, 361]);
    expect(
      result.imported + result.merged + result.skipped.length + parsed.value.skipped.length,
    ).toBe(395);
    expect(
      count(
        `SELECT count(*) FROM events WHERE month = 10 AND day = 30 AND featured = 1 AND kind = 'event' AND source = 'muffinlabs'`,
      ),
    ).toBe(5);
    expect(result.imported).toBeGreaterThanOrEqual(17); // the holidays, which muffinlabs does not have
    expect(
      count(
        `SELECT count(*) FROM events WHERE source = 'wikimedia' AND kind = 'observance' AND year IS NULL`,
      ),
    ).toBe(17);
    expect(importRows({ rows: parsed.value.rows, status: 'published' })).toMatchObject({
      imported: 0,
      updated: 0,
      merged: 0,
    });
  });

  it('gives every day a selected list of 5 to 10 entries, mixing centuries, mostly events', () => {
    const started = performance.now();
    const lists = [];
    for (let month = 1; month <= 12; month++)
      for (let day = 1; day <= daysInMonth({ year: 2024, month, calendar: 'gregorian' }); day++)
        lists.push(listSelectedForDay({ month, day, year: 2026 }));
    console.log(
      `selected lists for 366 days: ${(performance.now() - started).toFixed(0)} ms; sizes ${[
        ...new Set(lists.map((l) => l.length)),
      ].join(', ')}`,
    );
    expect(lists.filter((l) => l.length >= 5 && l.length <= 10)).toHaveLength(366);
    // Every day but 1 January, for which muffinlabs has births and deaths only: 3 centuries or more,
    // at most 3 births and deaths.
    const mixed = lists.filter((list) => {
      const centuries = new Set(list.map((e) => Math.ceil(e.year! / 100)));
      return centuries.size >= 3 && list.filter((e) => e.kind !== 'event').length <= 3;
    });
    expect(mixed).toHaveLength(365);
    // 30 October's featured five (from the Wikimedia response) lead its list.
    const october30 = listSelectedForDay({ month: 10, day: 30, year: 2026 });
    expect(october30.slice(0, 5).every((e) => e.featured)).toBe(true);
  });

  it('serves the index pages over the imported corpus from their indexes', () => {
    const timed = <T>(label: string, run: () => T): T => {
      const t = performance.now();
      const out = run();
      console.log(`${label}: ${(performance.now() - t).toFixed(1)} ms`);
      return out;
    };
    // people.public_event_count, kept by triggers through the whole import, agrees with a recount.
    expect(
      count(`SELECT count(*) FROM people p WHERE p.public_event_count <> (
        SELECT count(*) FROM event_people ep CROSS JOIN events e ON e.id = ep.event_id
        WHERE ep.person_id = p.id AND e.status = 'published' AND e.deleted_at IS NULL)`),
    ).toBe(0);
    // categories.public_event_count, kept by its own triggers, agrees with a recount too.
    expect(
      count(`SELECT count(*) FROM categories c WHERE c.public_event_count <> (
        SELECT count(*) FROM events e
        WHERE e.category_id = c.id AND e.status = 'published' AND e.deleted_at IS NULL)`),
    ).toBe(0);
    const initials = timed('people per initial', () => countPeopleByInitial());
    expect(initials.reduce((n, i) => n + i.count, 0)).toBe(
      count(`SELECT count(*) FROM people WHERE public_event_count > 0`),
    );
    const j = initials.find((i) => i.initial === 'j')!.count;
    expect(j).toBeGreaterThan(10_000);
    const prefixes = timed('two-letter beginnings of J', () => countPeopleByPrefix('j'));
    expect(prefixes.map((p) => p.prefix)).toEqual(expect.arrayContaining(['ja', 'je', 'jo', 'ju']));
    const last = timed('last page of J', () =>
      listPeopleByInitial({ initial: 'j', limit: 100, offset: j - 100 }),
    );
    expect(last).toHaveLength(100);
    expect(last.every((p) => p.slug.startsWith('j'))).toBe(true);

    const years = timed('years with entries', () => listYearCounts());
    expect(years.reduce((n, y) => n + y.count, 0)).toBe(
      count(
        `SELECT count(*) FROM events WHERE status = 'published' AND deleted_at IS NULL AND year IS NOT NULL`,
      ),
    );
    const known = new Set(years.map((y) => y.year));
    const around = timed('neighbours of an empty year', () => getYearNeighbours({ year: -3000 }));
    expect(around.previous === null || known.has(around.previous)).toBe(true);
    expect(around.next !== null && known.has(around.next) && around.next > -3000).toBe(true);

    const total = timed('public entries', () => countPublicEvents());
    expect(total).toBe(
      count(`SELECT count(*) FROM events WHERE status = 'published' AND deleted_at IS NULL`),
    );
    const page = timed('last page of /events', () =>
      listLatestPublished({ limit: 50, offset: total - 50 }),
    );
    expect(page).toHaveLength(50);
  });

  it('answers what readers type over the imported corpus', () => {
    const titles = (q: string, extra: Record<string, string> = {}) =>
      searchEvents(parseSearchParams({ q, ...extra }).query).hits.map(
        (h) => `${h.year} ${h.title}`,
      );
    // Half-typed names find the person and what they did.
    expect(
      titles('mussol')
        .slice(0, 5)
        .every((t) => t.includes('Mussolini')),
    ).toBe(true);
    expect(titles('einst')).toContain('1879 Albert Einstein');
    // A whole word ranks above the longer words it begins, and a place is not buried under namesakes:
    // the topic Paris's events first (the next test checks the graph's targets).
    expect(titles('paris')[0]).toMatch(/^\d+ .*\bParis\b/);
    expect(
      titles('paris')
        .slice(0, 10)
        .some((t) => /Parish|Parise/.test(t)),
    ).toBe(false);
    // Rome's founding is among the first of the topics Rome and Ancient Rome's entries.
    expect(titles('rome').slice(0, 10)).toContain('-753 Romulus founds Rome (traditional date)');
    expect(titles('battle of hastings')[0]).toMatch(/^1066 .*Battle of Hastings/);
    // Filters, a BCE range and odd input.
    expect(titles('rome', { from: '500 BCE', to: '1 BCE' }).every((t) => t.startsWith('-'))).toBe(
      true,
    );
    expect(titles('war', { kind: 'event', from: '1900', to: '1999' }).length).toBe(20);
    for (const odd of ['"', 'NEAR(', '((((', '-', '🙂', 'x'.repeat(10_240)]) {
      expect(() => titles(odd)).not.toThrow();
    }
  });

  it('puts the expected entry first for "einstein", "paris", "moon landing", "titanic" and "ww2"', () => {
    const search = (q: string) => searchEvents(parseSearchParams({ q }).query);
    const label = (h: SearchHit) => `${h.kind} ${h.year} ${h.title}`;
    const ids = (query: string, name: string) =>
      new Set(getDbHandle().sqlite.prepare(query).pluck().all(name) as number[]);
    const linkedTo = (person: string) =>
      ids(
        `SELECT ep.event_id FROM event_people ep JOIN people p ON p.id = ep.person_id WHERE p.name = ?`,
        person,
      );
    const taggedWith = (topic: string) =>
      ids(
        `SELECT et.event_id FROM event_tags et JOIN tags t ON t.id = et.tag_id WHERE t.name = ? AND t.kind = 'topic'`,
        topic,
      );

    // Albert Einstein's birth and death, then every entry that names him (his papers), before his
    // namesakes (Arik Einstein, Bob Einstein, the Einstein ring…).
    const einstein = search('einstein');
    expect(einstein.entities.map((e) => e.name)).toEqual(['Albert Einstein']);
    expect(einstein.hits.slice(0, 2).map(label).sort()).toEqual([
      'birth 1879 Albert Einstein',
      'death 1955 Albert Einstein',
    ]);
    const albert = linkedTo('Albert Einstein');
    expect(albert.size).toBe(12);
    expect(einstein.hits.findIndex((h) => !albert.has(h.id))).toBe(albert.size);
    expect(einstein.hits.slice(0, albert.size).map((h) => h.title)).toContain(
      'Albert Einstein publishes his general theory of relativity',
    );

    // Events in Paris (the topic Paris, and events about a part of it: the Treaty of Paris, the
    // Liberation of Paris) before people named Paris.
    const paris = search('paris');
    expect(paris.entities[0]).toMatchObject({ kind: 'topic', name: 'Paris' });
    expect(paris.hits[0]?.kind).toBe('event');
    expect(
      taggedWith('Paris').has(paris.hits[0]!.id) || /\bParis\b/.test(paris.hits[0]!.title),
    ).toBe(true);
    expect(paris.hits.filter((h) => /^Paris /.test(h.title))).toEqual([]);

    // "moon landing" is Apollo 11: the landing first.
    const moon = search('moon landing');
    expect(moon.entities[0]).toMatchObject({ kind: 'topic', name: 'Apollo 11' });
    expect(moon.hits[0]?.title).toMatch(
      /^Apollo program: Apollo 11's crew successfully makes the first manned landing on the Moon/,
    );

    // "titanic" is RMS Titanic: her sinking first, before her crew's births and her namesakes.
    const titanic = search('titanic');
    expect(titanic.entities[0]).toMatchObject({ kind: 'topic', name: 'RMS Titanic' });
    expect(titanic.hits[0]?.title).toMatch(/^The British passenger liner RMS Titanic sinks/);

    // "ww2" is World War II: one of its entries first, and as many entries as its name finds.
    const ww2 = search('ww2');
    expect(ww2.entities[0]).toMatchObject({ kind: 'topic', name: 'World War II' });
    expect(taggedWith('World War II').has(ww2.hits[0]!.id)).toBe(true);
    expect(ww2.total).toBeGreaterThanOrEqual(search('world war ii').total);
  });
});
