import { SEARCH_ALIASES, type SearchAlias } from './aliases';
import { porterStem } from './porter';

/*
 * Turns whatever a reader typed into a safe FTS5 MATCH expression. FTS5 has its own query
 * language (quotes, `*`, `-`, NEAR, AND/OR/NOT, column filters, parentheses) in which most
 * raw input is a syntax error, so we never pass input through: we keep only word tokens and
 * quote each one. The index stems words (drizzle/0011_search_stemming.sql: porter over unicode61),
 * and FTS5 stems the quoted words the same way, so "landing" finds "landings" and "landed".
 * On top of that:
 * - Aliases (./aliases.ts): "ww2" also searches "World War II" and "Second World War".
 * - The last word matches as a prefix while the reader is still typing ("mussol" finds Mussolini).
 *   FTS5 stems a prefix too, and a stem can be shorter than what was typed ("universit" is on its way
 *   to "university", stored as "univers"), so the shorter stems that what was typed may be heading
 *   for are searched as words as well (see shorterStems).
 * The result also says what matched, word by word, for marking the words on the page (highlight.ts).
 */
const MAX_TERMS = 12;
const MAX_TERM_LENGTH = 40;
const MAX_INPUT = 1000;
const WORD = /[\p{L}\p{N}]+/gu;

