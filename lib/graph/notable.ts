// Placeholder until the editorial list lands (see the titles helper): title -> tier.
export const NOTABLE_ARTICLES: ReadonlyMap<string, 1 | 2> = new Map<string, 1 | 2>([
  ['Albert Einstein', 2],
  ['Britney Spears', 2],
]);
