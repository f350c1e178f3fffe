import { describe, expect, it } from 'vitest';
import { getDbHandle } from '@/db/client';
import { readSnapshot } from '@/lib/events/record';
import { parseImportJson, type ImportRow } from '@/lib/import';
import { insertActor } from '@/test/actors';
import { anchor as a, dayEntry as entry, dayFile } from '@/test/muffinlabs-day';
import { loadEvent } from './event-store';
import { listGraphNeighbours, listInlineLinks, listSourceLinks } from './graph';
import { importRows } from './import';
import { listScopeHighlights } from './listing';
import { listTagIndex } from './tags';
import { changeEvent } from './test-fixtures';

// The knowledge graph an import builds (db/queries/import-graph.ts), on small day files in the
// muffinlabs shape: each entry's articles kept, people linked by their article, topics made from
// articles several entries link, and an editor's removal of a link never undone by an import.

function rowsOf(json: unknown, fileName: string): ImportRow[] {
  const parsed = parseImportJson(json, { fileName });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value.rows;
}

const sqlite = () => getDbHandle().sqlite;
const eventId = (title: string) =>
  sqlite().prepare(`SELECT id FROM events WHERE title = ?`).pluck().get(title) as number;
const peopleOf = (id: number) =>
  sqlite()
    .prepare(
      `SELECT p.name, ep.role FROM event_people ep JOIN people p ON p.id = ep.person_id WHERE ep.event_id = ? ORDER BY ep.position`,
    )
    .all(id);
const tagsOf = (id: number) =>
  sqlite()
    .prepare(
      `SELECT t.name, t.kind FROM event_tags et JOIN tags t ON t.id = et.tag_id WHERE et.event_id = ? ORDER BY t.name`,
    )
    .all(id);
const entriesOfPerson = (name: string) =>
  sqlite()
    .prepare(
      `SELECT e.title FROM event_people ep JOIN people p ON p.id = ep.person_id JOIN events e ON e.id = ep.event_id
       WHERE p.name = ? ORDER BY e.year`,
    )
    .pluck()
    .all(name);

const march14 = dayFile('March 14', {
  Events: [
    entry(
      '1905',
      'Albert Einstein sends his paper on light quanta to the Annalen der Physik.',
      `${a('Albert Einstein')} sends his paper on ${a('Photon', 'light quanta')} to the ${a('Annalen der Physik')}.`,
      ['Albert Einstein', 'Photon', 'Annalen der Physik'],
    ),
    entry(
      '1933',
      'Albert Einstein resigns from the Prussian Academy of Sciences.',
      `${a('Albert Einstein')} resigns from the ${a('Prussian Academy of Sciences')}.`,
      ['Albert Einstein', 'Prussian Academy of Sciences'],
    ),
    entry(
      '1943',
      'World War II: a convoy reaches Murmansk.',
      `${a('World War II')}: a convoy reaches ${a('Murmansk')}.`,
      ['World War II', 'Murmansk'],
    ),
    entry(
      '1944',
      'World War II: bombers strike a rail yard near Murmansk.',
      `${a('World War II')}: bombers strike a rail yard near ${a('Murmansk')}.`,
      ['World War II', 'Murmansk'],
    ),
  ],
  Births: [
    entry(
      '1879',
      'Albert Einstein, German-American physicist, Nobel Prize laureate (d. 1955)',
      `${a('Albert Einstein')}, German-American physicist, ${a('Nobel Prize in Physics', 'Nobel Prize')} laureate (d. 1955)`,
      ['Albert Einstein', 'Nobel Prize in Physics'],
    ),
  ],
});

const january28 = dayFile('January 28', {
  Events: [
    entry(
      '1945',
      'World War II: the last convoy of the winter sails for Murmansk.',
      `${a('World War II')}: the last convoy of the winter sails for ${a('Murmansk')}.`,
      ['World War II', 'Murmansk'],
    ),
  ],
  Deaths: [
    {
      year: '1986',
      text: 'Space Shuttle Challenger crew\nChrista McAuliffe, American educator and astronaut (b. 1948)\nRonald McNair, American physicist and astronaut (b. 1950)',
      html: `${a('Space Shuttle Challenger')} crew\n<ul><li>${a('Christa McAuliffe')}, American educator and astronaut (b. 1948)</li><li>${a('Ronald McNair')}, American physicist and astronaut (b. 1950)</li></ul>`,
      links: ['Space Shuttle Challenger', 'Christa McAuliffe', 'Ronald McNair'],
    },
  ],
});

