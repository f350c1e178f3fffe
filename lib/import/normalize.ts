import { validateHistoricalDate } from '@/lib/dates';
import { EVENT_LIMITS } from '@/lib/validation/event';
import { classifyEntry } from './classify';
import { readDateNotes } from './date-notes';
import { makeExternalId } from './hash';
import { groupTitle, readGroupLines, splitGroupEntry } from './groups';
import { extractPerson, type PersonLink } from './people';
import { splitSentences } from './sentences';
import { cleanText, removePictured, truncateAtWord } from './text';
import type {
  EntryLocation,
  ImportArticle,
  ImportKind,
  ImportPerson,
  ImportReference,
  ImportRow,
  ImportSource,
  Skip,
} from './types';
import { calendarForWikipediaDate, readImportYear } from './year';

// What the event form accepts as a title: an editor can change an imported one and save it.
const TITLE_MAX_LENGTH = EVENT_LIMITS.title;
const MAX_REFERENCES = 5;
const LICENSES: Record<ImportSource, string> = {
  muffinlabs: 'CC BY-SA 3.0',
  wikimedia: 'CC BY-SA 4.0',
  byabbe: 'CC BY-SA 4.0',
};

export type RawEntry = {
  source: ImportSource;
  month: number;
  day: number;
  kind: ImportKind;
  where: EntryLocation;
  /** The year as written ("44 BC", "1969 (or 1970)"), a number (Wikimedia), or null for observances. */
  rawYear: string | number | null;
  text: string | null | undefined;
  /** The entry's links (article titles), year articles already dropped; they become its references. */
  links: readonly PersonLink[];
  /** Extra ways the links are shown in the text (anchor texts from the entry's HTML), for finding names. */
  nameLinks?: readonly PersonLink[];
  /** The links as the text shows them (anchor text and URL, from the entry's HTML), for its articles. */
  anchors?: readonly PersonLink[];
  featured?: boolean;
  sourceUrl: string;
  defaultCategory?: string;
  /**
   * The text the external id is made of, when it is not this entry's own: a group split from the
   * entry it came in, or made of several entries, keeps the id that entry had (lib/import/groups.ts).
   */
  idText?: string;
  /** External ids of entries this one now tells (a group's members, once entries of their own). */
  supersedes?: readonly string[];
};

function skip(entry: RawEntry, code: Skip['code'], reason: string): Skip {
  return {
    where: entry.where,
    rawYear: entry.rawYear === null ? null : String(entry.rawYear),
    code,
    reason,
  };
}

const withoutFullStop = (text: string) =>
  text.length > 1 && /[^.]\.$/.test(text) ? text.slice(0, -1) : text;

/**
 * An event's title and summary from its text: the title is its first sentence, whole, without the
 * final full stop ("Vandal king Huneric organises a conference … at Carthage"); the summary is the
 * sentences after it, empty for a one-sentence entry (cards, feeds and share images show a short
 * form of a long title, lib/events/short-title.ts). A first sentence longer than a title may be is
 * cut at a word, and the summary is then the whole text.
 */
function eventTitle(text: string): { title: string; summary: string } {
  const [first = text, ...rest] = splitSentences(text);
  const title = withoutFullStop(first);
  if (title.length > TITLE_MAX_LENGTH)
    return { title: truncateAtWord(title, TITLE_MAX_LENGTH), summary: text };
  return { title, summary: rest.join(' ') };
}

type Content = { title: string; summary: string; people: ImportPerson[] };

/**
 * Births and deaths listed as a group ("crew of Apollo 1" followed by one line per person) become
 * one entry about all of them: the heading is the title, every line a person (lib/import/groups.ts).
 */
