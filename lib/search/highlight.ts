import { foldToken, type MatchPhrase } from './fts-query';
import { porterStem } from './porter';
import type { TextSegment } from './search-params';

/*
 * Marks the searched words in a title or passage, the way the FTS5 index matched them
 * (unicode61 tokens, case and diacritics ignored, stemmed, phrases in order, the last word as a
 * prefix while typing: see fts-query.ts). Done here on the page's 20 rows instead of with FTS5's
 * highlight()/snippet(), which would make SQLite walk every hit of a common word a second time.
 */

const TOKEN = /[\p{L}\p{N}]+/gu;

export { foldToken };

/** What a search matched: every phrase of its MATCH expression (FtsQuery.phrases). */
export type Terms = { phrases: MatchPhrase[] };

type Token = { start: number; end: number; hit: boolean };

function matchesStem(stem: string, phrase: MatchPhrase, index: number): boolean {
  const want = phrase.stems[index]!;
  if (stem === want) return true;
  if (index !== phrase.stems.length - 1) return false;
  return (phrase.prefix && stem.startsWith(want)) || phrase.shorter.includes(stem);
}

/** Stems of words seen lately: a page's passages repeat most of their words. */
const STEMS = new Map<string, string>();
const STEM_CACHE_SIZE = 20_000;

function stemOf(token: string): string {
  let stem = STEMS.get(token);
  if (stem === undefined) {
    if (STEMS.size >= STEM_CACHE_SIZE) STEMS.clear();
    stem = porterStem(foldToken(token));
    STEMS.set(token, stem);
  }
  return stem;
}

function tokens(text: string, terms: Terms): Token[] {
  const found = [...text.matchAll(TOKEN)];
  const stems = found.map((m) => stemOf(m[0]));
  const hit = stems.map(() => false);
  for (const phrase of terms.phrases) {
    const n = phrase.stems.length;
    for (let i = 0; i + n <= stems.length; i++) {
      let all = true;
      for (let k = 0; k < n && all; k++) all = matchesStem(stems[i + k]!, phrase, k);
      if (all) for (let k = 0; k < n; k++) hit[i + k] = true;
    }
  }
  return found.map((m, i) => ({ start: m.index, end: m.index + m[0].length, hit: hit[i]! }));
}

function segmentsOf(text: string, toks: Token[], from: number, to: number): TextSegment[] {
  const out: TextSegment[] = [];
  let at = from;
  for (const t of toks) {
    if (!t.hit || t.start < from || t.end > to) continue;
    if (t.start > at) out.push({ text: text.slice(at, t.start), hit: false });
    out.push({ text: text.slice(t.start, t.end), hit: true });
    at = t.end;
  }
  if (at < to) out.push({ text: text.slice(at, to), hit: false });
  return out;
}

/** The whole text with the matched words marked. */
export function highlight(text: string, terms: Terms): TextSegment[] {
  return segmentsOf(text, tokens(text, terms), 0, text.length);
}

/**
 * A passage of about `words` words around the first matched word, marked, with "…" where text
 * was cut; null when the text has no match.
 */
export function snippet(text: string, terms: Terms, words = 30): TextSegment[] | null {
  const toks = tokens(text, terms);
  const first = toks.findIndex((t) => t.hit);
  if (first === -1) return null;
  const startIndex = Math.max(0, Math.min(first - 8, toks.length - words));
  const endIndex = Math.min(toks.length - 1, startIndex + words - 1);
  const from = startIndex === 0 ? 0 : toks[startIndex]!.start;
  const to = endIndex === toks.length - 1 ? text.length : toks[endIndex]!.end;
  const parts = segmentsOf(text, toks, from, to);
  if (from > 0) parts.unshift({ text: '… ', hit: false });
  if (to < text.length) parts.push({ text: ' …', hit: false });
  return parts;
}

/** Markdown as plain running text for a snippet: no markup characters, link text without its URL. */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/^\s{0,3}(?:#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
    .replace(/[*_`~]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