describe('the graph of an import', () => {
  it('keeps every entry’s articles, with the text it shows for each', () => {
    importRows({ rows: rowsOf(march14, '03-14.json'), status: 'published' });
    const paper = eventId(
      'Albert Einstein sends his paper on light quanta to the Annalen der Physik',
    );
    expect(
      sqlite()
        .prepare(
          `SELECT position, url, title, anchor FROM event_articles WHERE event_id = ? ORDER BY position`,
        )
        .all(paper),
    ).toEqual([
      {
        position: 0,
        url: 'https://en.wikipedia.org/wiki/Albert_Einstein',
        title: 'Albert Einstein',
        anchor: 'Albert Einstein',
      },
      {
        position: 1,
        url: 'https://en.wikipedia.org/wiki/Photon',
        title: 'Photon',
        anchor: 'light quanta',
      },
      {
        position: 2,
        url: 'https://en.wikipedia.org/wiki/Annalen_der_Physik',
        title: 'Annalen der Physik',
        anchor: 'Annalen der Physik',
      },
    ]);
  });

  it('links every entry that names a person to that person, not only their birth', () => {
    expect(entriesOfPerson('Albert Einstein')).toEqual([
      'Albert Einstein',
      'Albert Einstein sends his paper on light quanta to the Annalen der Physik',
      'Albert Einstein resigns from the Prussian Academy of Sciences',
    ]);
    const paper = eventId(
      'Albert Einstein sends his paper on light quanta to the Annalen der Physik',
    );
    expect(peopleOf(paper)).toEqual([{ name: 'Albert Einstein', role: '' }]);
    // The person page's count (kept by triggers) counts them all.
    expect(
      sqlite()
        .prepare(`SELECT public_event_count FROM people WHERE name = 'Albert Einstein'`)
        .pluck()
        .get(),
    ).toBe(3);
  });

  it('makes a topic of an article only once several entries link it', () => {
    // World War II and Murmansk: two entries each so far, not yet topics.
    const convoy = eventId('World War II: a convoy reaches Murmansk');
    expect(tagsOf(convoy)).toEqual([]);
    importRows({ rows: rowsOf(january28, '01-28.json'), status: 'published' });
    // The third link (another day file, a later import) makes both topics, and the entries imported
    // before are linked too, each with a revision of what changed.
    expect(tagsOf(convoy)).toEqual([
      { name: 'Murmansk', kind: 'topic' },
      { name: 'World War II', kind: 'topic' },
    ]);
    const stored = loadEvent(convoy)!;
    expect(stored.version).toBe(2);
    const newest = sqlite()
      .prepare(
        `SELECT snapshot, relations_only FROM revisions WHERE event_id = ? ORDER BY version DESC LIMIT 1`,
      )
      .get(convoy) as { snapshot: string; relations_only: number };
    expect(newest.relations_only).toBe(1);
    expect(readSnapshot(JSON.parse(newest.snapshot))).toEqual(stored);
    expect(
      sqlite()
        .prepare(`SELECT name, public_event_count FROM tags WHERE kind = 'topic' ORDER BY name`)
        .all(),
    ).toEqual([
      { name: 'Murmansk', public_event_count: 3 },
      { name: 'World War II', public_event_count: 3 },
    ]);
  });

  it('does not take a group’s heading for a person', () => {
    const crew = eventId('Space Shuttle Challenger crew');
    expect(peopleOf(crew)).toEqual([
      { name: 'Christa McAuliffe', role: 'subject' },
      { name: 'Ronald McNair', role: 'subject' },
    ]);
    expect(
      sqlite()
        .prepare(`SELECT count(*) FROM people WHERE name LIKE 'Space Shuttle%'`)
        .pluck()
        .get(),
    ).toBe(0);
  });

  it('never links again what an editor took away', () => {
    const editor = insertActor('editor');
    const resigns = eventId('Albert Einstein resigns from the Prussian Academy of Sciences');
    changeEvent(resigns, { people: [], actorId: editor.id });
    expect(peopleOf(resigns)).toEqual([]);
    // A later import that brings the person again (a death entry) and another link of the academy.
    const april18 = dayFile('April 18', {
      Deaths: [
        entry(
          '1955',
          'Albert Einstein, German-American physicist (b. 1879)',
          `${a('Albert Einstein')}, German-American physicist (b. 1879)`,
          ['Albert Einstein'],
        ),
      ],
    });
    importRows({ rows: rowsOf(april18, '04-18.json'), status: 'published' });
    expect(peopleOf(resigns)).toEqual([]);
    expect(entriesOfPerson('Albert Einstein')).toEqual([
      'Albert Einstein',
      'Albert Einstein sends his paper on light quanta to the Annalen der Physik',
      'Albert Einstein',
    ]);
    // What was linked when it was imported is not linked (nor revised) again by later imports.
    const paper = eventId(
      'Albert Einstein sends his paper on light quanta to the Annalen der Physik',
    );
    expect(loadEvent(paper)?.version).toBe(1);
  });

  it('ranks a famous person’s entries above others (notability)', () => {
    const rank = (title: string) =>
      sqlite()
        .prepare(`SELECT notability FROM events WHERE title = ?`)
        .pluck()
        .get(title) as number;
    // Einstein: linked by several entries, and on the list of well-known subjects.
    expect(rank('Albert Einstein')).toBeGreaterThan(rank('Space Shuttle Challenger crew'));
    expect(
      rank('Albert Einstein sends his paper on light quanta to the Annalen der Physik'),
    ).toBeGreaterThan(rank('World War II: a convoy reaches Murmansk'));
  });
});

