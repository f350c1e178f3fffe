import { describe, expect, it } from 'vitest';
import { findSameStory, type ExistingEvent } from './match';
import type { ImportRow } from './types';

function row(over: Partial<ImportRow>): ImportRow {
  return {
    externalId: 'wikimedia:10-30:event:0000000000000000',
    kind: 'event',
    title: 't',
    summary: 's',
    year: 1961,
    month: 10,
    day: 30,
    precision: 'day',
    circa: false,
    calendar: 'gregorian',
    source: 'wikimedia',
    sourceUrl: 'https://en.wikipedia.org/wiki/October_30',
    license: 'CC BY-SA 4.0',
    categorySlug: 'general-history',
    featured: false,
    references: [],
    articles: [],
    people: [],
    where: { file: 'f.json', section: 'events', index: 0, rawYear: '1961' },
    ...over,
  };
}

function existing(over: Partial<ExistingEvent>): ExistingEvent {
  return {
    id: 1,
    slug: 'x',
    kind: 'event',
    year: 1961,
    title: 't',
    summary: 's',
    source: 'muffinlabs',
    people: [],
    referenceUrls: [],
    articleUrls: [],
    ...over,
  };
}

const tsarBomba = 'https://en.wikipedia.org/wiki/Tsar_Bomba';

describe('findSameStory', () => {
  it('matches the same sentence worded slightly differently', () => {
    const mine = row({
      summary:
        'The first democratic elections in Argentina after seven years of military rule are held.',
    });
    const theirs = existing({
      summary:
        'The first democratic elections in Argentina, after seven years of military rule, are held.',
    });
    expect(findSameStory(mine, [theirs])).toBe(theirs);
  });

  it('matches a looser retelling only when both cite the same article', () => {
    const theirs = existing({
      summary:
        'The Soviet Union detonates the Tsar Bomba, the most powerful explosive device ever detonated.',
      referenceUrls: [tsarBomba],
    });
    const summary =
      'The Soviet Union detonates the Tsar Bomba over Novaya Zemlya; equivalent to 57 megatons of TNT, it remains the largest explosive device ever detonated.';
    expect(
      findSameStory(
        row({
          summary,
          references: [{ url: tsarBomba, title: 'Tsar Bomba', publisher: 'Wikipedia' }],
        }),
        [theirs],
      ),
    ).toBe(theirs);
    expect(findSameStory(row({ summary }), [theirs])).toBeNull();
  });

  it('never matches another year or another kind', () => {
    const theirs = existing({ summary: 'Same words.' });
    expect(findSameStory(row({ summary: 'Same words.', year: 1962 }), [theirs])).toBeNull();
    expect(
      findSameStory(row({ summary: 'Same words.', kind: 'observance', year: null }), [theirs]),
    ).toBeNull();
  });

  it('matches births and deaths by the person', () => {
    const person = {
      name: 'Devin Booker',
      description: 'American basketball player',
      referenceUrl: 'https://en.wikipedia.org/wiki/Devin_Booker',
      birthYear: null,
      deathYear: null,
    };
    const birth = (people: ImportRow['people']) => row({ kind: 'birth', year: 1996, people });
    const theirs = existing({ kind: 'birth', year: 1996, title: 'Devin Booker', people: [person] });
    expect(findSameStory(birth([person]), [theirs])).toBe(theirs);
    expect(findSameStory(birth([{ ...person, referenceUrl: null }]), [theirs])).toBe(theirs);
    expect(
      findSameStory(birth([{ ...person, name: 'Someone Else', referenceUrl: null }]), [theirs]),
    ).toBeNull();
  });

  it('recognises a person whose article was renamed between the two scrapes', () => {
    const halsey = existing({
      kind: 'birth',
      year: 1882,
      title: 'William Halsey, Jr.',
      people: [
        {
          name: 'William Halsey, Jr.',
          referenceUrl: 'https://en.wikipedia.org/wiki/William_Halsey,_Jr.',
          description: 'American admiral',
        },
      ],
    });
    const mine = {
      name: 'William Halsey Jr.',
      description: 'American admiral',
      referenceUrl: 'https://en.wikipedia.org/wiki/William_Halsey_Jr.',
      birthYear: null,
      deathYear: 1959,
    };
    expect(findSameStory(row({ kind: 'birth', year: 1882, people: [mine] }), [halsey])).toBe(
      halsey,
    );

    const poulter = existing({
      kind: 'birth',
      year: 1978,
      title: 'Dan Poulter',
      people: [
        {
          name: 'Dan Poulter',
          referenceUrl: 'https://en.wikipedia.org/wiki/Dan_Poulter',
          description: 'English physician and politician',
        },
      ],
    });
    const daniel = {
      name: 'Daniel Poulter',
      description: 'English physician and politician',
      referenceUrl: 'https://en.wikipedia.org/wiki/Daniel_Poulter',
      birthYear: null,
      deathYear: null,
    };
    expect(findSameStory(row({ kind: 'birth', year: 1978, people: [daniel] }), [poulter])).toBe(
      poulter,
    );
    expect(
      findSameStory(
        row({ kind: 'birth', year: 1978, people: [{ ...daniel, name: 'Daniel Smith' }] }),
        [poulter],
      ),
    ).toBeNull();
  });
  it('compares one-sentence entries by their titles, not by their empty summaries', () => {
    const mine = row({
      title: 'A lighthouse is lit for the first time on the northern cape',
      summary: '',
    });
    const other = existing({ title: 'A new railway station opens in the capital', summary: '' });
    expect(findSameStory(mine, [other])).toBeNull();
    const same = existing({
      title: 'A lighthouse is lit for the first time on the northern cape.',
      summary: '',
    });
    expect(findSameStory(mine, [other, same])).toBe(same);
    // An entry of several sentences against the same text imported whole as a summary.
    const split = row({
      title: 'A lighthouse is lit for the first time on the northern cape',
      summary: 'Its keeper lives there with his family.',
    });
    const whole = existing({
      title: 'A lighthouse is lit for the first time…',
      summary:
        'A lighthouse is lit for the first time on the northern cape. Its keeper lives there with his family.',
    });
    expect(findSameStory(split, [whole])).toBe(whole);
  });
});
