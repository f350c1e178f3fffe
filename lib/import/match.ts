import { entryText } from '@/lib/events/entry-text';
import { normalizeForComparison, wordSimilarity } from './text';
import type { ImportRow } from './types';

/** An event already in Almanac on the same day, as far as matching needs it. */
export type ExistingEvent = {
  id: number;
  slug: string;
  kind: string;
  year: number | null;
  title: string;
  summary: string;
  source: string | null;
  people: readonly { name: string; referenceUrl: string | null; description: string }[];
  referenceUrls: readonly string[];
};

/** A name as compared across sources: "William Halsey, Jr." ~ "William Halsey Jr." ~ "william halsey". */
function nameKey(name: string): string {
  return normalizeForComparison(name)
    .replace(/\b(?:jr|sr)\b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** An article URL as compared across sources, surviving renames such as ",_Jr." -> "_Jr.". */
function articleKey(url: string): string {
  const title = /\/wiki\/(.+)$/.exec(url)?.[1];
  if (!title) return url;
  try {
    return nameKey(decodeURIComponent(title).replace(/_/g, ' '));
  } catch {
    return nameKey(title.replace(/_/g, ' '));
  }
}

type PersonLike = { name: string; referenceUrl: string | null; description: string };

/**
 * Two records of one person born or dead on the same day of the same year: the same article, the
 * same name, or (Wikipedia renamed "Dan Poulter" to "Daniel Poulter") the same surname and the
 * same description of several words.
 */
function samePerson(a: PersonLike, b: PersonLike): boolean {
  if (a.referenceUrl && b.referenceUrl && articleKey(a.referenceUrl) === articleKey(b.referenceUrl))
    return true;
  const ka = nameKey(a.name);
  const kb = nameKey(b.name);
  if (ka !== '' && ka === kb) return true;
  const da = normalizeForComparison(a.description);
  return (
    da.includes(' ') &&
    da === normalizeForComparison(b.description) &&
    ka.split(' ').pop() === kb.split(' ').pop()
  );
}

/** Word similarity above which two same-day, same-year texts are one story... */
const SAME_STORY_THRESHOLD = 0.6;
/** ...or above which they are when they also cite the same article. */
const SAME_STORY_WITH_SHARED_REFERENCE = 0.3;

/**
 * The existing event (same day) that tells the same story as `row`, if any: for births and deaths
 * the same person (article, name, or surname and description) in the same year; for events and observances the same
 * year and nearly the same words (whole text or title), or similar words and a shared reference. Callers pass only events from other sources
 * (or written by editors): within one source, entries that read alike are different entries.
 */
export function findSameStory(
  row: ImportRow,
  candidates: readonly ExistingEvent[],
): ExistingEvent | null {
  let best: { event: ExistingEvent; score: number } | null = null;
  for (const c of candidates) {
    if (c.kind !== row.kind || c.year !== row.year) continue;
    if (row.kind === 'birth' || row.kind === 'death') {
      const theirs: PersonLike[] = [
        ...c.people,
        { name: c.title, referenceUrl: null, description: '' },
      ];
      if (row.people.some((p) => theirs.some((q) => samePerson(p, q)))) return c;
      continue;
    }
    // The whole texts: a one-sentence entry's summary is empty, and two empty summaries say nothing.
    const text = entryText(row);
    const theirText = entryText(c);
    const a = normalizeForComparison(text);
    if (a === normalizeForComparison(theirText) || a === normalizeForComparison(c.title)) return c;
    const score = Math.max(
      wordSimilarity(text, theirText),
      wordSimilarity(text, c.summary),
      wordSimilarity(text, c.title),
      wordSimilarity(row.title, c.title),
    );
    const sharesReference = row.references.some((r) => c.referenceUrls.includes(r.url));
    const same =
      score >= SAME_STORY_THRESHOLD ||
      (sharesReference && score >= SAME_STORY_WITH_SHARED_REFERENCE);
    if (same && (!best || score > best.score)) best = { event: c, score };
  }
  return best?.event ?? null;
}
