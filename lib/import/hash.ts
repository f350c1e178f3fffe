import { createHash } from 'node:crypto';
import type { ImportRow } from './types';

function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/**
 * Stable id of an entry: the source, its day, its kind and a hash of its year and cleaned text.
 * Neither format has ids of its own; a re-scrape with the same wording maps to the same event.
 */
export function makeExternalId(o: {
  source: string;
  month: number;
  day: number;
  kind: string;
  year: number | null;
  text: string;
}): string {
  const mmdd = `${String(o.month).padStart(2, '0')}-${String(o.day).padStart(2, '0')}`;
  return `${o.source}:${mmdd}:${o.kind}:${sha1(`${o.year ?? ''}|${o.text}`).slice(0, 16)}`;
}

/**
 * Hash of everything an import writes for a row (all but `externalId` and `where`): same hash,
 * nothing to update. Fields go in a fixed order, so equal content always hashes the same.
 */
export function contentHash(row: ImportRow): string {
  return sha1(
    JSON.stringify([
      row.kind,
      row.title,
      row.summary,
      row.year,
      row.month,
      row.day,
      row.precision,
      row.circa,
      row.calendar,
      row.source,
      row.sourceUrl,
      row.license,
      row.categorySlug,
      row.featured,
      row.references.map((r) => [r.url, r.title, r.publisher]),
      row.articles.map((a) => [a.url, a.title, a.anchor]),
      row.people.map((p) => [p.name, p.description, p.referenceUrl, p.birthYear, p.deathYear]),
      // Only when there is one, so that the hash of every other row stays what it was.
      ...(row.dateNote ? [row.dateNote] : []),
    ]),
  );
}
