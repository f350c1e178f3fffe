import { isAlmanacDocument, parseAlmanacJson, type AlmanacParse } from './almanac';
import { parseByabbe } from './byabbe';
import { endsTooSoon, recoverCutOffJson, type CutOff } from './cut-off';
import { parseMuffinlabs } from './muffinlabs';
import type { ImportSource, ParseOptions, ParseResult } from './types';
import { parseWikimedia } from './wikimedia';

export * from './types';
export { contentHash } from './hash';
export { dateNoteWarnings } from './date-notes';
export { describeDumpCoverage, type DumpCoverage } from './byabbe';

export type FileParse = { ok: true; value: ParseResult } | { ok: false; error: string };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** Which format a parsed JSON document is in, judged by its shape; null when none. */
export function detectFormat(json: unknown): ImportSource | null {
  if (!isRecord(json)) return null;
  const data = json.data;
  if (isRecord(data) && ['Events', 'Births', 'Deaths'].some((k) => Array.isArray(data[k])))
    return 'muffinlabs';
  const sections = ['events', 'births', 'deaths'].filter((k) => Array.isArray(json[k]));
  // Both APIs have events, births and deaths; a byabbe.se file names its day and its entries
  // have a description, where a Wikimedia response has no date and its entries a text.
  const firstEntry = sections.map((k) => (json[k] as unknown[])[0]).find(isRecord);
  const wikimediaOnly = ['selected', 'holidays'].some((k) => Array.isArray(json[k]));
  if (
    sections.length > 0 &&
    !wikimediaOnly &&
    (typeof json.date === 'string' ||
      typeof json.wikipedia === 'string' ||
      (firstEntry !== undefined && 'description' in firstEntry && !('text' in firstEntry)))
  )
    return 'byabbe';
  if (sections.length > 0 || wikimediaOnly) return 'wikimedia';
  return null;
}

/** Normalises one parsed JSON document of a day-file format into rows and skips. */
export function parseImportJson(json: unknown, options: ParseOptions): FileParse {
  const format = detectFormat(json);
  if (format === 'muffinlabs') return parseMuffinlabs(json, options);
  if (format === 'wikimedia') return parseWikimedia(json, options);
  if (format === 'byabbe') return parseByabbe(json, options);
  return { ok: false, error: unknownFormat(options.fileName, json) };
}

/** The shapes Almanac reads, for a refusal to name. */
export const KNOWN_SHAPES = [
  'an Almanac export {format: "almanac", version, events…}',
  'a muffinlabs "Today in History" day file {date, url, data: {Events, Births, Deaths}}',
  'a Wikimedia onthisday response {selected, events, births, deaths, holidays}',
  'a byabbe.se "On this day" file {wikipedia, date, events|births|deaths: [{year, description, wikipedia: [{title, wikipedia}]}]}',
] as const;

const kindOf = (v: unknown) =>
  Array.isArray(v)
    ? `a list of ${v.length}`
    : v === null
      ? 'null'
      : ({ string: 'text', number: 'a number', boolean: 'true/false', object: 'an object' }[
          typeof v as string
        ] ?? typeof v);

/** `the keys "date" (text), "events" (an object)`: at most eight of them. */
function describeKeys(o: Record<string, unknown>, max = 8): string {
  const keys = Object.keys(o);
  const shown = keys.slice(0, max).map((k) => `${JSON.stringify(k)} (${kindOf(o[k])})`);
  const more = keys.length > max ? ` and ${keys.length - max} more` : '';
  return `the key${keys.length === 1 ? '' : 's'} ${shown.join(', ')}${more}`;
}

/** What a document looks like, in a few words: its top-level keys and what they hold, or its type. */
export function describeShape(json: unknown): string {
  if (Array.isArray(json)) {
    const first = json[0];
    const inside = isRecord(first) ? `, the first an object with ${describeKeys(first)}` : '';
    return `a JSON array of ${json.length} item${json.length === 1 ? '' : 's'}${inside}`;
  }
  if (isRecord(json))
    return Object.keys(json).length === 0
      ? 'an empty JSON object'
      : `a JSON object with ${describeKeys(json)}`;
  return json === null
    ? 'JSON null'
    : `a JSON ${typeof json} (${JSON.stringify(json).slice(0, 40)})`;
}

const unknownFormat = (fileName: string, json: unknown) =>
  `${fileName}: unknown format: the file is ${describeShape(json)}. Almanac reads ${KNOWN_SHAPES.slice(0, -1).join(', ')} or ${KNOWN_SHAPES.at(-1)}`;

type ReadJson = { ok: true; json: unknown; cutOff: CutOff | null } | { ok: false; error: string };

/**
 * The file's JSON. A file cut off mid-write gives back its complete entries with where it was cut
 * (a skip says so); any other invalid JSON is an error.
 */
function readJson(raw: string, fileName: string): ReadJson {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (text.trim() === '') return { ok: false, error: `${fileName}: the file is empty` };
  try {
    return { ok: true, json: JSON.parse(text), cutOff: null };
  } catch (error) {
    const message = (error as Error).message;
    if (!endsTooSoon(text, message))
      return { ok: false, error: `${fileName}: not valid JSON (${message})` };
    const recovered = recoverCutOffJson(text);
    if (recovered) return { ok: true, ...recovered };
    return {
      ok: false,
      error: `${fileName}: not valid JSON: the file is cut off after ${text.length.toLocaleString('en-US')} characters, before its first complete entry (${message})`,
    };
  }
}

function cutOffSkip(fileName: string, cut: CutOff) {
  return {
    where: { file: fileName, section: cut.section, index: cut.index },
    rawYear: null,
    code: 'cut-off' as const,
    reason: `the file is cut off here (it ends after ${cut.length.toLocaleString('en-US')} characters, inside this entry): this entry and any after it are missing; the ${cut.index} before it were read`,
  };
}

/** A day file's rows; a cut-off file's with one skip saying where it was cut. */
function parseDayFile(read: ReadJson & { ok: true }, options: ParseOptions): FileParse {
  const parsed = parseImportJson(read.json, options);
  if (!parsed.ok || !read.cutOff) return parsed;
  const { value } = parsed;
  return {
    ok: true,
    value: {
      ...value,
      skipped: [...value.skipped, cutOffSkip(options.fileName, read.cutOff)],
      total: value.total + 1,
    },
  };
}

/** Like parseImportJson, from the file's text. */
export function parseImportText(text: string, options: ParseOptions): FileParse {
  const read = readJson(text, options.fileName);
  return read.ok ? parseDayFile(read, options) : read;
}

/** Every format an import reads: the "on this day" day files, and Almanac's own export. */
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
  if (isAlmanacDocument(read.json)) {
    if (read.cutOff)
      return {
        ok: false,
        error: `${options.fileName}: not valid JSON: the Almanac export is cut off after ${read.cutOff.length.toLocaleString('en-US')} characters; export it again`,
      };
    return parseAlmanacJson(read.json, options.fileName);
  }
  const parsed = parseDayFile(read, options);
  return parsed.ok ? { ok: true, value: { ...parsed.value, fileName: options.fileName } } : parsed;
}
export {
  findSameStory,
  matchSameStory,
  SAME_STORY,
  type ExistingEvent,
  type StoryMatch,
} from './match';
export * from './almanac';
