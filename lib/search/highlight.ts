import type { TextSegment } from './search-params';

/*
 * Marks the searched words in a title or passage, the way the FTS5 index matched them
 * (unicode61 tokens, case and diacritics ignored, the last word as a prefix while typing).
 * Done here on the page's 20 rows instead of with FTS5's highlight()/snippet(), which would
 * make SQLite walk every hit of a common word a second time.
 */

const TOKEN = /[\p{L}\p{N}]+/gu;

/** A token as the index compares it: lower case, without diacritics ("Jóhanna" -> "johanna"). */
export function foldToken(token: string): string {
  return token.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export type Terms = { words: string[]; prefixLast: boolean };

function matcher(terms: Terms): (token: string) => boolean {
  const words = terms.words.map(foldToken);
  const exact = new Set(terms.prefixLast ? words.slice(0, -1) : words);
  const prefix = terms.prefixLast ? words.at(-1) : undefined;
  return (token) => {
    const t = foldToken(token);
    return exact.has(t) || (prefix !== undefined && t.startsWith(prefix));
  };
}

type Token = { start: number; end: number; hit: boolean };

function tokens(text: string, isHit: (t: string) => boolean): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    hit: isHit(m[0]),
  }));
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
  return segmentsOf(text, tokens(text, matcher(terms)), 0, text.length);
}

/**
 * A passage of about `words` words around the first matched word, marked, with "…" where text
 * was cut; null when the text has no match.
 */
export function snippet(text: string, terms: Terms, words = 30): TextSegment[] | null {
  const toks = tokens(text, matcher(terms));
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