describe('reading the graph', () => {
  it('links an entry’s people and topics inline, and only those it still has', () => {
    const paper = eventId(
      'Albert Einstein sends his paper on light quanta to the Annalen der Physik',
    );
    // Photon and the journal are linked by one entry each: no page of ours to link to.
    expect(listInlineLinks(paper)).toEqual([
      { anchor: 'Albert Einstein', href: '/people/albert-einstein' },
    ]);
    // The entry an editor took Einstein from no longer links his name.
    const resigns = eventId('Albert Einstein resigns from the Prussian Academy of Sciences');
    expect(listInlineLinks(resigns)).toEqual([]);
    const convoy = eventId('World War II: a convoy reaches Murmansk');
    expect(listInlineLinks(convoy)).toEqual([
      { anchor: 'World War II', href: '/tags/world-war-ii' },
      { anchor: 'Murmansk', href: '/tags/murmansk' },
    ]);
  });

  it('shows the editor every source link and what it became', () => {
    const resigns = eventId('Albert Einstein resigns from the Prussian Academy of Sciences');
    expect(listSourceLinks(resigns)).toEqual([
      {
        title: 'Albert Einstein',
        url: 'https://en.wikipedia.org/wiki/Albert_Einstein',
        anchor: 'Albert Einstein',
        target: { kind: 'person', name: 'Albert Einstein', linked: false },
      },
      {
        title: 'Prussian Academy of Sciences',
        url: 'https://en.wikipedia.org/wiki/Prussian_Academy_of_Sciences',
        anchor: 'Prussian Academy of Sciences',
        target: null,
      },
    ]);
  });

  it('shows the other entries of an entry’s people and topics, both ways', () => {
    const convoy = eventId('World War II: a convoy reaches Murmansk');
    const groups = listGraphNeighbours(convoy);
    // World War II first: it is on the list of well-known subjects (lib/graph/notable.ts).
    expect(groups.map((g) => [g.kind, g.name, g.total])).toEqual([
      ['topic', 'World War II', 3],
      ['topic', 'Murmansk', 3],
    ]);
    const murmansk = groups.find((g) => g.name === 'Murmansk')!;
    expect(murmansk.events.map((e) => e.year).sort()).toEqual([1944, 1945]);
    const lastConvoy = eventId('World War II: the last convoy of the winter sails for Murmansk');
    expect(listGraphNeighbours(lastConvoy).flatMap((g) => g.events.map((e) => e.id))).toContain(
      convoy,
    );
  });

  it('opens a topic with its best-known entries, and lists topics on the tags index', () => {
    const topic = sqlite()
      .prepare(`SELECT id FROM tags WHERE slug = 'world-war-ii'`)
      .pluck()
      .get() as number;
    expect(listScopeHighlights({ tagId: topic }, 2)).toHaveLength(2);
    const index = listTagIndex(10);
    // The Nobel Prize in Physics, linked by one entry, is no topic.
    expect(index.topics.map((t) => [t.name, t.eventCount])).toEqual([
      ['Murmansk', 3],
      ['World War II', 3],
    ]);
    expect(index.topicCount).toBe(index.topics.length);
  });
});
