import { describe, expect, it } from 'vitest';
import { getDbHandle } from '@/db/client';
import { parseImportJson, type ImportRow } from '@/lib/import';
import fixture from '@/test/fixtures/grouped-entries.json';
import { importRows } from './import';

// Who an import's people are, through the real importer on a real SQLite file: one person per
// article and life, never two people merged for sharing a name; and a re-import over an import
// made before grouped entries were read as groups leaves no duplicate event and no person named
// after a heading. Entries copied unchanged from ../shared/data/muffinlabs.

/** Real entries, by what they are. */
const ENTRY = {
  // 01-20.json Deaths #7
  henryBishop: {
    year: '1156',
    text: 'Henry, English bishop and saint',
    html: '1156 - <a href="https://wikipedia.org/wiki/Henry_(bishop_of_Finland)" title="Henry (bishop of Finland)">Henry</a>, English bishop and saint',
    no_year_html:
      '<a href="https://wikipedia.org/wiki/Henry_(bishop_of_Finland)" title="Henry (bishop of Finland)">Henry</a>, English bishop and saint',
    links: [
      {
        title: 'Henry (bishop of Finland)',
        link: 'https://wikipedia.org/wiki/Henry_(bishop_of_Finland)',
      },
    ],
  },
  // 09-07.json Births #3
  henryCount: {
    year: '1448',
    text: 'Henry, Count of Württemberg-Montbéliard (1473-1482) (d. 1519)',
    html: '1448 - <a href="https://wikipedia.org/wiki/Henry,_Count_of_W%C3%BCrttemberg" title="Henry, Count of Württemberg">Henry, Count of Württemberg</a>-Montbéliard (1473-1482) (d. 1519)',
    no_year_html:
      '<a href="https://wikipedia.org/wiki/Henry,_Count_of_W%C3%BCrttemberg" title="Henry, Count of Württemberg">Henry, Count of Württemberg</a>-Montbéliard (1473-1482) (d. 1519)',
    links: [
      {
        title: 'Henry, Count of Württemberg',
        link: 'https://wikipedia.org/wiki/Henry,_Count_of_W%C3%BCrttemberg',
      },
    ],
  },
  // 02-17.json Births #4
  francisGuise: {
    year: '1519',
    text: 'Francis, French Grand Chamberlain (d. 1563)',
    html: '1519 - <a href="https://wikipedia.org/wiki/Francis,_Duke_of_Guise" title="Francis, Duke of Guise">Francis</a>, French Grand Chamberlain (d. 1563)',
    no_year_html:
      '<a href="https://wikipedia.org/wiki/Francis,_Duke_of_Guise" title="Francis, Duke of Guise">Francis</a>, French Grand Chamberlain (d. 1563)',
    links: [
      {
        title: 'Francis, Duke of Guise',
        link: 'https://wikipedia.org/wiki/Francis,_Duke_of_Guise',
      },
    ],
  },
  // 03-24.json Births #3
  francisBorn: {
    year: '1577',
    text: 'Francis, Duke of Pomerania-Stettin, Bishop of Cammin (d. 1620)',
    html: '1577 - <a href="https://wikipedia.org/wiki/Francis,_Duke_of_Pomerania" title="Francis, Duke of Pomerania">Francis, Duke of Pomerania</a>-Stettin, Bishop of Cammin (d. 1620)',
    no_year_html:
      '<a href="https://wikipedia.org/wiki/Francis,_Duke_of_Pomerania" title="Francis, Duke of Pomerania">Francis, Duke of Pomerania</a>-Stettin, Bishop of Cammin (d. 1620)',
    links: [
      {
        title: 'Francis, Duke of Pomerania',
        link: 'https://wikipedia.org/wiki/Francis,_Duke_of_Pomerania',
      },
    ],
  },
  // 11-27.json Deaths #13
  francisDied: {
    year: '1620',
    text: 'Francis, Duke of Pomerania-Stettin, Bishop of Cammin (b. 1577)',
    html: '1620 - <a href="https://wikipedia.org/wiki/Francis,_Duke_of_Pomerania" title="Francis, Duke of Pomerania">Francis, Duke of Pomerania</a>-Stettin, Bishop of Cammin (b. 1577)',
    no_year_html:
      '<a href="https://wikipedia.org/wiki/Francis,_Duke_of_Pomerania" title="Francis, Duke of Pomerania">Francis, Duke of Pomerania</a>-Stettin, Bishop of Cammin (b. 1577)',
    links: [
      {
        title: 'Francis, Duke of Pomerania',
        link: 'https://wikipedia.org/wiki/Francis,_Duke_of_Pomerania',
      },
    ],
  },
  // 10-05.json Births #32
  louisBorn: {
    year: '1864',
    text: 'Louis Lumière, French director and producer (d. 1948)',
    html: '1864 - <a href="https://wikipedia.org/wiki/Louis_Lumi%C3%A8re" class="mw-redirect" title="Louis Lumière">Louis Lumière</a>, French director and producer (d. 1948)',
    no_year_html:
      '<a href="https://wikipedia.org/wiki/Louis_Lumi%C3%A8re" class="mw-redirect" title="Louis Lumière">Louis Lumière</a>, French director and producer (d. 1948)',
    links: [{ title: 'Louis Lumière', link: 'https://wikipedia.org/wiki/Louis_Lumi%C3%A8re' }],
  },
  // 06-06.json Deaths #42
  louisDied: {
    year: '1948',
    text: 'Louis Lumière, French director, producer, and screenwriter (b. 1864)',
    html: '1948 - <a href="https://wikipedia.org/wiki/Auguste_and_Louis_Lumi%C3%A8re" title="Auguste and Louis Lumière">Louis Lumière</a>, French director, producer, and screenwriter (b. 1864)',
    no_year_html:
      '<a href="https://wikipedia.org/wiki/Auguste_and_Louis_Lumi%C3%A8re" title="Auguste and Louis Lumière">Louis Lumière</a>, French director, producer, and screenwriter (b. 1864)',
    links: [
      {
        title: 'Auguste and Louis Lumière',
        link: 'https://wikipedia.org/wiki/Auguste_and_Louis_Lumi%C3%A8re',
      },
    ],
  },
  // 04-10.json Deaths #40
  augusteDied: {
    year: '1954',
    text: 'Auguste Lumière, French director and producer (b. 1862)',
    html: '1954 - <a href="https://wikipedia.org/wiki/Auguste_and_Louis_Lumi%C3%A8re" title="Auguste and Louis Lumière">Auguste Lumière</a>, French director and producer (b. 1862)',
    no_year_html:
      '<a href="https://wikipedia.org/wiki/Auguste_and_Louis_Lumi%C3%A8re" title="Auguste and Louis Lumière">Auguste Lumière</a>, French director and producer (b. 1862)',
    links: [
      {
        title: 'Auguste and Louis Lumière',
        link: 'https://wikipedia.org/wiki/Auguste_and_Louis_Lumi%C3%A8re',
      },
    ],
  },
  // 03-19.json Events #11
  lumiereFootage: {
    year: '1895',
    text: 'Auguste and Louis Lumière record their first footage using their newly patented cinematograph.',
    html: '1895 - <a href="https://wikipedia.org/wiki/Auguste_and_Louis_Lumi%C3%A8re" title="Auguste and Louis Lumière">Auguste and Louis Lumière</a> record their first footage using their newly patented <a href="https://wikipedia.org/wiki/Cinematograph" title="Cinematograph">cinematograph</a>.',
    no_year_html:
      '<a href="https://wikipedia.org/wiki/Auguste_and_Louis_Lumi%C3%A8re" title="Auguste and Louis Lumière">Auguste and Louis Lumière</a> record their first footage using their newly patented <a href="https://wikipedia.org/wiki/Cinematograph" title="Cinematograph">cinematograph</a>.',
    links: [
      {
        title: 'Auguste and Louis Lumière',
        link: 'https://wikipedia.org/wiki/Auguste_and_Louis_Lumi%C3%A8re',
      },
      { title: 'Cinematograph', link: 'https://wikipedia.org/wiki/Cinematograph' },
    ],
  },
  // 12-05.json Births #105
  frankBorn: {
    year: '1940',
    text: 'Frank Wilson, American singer-songwriter and producer (d. 2012)',
    html: '1940 - <a href="https://wikipedia.org/wiki/Frank_Wilson_(musician)" title="Frank Wilson (musician)">Frank Wilson</a>, American singer-songwriter and producer (d. 2012)',
    no_year_html:
      '<a href="https://wikipedia.org/wiki/Frank_Wilson_(musician)" title="Frank Wilson (musician)">Frank Wilson</a>, American singer-songwriter and producer (d. 2012)',
    links: [
      {
        title: 'Frank Wilson (musician)',
        link: 'https://wikipedia.org/wiki/Frank_Wilson_(musician)',
      },
    ],
  },
  // 09-27.json Deaths #86
  frankDied: {
    year: '2012',
    text: 'Frank Wilson, American songwriter and producer (b. 1940)',
    html: '2012 - <a href="https://wikipedia.org/wiki/Frank_Wilson_(musician)" title="Frank Wilson (musician)">Frank Wilson</a>, American songwriter and producer (b. 1940)',
    no_year_html:
      '<a href="https://wikipedia.org/wiki/Frank_Wilson_(musician)" title="Frank Wilson (musician)">Frank Wilson</a>, American songwriter and producer (b. 1940)',
    links: [
      {
        title: 'Frank Wilson (musician)',
        link: 'https://wikipedia.org/wiki/Frank_Wilson_(musician)',
      },
    ],
  },
  // 02-03.json Events #30
  musicDiedCrash: {
    year: '1959',
    text: 'Rock and roll musicians Buddy Holly, Ritchie Valens, and J. P. "The Big Bopper" Richardson are killed in a plane crash near Clear Lake, Iowa.',
    html: '1959 - Rock and roll musicians <a href="https://wikipedia.org/wiki/Buddy_Holly" title="Buddy Holly">Buddy Holly</a>, <a href="https://wikipedia.org/wiki/Ritchie_Valens" title="Ritchie Valens">Ritchie Valens</a>, and <a href="https://wikipedia.org/wiki/The_Big_Bopper" title="The Big Bopper">J. P. "The Big Bopper" Richardson</a> are killed in a <a href="https://wikipedia.org/wiki/The_Day_the_Music_Died" title="The Day the Music Died">plane crash</a> near <a href="https://wikipedia.org/wiki/Clear_Lake,_Iowa" title="Clear Lake, Iowa">Clear Lake, Iowa</a>.',
    no_year_html:
      'Rock and roll musicians <a href="https://wikipedia.org/wiki/Buddy_Holly" title="Buddy Holly">Buddy Holly</a>, <a href="https://wikipedia.org/wiki/Ritchie_Valens" title="Ritchie Valens">Ritchie Valens</a>, and <a href="https://wikipedia.org/wiki/The_Big_Bopper" title="The Big Bopper">J. P. "The Big Bopper" Richardson</a> are killed in a <a href="https://wikipedia.org/wiki/The_Day_the_Music_Died" title="The Day the Music Died">plane crash</a> near <a href="https://wikipedia.org/wiki/Clear_Lake,_Iowa" title="Clear Lake, Iowa">Clear Lake, Iowa</a>.',
    links: [
      { title: 'Buddy Holly', link: 'https://wikipedia.org/wiki/Buddy_Holly' },
      { title: 'Ritchie Valens', link: 'https://wikipedia.org/wiki/Ritchie_Valens' },
      { title: 'The Big Bopper', link: 'https://wikipedia.org/wiki/The_Big_Bopper' },
      {
        title: 'The Day the Music Died',
        link: 'https://wikipedia.org/wiki/The_Day_the_Music_Died',
      },
      { title: 'Clear Lake, Iowa', link: 'https://wikipedia.org/wiki/Clear_Lake,_Iowa' },
    ],
  },
  // 05-04.json Events #16
  haymarketBomb: {
    year: '1886',
    text: 'Haymarket affair: A bomb is thrown at policemen trying to break up a labor rally in Chicago, United States, killing eight and wounding 60. The police fire into the crowd.',
    html: '1886 - <a href="https://wikipedia.org/wiki/Haymarket_affair" title="Haymarket affair">Haymarket affair</a>: A bomb is thrown at policemen trying to break up a <a href="https://wikipedia.org/wiki/Labor_movement" class="mw-redirect" title="Labor movement">labor</a> rally in <a href="https://wikipedia.org/wiki/Chicago" title="Chicago">Chicago</a>, United States, killing eight and wounding 60. The police fire into the crowd.',
    no_year_html:
      '<a href="https://wikipedia.org/wiki/Haymarket_affair" title="Haymarket affair">Haymarket affair</a>: A bomb is thrown at policemen trying to break up a <a href="https://wikipedia.org/wiki/Labor_movement" class="mw-redirect" title="Labor movement">labor</a> rally in <a href="https://wikipedia.org/wiki/Chicago" title="Chicago">Chicago</a>, United States, killing eight and wounding 60. The police fire into the crowd.',
    links: [
      { title: 'Haymarket affair', link: 'https://wikipedia.org/wiki/Haymarket_affair' },
      { title: 'Labor movement', link: 'https://wikipedia.org/wiki/Labor_movement' },
      { title: 'Chicago', link: 'https://wikipedia.org/wiki/Chicago' },
    ],
  },
};

