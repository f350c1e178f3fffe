// An entry's text with its links inline (issue 11), as Wikipedia's date pages show them: each link's
// anchor text, where the text still has it, becomes a link to Almanac's page of that person or topic.

export type InlineLink = { anchor: string; href: string };
export type TextSegment = { text: string; href?: string };

const WORD = /[\p{L}\p{N}]/u;

/** The first place at or after `from` where `anchor` stands as whole words in `text`, or -1. */
function findAnchor(text: string, anchor: string, from: number): number {
  for (let at = text.indexOf(anchor, from); at >= 0; at = text.indexOf(anchor, at + 1)) {
    const before = at > 0 ? text[at - 1]! : '';
    const after = text[at + anchor.length] ?? '';
    if (!WORD.test(before) && !WORD.test(after)) return at;
  }
  return -1;
}

/**
 * Splits `text` into plain and linked segments: links in their order, each at the first whole-word
 * occurrence of its anchor after the previous link (else anywhere not yet linked); an anchor the
 * text no longer has (an editor rewrote it) is left out. Joined, the segments are `text` unchanged.
 */
export function linkSegments(text: string, links: readonly InlineLink[]): TextSegment[] {
  const placed: { start: number; end: number; href: string }[] = [];
  const overlaps = (start: number, end: number) =>
    placed.some((p) => start < p.end && p.start < end);
  let cursor = 0;
  for (const link of links) {
    const anchor = link.anchor.trim();
    if (anchor.length < 2) continue;
    let at = findAnchor(text, anchor, cursor);
    if (at < 0 || overlaps(at, at + anchor.length)) {
      at = -1;
      for (let from = 0; ;) {
        const found = findAnchor(text, anchor, from);
        if (found < 0) break;
        if (!overlaps(found, found + anchor.length)) {
          at = found;
          break;
        }
        from = found + 1;
      }
    }
    if (at < 0) continue;
    placed.push({ start: at, end: at + anchor.length, href: link.href });
    cursor = at + anchor.length;
  }
  placed.sort((a, b) => a.start - b.start);
  const segments: TextSegment[] = [];
  let pos = 0;
  for (const p of placed) {
    if (p.start > pos) segments.push({ text: text.slice(pos, p.start) });
    segments.push({ text: text.slice(p.start, p.end), href: p.href });
    pos = p.end;
  }
  if (pos < text.length) segments.push({ text: text.slice(pos) });
  return segments;
}
