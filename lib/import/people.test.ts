import { describe, expect, it } from 'vitest';
import { extractPerson } from './people';

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
