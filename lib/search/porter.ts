/*
 * The Porter stemmer exactly as SQLite's FTS5 `porter` tokenizer applies it (ext/fts5/fts5_tokenize.c),
 * so that the page can mark the words the index matched: "landings" and "landed" are both "land".
 * It works on the UTF-8 bytes of a token already folded by unicode61 (lower case, no diacritics),
 * like SQLite: only ASCII letters take part in the rules, any other byte counts as a consonant,
 * tokens shorter than 3 or longer than 64 bytes are left alone. porter.test.ts compares it with
 * SQLite itself.
 */

const MAX_TOKEN = 64;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

type Buf = { b: Uint8Array; n: number };

/** The one working buffer (stemming is synchronous): a token, and room for the letters a rule adds. */
const SCRATCH = new Uint8Array(MAX_TOKEN + 8);

const code = (c: string) => c.charCodeAt(0);
const A = code('a');
const E = code('e');
const I = code('i');
const O = code('o');
const U = code('u');
const Y = code('y');

function isVowel(c: number, yIsVowel: boolean): boolean {
  return c === A || c === E || c === I || c === O || c === U || (yIsVowel && c === Y);
}

/** Skips one vowel run then one consonant run; the index after it, or 0 when there is none. */
function gobbleVC(s: Uint8Array, from: number, to: number, prevConsonant: boolean): number {
  let consonant = prevConsonant;
  let i = from;
  for (; i < to; i++) {
    consonant = !isVowel(s[i]!, consonant);
    if (!consonant) break;
  }
  for (i++; i < to; i++) {
    consonant = !isVowel(s[i]!, consonant);
    if (consonant) return i + 1;
  }
  return 0;
}

/** m > 0: the stem s[0..n) holds at least one vowel-consonant sequence. */
const mGt0 = (s: Uint8Array, n: number) => gobbleVC(s, 0, n, false) !== 0;

function mGt1(s: Uint8Array, n: number): boolean {
  const k = gobbleVC(s, 0, n, false);
  return k !== 0 && gobbleVC(s, k, n, true) !== 0;
}

function mEq1(s: Uint8Array, n: number): boolean {
  const k = gobbleVC(s, 0, n, false);
  return k !== 0 && gobbleVC(s, k, n, true) === 0;
}

/** *o: the stem ends consonant-vowel-consonant, the last not w, x or y. */
function oStar(s: Uint8Array, n: number): boolean {
  const last = s[n - 1];
  if (last === code('w') || last === code('x') || last === Y) return false;
  let mask = 0;
  let consonant = false;
  for (let i = 0; i < n; i++) {
    consonant = !isVowel(s[i]!, consonant);
    mask = ((mask << 1) + (consonant ? 1 : 0)) & 0xffff;
  }
  return (mask & 0x7) === 0x5;
}

/** *v*: the stem holds a vowel. */
function hasVowel(s: Uint8Array, n: number): boolean {
  for (let i = 0; i < n; i++) if (isVowel(s[i]!, i > 0)) return true;
  return false;
}

function endsWith(buf: Buf, suffix: string): boolean {
  if (buf.n <= suffix.length) return false; // SQLite's rules require a longer token than the suffix
  for (let i = 0; i < suffix.length; i++)
    if (buf.b[buf.n - suffix.length + i] !== suffix.charCodeAt(i)) return false;
  return true;
}

function replace(buf: Buf, suffixLength: number, output: string): void {
  const at = buf.n - suffixLength;
  for (let i = 0; i < output.length; i++) buf.b[at + i] = output.charCodeAt(i);
  buf.n = at + output.length;
}

type Condition = (s: Uint8Array, n: number) => boolean;
type Rule = readonly [suffix: string, output: string, condition: Condition | null];

/**
 * Tries the rules in order and applies the first whose suffix the token ends with (when its condition
 * holds for the stem before the suffix); rules are grouped by the token's next-to-last letter, as in
 * SQLite, so only the first matching suffix of that group is considered. Returns the suffix replaced.
 */
function applyFirst(buf: Buf, rules: Record<string, readonly Rule[]>): string | null {
  const group = rules[String.fromCharCode(buf.b[buf.n - 2] ?? 0)];
  if (!group) return null;
  for (const [suffix, output, condition] of group) {
    if (!endsWith(buf, suffix)) continue;
    if (condition === null || condition(buf.b, buf.n - suffix.length)) {
      replace(buf, suffix.length, output);
      return suffix;
    }
    return null;
  }
  return null;
}

const mGt1SorT: Condition = (s, n) =>
  (s[n - 1] === code('s') || s[n - 1] === code('t')) && mGt1(s, n);

