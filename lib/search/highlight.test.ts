import { describe, expect, it } from 'vitest';
import { buildFtsQuery } from './fts-query';
import { foldToken, highlight, markdownToPlainText, snippet, type Terms } from './highlight';

const hits = (segments: { text: string; hit: boolean }[] | null) =>
  (segments ?? []).filter((s) => s.hit).map((s) => s.text);
/** What the page marks for a query: the phrases its MATCH expression can match. */
const termsOf = (q: string, prefixLastTerm = true): Terms => ({
  phrases: buildFtsQuery(q, { prefixLastTerm })!.phrases,
});

describe('highlight', () => {
  it('marks whole words and the last word as a prefix, ignoring case and diacritics', () => {
    const segs = highlight(
      'Jóhanna Sigurðardóttir meets MUSSOLINI’s envoy',
      termsOf('johanna mussol'),
    );
    expect(hits(segs)).toEqual(['Jóhanna', 'MUSSOLINI']);
    expect(segs.map((s) => s.text).join('')).toBe('Jóhanna Sigurðardóttir meets MUSSOLINI’s envoy');
  });

  it('does not treat earlier words as prefixes', () => {
    expect(hits(highlight('Rome and Romania', termsOf('rome x')))).toEqual(['Rome']);
    expect(hits(highlight('Rome and Romania', termsOf('rom', false)))).toEqual([]);
  });

  it('marks the other forms of a word, as the stemming index matched them', () => {
    expect(
      hits(
        highlight(
          'Eagle landed; the landings were filmed; Landon and a landscape',
          termsOf('landing'),
        ),
      ),
    ).toEqual(['landed', 'landings']);
    expect(hits(highlight('Oxford University and its universities', termsOf('universit')))).toEqual(
      ['University', 'universities'],
    );
  });

  it('marks an alias’s phrase only where its words stand together', () => {
    expect(hits(highlight('World War II ends; a war in the world; WWII', termsOf('ww2')))).toEqual([
      'World',
      'War',
      'II',
      'WWII',
    ]);
  });
});

describe('snippet', () => {
  const text = Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ');
  it('cuts a window around the first hit with ellipses', () => {
    const segs = snippet(text, termsOf('w30', false), 10)!;
    const joined = segs.map((s) => s.text).join('');
    expect(joined).toBe('… w22 w23 w24 w25 w26 w27 w28 w29 w30 w31 …');
    expect(hits(segs)).toEqual(['w30']);
  });

  it('keeps the start when the hit is early and returns null without a hit', () => {
    expect(
      snippet(text, termsOf('w1', false), 5)!
        .map((s) => s.text)
        .join(''),
    ).toBe('w0 w1 w2 w3 w4 …');
    expect(snippet(text, termsOf('zzz', false))).toBeNull();
  });
});

describe('markdownToPlainText / foldToken', () => {
  it('drops markup and link targets', () => {
    expect(
      markdownToPlainText('## Aftermath\n\nThe [treaty](https://x.test/t) was **signed**.\n- one'),
    ).toBe('Aftermath The treaty was signed. one');
  });
  it('folds case and diacritics like the index', () => {
    expect(foldToken('Ærø')).toBe('ærø');
    expect(foldToken('Éire')).toBe('eire');
  });
});
