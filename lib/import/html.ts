const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
};

/** Decodes the HTML entities scraped Wikipedia markup uses. */
function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n =
        code[1] === 'x' || code[1] === 'X'
          ? parseInt(code.slice(2), 16)
          : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/** Text of an HTML fragment: tags dropped, entities decoded. */
export function htmlToText(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ''));
}

/** The links of an HTML fragment in order, each with the text it shows: `<a href="…/Emperor_Ping_of_Han">Ping</a>` -> { title: 'Ping', url }. */
export function anchors(html: string | null | undefined): { title: string; url: string }[] {
  if (!html) return [];
  const found: { title: string; url: string }[] = [];
  for (const m of html.matchAll(/<a\b[^>]*\bhref="([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi)) {
    const title = htmlToText(m[2] ?? '').trim();
    if (m[1] && title) found.push({ title, url: decodeEntities(m[1]) });
  }
  return found;
}
