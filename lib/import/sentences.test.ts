import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

describe('splitSentences', () => {
  it('splits a text into its sentences', () => {
    expect(
      splitSentences(
        'A new bridge opens over the river. Thousands cross it on the first day! Was it worth the cost? Most said yes.',
      ),
    ).toEqual([
      'A new bridge opens over the river.',
      'Thousands cross it on the first day!',
      'Was it worth the cost?',
      'Most said yes.',
    ]);
  });

  it('returns a one-sentence text whole', () => {
    expect(splitSentences('The council meets for the first time.')).toEqual([
      'The council meets for the first time.',
    ]);
    expect(splitSentences('No final full stop here')).toEqual(['No final full stop here']);
  });

  it('does not split after initials, abbreviations or short numbers', () => {
    for (const text of [
      'The treaty is signed by John Q. Adams and two envoys in the capital.',
      'Troops reach the Battle of St. Quentin before dawn and hold the line.',
      'A storm hits Washington, D.C. Nobody is hurt in the city.',
      'The club is founded as 1. FC Nordstadt by eleven students.',
      'Talks open under Gen. Morales and Col. Ibáñez in the northern province.',
      'The fair opens in Minneapolis-St. Paul with forty stands.',
    ])
      expect(splitSentences(text)).toEqual([text]);
  });

  it('does not split inside brackets or quotation marks', () => {
    const text = 'The paper reports "Peace at last. The war is over." and sells out by noon.';
    expect(splitSentences(text)).toEqual([text]);
    const bracketed = 'The ship sinks (all crew are saved. The cargo is lost) near the cape.';
    expect(splitSentences(bracketed)).toEqual([bracketed]);
  });

  it('splits after a closing quotation mark or bracket', () => {
    expect(
      splitSentences('The band plays "The Last Waltz". The crowd sings along until midnight.'),
    ).toEqual(['The band plays "The Last Waltz".', 'The crowd sings along until midnight.']);
    expect(
      splitSentences(
        'A rover lands on the plain (the first of two). It sends pictures within hours.',
      ),
    ).toEqual([
      'A rover lands on the plain (the first of two).',
      'It sends pictures within hours.',
    ]);
  });

  it('keeps a fragment of a word or two with the sentence before it', () => {
    expect(splitSentences('The fleet sails. Home.')).toEqual(['The fleet sails. Home.']);
    expect(splitSentences('It rains. The harvest is saved by a late summer.')).toEqual([
      'It rains. The harvest is saved by a late summer.',
    ]);
  });
});
