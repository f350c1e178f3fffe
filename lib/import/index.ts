import { isAlmanacDocument, parseAlmanacJson, type AlmanacParse } from './almanac';
import { parseMuffinlabs } from './muffinlabs';
import type { ImportSource, ParseOptions, ParseResult } from './types';
import { parseWikimedia } from './wikimedia';

export * from './types';
export { contentHash } from './hash';
export { dateNoteWarnings } from './date-notes';

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
  return { ok: false, error: unknownFormat(options.fileName) };
}

const unknownFormat = (fileName: string) =>
  `${fileName}: unknown format (expected an Almanac export {format: "almanac", version, events…}, a muffinlabs "Today in History" file {date, url, data: {Events, Births, Deaths}} or a Wikimedia onthisday response {selected, events, births, deaths, holidays})`;

function readJson(
  text: string,
  fileName: string,
): { ok: true; json: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, json: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
  } catch (error) {
    return { ok: false, error: `${fileName}: not valid JSON (${(error as Error).message})` };
  }
}

/** Like parseImportJson, from the file's text. */
export function parseImportText(text: string, options: ParseOptions): FileParse {
  const read = readJson(text, options.fileName);
  return read.ok ? parseImportJson(read.json, options) : read;
}

/** Every format an import reads: the two "on this day" day files, and Almanac's own export. */
export type ImportFormat = ImportSource | 'almanac';

/** One file read for an import: rows of a day file, or the content of an Almanac export. */
export type ParsedImportFile = (ParseResult & { fileName: string }) | AlmanacParse;

/**
 * Reads one file of any format, recognised by its content: what the command line and the admin
 * upload both call. A file that is not JSON, or in no known format, is an error for people.
 */
export function parseImportFile(
  text: string,
  options: ParseOptions,
): { ok: true; value: ParsedImportFile } | { ok: false; error: string } {
  const read = readJson(text, options.fileName);
  if (!read.ok) return read;
  if (isAlmanacDocument(read.json)) return parseAlmanacJson(read.json, options.fileName);
  const parsed = parseImportJson(read.json, options);
  return parsed.ok ? { ok: true, value: { ...parsed.value, fileName: options.fileName } } : parsed;
}
export { findSameStory, type ExistingEvent } from './match';
export * from './almanac';
