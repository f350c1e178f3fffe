import { describe, expect, it } from 'vitest';
import { datesAgree, datesConfirm, extractPerson } from './people';

const wiki = (title: string) => ({
  title,
  url: `https://en.wikipedia.org/wiki/${title.replace(/ /g, '_')}`,
});

describe('extractPerson', () => {
  it('takes the name from the first link the line starts with', () => {
    expect(
      extractPerson({
        kind: 'birth',
        text: 'Edward Coke, English lawyer, judge, and politician (d. 1634)',
        links: [wiki('Edward Coke')],
      }),
    ).toEqual({
      name: 'Edward Coke',
      description: 'English lawyer, judge, and politician',
      referenceUrl: 'https://en.wikipedia.org/wiki/Edward_Coke',
      birthYear: null,
      deathYear: 1634,
    });
  });

  it('reads the birth year of a death line, circa included', () => {
    expect(
      extractPerson({
        kind: 'death',
        text: "Kan B'alam I, ruler of Palenque (b. 524)",
        links: [wiki("Kan B'alam I")],
      }),
    ).toMatchObject({
      name: "Kan B'alam I",
      birthYear: 524,
    });
    expect(
      extractPerson({ kind: 'death', text: 'Alan Rufus (b. c. 1040)', links: [] }),
    ).toMatchObject({ name: 'Alan Rufus', birthYear: 1040 });
  });

  it('matches a link whose title carries a disambiguation, or whose shown text differs', () => {
    expect(
      extractPerson({
        kind: 'death',
        text: 'Ed White, American astronaut (b. 1930)',
        links: [wiki('Ed White (astronaut)')],
      }),
    ).toMatchObject({
      name: 'Ed White',
      referenceUrl: 'https://en.wikipedia.org/wiki/Ed_White_(astronaut)',
    });
    // The HTML shows "Guangwu of Han" for the article "Emperor Guangwu of Han".
    expect(
      extractPerson({
        kind: 'birth',
        text: 'Guangwu of Han, Chinese emperor (d. 57)',
        links: [
          { title: 'Guangwu of Han', url: 'https://en.wikipedia.org/wiki/Emperor_Guangwu_of_Han' },
          wiki('Emperor Guangwu of Han'),
        ],
      }),
    ).toMatchObject({
      name: 'Guangwu of Han',
      referenceUrl: 'https://en.wikipedia.org/wiki/Emperor_Guangwu_of_Han',
      deathYear: 57,
    });
  });

  it('keeps a name that contains a comma when a link says so', () => {
    expect(
      extractPerson({
        kind: 'death',
        text: 'Henrik, Prince Consort of Denmark, French-born Danish royal (b. 1934)',
        links: [wiki('Henrik, Prince Consort of Denmark')],
      }),
    ).toMatchObject({
      name: 'Henrik, Prince Consort of Denmark',
      description: 'French-born Danish royal',
    });
  });

  it('falls back to the text before the first comma, linking an article named inside it', () => {
    expect(
      extractPerson({
        kind: 'death',
        text: 'King Henry I of Cyprus (b. 1217)',
        links: [wiki('Henry I of Cyprus')],
      }),
    ).toMatchObject({
      name: 'King Henry I of Cyprus',
      referenceUrl: 'https://en.wikipedia.org/wiki/Henry_I_of_Cyprus',
    });
    expect(
      extractPerson({ kind: 'birth', text: 'Anthony Donovan, Canadian singer', links: [] }),
    ).toMatchObject({
      name: 'Anthony Donovan',
      description: 'Canadian singer',
      referenceUrl: null,
    });
  });

  it('accepts a full stop where a comma belongs', () => {
    expect(
      extractPerson({
        kind: 'birth',
        text: 'Billy Fury. English pop star (b. 1940)',
        links: [wiki('Billy Fury')],
      }),
    ).toMatchObject({
      name: 'Billy Fury',
      description: 'English pop star',
    });
  });
});

describe('extractPerson with a renamed article', () => {
  it('reads "William Halsey, Jr." for the article "William Halsey Jr."', () => {
    expect(
      extractPerson({
        kind: 'birth',
        text: 'William Halsey, Jr., American admiral (d. 1959)',
        links: [wiki('William Halsey Jr.')],
      }),
    ).toMatchObject({
      name: 'William Halsey, Jr.',
      description: 'American admiral',
      referenceUrl: 'https://en.wikipedia.org/wiki/William_Halsey_Jr.',
    });
  });
});

