// Likely duplicates: two events on the same date whose titles say nearly the same thing.

import type { EventStatus } from '@/lib/events/enums';

/** An existing event the editor is asked about before saving a likely duplicate. */
export type DuplicateCandidate = {
  id: number;
  title: string;
  slug: string;
  status: EventStatus;
  date: string;
};

const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'by',
  'for',
  'from',
  'in',
  'into',
  'is',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
]);

/** Lower-case words without accents or punctuation: "The Treaty of Rapallo," -> "the treaty of rapallo". */
function normalizeTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The words that carry meaning (stop words dropped unless nothing else is left). */
function titleTokens(title: string): Set<string> {
  const words = normalizeTitle(title).split(' ').filter(Boolean);
  const meaningful = words.filter((w) => !STOP_WORDS.has(w));
  return new Set(meaningful.length > 0 ? meaningful : words);
}

/** Jaccard similarity of the two titles' word sets, 0–1. */
export function titleSimilarity(a: string, b: string): number {
  const ta = titleTokens(a);
  const tb = titleTokens(b);
  if (ta.size === 0 || tb.size === 0) return 0;
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return shared / (ta.size + tb.size - shared);
}

const DUPLICATE_THRESHOLD = 0.5;

/** True when the titles share at least half their words, or one (as words) contains the other. */
export function isLikelyDuplicateTitle(a: string, b: string): boolean {
  const na = normalizeTitle(a);
  const nb = normalizeTitle(b);
  if (na === '' || nb === '') return false;
  const contains = ` ${na} `.includes(` ${nb} `) || ` ${nb} `.includes(` ${na} `);
  return contains || titleSimilarity(a, b) >= DUPLICATE_THRESHOLD;
}