function groupContent(
  kind: 'birth' | 'death',
  lines: string[],
  links: readonly PersonLink[],
): Content | null {
  const group = readGroupLines(lines, links);
  if (!group || group.headings.length === 0) return null;
  // Lines before the heading are entries of their own (normalizeEntries); alone, they are members.
  const members = [...group.lead, ...group.members];
  const people = members
    .map((m) => extractPerson({ kind, text: m, links }))
    .filter((p): p is ImportPerson => p !== null);
  const heading = groupTitle(group.headings);
  return {
    title: truncateAtWord(heading, TITLE_MAX_LENGTH),
    summary: `${heading}: ${members.join('; ')}`,
    people,
  };
}

function content(entry: RawEntry, lines: string[]): Content {
  const text = lines.join(' ');
  if (entry.kind !== 'birth' && entry.kind !== 'death') return { ...eventTitle(text), people: [] };
  const nameLinks = [...(entry.nameLinks ?? []), ...entry.links];
  if (lines.length > 1) {
    const group = groupContent(entry.kind, lines, nameLinks);
    if (group) return group;
  }
  const person = extractPerson({ kind: entry.kind, text, links: nameLinks });
  if (!person) return { ...eventTitle(text), people: [] };
  // "Juan Carlos I of Spain" alone: the name is all the entry says, and the summary would repeat it.
  const summary = withoutFullStop(text) === person.name ? '' : text;
  return { title: person.name, summary, people: [person] };
}

/**
 * The entry's articles: each linked URL once, in the order of its links, titled as the source titles
 * it and shown as its first anchor in the text (the title when there is no markup or no anchor).
 */
export function entryArticles(
  links: readonly PersonLink[],
  anchors: readonly PersonLink[] = [],
): ImportArticle[] {
  const anchorByUrl = new Map<string, string>();
  for (const a of anchors) if (!anchorByUrl.has(a.url)) anchorByUrl.set(a.url, cleanText(a.title));
  const seen = new Set<string>();
  const articles: ImportArticle[] = [];
  for (const link of links) {
    if (!link.url || seen.has(link.url)) continue;
    seen.add(link.url);
    const title = cleanText(link.title.replace(/_/g, ' ')) || link.url;
    articles.push({ url: link.url, title, anchor: anchorByUrl.get(link.url) || title });
  }
  return articles;
}

/** The entry's text as lines, cleaned; the id and the search see them joined by spaces. */
function entryLines(entry: Pick<RawEntry, 'source' | 'text'>): string[] {
  return (entry.text ?? '')
    .split(/\n+/)
    .map((line) => cleanText(entry.source === 'wikimedia' ? removePictured(line) : line))
    .filter(Boolean);
}

/** The text an entry's external id is made of (see makeExternalId). */
export function entryIdText(entry: Pick<RawEntry, 'source' | 'text'>): string {
  return entryLines(entry).join(' ');
}

/**
 * Like normalizeEntry, for an entry that may hold several: a grouped birth or death entry with
 * people named before its heading is one row for each of them and one for the group.
 */
export function normalizeEntries(entry: RawEntry): (ImportRow | Skip)[] {
  return splitGroupEntry(entry, entryLines(entry)).map(normalizeEntry);
}

