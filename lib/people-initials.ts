/*
 * The people index files everyone under the first character of their slug: slugs are the name folded to
 * lower-case ASCII ("Émile Zola" -> "emile-zola", lib/slugs.ts), so accented names file under their
 * letter and sort among its other names. Names that begin with a digit ("50 Cent", "14th Dalai Lama"),
 * and anything else before "a", share one group, "0-9".
 */

export const PEOPLE_INITIALS = ['0-9', ...'abcdefghijklmnopqrstuvwxyz'.split('')] as const;
export type PeopleInitial = (typeof PEOPLE_INITIALS)[number];

/** The slugs an initial covers, as a half-open range [from, to); undefined is unbounded. */
export type SlugRange = { from?: string; to?: string };

const next = (c: string) => String.fromCharCode(c.charCodeAt(0) + 1);

export function initialSlugRange(initial: PeopleInitial): SlugRange {
  if (initial === '0-9') return { to: 'a' };
  // "z" also takes whatever sorts after it, so every slug is in exactly one group.
  return initial === 'z' ? { from: 'z' } : { from: initial, to: next(initial) };
}

/** The initial a URL segment names ("j", "0-9"), or null. */
export function parsePeopleInitial(segment: string): PeopleInitial | null {
  return (PEOPLE_INITIALS as readonly string[]).includes(segment)
    ? (segment as PeopleInitial)
    : null;
}

/** "J", "0–9". */
export function peopleInitialLabel(initial: PeopleInitial): string {
  return initial === '0-9' ? '0–9' : initial.toUpperCase();
}

/**
 * The two-letter beginnings within a letter a reader can jump to ("ja" … "jz"), in slug order, and the
 * range of the names before "ja" ("j-r-r-tolkien", "j2"…), which come first; none for "0-9".
 */
export function secondLetterRanges(initial: PeopleInitial): {
  lead: SlugRange;
  prefixes: { prefix: string; range: SlugRange }[];
} | null {
  if (initial === '0-9') return null;
  return {
    lead: { from: initial, to: `${initial}a` },
    prefixes: 'abcdefghijklmnopqrstuvwxyz'.split('').map((c) => ({
      prefix: `${initial}${c}`,
      range: { from: `${initial}${c}`, to: `${initial}${next(c)}` },
    })),
  };
}

/** "Jo" for the prefix "jo". */
export const prefixLabel = (prefix: string) => prefix.charAt(0).toUpperCase() + prefix.slice(1);
