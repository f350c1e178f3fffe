// Which linked Wikipedia articles become topics (tags of kind 'topic', db/queries/import-graph.ts).

/** A tag is made by editors; a topic by an import, from a Wikipedia article. */
export const TAG_KINDS = ['tag', 'topic'] as const;
export type TagKind = (typeof TAG_KINDS)[number];

/** An article becomes a topic once this many events link it ("several entries"). */
export const TOPIC_MIN_LINKS = 3;

const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December';
const NOT_A_TOPIC: readonly RegExp[] = [
  /^List of /i, // lists of casualties, of monarchs…: an index, not a subject
  new RegExp(`^(?:${MONTHS})(?: \\d{1,2})?$`), // date pages
  /^\d{1,4}s(?: BC)?$/, // decades ("1960s")
  /^\d{1,2}(?:st|nd|rd|th) century(?: BC)?$/i,
  /\(disambiguation\)$/i,
];

/** False for articles that say nothing about what an entry is about: lists, dates, decades. */
export function isTopicArticle(title: string): boolean {
  return !NOT_A_TOPIC.some((re) => re.test(title.trim()));
}
