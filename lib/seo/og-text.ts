/** Generated Open Graph images are 1200×630, the size Facebook, LinkedIn and X show largest. */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/*
 * Text for generated Open Graph images. `next/og` draws text with its bundled Geist Regular font and, for
 * any character that font lacks (emoji, Greek, CJK, Arabic...), downloads a font or an emoji image from the
 * network while rendering. Almanac's images must render offline, so only characters the font has are drawn:
 * a letter the font lacks is replaced by its base letter when it has one ("Ĕ" -> "E"); a word with anything
 * else in it is left out. The code points below are the font's character map (fc-query of next/dist/compiled/@vercel/og/
 * Geist-Regular.ttf); og-text.test.ts renders every one of them with the network switched off.
 */
const GEIST_REGULAR_CHARSET =
  '20-7e a0-ac ae-113 116-12b 12e-137 139-13e 141-148 14a-14d 150-17e 18f 192 1a0-1a1 1af-1b0 1cd-1ce ' +
  '1e4-1e9 218-21b 237 259 2b9 2bc 2c6-2c8 2d8-2dd 300-304 306-30c 312 31b 323 326-328 335-338 39b 3a9 ' +
  '3bb-3bc 3c0 3c9 400-45f 462-463 46a-46b 472-475 490-493 496-497 49a-49b 4a2-4a3 4ae-4b3 4b6-4b7 ' +
  '4ba-4bb 4c0 4cf 4d8-4d9 4e2-4e3 4e8-4e9 4ee-4ef e3f 1e20-1e21 1e80-1e85 1e9e 1ea0-1ef9 2013-2014 ' +
  '2018-201a 201c-201e 2020-2022 2026 2030 2032-2033 2039-203a 2044 2070 2074-2079 2080-2089 20aa 20ac ' +
  '20b1 20b4 20b9 20bd 2116-2117 2122 2153-2155 215b-215e 2190-2199 219d 21a9-21aa 21b0-21b1 21b3-21b5 ' +
  '21e4-21e5 21e7 2202 2206 220f 2211-2212 221a 221e 222b 2236 2248 2260 2264-2265 2460-2468 24ea 24ff ' +
  '25b2-25b3 25b6-25b7 25bc-25bd 25c0-25c1 25ca-25cc 25cf 2639-263a 2776-277e 3003 301c a78b-a78c ' +
  'fb01-fb02';

const RANGES: readonly (readonly [number, number])[] = GEIST_REGULAR_CHARSET.split(' ').map((r) => {
  const [from, to = from] = r.split('-').map((h) => parseInt(h, 16)) as [number, number?];
  return [from, to] as const;
});

/** True when the image font has a glyph for the code point. */
export function hasGlyph(codePoint: number): boolean {
  let lo = 0;
  let hi = RANGES.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [from, to] = RANGES[mid]!;
    if (codePoint < from) hi = mid - 1;
    else if (codePoint > to) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Every code point the image font draws (for tests). */
export function drawableCodePoints(): number[] {
  return RANGES.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i));
}

/** The character as the font can draw it: itself, its base letter(s) without accents, or null. */
function drawable(ch: string): string | null {
  if (hasGlyph(ch.codePointAt(0)!)) return ch;
  const parts = [...ch.normalize('NFD')];
  // Base letters only: a combining mark on its own would be drawn over whatever precedes it.
  const bases = parts.filter((p) => !/\p{M}/u.test(p));
  return bases.length > 0 && bases.every((p) => hasGlyph(p.codePointAt(0)!))
    ? bases.join('')
    : null;
}

/**
 * The text with only what the image font can draw (see the module comment): a word with any character the
 * font lacks is left out whole (half a Greek word would be worse than none), whitespace is collapsed.
 */
export function toDrawableText(text: string): string {
  const words: string[] = [];
  for (const word of text.normalize('NFC').split(/\s+/u)) {
    let out = '';
    for (const ch of word) {
      const d = drawable(ch);
      if (d === null) {
        out = '';
        break;
      }
      out += d;
    }
    if (out) words.push(out);
  }
  return words.join(' ');
}
