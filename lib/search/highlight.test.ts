import { describe, expect, it } from 'vitest';
import { foldToken, highlight, markdownToPlainText, snippet } from './highlight';

const hits = (segments: { text: string; hit: boolean }[] | null) =>
  (segments ?? []).filter((s) => s.hit).map((s) => s.text);

describe('highlight', () => {
  it('marks whole words and the last word as a prefix, ignoring case and diacritics', () => {
    const segs = highlight('Jóhanna Sigurðardóttir meets MUSSOLINI’s envoy', {
      words: ['johanna', 'mussol'],
      prefixLast: true,
    });
    expect(hits(segs)).toEqual(['Jóhanna', 'MUSSOLINI']);
    expect(segs.map((s) => s.text).join('')).toBe('Jóhanna Sigurðardóttir meets MUSSOLINI’s envoy');
  });

  it('does not treat earlier words as prefixes', () => {
    expect(hits(highlight('Rome and Romania', { words: ['rome', 'x'], prefixLast: true }))).toEqual(
      ['Rome'],
    );
    expect(hits(highlight('Rome and Romania', { words: ['rom'], prefixLast: false }))).toEqual([]);
  });
});

describe('snippet', () => {
  const text = Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ');
  it('cuts a window around the first hit with ellipses', () => {
    const segs = snippet(text, { words: ['w30'], prefixLast: false }, 10)!;
    const joined = segs.map((s) => s.text).join('');
    expect(joined).toBe('… w22 w23 w24 w25 w26 w27 w28 w29 w30 w31 …');
    expect(hits(segs)).toEqual(['w30']);
  });

  it('keeps the start when the hit is early and returns null without a hit', () => {
    expect(
      snippet(text, { words: ['w1'], prefixLast: false }, 5)!
        .map((s) => s.text)
        .join(''),
    ).toBe('w0 w1 w2 w3 w4 …');
    expect(snippet(text, { words: ['zzz'], prefixLast: false })).toBeNull();
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
