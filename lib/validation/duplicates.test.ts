import { describe, expect, it } from 'vitest';
import { isLikelyDuplicateTitle, titleSimilarity } from './duplicates';

describe('isLikelyDuplicateTitle', () => {
  it.each([
    ['UK recognises the Soviet Union', 'The UK recognises the Soviet Union', true],
    ['United Kingdom recognises the USSR', 'UK recognises USSR', false],
    ['Soviet Union recognised by Italy', 'Italy recognises Soviet Union', true],
    ['Treaty of Rapallo', 'The Treaty of Rapallo is signed', true],
    ['Italy recognises the Soviet Union', 'Mexico recognises the Soviet Union', true],
    ['Lenin dies', 'Coup in Myanmar', false],
    ['', 'Anything', false],
    ['Élysée Treaty', 'elysee treaty', true],
  ])('%j ~ %j -> %s', (a, b, expected) => {
    expect(isLikelyDuplicateTitle(a, b)).toBe(expected);
  });

  it('scores word overlap (Jaccard)', () => {
    // 'a' is a stop word: {b, c, d} against {b, x, y}.
    expect(titleSimilarity('a b c d', 'a b x y')).toBeCloseTo(1 / 5);
    expect(
      titleSimilarity('Mexico recognises Soviet Union', 'Mexico recognises Soviet Russia'),
    ).toBeCloseTo(3 / 5);
  });
});