const STEP_1B: Record<string, readonly Rule[]> = {
  e: [
    ['eed', 'ee', mGt0],
    ['ed', '', hasVowel],
  ],
  n: [['ing', '', hasVowel]],
};
const STEP_1B2: Record<string, readonly Rule[]> = {
  a: [['at', 'ate', null]],
  b: [['bl', 'ble', null]],
  i: [['iz', 'ize', null]],
};
const STEP_2: Record<string, readonly Rule[]> = {
  a: [
    ['ational', 'ate', mGt0],
    ['tional', 'tion', mGt0],
  ],
  c: [
    ['enci', 'ence', mGt0],
    ['anci', 'ance', mGt0],
  ],
  e: [['izer', 'ize', mGt0]],
  g: [['logi', 'log', mGt0]],
  l: [
    ['bli', 'ble', mGt0],
    ['alli', 'al', mGt0],
    ['entli', 'ent', mGt0],
    ['eli', 'e', mGt0],
    ['ousli', 'ous', mGt0],
  ],
  o: [
    ['ization', 'ize', mGt0],
    ['ation', 'ate', mGt0],
    ['ator', 'ate', mGt0],
  ],
  s: [
    ['alism', 'al', mGt0],
    ['iveness', 'ive', mGt0],
    ['fulness', 'ful', mGt0],
    ['ousness', 'ous', mGt0],
  ],
  t: [
    ['aliti', 'al', mGt0],
    ['iviti', 'ive', mGt0],
    ['biliti', 'ble', mGt0],
  ],
};
const STEP_3: Record<string, readonly Rule[]> = {
  a: [['ical', 'ic', mGt0]],
  s: [['ness', '', mGt0]],
  t: [
    ['icate', 'ic', mGt0],
    ['iciti', 'ic', mGt0],
  ],
  u: [['ful', '', mGt0]],
  v: [['ative', '', mGt0]],
  z: [['alize', 'al', mGt0]],
};
const STEP_4: Record<string, readonly Rule[]> = {
  a: [['al', '', mGt1]],
  c: [
    ['ance', '', mGt1],
    ['ence', '', mGt1],
  ],
  e: [['er', '', mGt1]],
  i: [['ic', '', mGt1]],
  l: [
    ['able', '', mGt1],
    ['ible', '', mGt1],
  ],
  n: [
    ['ant', '', mGt1],
    ['ement', '', mGt1],
    ['ment', '', mGt1],
    ['ent', '', mGt1],
  ],
  o: [
    ['ion', '', mGt1SorT],
    ['ou', '', mGt1],
  ],
  s: [['ism', '', mGt1]],
  t: [
    ['ate', '', mGt1],
    ['iti', '', mGt1],
  ],
  u: [['ous', '', mGt1]],
  v: [['ive', '', mGt1]],
  z: [['ize', '', mGt1]],
};

function step1A(buf: Buf): void {
  const { b, n } = buf;
  if (b[n - 1] !== code('s')) return;
  if (b[n - 2] === E) {
    if ((n > 4 && b[n - 4] === code('s') && b[n - 3] === code('s')) || (n > 3 && b[n - 3] === I))
      buf.n = n - 2;
    else buf.n = n - 1;
  } else if (b[n - 2] !== code('s')) buf.n = n - 1;
}

/**
 * A token's stem as FTS5's porter tokenizer stores it. `token` must already be folded the way
 * unicode61 folds it (foldToken in ./fts-query.ts).
 */
export function porterStem(token: string): string {
  // Most tokens are ASCII: their bytes are their char codes, without an encoder (a third of the time).
  const ascii = /^[\x00-\x7f]*$/.test(token);
  const length = ascii ? token.length : encoder.encode(token).length;
  if (length > MAX_TOKEN || length < 3) return token;
  const buf: Buf = { b: SCRATCH, n: length };
  if (ascii) for (let i = 0; i < length; i++) SCRATCH[i] = token.charCodeAt(i);
  else SCRATCH.set(encoder.encode(token));

  step1A(buf);
  // As in SQLite, the clean-up after step 1B follows removing -ed or -ing, not -eed becoming -ee.
  const removed = applyFirst(buf, STEP_1B);
  if (removed === 'ed' || removed === 'ing') {
    if (applyFirst(buf, STEP_1B2) === null) {
      const c = buf.b[buf.n - 1]!;
      if (
        !isVowel(c, false) &&
        c !== code('l') &&
        c !== code('s') &&
        c !== code('z') &&
        c === buf.b[buf.n - 2]
      )
        buf.n--;
      else if (mEq1(buf.b, buf.n) && oStar(buf.b, buf.n)) buf.b[buf.n++] = E;
    }
  }

  if (buf.b[buf.n - 1] === Y && hasVowel(buf.b, buf.n - 1)) buf.b[buf.n - 1] = I;

  applyFirst(buf, STEP_2);
  applyFirst(buf, STEP_3);
  applyFirst(buf, STEP_4);

  if (buf.b[buf.n - 1] === E) {
    if (mGt1(buf.b, buf.n - 1) || (mEq1(buf.b, buf.n - 1) && !oStar(buf.b, buf.n - 1))) buf.n--;
  }
  if (buf.n > 1 && buf.b[buf.n - 1] === code('l') && buf.b[buf.n - 2] === code('l')) {
    if (mGt1(buf.b, buf.n - 1)) buf.n--;
  }
  return ascii
    ? String.fromCharCode(...buf.b.subarray(0, buf.n))
    : decoder.decode(buf.b.subarray(0, buf.n));
}
