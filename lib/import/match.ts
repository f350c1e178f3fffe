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
  /** The Wikipedia articles its entry links (event_articles), in order. */
  articleUrls: readonly string[];
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

/**
 * When two corpora tell one event (same day, kind and year) in other words. Measured on real
 * entries (README, "Merging corpora"): the 38 muffinlabs/Wikimedia pairs of 30 October against the
 * 1,768 pairs of different events that muffinlabs has on one day in one year.
 */
export const SAME_STORY = {
  /** Nearly the same words: the same story whatever they link (no pair of different events reached 0.8). */
  words: 0.9,
  /**
   * Similar words and one linked article in common, unless each names a different subject (its
   * first article): two plane crashes of one day shared a Boeing 727 at 0.52, two battles of one
   * war Prussia at 0.75...
   */
  oneArticle: 0.55,
  /** ...or two articles in common. */
  twoArticles: 0.3,
  /**
   * The only event of that kind and year the other corpus has on the day, sharing an article or
   * its subject (the first article after any heading; a surname is enough, "President Eisenhower"
   * ~ "Dwight D. Eisenhower"): "Second Schleswig War ends …" / "The Treaty of Vienna is signed …"
   * (1864). Measured: 1 % of pairs of different events (36 of 3,536) would merge by it, were the event's own
   * counterpart missing from the first corpus.
   */
  soleCandidate: 0.2,
} as const;

// "World War II: ", "Holocaust: ", "Cold War: ": Wikipedia's heading of a series of entries. It says
// what the entry belongs to, not what happened: two battles of one war share it.
const TOPIC_HEADING = /^([^:.]{2,60}):\s+/;

function withoutHeading(text: string): { heading: string; rest: string } {
  const m = TOPIC_HEADING.exec(text);
  return m
    ? { heading: normalizeForComparison(m[1] ?? ''), rest: text.slice(m[0].length) }
    : { heading: '', rest: text };
}

/** The articles an entry links, keyed, without the ones its heading names ("World War II"). */
function linkedArticles(urls: readonly string[], heading: string): string[] {
  const keys = [...new Set(urls.map(articleKey))];
  return heading === '' ? keys : keys.filter((k) => !heading.includes(k));
}

/** Words compared by their first six letters (lib/import/text.ts). */
const WORDS = { prefix: 6 };

const surname = (key: string) => key.split(' ').pop() ?? '';

export type StoryMatch = {
  event: ExistingEvent;
  /** Word similarity (0–1) of the two texts without their headings. */
  score: number;
  /** Linked articles both name (headings' left out). */
  sharedArticles: number;
  /** Which rule matched, for the dry run's examples. */
  rule: 'same person' | 'same text' | keyof typeof SAME_STORY;
};

/**
 * The existing event (same day) that tells the same story as `row`, and why, if any: for births
 * and deaths the same person (article, name, or surname and description) in the same year; for
 * events and observances the same year and nearly the same words, or similar words and linked
 * articles in common (thresholds: SAME_STORY). Callers pass only events from other sources (or
 * written by editors): within one source, entries that read alike are different entries.
 */
export function matchSameStory(
  row: ImportRow,
  candidates: readonly ExistingEvent[],
): StoryMatch | null {
  const sameYear = candidates.filter((c) => c.kind === row.kind && c.year === row.year);
  if (row.kind === 'birth' || row.kind === 'death') {
    for (const c of sameYear) {
      const theirs: PersonLike[] = [
        ...c.people,
        { name: c.title, referenceUrl: null, description: '' },
      ];
      if (row.people.some((p) => theirs.some((q) => samePerson(p, q))))
        return { event: c, score: 1, sharedArticles: 0, rule: 'same person' };
    }
    return null;
  }
  const mine = withoutHeading(entryText(row));
  const myArticles = linkedArticles(
    [...row.articles.map((a) => a.url), ...row.references.map((r) => r.url)],
    mine.heading,
  );
  let best: StoryMatch | null = null;
  for (const c of sameYear) {
    // The whole texts: a one-sentence entry's summary is empty, and two empty summaries say nothing.
    const theirText = entryText(c);
    const a = normalizeForComparison(entryText(row));
    if (a === normalizeForComparison(theirText) || a === normalizeForComparison(c.title))
      return { event: c, score: 1, sharedArticles: 0, rule: 'same text' };
    const theirs = withoutHeading(theirText);
    const score = Math.max(
      wordSimilarity(mine.rest, theirs.rest, WORDS),
      wordSimilarity(mine.rest, c.summary, WORDS),
      wordSimilarity(row.title, c.title, WORDS),
    );
    const theirArticles = linkedArticles([...c.articleUrls, ...c.referenceUrls], theirs.heading);
    const shared = myArticles.filter((k) => theirArticles.includes(k)).length;
    const mySubject = myArticles[0];
    const theirSubject = theirArticles[0];
    const sameSubject =
      mySubject !== undefined &&
      theirSubject !== undefined &&
      (mySubject === theirSubject || surname(mySubject) === surname(theirSubject));
    // "The Battle of Spicheren …" and "The Battle of Wörth …" (1870) share Prussia, not their subject.
    const subjectsDiffer =
      mySubject !== undefined &&
      theirSubject !== undefined &&
      !theirArticles.includes(mySubject) &&
      !myArticles.includes(theirSubject);
    const rule: StoryMatch['rule'] | null =
      score >= SAME_STORY.words
        ? 'words'
        : shared >= 2 && score >= SAME_STORY.twoArticles
          ? 'twoArticles'
          : shared >= 1 && !subjectsDiffer && score >= SAME_STORY.oneArticle
            ? 'oneArticle'
            : (shared >= 1 || sameSubject) &&
                sameYear.length === 1 &&
                score >= SAME_STORY.soleCandidate
              ? 'soleCandidate'
              : null;
    if (rule && (!best || score > best.score))
      best = { event: c, score, sharedArticles: shared, rule };
  }
  return best;
}

/** The event of matchSameStory, without the why. */
export function findSameStory(
  row: ImportRow,
  candidates: readonly ExistingEvent[],
): ExistingEvent | null {
  return matchSameStory(row, candidates)?.event ?? null;
}