const DATES: Record<string, string> = {
  '01-20': 'January 20',
  '02-03': 'February 3',
  '02-17': 'February 17',
  '03-19': 'March 19',
  '03-24': 'March 24',
  '04-10': 'April 10',
  '05-04': 'May 4',
  '06-06': 'June 6',
  '09-07': 'September 7',
  '09-11': 'September 11',
  '09-27': 'September 27',
  '10-05': 'October 5',
  '11-11': 'November 11',
  '11-27': 'November 27',
  '12-05': 'December 5',
};

type Section = 'Events' | 'Births' | 'Deaths';

/** The rows of one day file holding these entries. */
function rowsOf(day: string, section: Section, entries: readonly unknown[]): ImportRow[] {
  const date = DATES[day]!;
  const parsed = parseImportJson(
    {
      date,
      url: `https://en.wikipedia.org/wiki/${date.replace(' ', '_')}`,
      data: { [section]: entries },
    },
    { fileName: `${day}.json` },
  );
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value.rows;
}

const withoutLinks = <T extends object>(entry: T) => ({
  ...entry,
  html: '',
  no_year_html: '',
  links: [],
});

const sqlite = () => getDbHandle().sqlite;
type PersonRow = {
  id: number;
  slug: string;
  name: string;
  reference_url: string | null;
  birth_year: number | null;
  birth_month: number | null;
  birth_day: number | null;
  death_year: number | null;
  death_month: number | null;
  death_day: number | null;
};
const peopleNamed = (pattern: string) =>
  sqlite()
    .prepare<[string], PersonRow>(
      `SELECT id, slug, name, reference_url, birth_year, birth_month, birth_day, death_year, death_month, death_day
       FROM people WHERE name LIKE ? ORDER BY id`,
    )
    .all(pattern);
