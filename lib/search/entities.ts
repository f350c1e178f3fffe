import { foldToken, queryWords } from './fts-query';

/*
 * When does a query name a person or a topic? "einstein" names Albert Einstein, "paris" the topic
 * Paris, "titanic" the topic RMS Titanic, "ww2" (an alias, ./aliases.ts) World War II; "war" names
 * no one, nor does "john". The data layer finds the candidates (names holding every word of the
 * query, db/queries/search-entities.ts); these rules decide, so that they can be tested without it.
 */

/** How a name answers a query: every word of it ("Paris"), or its last word and no other ("Einstein"). */
export type NameMatch = 'exact' | 'surname';

export type EntityKind = 'person' | 'topic' | 'tag';

/** Generational suffixes that do not end a person's name for matching ("Martin Luther King Jr."). */
const PERSON_SUFFIXES = new Set(['jr', 'sr']);

/** A name's words for matching: folded, without a parenthesised qualifier ("Paris (mythology)"). */
export function nameWords(name: string, kind: EntityKind): string[] {
  const words = queryWords(name.replace(/\([^)]*\)/g, ' ')).map(foldToken);
  while (kind === 'person' && words.length > 1 && PERSON_SUFFIXES.has(words.at(-1)!)) words.pop();
  return words;
}

/**
 * How `name` answers the query words (folded), or null: 'exact' when they are the name's words
 * (in any order), 'surname' when they are some of its words including the last, and at most two
 * are missing ("einstein" and "albert einstein" -> Albert Einstein, "kennedy" -> John F. Kennedy,
 * "titanic" -> RMS Titanic; "paris" is not Paris Hilton, "war" is not World War II).
 */
export function matchName(
  name: string,
  kind: EntityKind,
  words: readonly string[],
): NameMatch | null {
  const own = nameWords(name, kind);
  if (own.length === 0 || words.length === 0) return null;
  const query = new Set(kind === 'person' ? words.filter((w) => !PERSON_SUFFIXES.has(w)) : words);
  const mine = new Set(own);
  if ([...query].some((w) => !mine.has(w))) return null;
  if (query.size === mine.size) return 'exact';
  if (query.has(own.at(-1)!) && mine.size - query.size <= 2) return 'surname';
  return null;
}

export type EntityCandidate = {
  kind: EntityKind;
  id: number;
  name: string;
  notability: number;
  /** How many entries readers can see. */
  count: number;
  /** The query named it through an alias ("ww2" -> World War II): as good as its name. */
  byAlias: boolean;
  match: NameMatch;
};

/** The panel shows at most this many. */
export const MAX_NAMED_ENTITIES = 3;
/** A surname match leads only when the next one is this many times less known. */
const DOMINANCE = 2;
/**
 * A name leads (and a surname is shown at all) only when its entries are at least this share of
 * the query's matches: "born" is Max Born's surname, but 2 of its 354 matches are his.
 */
const SHARE = 0.05;

/**
 * The people and topics a query names, best first: its aliases' subjects and exact names (the
 * better known first), then surname matches. A surname counts only when its bearer holds a fair
 * share of the query's matches (`matches`), and when several bearers do, only if one is far better
 * known than the next (Albert Einstein), else they are shown without leading (Kennedy); a word that
 * most names hold elsewhere (`containing`: how many names hold the words at all) is a first name,
 * no surname ("john"). `lead` is the one whose entries come first in the results, if any.
 */
export function chooseNamedEntities(
  candidates: readonly EntityCandidate[],
  o: { containing: number; matches: number },
): { named: EntityCandidate[]; lead: EntityCandidate | null } {
  const fair = (c: EntityCandidate) => c.count >= SHARE * o.matches;
  const byNotability = (a: EntityCandidate, b: EntityCandidate) =>
    b.notability - a.notability || a.id - b.id;
  const exact = candidates
    .filter((c) => c.byAlias || c.match === 'exact')
    .sort((a, b) => Number(b.byAlias) - Number(a.byAlias) || byNotability(a, b));
  const bearers = candidates.filter((c) => !c.byAlias && c.match === 'surname');
  const surnames = bearers.filter(fair).sort(byNotability);
  let dominant: EntityCandidate | null = null;
  let ambiguous: EntityCandidate[] = [];
  if (surnames.length > 0 && o.containing < 10 * bearers.length) {
    const [first, second] = surnames;
    if (!second || (first!.notability > 0 && first!.notability >= DOMINANCE * second.notability))
      dominant = first!;
    else if (surnames.length <= MAX_NAMED_ENTITIES) ambiguous = surnames;
  }
  const named = [...exact, ...(dominant ? [dominant] : ambiguous)];
  const lead = exact.find((c) => c.byAlias || fair(c)) ?? dominant;
  return { named: named.slice(0, MAX_NAMED_ENTITIES), lead };
}
