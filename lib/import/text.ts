// Wikipedia text as scraped: citation markers, odd spaces, stray newlines.

import { withoutUnsafeText } from '@/lib/validation/unsafe-text';

// "[32]", "[n 1]", "[note 3]", "[a]", and inline maintenance tags ("[citation needed]", "[update]",
// "[better source needed]"). "[sic]" and bracketed content such as "[***]" are part of the text.
const CITATION_MARKER =
  /\[(?:\d{1,4}|[a-z]|(?:n|nb|note|lower-alpha|upper-alpha)[\s\u00a0]*\d{1,4}|(?!sic\])[a-z][a-z\s\u00a0?'-]{2,40})\]/gi;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
const SPACES = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;

/**
 * Strips citation markers, zero-width characters and the controls no title or name may hold
 * (lib/validation/unsafe-text.ts), turns any run of whitespace (NBSP, newlines) into one space, trims.
 */
export function cleanText(text: string): string {
  return withoutUnsafeText(text)
    .replace(ZERO_WIDTH, '')
    .replace(CITATION_MARKER, '')
    .replace(SPACES, ' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    .trim();
}

/** Removes "(pictured)", "(pictured left)" and the like: Wikimedia's texts point at an image we do not show. */
export function removePictured(text: string): string {
  return text.replace(/\s*\((?:pictured|shown)(?:[\s,][^()]*)?\)/gi, '');
}

/** Cuts text to at most `max` characters at a word boundary, ending with '…' when anything was cut. */
export function truncateAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  const base = lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut;
  return `${base.replace(/[\s,;:.\-–—(]+$/, '')}…`;
}

/** Lower-case words without punctuation, for comparing two wordings of the same fact. */
export function normalizeForComparison(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// Just enough stemming for two wordings of one sentence: "recognizes" ~ "recognises" ~ "recognised".
function stem(word: string): string {
  const w = word.replace(/iz/g, 'is');
  return w.length > 4 ? w.replace(/(?:es|s|ed|ing)$/, '') : w;
}

const STOP_WORDS = new Set(
  'the a an of in on at to and or for by with from is are was were be as its it his her their that this which after into during'.split(
    ' ',
  ),
);

/**
 * Dice coefficient (0–1) of the two texts' sets of content words: 1 for the same words in any order.
 * Used to recognise the same event worded slightly differently by two sources. With `prefix`, words
 * are compared by their first letters only ("Prussia" ~ "Prussian", "Austria" ~ "Austrian").
 */
export function wordSimilarity(a: string, b: string, o: { prefix?: number } = {}): number {
  const words = (s: string) =>
    new Set(
      normalizeForComparison(s)
        .split(' ')
        .filter((w) => w.length > 1 && !STOP_WORDS.has(w))
        .map((w) => (o.prefix ? stem(w).slice(0, o.prefix) : stem(w))),
    );
  const wa = words(a);
  const wb = words(b);
  if (wa.size === 0 || wb.size === 0) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return (2 * shared) / (wa.size + wb.size);
}