describe('extractPerson: life notes as the corpus writes them', () => {
  // Real lines of ../shared/data/muffinlabs (text and the links' titles): the note lost its space,
  // or starts with a doubt about the entry's own date (see date-notes.ts).
  it.each([
    [
      'death',
      'John Bauer, Swedish painter and illustrator (b.1882)',
      'John Bauer (illustrator)',
      'John Bauer',
      'Swedish painter and illustrator',
      1882,
    ],
    [
      'death',
      'Isidore Glabas, Metropolitan bishop of Thessalonica (b.c. 1341)',
      'Isidore Glabas',
      'Isidore Glabas',
      'Metropolitan bishop of Thessalonica',
      1341,
    ],
    [
      'death',
      'Eadgyth, Queen consort of Germany (b.c 910)',
      'Eadgyth',
      'Eadgyth',
      'Queen consort of Germany',
      910,
    ],
    [
      'birth',
      'Antonio del Pollaiolo, Italian artist (d.c. 1498)',
      'Antonio del Pollaiolo',
      'Antonio del Pollaiolo',
      'Italian artist',
      1498,
    ],
    [
      'birth',
      'Didius Julianus, Roman emperor (probable; d. 193)[8]',
      'Didius Julianus',
      'Didius Julianus',
      'Roman emperor',
      193,
    ],
  ] as const)('%s: %j', (kind, text, linkTitle, name, description, otherYear) => {
    expect(extractPerson({ kind, text, links: [wiki(linkTitle)] })).toMatchObject({
      name,
      description,
      birthYear: kind === 'death' ? otherYear : null,
      deathYear: kind === 'birth' ? otherYear : null,
    });
  });
});
describe('extractPerson with a hyphenated end to the linked name', () => {
  it.each([
    [
      'birth',
      'Henry, Count of Württemberg-Montbéliard (1473-1482) (d. 1519)',
      'Henry, Count of Württemberg',
      'Henry, Count of Württemberg-Montbéliard',
    ],
    [
      'death',
      'Francis, Duke of Pomerania-Stettin, Bishop of Cammin (b. 1577)',
      'Francis, Duke of Pomerania',
      'Francis, Duke of Pomerania-Stettin',
    ],
  ] as const)('%s: "%s" names the linked article', (kind, text, title, name) => {
    expect(extractPerson({ kind, text, links: [wiki(title)] })).toMatchObject({
      name,
      referenceUrl: wiki(title).url,
    });
  });
});

const on = (year: number, month: number | null = null, day: number | null = null) => ({
  year,
  month,
  day,
});

describe('datesAgree and datesConfirm: can two records be one life?', () => {
  // Each pair is two real entries' dates: the day of the entry and the year of its life note.
  it.each([
    // Henry, bishop (d. 20 January 1156) and Henry, Count of Württemberg-Montbéliard (b. 1448, d. 1519).
    [
      'a death before the other birth',
      { birth: null, death: on(1156, 1, 20) },
      { birth: on(1448, 9, 7), death: on(1519) },
      false,
      false,
    ],
    // Felice Bryant (b. 1925) and Boudleaux Bryant (b. 1920), one article about both.
    [
      'two births',
      { birth: on(1925, 8, 7), death: on(2003) },
      { birth: on(1920, 2, 13), death: on(1987) },
      false,
      false,
    ],
    // Louis Lumière's birth (5 October 1864, d. 1948) and his death (6 June 1948, b. 1864).
    [
      'birth and death of one life',
      { birth: on(1864, 10, 5), death: on(1948) },
      { birth: on(1864), death: on(1948, 6, 6) },
      true,
      true,
    ],
    // Isaac Newton, born 25 December 1642 (Julian) and 4 January 1643 (Gregorian).
    [
      'one birth in two calendars',
      { birth: on(1642, 12, 25), death: on(1726) },
      { birth: on(1643, 1, 4), death: on(1727) },
      false,
      false,
    ],
    [
      'one birth in two calendars, no death',
      { birth: on(1642, 12, 25), death: null },
      { birth: on(1643, 1, 4), death: null },
      true,
      false,
    ],
    // Wang Hao the chess player (4 August 1989) and Wang Hao the race walker (16 August 1989).
    [
      'births twelve days apart',
      { birth: on(1989, 8, 4), death: null },
      { birth: on(1989, 8, 16), death: null },
      true,
      false,
    ],
    // Jeanne Calment: born 1875, died 1997, the longest life on record.
    [
      '122 years',
      { birth: on(1875, 2, 21), death: null },
      { birth: null, death: on(1997, 8, 4) },
      true,
      false,
    ],
    [
      '123 years',
      { birth: on(1875, 2, 21), death: null },
      { birth: null, death: on(1998, 8, 4) },
      false,
      false,
    ],
    // Sergius VII of Naples (d. 1137), from two sources, neither with a birth.
    [
      'the same death',
      { birth: null, death: on(1137, 10, 30) },
      { birth: null, death: on(1137, 10, 30) },
      true,
      true,
    ],
    [
      'nothing known',
      { birth: null, death: null },
      { birth: on(1448, 9, 7), death: null },
      true,
      false,
    ],
  ])('%s: agree %s, confirm %s', (_what, a, b, agree, confirm) => {
    expect(datesAgree(a, b)).toBe(agree);
    expect(datesAgree(b, a)).toBe(agree);
    expect(datesConfirm(a, b)).toBe(confirm);
  });
});
