import { describe, expect, it } from 'vitest';
import fixture from '@/test/fixtures/grouped-entries.json';
import { parseImportJson, type ParseResult } from './index';

// Every grouped birth or death entry of the muffinlabs corpus, as the day files have it
// (test/fixtures/grouped-entries.json). Each becomes one death entry titled by its heading, about
// its members and nobody else; its id is the one the entry had before these rules (so an earlier
// import's event is updated, not left beside a new one).
type Group = (typeof fixture.groups)[number];

function parseGroup(group: Group): ParseResult {
  const result = parseImportJson(
    {
      date: group.date,
      url: `https://en.wikipedia.org/wiki/${group.date.replace(' ', '_')}`,
      data: { Deaths: group.entries },
    },
    { fileName: group.file },
  );
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

const groupIn = (file: string, index: number) => {
  const group = fixture.groups.find((g) => g.file === `${file}.json` && g.index === index);
  if (!group) throw new Error(`no group ${file} #${index} in the fixture`);
  return group;
};

/** [day file, index, title, members, first member, last member, external id (its hash part)] */
const GROUPS: [string, number, string, number, string, string, string][] = [
  ['01-27', 46, 'Crew of Apollo 1', 3, 'Roger B. Chaffee', 'Ed White', 'f23657e57176e7bf'],
  [
    '01-28',
    54,
    'Space Shuttle Challenger crew',
    7,
    'Gregory Jarvis',
    'Michael J. Smith',
    'c683315193694334',
  ],
  [
    '02-01',
    59,
    'Space Shuttle Columbia crew',
    7,
    'Michael P. Anderson',
    'Ilan Ramon',
    'd07619d0c88c9225',
  ],
  // The heading is a linked title alone: no longer a person, nor part of the title with the names.
  [
    '02-03',
    39,
    'The Day the Music Died',
    3,
    'The Big Bopper',
    'Ritchie Valens',
    'dac1647d6d88edfa',
  ],
  [
    '02-06',
    42,
    'Victims of the Munich air disaster',
    8,
    'Geoff Bent',
    'Tommy Taylor',
    '64d74a0fbd42c138',
  ],
  [
    '02-12',
    68,
    'Victims of Colgan Air Flight 3407',
    5,
    'Alison Des Forges',
    'Gerry Niewood',
    '71f43cdc7b33f797',
  ],
  [
    '02-26',
    33,
    'February 26 Incident',
    3,
    'Takahashi Korekiyo',
    'Jōtarō Watanabe',
    '96f8407d07da2d70',
  ],
  [
    '03-06',
    17,
    'Deaths at the Battle of the Alamo',
    4,
    'James Bonham',
    'William B. Travis',
    '9a480e1b3c838732',
  ],
  [
    '03-24',
    84,
    'Notable deaths of the Germanwings Flight 9525 crash',
    2,
    'Oleg Bryjak',
    'Maria Radner',
    '05129d05aa82a272',
  ],
  // "… included:" and "… including:" read as a title without their last word.
  [
    '04-10',
    85,
    'Casualties in the 2010 Polish Air Force Tu-154 crash',
    4,
    'Ryszard Kaczorowski',
    'Anna Walentynowicz',
    'f548e6f2a0994207',
  ],
  [
    '04-15',
    29,
    'Victims of the Titanic disaster',
    16,
    'Thomas Andrews',
    'Henry Tingle Wilde',
    '0f7770fa9c292395',
  ],
  [
    '04-20',
    52,
    'Casualties of the Columbine High School massacre',
    4,
    'Cassie Bernall',
    'Rachel Scott',
    '0ebea8deca113ac3',
  ],
  [
    '05-18',
    50,
    'Victims of Mount St. Helens eruption',
    2,
    'Reid Blackburn',
    'David A. Johnston',
    '37acb90cb7d357bd',
  ],
  [
    '06-01',
    79,
    'Notable victims of the Nepalese royal massacre',
    5,
    'Aishwarya of Nepal',
    'Princess Shruti of Nepal',
    '0f92150aef79dfe3',
  ],
  [
    '07-17',
    39,
    'Victims of the Shooting of the Romanov family',
    11,
    'Grand Duchess Anastasia Nikolaevna of Russia',
    'Yevgeny Botkin',
    'b3ef10b6e2f1dbe2',
  ],
  [
    '07-17',
    77,
    'Victims of TWA Flight 800',
    4,
    'Michel Breistroff',
    'Jed Johnson',
    '1392abdec555fa1f',
  ],
  [
    '07-17',
    112,
    'Malaysia Airlines Flight 17 victims',
    4,
    'Liam Davison',
    'Willem Witteveen',
    '74d5735095dcdd1a',
  ],
  [
    '09-06',
    42,
    'Perpetrator and victims of the Munich massacre',
    10,
    'Luttif Afif',
    'Yakov Springer',
    '5c7a6d753b313d90',
  ],
  [
    '09-07',
    107,
    'Victims of the Lokomotiv Yaroslavl plane crash',
    10,
    'Pavol Demitra',
    'Josef Vašíček',
    'ff91f077304b3416',
  ],
  [
    '09-11',
    77,
    'Casualties of the September 11 attacks',
    18,
    'Mohamed Atta',
    'Marwan al-Shehhi',
    'fdd6dbcbe78528c2',
  ],
  ['10-14', 37, 'Sobibór uprising', 3, 'Rudolf Beckmann', 'Johann Niemann', 'ee7cb598c20c62dc'],
  [
    '10-16',
    43,
    'Nuremberg trial executions of the Main Trial',
    10,
    'Hans Frank',
    'Joachim von Ribbentrop',
    'cb5a759bbb9154ce',
  ],
  // A heading entry of its own, its members the entries after it.
  [
    '11-11',
    25,
    'Haymarket affair defendants',
    4,
    'George Engel',
    'August Spies',
    'f682ae78ff6890ea',
  ],
  [
    '11-23',
    41,
    'Notable victims of the Massacre of the Sixty',
    5,
    'Abiye Abebe',
    'Endelkachew Makonnen',
    '4f9c891218877e35',
  ],
  // Two members without a life note ("Tukaram Omble, Indian police officer") are members all the same.
  [
    '11-26',
    89,
    'Victims of the 2008 Mumbai attacks',
    5,
    'Gavriel Holtzberg',
    'Vijay Salaskar',
    '66aabd07deaa6a66',
  ],
  [
    '12-07',
    34,
    'Attack on Pearl Harbor',
    17,
    'Mervyn S. Bennion',
    'Eldon P. Wyman',
    '56b2aa874880fef5',
  ],
];

describe('grouped births and deaths (every one in the muffinlabs corpus)', () => {
  it('the fixture holds every group of the table', () => {
    expect(fixture.groups.map((g) => `${g.file} #${g.index}`).sort()).toEqual(
      GROUPS.map(([file, index]) => `${file}.json #${index}`).sort(),
    );
  });

  it.each(GROUPS)(
    '%s #%i becomes one entry, "%s", about its %i members',
    (file, index, title, size, first, last, hash) => {
      const { rows } = parseGroup(groupIn(file, index));
      const group = rows.find((r) => r.title === title);
      expect(group).toMatchObject({
        kind: 'death',
        externalId: `muffinlabs:${file}:death:${hash}`,
      });
      const people = group!.people;
      expect(people).toHaveLength(size);
      expect([people[0]?.name, people.at(-1)?.name]).toEqual([first, last]);
      // Every member is a person with their article, none is named after the heading.
      expect(people.filter((p) => p.referenceUrl === null)).toEqual([]);
      expect(people.filter((p) => p.name === title || title.includes(p.name))).toEqual([]);
      expect(group!.summary.startsWith(`${title}: `)).toBe(true);
    },
  );

  it('makes the person named before the 9/11 heading an entry of their own, with only her link', () => {
    const { rows } = parseGroup(groupIn('09-11', 77));
    expect(rows.map((r) => r.title)).toEqual([
      'Alice Stewart Trillin',
      'Casualties of the September 11 attacks',
    ]);
    expect(rows[0]).toMatchObject({
      year: 2001,
      summary: 'Alice Stewart Trillin, American author and educator (b. 1938)',
      people: [{ name: 'Alice Stewart Trillin', birthYear: 1938 }],
      articles: [{ title: 'Alice Stewart Trillin' }],
    });
    expect(rows[1]!.articles.map((a) => a.title)).not.toContain('Alice Stewart Trillin');
    expect(rows[1]!.articles.slice(0, 2).map((a) => a.title)).toEqual([
      'Casualties of the September 11 attacks',
      'September 11 attacks',
    ]);
  });

  // Also after the 9/11 split: the heading and member lines still name the group's entry.
  it.each([
    ['01-28', 54, 7, '1986'],
    ['02-06', 42, 8, '1958'],
    ['09-11', 77, 19, '2001'],
  ])(
    '%s: the entries repeating the lines of #%i (%i) are skipped as its repeats',
    (file, index, repeats, year) => {
      const { skipped } = parseGroup(groupIn(file, index));
      expect(skipped).toHaveLength(repeats);
      for (const s of skipped)
        expect(s).toMatchObject({
          code: 'repeated-line',
          reason: `repeats a line of the grouped entry Deaths #0 (${year}), which is imported with it`,
        });
    },
  );

  it('tells the ids the Haymarket members had as entries of their own', () => {
    const { rows, skipped } = parseGroup(groupIn('11-11', 25));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.supersedes).toEqual([
      'muffinlabs:11-11:death:0fb980de2a0ca827',
      'muffinlabs:11-11:death:f782c6a169c236b3',
      'muffinlabs:11-11:death:6afbdfe65acd0448',
      'muffinlabs:11-11:death:14f11ad378d365a0',
    ]);
    expect(skipped.map((s) => [s.where.index, s.code])).toEqual([
      [1, 'group-member'],
      [2, 'group-member'],
      [3, 'group-member'],
      [4, 'group-member'],
    ]);
  });
});
