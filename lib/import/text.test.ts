import { describe, expect, it } from 'vitest';
import { cleanText, removePictured, truncateAtWord, wordSimilarity } from './text';

describe('cleanText', () => {
  it.each([
    [
      'Eleanor of Navarre, Queen regnant of Navarre (d. 1479)[3]',
      'Eleanor of Navarre, Queen regnant of Navarre (d. 1479)',
    ],
    ['Rita Reys, Dutch jazz singer[6] (b. 1924)', 'Rita Reys, Dutch jazz singer (b. 1924)'],
    [
      'Dicky Wells, American jazz trombonist (d. 1985)[n 1]',
      'Dicky Wells, American jazz trombonist (d. 1985)',
    ],
    ['An event.[note 1][12]', 'An event.'],
    ['A claim[citation needed] stands.', 'A claim stands.'],
    ['A claim[better\u00a0source\u00a0needed].', 'A claim.'],
    ['It is, as of 2017[update], the tallest tower', 'It is, as of 2017, the tallest tower'],
    ['Viggo Mortensen, actor\u00a0', 'Viggo Mortensen, actor'],
    [
      ' Har Gobind Khorana, South Asian American  biochemist (b. 1922)',
      'Har Gobind Khorana, South Asian American biochemist (b. 1922)',
    ],
    ['line one\nline two\u200b', 'line one line two'],
  ])('%j -> %j', (input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });

  it('keeps brackets that are part of the text', () => {
    expect(cleanText('the letter "S" [***] in Morse Code')).toBe(
      'the letter "S" [***] in Morse Code',
    );
    expect(cleanText('he wrote "teh" [sic] twice')).toBe('he wrote "teh" [sic] twice');
  });
});

describe('removePictured', () => {
  it('drops "(pictured)" notes that point at an image', () => {
    expect(removePictured('Raúl Alfonsín (pictured) being elected')).toBe(
      'Raúl Alfonsín being elected',
    );
    expect(removePictured('The bridge (pictured in 2010) opens')).toBe('The bridge opens');
  });
});

describe('truncateAtWord', () => {
  it('leaves short text alone', () => {
    expect(truncateAtWord('Short text', 110)).toBe('Short text');
  });

  it('cuts at a word boundary and adds an ellipsis', () => {
    const cut = truncateAtWord(
      'The Nika riots break out, during the racing season at the Hippodrome in Constantinople',
      40,
    );
    expect(cut).toBe('The Nika riots break out, during the…');
    expect(cut.length).toBeLessThanOrEqual(40);
  });
});

describe('wordSimilarity', () => {
  it('is 1 for the same words with other punctuation and spelling', () => {
    expect(
      wordSimilarity(
        'The United Kingdom recognizes the Soviet Union.',
        'The United Kingdom recognises the Soviet Union',
      ),
    ).toBe(1);
  });

  it('is low for different events of the same year', () => {
    expect(
      wordSimilarity(
        'The Soviet Union detonates the Tsar Bomba over Novaya Zemlya.',
        "Due to \"violations of Vladimir Lenin's precepts\", it is decreed that Stalin's body be removed from Lenin's tomb.",
      ),
    ).toBeLessThan(0.2);
  });
});