/** Turns one scraped entry into a row to import, or says why it cannot be imported. */
export function normalizeEntry(entry: RawEntry): ImportRow | Skip {
  const rawText = entry.text ?? '';
  const lines = entryLines(entry);
  const text = lines.join(' ');
  if (!text) {
    const yearHoldsText =
      typeof entry.rawYear === 'string' &&
      /[a-z]{3}/i.test(entry.rawYear.replace(/\b(?:BCE?|AD|CE|or)\b/gi, ''));
    const detail = yearHoldsText
      ? " (the entry's text is in its year field)"
      : typeof entry.rawYear === 'string' && entry.rawYear.trim()
        ? ` (the year field holds only "${entry.rawYear.trim()}")`
        : '';
    return skip(entry, 'null-text', `text is ${entry.text == null ? 'null' : 'empty'}${detail}`);
  }

  let year: number | null = null;
  let circa = false;
  let oldStyle = false;
  if (entry.kind !== 'observance') {
    if (entry.rawYear === null) return skip(entry, 'unparseable-year', 'no year');
    if (typeof entry.rawYear === 'number') {
      if (entry.rawYear === 0)
        return skip(entry, 'year-zero', 'year 0 does not exist (1 BCE is followed by 1 CE)');
      if (!Number.isInteger(entry.rawYear))
        return skip(entry, 'unparseable-year', `unparseable year "${entry.rawYear}"`);
      year = entry.rawYear;
    } else {
      const parsed = readImportYear(entry.rawYear);
      if (!parsed.ok)
        return skip(entry, parsed.zero ? 'year-zero' : 'unparseable-year', parsed.reason);
      ({ year, circa, oldStyle } = parsed);
    }
  }

  const notes =
    year === null
      ? null
      : readDateNotes({
          text,
          rawText,
          kind: entry.kind,
          year,
          month: entry.month,
          day: entry.day,
        });
  circa ||= notes?.circa ?? false;
  const calendar =
    year === null
      ? 'gregorian'
      : calendarForWikipediaDate({
          year,
          month: entry.month,
          day: entry.day,
          oldStyle,
          stated: notes?.calendar,
        });
  const date = validateHistoricalDate({
    year,
    month: entry.month,
    day: entry.day,
    precision: 'day',
    circa,
    calendar,
  });
  if (!date.ok) return skip(entry, 'invalid-date', date.errors.map((e) => e.message).join('; '));

  const { title, summary, people } = content(entry, lines);

  const references: ImportReference[] = [];
  const seen = new Set<string>();
  for (const link of entry.links) {
    if (references.length >= MAX_REFERENCES) break;
    if (!link.url || seen.has(link.url)) continue;
    seen.add(link.url);
    references.push({
      url: link.url,
      title: cleanText(link.title.replace(/_/g, ' ')) || link.url,
      publisher: 'Wikipedia',
    });
  }

  return {
    externalId: makeExternalId({
      source: entry.source,
      month: entry.month,
      day: entry.day,
      kind: entry.kind,
      year,
      text: entry.idText ?? text,
    }),
    kind: entry.kind,
    title,
    summary,
    year,
    month: entry.month,
    day: entry.day,
    precision: 'day',
    circa,
    calendar,
    source: entry.source,
    sourceUrl: entry.sourceUrl,
    license: LICENSES[entry.source],
    categorySlug: classifyEntry({ ...entry, text }),
    featured: entry.featured ?? false,
    references,
    articles: entryArticles(entry.links, entry.anchors),
    people,
    ...(entry.supersedes?.length ? { supersedes: [...entry.supersedes] } : {}),
    where: { ...entry.where, rawYear: entry.rawYear === null ? null : String(entry.rawYear) },
    ...(notes?.note ? { dateNote: notes.note } : {}),
  };
}

export function isSkip(value: ImportRow | Skip): value is Skip {
  return 'code' in value;
}

/**
 * Keeps what one entry of a section gave: a skip is listed; a row is kept unless an earlier entry
 * of the same section (`seen`: external id to that entry's index) gave the same one, which is
 * listed as a duplicate instead.
 */
export function keepOnce(
  result: ImportRow | Skip,
  into: { rows: ImportRow[]; skipped: Skip[]; seen: Map<string, number> },
  at: { where: EntryLocation; rawYear: string | null; section: string; index: number },
): void {
  if (isSkip(result)) {
    into.skipped.push(result);
    return;
  }
  const first = into.seen.get(result.externalId);
  if (first !== undefined) {
    into.skipped.push({
      where: at.where,
      rawYear: at.rawYear,
      code: 'duplicate-in-file',
      reason: `duplicate of an entry already in this file (${at.section} #${first})`,
    });
    return;
  }
  into.seen.set(result.externalId, at.index);
  into.rows.push(result);
}
