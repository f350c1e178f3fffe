/**
 * Turns whatever a reader typed into a safe FTS5 MATCH expression. FTS5 has its own query
 * language (quotes, `*`, `-`, NEAR, AND/OR/NOT, column filters, parentheses) in which most
 * raw input is a syntax error, so we never pass input through: we keep only word tokens,
 * quote each one, and let the last one match as a prefix while the reader is still typing.
 */
const MAX_TERMS = 12;
const MAX_TERM_LENGTH = 40;
const MAX_INPUT = 1000;

/** `prefixLast`: the last term matches as a prefix (what highlighting must mirror). */
export type FtsQuery = { match: string; terms: string[]; prefixLast: boolean };

export function buildFtsQuery(
  input: string,
  options: { prefixLastTerm?: boolean } = {},
): FtsQuery | null {
  const terms = (
    input
      .slice(0, MAX_INPUT)
      .normalize('NFKC')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  )
    .map((t) => t.slice(0, MAX_TERM_LENGTH).toLowerCase())
    .slice(0, MAX_TERMS);
  if (terms.length === 0) return null;
  const prefix = options.prefixLastTerm ?? true;
  const prefixLast = prefix && (terms.at(-1)?.length ?? 0) >= 2;
  const parts = terms.map((t, i) => {
    // Tokens are letters and digits only, so there is never a quote to escape.
    const quoted = `"${t}"`;
    // The word itself OR any word it begins: a row with the whole word matches both phrases, so bm25
    // ranks "Paris" above "Parish" and "Rome" above "Romero" while still finding "mussol"ini.
    return prefixLast && i === terms.length - 1 ? `(${quoted} OR ${quoted}*)` : quoted;
  });
  // Explicit AND: FTS5 rejects an implicit AND in front of a parenthesised group.
  return { match: parts.join(' AND '), terms, prefixLast };
}
