import slugifyLib from 'slugify';

// The one slug rule (events, people, tags, categories): what the editor's forms accept is what every
// importer and generator writes. An address is at most 80 characters of lower-case ASCII words
// joined by single hyphens.

export const SLUG_MAX_LENGTH = 80;
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Why a slug does not follow the rule, as the form says it; null when it does. */
export function slugProblem(slug: string): string | null {
  if (slug.length > SLUG_MAX_LENGTH) return `A slug has at most ${SLUG_MAX_LENGTH} characters`;
  if (!SLUG_PATTERN.test(slug))
    return 'Use lower-case letters a–z, digits and single hyphens (e.g. uk-recognises-ussr)';
  return null;
}

export const isValidSlug = (slug: string): boolean => slugProblem(slug) === null;

/** URL slug from any text: lower-case ASCII words joined by hyphens, diacritics folded ("Álvaro" -> "alvaro"). */
export function slugify(text: string, maxLength = SLUG_MAX_LENGTH): string {
  const slug = slugifyLib(text, { lower: true, strict: true, locale: 'en', trim: true });
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '');
}

/** Slug for a year in URLs: 1924 -> "1924", -44 -> "44-bce". */
export function yearSlug(year: number): string {
  return year < 0 ? `${-year}-bce` : String(year);
}

/** Inverse of yearSlug; accepts "44-bce", "44-bc", "1924", "ad-9". Returns null for year 0 or junk. */
export function parseYearSlug(slug: string): number | null {
  const m = /^(?:ad-)?(\d{1,5})(?:-(bce|bc|ce|ad))?$/i.exec(slug.trim());
  if (!m?.[1]) return null;
  const n = Number(m[1]);
  if (n === 0) return null;
  const era = m[2]?.toLowerCase();
  return era === 'bce' || era === 'bc' ? -n : n;
}

/**
 * A slug of `text` ending in `suffix` (a year: "battle-of-hastings-1066"), the text cut at a word so
 * that the whole stays within the limit.
 */
export function slugWithSuffix(text: string, suffix: string): string {
  const tail = slugify(suffix);
  if (tail === '') return slugify(text);
  const head = slugify(text, SLUG_MAX_LENGTH - tail.length - 1);
  return head === '' ? tail : `${head}-${tail}`;
}

/**
 * The slugs to try, in order, for a new address from `base`: `base`, then `base-2`, `base-3`... (the
 * base shortened at a word when a counter would take it past the limit). Endless: the caller stops
 * at the first one its store says is free, however it asks (a set in memory, a query in the write
 * transaction, a request to another database).
 */
export function* slugCandidates(base: string): Generator<string, never> {
  const root = slugify(base) || 'untitled';
  yield root;
  for (let i = 2; ; i++) yield slugWithSuffix(root, String(i));
}

/** The first of slugCandidates(base) that `isTaken` says is free. */
export function uniqueSlug(base: string, isTaken: (slug: string) => boolean): string {
  for (const candidate of slugCandidates(base)) if (!isTaken(candidate)) return candidate;
  throw new Error('unreachable');
}