/** The entries a person is the subject of, as "kind year". */
const subjectOf = (personId: number) =>
  sqlite()
    .prepare<[number]>(
      `SELECT e.kind || ' ' || e.year FROM event_people ep JOIN events e ON e.id = ep.event_id
       WHERE ep.person_id = ? AND ep.role = 'subject' AND e.deleted_at IS NULL ORDER BY e.year, e.kind`,
    )
    .pluck()
    .all(personId);
const peopleOfEvent = (title: string) =>
  sqlite()
    .prepare<[string]>(
      `SELECT p.name || ' (' || CASE ep.role WHEN '' THEN 'named' ELSE ep.role END || ')' FROM events e
       JOIN event_people ep ON ep.event_id = e.id JOIN people p ON p.id = ep.person_id
       WHERE e.title = ? AND e.deleted_at IS NULL ORDER BY ep.position`,
    )
    .pluck()
    .all(title);
const count = (sql: string) => sqlite().prepare(sql).pluck().get() as number;

describe('people are found by their article, and by name only when the dates agree', () => {
  it('keeps apart two people of one name whose dates cannot be one life (entries without links)', () => {
    // As 13 entries of the corpus are: no link names the person, only the text.
    importRows({
      rows: [
        ...rowsOf('01-20', 'Deaths', [ENTRY.henryBishop]),
        ...rowsOf('09-07', 'Births', [withoutLinks(ENTRY.henryCount)]),
        ...rowsOf('02-17', 'Births', [ENTRY.francisGuise]),
        ...rowsOf('03-24', 'Births', [withoutLinks(ENTRY.francisBorn)]),
        ...rowsOf('11-27', 'Deaths', [withoutLinks(ENTRY.francisDied)]),
      ],
      status: 'published',
    });
    // Henry the bishop died in 1156; the Henry born in 1448 is someone else.
    const henrys = peopleNamed('Henry');
    expect(henrys.map((p) => [p.slug, subjectOf(p.id)])).toEqual([
      ['henry', ['death 1156']],
      ['henry-2', ['birth 1448']],
    ]);
    expect(henrys[1]).toMatchObject({ birth_year: 1448, death_year: 1519, reference_url: null });
    // Francis of Guise (1519–1563) is not Francis of Pomerania (1577–1620), whose birth and death
    // are one person: the dates agree.
    const francis = peopleNamed('Francis');
    expect(francis.map((p) => [p.slug, subjectOf(p.id)])).toEqual([
      ['francis', ['birth 1519']],
      ['francis-2', ['birth 1577', 'death 1620']],
    ]);
    expect(francis[1]).toMatchObject({
      birth_year: 1577,
      birth_month: 3,
      death_year: 1620,
      death_month: 11,
    });
  });

  it('reads the Henry of 1448 as the count his link names, and drops the person made of his line alone', () => {
    importRows({ rows: rowsOf('09-07', 'Births', [ENTRY.henryCount]), status: 'published' });
    expect(peopleNamed('Henry%').map((p) => [p.name, subjectOf(p.id)])).toEqual([
      ['Henry', ['death 1156']],
      ['Henry, Count of Württemberg-Montbéliard', ['birth 1448']],
    ]);
    expect(peopleNamed('Henry%')[1]!.reference_url).toBe(
      'https://en.wikipedia.org/wiki/Henry,_Count_of_W%C3%BCrttemberg',
    );
  });

  it('makes one person of a birth and a death that link the same article', () => {
    importRows({
      rows: [
        ...rowsOf('12-05', 'Births', [ENTRY.frankBorn]),
        ...rowsOf('09-27', 'Deaths', [ENTRY.frankDied]),
      ],
      status: 'published',
    });
    const frank = peopleNamed('Frank Wilson');
    expect(frank).toHaveLength(1);
    expect(frank[0]).toMatchObject({
      reference_url: 'https://en.wikipedia.org/wiki/Frank_Wilson_(musician)',
      birth_year: 1940,
      birth_month: 12,
      birth_day: 5,
      death_year: 2012,
      death_month: 9,
      death_day: 27,
    });
    expect(subjectOf(frank[0]!.id)).toEqual(['birth 1940', 'death 2012']);
  });

  it('tells apart the two brothers of one article, and links an entry about both to each', () => {
    importRows({
      rows: [
        ...rowsOf('04-10', 'Deaths', [ENTRY.augusteDied]),
        ...rowsOf('06-06', 'Deaths', [ENTRY.louisDied]),
        ...rowsOf('10-05', 'Births', [ENTRY.louisBorn]),
        ...rowsOf('03-19', 'Events', [ENTRY.lumiereFootage]),
      ],
      status: 'published',
    });
    // In the order of the day files, as a whole import meets them. Both deaths link the brothers'
    // article, which is each of theirs (the dates differ); Louis's birth links his own, and the
    // dates confirm it is him.
    expect(peopleNamed('% Lumière').map((p) => [p.name, subjectOf(p.id)])).toEqual([
      ['Auguste Lumière', ['death 1954']],
      ['Louis Lumière', ['birth 1864', 'death 1948']],
    ]);
    expect(
      peopleOfEvent(
        'Auguste and Louis Lumière record their first footage using their newly patented cinematograph',
      ),
    ).toEqual(['Auguste Lumière (named)', 'Louis Lumière (named)']);
  });
});

