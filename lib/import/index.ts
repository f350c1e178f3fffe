import { parseMuffinlabs } from './muffinlabs';
import type { ImportSource, ParseOptions, ParseResult } from './types';
import { parseWikimedia } from './wikimedia';

export * from './types';
export { classifyEntry } from './classify';
export { contentHash, makeExternalId } from './hash';
export { cleanText, truncateAtWord, wordSimilarity, normalizeForComparison } from './text';
export { normalizeWikipediaUrl, datePageUrl } from './wikipedia';
export { monthDayFromFileName } from './wikimedia';
export { parseMonthDayName } from './muffinlabs';
export { LICENSES, TITLE_MAX_LENGTH, MAX_REFERENCES } from './normalize';

export type FileParse = { ok: true; value: ParseResult } | { ok: false; error: string };

/** Which format a parsed JSON document is in, judged by its shape; null when neither. */
export function detectFormat(json: unknown): ImportSource | null {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return null;
  const o = json as Record<string, unknown>;
  const data = o.data;
  if (
    data !== null &&
    typeof data === 'object' &&
    ['Events', 'Births', 'Deaths'].some((k) => Array.isArray((data as Record<string, unknown>)[k]))
  ) {
    return 'muffinlabs';
  }
  if (['selected', 'events', 'births', 'deaths', 'holidays'].some((k) => Array.isArray(o[k])))
    return 'wikimedia';
  return null;
}

/** Normalises one parsed JSON document of either format into rows and skips. */
export function parseImportJson(json: unknown, options: ParseOptions): FileParse {
  const format = detectFormat(json);
  if (format === 'muffinlabs') return parseMuffinlabs(json, options);
  if (format === 'wikimedia') return parseWikimedia(json, options);
  return {
    ok: false,
    error: `${options.fileName}: unknown format (expected a muffinlabs "Today in History" file {date, url, data: {Events, Births, Deaths}} or a Wikimedia onthisday response {selected, events, births, deaths, holidays})`,
  };
}

/** Like parseImportJson, from the file's text (what the command line reads and the admin upload receives). */
export function parseImportText(text: string, options: ParseOptions): FileParse {
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return {
      ok: false,
      error: `${options.fileName}: not valid JSON (${(error as Error).message})`,
    };
  }
  return parseImportJson(json, options);
}
export { findSameStory, type ExistingEvent } from './match';
