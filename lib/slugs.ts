import slugifyLib from 'slugify';

const MAX_SLUG_LENGTH = 80;

/** URL slug from any text: lower-case ASCII words joined by hyphens, diacritics folded ("Álvaro" -> "alvaro"). */
export function slugify(text: string, maxLength = MAX_SLUG_LENGTH): string {
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
 * Picks a slug not in use: `base`, then `base-2`, `base-3`... `isTaken` is asked synchronously
 * (better-sqlite3), so call it inside the write transaction that inserts the slug.
 */
export function uniqueSlug(base: string, isTaken: (slug: string) => boolean): string {
  const root = base || 'untitled';
  if (!isTaken(root)) return root;
  for (let i = 2; ; i++) {
    const candidate = `${root}-${i}`;
    if (!isTaken(candidate)) return candidate;
  }
}