const group = (file: string, index: number) => {
  const found = fixture.groups.find((g) => g.file === `${file}.json` && g.index === index);
  if (!found) throw new Error(`no group ${file} #${index}`);
  return found.entries;
};

describe('a re-import over an import made before grouped entries were read as groups', () => {
  it('trashes the events of the Haymarket members, and the "person" named after the heading goes', () => {
    const [heading, ...members] = group('11-11', 25);
    // What the importer made of them before: the heading alone, read as a person, and an entry per member.
    const older = [
      ...rowsOf('11-11', 'Deaths', [heading]),
      ...rowsOf('11-11', 'Deaths', members),
      ...rowsOf('05-04', 'Events', [ENTRY.haymarketBomb]),
    ];
    expect(older.map((r) => r.title).slice(0, 2)).toEqual(['Haymarket affair', 'George Engel']);
    importRows({ rows: older, status: 'published' });
    expect(peopleNamed('Haymarket affair')).toHaveLength(1);
    const bomb = rowsOf('05-04', 'Events', [ENTRY.haymarketBomb])[0]!.title;
    expect(peopleOfEvent(bomb)).toEqual(['Haymarket affair (named)']);

    const now = [
      ...rowsOf('11-11', 'Deaths', group('11-11', 25)),
      ...rowsOf('05-04', 'Events', [ENTRY.haymarketBomb]),
    ];
    expect(importRows({ rows: now, status: 'published' })).toMatchObject({
      imported: 0,
      updated: 1,
      unchanged: 1,
    });

    const deaths = `SELECT count(*) FROM events WHERE kind = 'death' AND year = 1887 AND month = 11 AND day = 11`;
    expect(count(`${deaths} AND deleted_at IS NULL`)).toBe(1);
    expect(count(`${deaths} AND deleted_at IS NOT NULL`)).toBe(4);
    expect(peopleOfEvent('Haymarket affair defendants')).toEqual([
      'George Engel (subject)',
      'Adolph Fischer (subject)',
      'Albert Parsons (subject)',
      'August Spies (subject)',
    ]);
    for (const name of ['George Engel', 'Adolph Fischer', 'Albert Parsons', 'August Spies']) {
      const [person, ...others] = peopleNamed(name);
      expect(others).toEqual([]);
      expect(subjectOf(person!.id)).toEqual(['death 1887']);
    }
    expect(
      sqlite()
        .prepare(
          `SELECT note FROM revisions r JOIN events e ON e.id = r.event_id WHERE e.title = 'George Engel' ORDER BY r.version`,
        )
        .pluck()
        .all(),
    ).toEqual([
      'Imported from muffinlabs',
      'Moved to the trash: muffinlabs now tells it as part of "Haymarket affair defendants" (haymarket-affair-1887)',
    ]);
    // The heading's "person" is gone, with the link the graph made to it from the 1886 bombing.
    expect(peopleNamed('Haymarket affair')).toEqual([]);
    expect(peopleOfEvent(bomb)).toEqual([]);

    // Importing it again changes nothing.
    const before = count(`SELECT count(*) FROM revisions`);
    expect(importRows({ rows: now, status: 'published' })).toMatchObject({
      imported: 0,
      updated: 0,
      unchanged: 2,
    });
    expect(count(`SELECT count(*) FROM revisions`)).toBe(before);
  });

  it('no longer makes a person of "The Day the Music Died", nor links the plane crash to one', () => {
    const [crew] = rowsOf('02-03', 'Deaths', group('02-03', 39));
    const crash = rowsOf('02-03', 'Events', [ENTRY.musicDiedCrash]);
    // The row the importer wrote before: the heading read as a fourth person, the names as the title.
    const heading = {
      name: 'The Day the Music Died',
      description: '',
      referenceUrl: 'https://en.wikipedia.org/wiki/The_Day_the_Music_Died',
      birthYear: null,
      deathYear: null,
    };
    const older: ImportRow = {
      ...crew!,
      title: 'The Day the Music Died, The Big Bopper, Buddy Holly, Ritchie Valens',
      people: [heading, ...crew!.people],
    };
    importRows({ rows: [older, ...crash], status: 'published' });
    expect(peopleNamed('The Day the Music Died')).toHaveLength(1);

    expect(importRows({ rows: [crew!, ...crash], status: 'published' })).toMatchObject({
      updated: 1,
      unchanged: 1,
    });
    expect(peopleNamed('The Day the Music Died')).toEqual([]);
    expect(peopleOfEvent('The Day the Music Died')).toEqual([
      'The Big Bopper (subject)',
      'Buddy Holly (subject)',
      'Ritchie Valens (subject)',
    ]);
    expect(peopleOfEvent(crash[0]!.title)).toEqual([
      'Buddy Holly (named)',
      'Ritchie Valens (named)',
      'The Big Bopper (named)',
    ]);
    expect(
      sqlite()
        .prepare(
          `SELECT r.note, r.relations_only FROM revisions r JOIN events e ON e.id = r.event_id WHERE e.title = ? ORDER BY r.version`,
        )
        .all(crash[0]!.title),
    ).toEqual([
      { note: 'Imported from muffinlabs', relations_only: 0 },
      { note: 'A person an earlier import read wrongly is no longer linked', relations_only: 1 },
    ]);
  });

  it('gives Alice Stewart Trillin her own death, apart from the 9/11 casualties, as one person', () => {
    const [alice, casualties] = rowsOf('09-11', 'Deaths', group('09-11', 77));
    const older: ImportRow = { ...casualties!, people: [...alice!.people, ...casualties!.people] };
    importRows({ rows: [older], status: 'published' });
    const [person] = peopleNamed('Alice Stewart Trillin');
    expect(subjectOf(person!.id)).toEqual(['death 2001']);

    expect(importRows({ rows: [alice!, casualties!], status: 'published' })).toMatchObject({
      imported: 1,
      updated: 1,
    });
    expect(peopleNamed('Alice Stewart Trillin').map((p) => p.id)).toEqual([person!.id]);
    expect(peopleOfEvent('Alice Stewart Trillin')).toEqual(['Alice Stewart Trillin (subject)']);
    const named = peopleOfEvent('Casualties of the September 11 attacks');
    expect(named).toHaveLength(18);
    expect(named).not.toContain('Alice Stewart Trillin (subject)');
  });
});