/** A token as the index compares it before stemming: lower case, without diacritics ("Jóhanna" -> "johanna"). */
export function foldToken(token: string): string {
  return token.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A token as the index stores it. */
export const stemToken = (token: string): string => porterStem(foldToken(token));

/** The words of a text as the query builder reads them (NFKC, letters and digits, lower case). */
export function queryWords(input: string): string[] {
  return (input.slice(0, MAX_INPUT).normalize('NFKC').match(WORD) ?? [])
    .map((t) => t.slice(0, MAX_TERM_LENGTH).toLowerCase())
    .slice(0, MAX_TERMS);
}

/**
 * A phrase as the index matched it: stems in order. The last one may also match any stem it
 * begins (`prefix`) or one of `shorter` stems exactly (a word the reader has not finished).
 */
export type MatchPhrase = { stems: string[]; prefix: boolean; shorter: string[] };

export type FtsQuery = {
  match: string;
  /** The words searched for, as typed (lower case): what "nothing found for …" names. */
  terms: string[];
  /** Every phrase the MATCH expression can match, for marking them in titles and passages. */
  phrases: MatchPhrase[];
  /** The aliases the query holds, whose subjects the search looks for by name. */
  aliases: SearchAlias[];
  /** The last word matches as a prefix. */
  prefixLast: boolean;
};

type AliasForm = { stems: string[]; alias: SearchAlias };

const stemsOf = (text: string) => queryWords(text).map(stemToken);

/** Every form of every alias, longest first, by its first stem. */
const ALIAS_FORMS: ReadonlyMap<string, AliasForm[]> = (() => {
  const byFirst = new Map<string, AliasForm[]>();
  for (const alias of SEARCH_ALIASES)
    for (const form of [alias.name, ...alias.typed]) {
      const stems = stemsOf(form);
      const list = byFirst.get(stems[0]!) ?? [];
      list.push({ stems, alias });
      byFirst.set(stems[0]!, list);
    }
  for (const list of byFirst.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  return byFirst;
})();

function aliasAt(stems: string[], at: number): AliasForm | undefined {
  return ALIAS_FORMS.get(stems[at]!)?.find((f) => f.stems.every((s, i) => stems[at + i] === s));
}

/*
 * What the stemmer may remove after a stem, spelt as readers type it: a suffix of steps 2–4 of the
 * Porter algorithm (or none) followed by an inflection of step 1 (or none). A half-typed word can be
 * heading for a shorter stem only when the letters typed after that stem begin one of these.
 */
const DERIVATIONS = [
  ...['ational', 'tional', 'ency', 'ancy', 'izer', 'ably', 'ibly', 'bly', 'ally', 'ently', 'ely'],
  ...['ously', 'ization', 'ation', 'ator', 'alism', 'iveness', 'fulness', 'ousness', 'ality'],
  ...['ivity', 'bility', 'icate', 'ative', 'alize', 'icity', 'ical', 'ful', 'ness', 'al', 'ance'],
  ...['ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ion', 'ou', 'ism', 'ate'],
  ...['ity', 'ous', 'ive', 'ize', 'e', 'y', ''],
];
const INFLECTIONS = ['', 's', 'es', 'ies', 'ed', 'd', 'ing', 'ings'];
const TAILS = DERIVATIONS.flatMap((d) => INFLECTIONS.map((i) => d + i)).filter(Boolean);
const INFLECTION_TAILS = INFLECTIONS.filter(Boolean);
const MAX_TAIL = 5;
const MAX_SHORTER = 3;

/**
 * The stems, shorter than a half-typed word's own, that a word beginning with it could have, each
 * with a word that has it (FTS5 stems every query word, so a stem is searched through such a word):
 * "universit" -> univers (university), "landin" -> land (landing), "generat" -> gener (generation).
 * They are the stems of the word completed by a suffix the stemmer removes (after a doubled
 * consonant too: "runni" -> run), shorter than the word and not found by its prefix anyway.
 */
export function shorterStems(folded: string): { stem: string; word: string }[] {
  const own = porterStem(folded);
  const found = new Map<string, string>();
  for (let k = folded.length - 1; k >= Math.max(3, folded.length - MAX_TAIL); k--) {
    const stem = folded.slice(0, k);
    const rest = folded.slice(k);
    const doubled = rest[0] === stem.at(-1) ? rest.slice(1) : null;
    // One letter more is read as the start of an inflection only: "american" is not on its way to
    // "america-ness", but "landi" is on its way to "landing".
    for (const tail of rest.length === 1 ? INFLECTION_TAILS : TAILS) {
      const word = tail.startsWith(rest)
        ? stem + tail
        : doubled !== null && tail.startsWith(doubled)
          ? stem + rest[0] + tail
          : null;
      if (word === null) continue;
      const s = porterStem(word);
      if (s.length < folded.length && !s.startsWith(own) && !found.has(s)) found.set(s, word);
    }
  }
  return [...found]
    .sort((a, b) => b[0].length - a[0].length)
    .slice(0, MAX_SHORTER)
    .map(([stem, word]) => ({ stem, word }));
}

/**
 * Whether the last word may still be on its way to a longer one, and so matches as a prefix. Not
 * when the stemmer recognised a suffix in it ("landing" is whole: its prefix would be the stem's,
 * "land*", and find landscape and landmark); a final "s" or "e" it drops is no sign ("aberde" is on
 * its way to Aberdeen). Measured on the 22,361 words that at least 3 muffinlabs entries hold,
 * each beginning of a word (3 letters or more) finds the word in 97.8% of cases.
 */
function mayBeUnfinished(folded: string, stem: string): boolean {
  return stem === folded || (folded.length - stem.length === 1 && folded.startsWith(stem));
}

const quote = (words: string[]) => `"${words.join(' ')}"`;

/** Tokens are letters and digits only, so there is never a quote to escape. */
function alternatives(parts: string[]): string {
  const unique = [...new Set(parts)];
  return unique.length === 1 ? unique[0]! : `(${unique.join(' OR ')})`;
}

export function buildFtsQuery(
  input: string,
  options: { prefixLastTerm?: boolean } = {},
): FtsQuery | null {
  const terms = queryWords(input);
  if (terms.length === 0) return null;
  const folded = terms.map(foldToken);
  const stems = folded.map(porterStem);
  const wantPrefix = options.prefixLastTerm ?? true;

  const groups: string[] = [];
  const phrases: MatchPhrase[] = [];
  const aliases: SearchAlias[] = [];
  let prefixLast = false;
  for (let i = 0; i < terms.length;) {
    const form = aliasAt(stems, i);
    if (form) {
      const span = terms.slice(i, i + form.stems.length);
      const alias = form.alias;
      aliases.push(alias);
      // What was typed, as a phrase when it is made of numbers or letters ("9 11", "d day") that
      // would match almost anything apart; otherwise word by word, as any other query.
      const phraseOnly = span.length > 1 && span.some((w) => w.length < 3 || /^\d+$/.test(w));
      const typed =
        phraseOnly || span.length === 1
          ? quote(span)
          : `(${span.map((w) => quote([w])).join(' AND ')})`;
      const others = [alias.name, ...(alias.also ?? [])].map((text) => queryWords(text));
      groups.push(alternatives([typed, ...others.map(quote)]));
      if (phraseOnly) phrases.push({ stems: span.map(stemToken), prefix: false, shorter: [] });
      else
        for (const w of span) phrases.push({ stems: [stemToken(w)], prefix: false, shorter: [] });
      for (const words of others)
        phrases.push({ stems: words.map(stemToken), prefix: false, shorter: [] });
      i += form.stems.length;
      continue;
    }
    const word = terms[i]!;
    const last = i === terms.length - 1;
    if (last && wantPrefix && word.length >= 2 && mayBeUnfinished(folded[i]!, stems[i]!)) {
      prefixLast = true;
      const shorter = shorterStems(folded[i]!);
      // The word itself OR any word it begins: a row with the whole word matches both, so bm25
      // ranks "Rome" above "Romero" while still finding "mussol"ini.
      groups.push(
        alternatives([quote([word]), `${quote([word])}*`, ...shorter.map((s) => quote([s.word]))]),
      );
      phrases.push({ stems: [stems[i]!], prefix: true, shorter: shorter.map((s) => s.stem) });
    } else {
      groups.push(quote([word]));
      phrases.push({ stems: [stems[i]!], prefix: false, shorter: [] });
    }
    i++;
  }
  // Explicit AND: FTS5 rejects an implicit AND in front of a parenthesised group.
  return { match: groups.join(' AND '), terms, phrases, aliases, prefixLast };
}
