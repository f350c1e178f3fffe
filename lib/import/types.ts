export const IMPORT_SOURCES = ['muffinlabs', 'wikimedia', 'byabbe'] as const;
export type ImportSource = (typeof IMPORT_SOURCES)[number];
export type ImportKind = 'event' | 'birth' | 'death' | 'observance';

/** Where an entry came from: file name, section ("Events", "births"...) and its index in that section. */
export type EntryLocation = { file: string; section: string; index: number };

export type ImportReference = { url: string; title: string; publisher: string };

/** The person a birth or death is about. Years from "(b. 1552)"/"(d. 1634)" fill the other end of their life. */
export type ImportPerson = {
  name: string;
  description: string;
  referenceUrl: string | null;
  birthYear: number | null;
  deathYear: number | null;
};

/**
 * A Wikipedia article an entry links: its URL (normalised, lib/import/wikipedia.ts), its title, and
 * the text the entry shows for it (the link's anchor; the title when the source has no markup).
 */
export type ImportArticle = {
  url: string;
  title: string;
  anchor: string;
  /** Who the article is about when the source says it is a person's (lib/import/page-person.ts). */
  person?: ImportPerson;
};

/** One entry, normalised and ready for the database; everything but `where` goes into the content hash. */
export type ImportRow = {
  externalId: string;
  kind: ImportKind;
  title: string;
  summary: string;
  year: number | null;
  month: number;
  day: number;
  precision: 'day';
  circa: boolean;
  calendar: 'gregorian' | 'julian';
  source: ImportSource;
  sourceUrl: string;
  license: string;
  categorySlug: string;
  featured: boolean;
  references: ImportReference[];
  /** Every article the entry links, in order, once each (year articles dropped): the graph's edges. */
  articles: ImportArticle[];
  /** Who a birth or death is about: one person, or several for a grouped entry ("Crew of Apollo 1"). */
  people: ImportPerson[];
  /**
   * External ids of entries this row now tells, imported as events of their own before: a group's
   * members (lib/import/groups.ts). The import moves those events to the trash.
   */
  supersedes?: string[];
  where: EntryLocation & { rawYear: string | null };
  /**
   * For editors, when the text leaves the date in doubt in a way the date fields cannot say (a
   * Swedish-calendar date, lib/import/date-notes.ts): shown with the import's notes and kept in the
   * event's first revision. Absent for almost every row.
   */
  dateNote?: string;
};

export const SKIP_CODES = {
  'null-text': 'text is null/empty',
  'year-heading': 'a year heading: its entries follow it',
  'repeated-line': 'a line of a grouped entry, repeated on its own without a year',
  'group-member':
    'a member of a group whose heading is an entry of its own, imported with that entry',
  'unparseable-year': 'unparseable year',
  'year-zero': 'year 0',
  'invalid-date': 'date does not exist',
  'malformed-entry': 'entry does not match the format',
  'cut-off': 'the file is cut off: this entry and any after it are missing',
  'duplicate-in-file': 'duplicate of an entry already in this file',
  'duplicate-in-import': 'duplicate of an entry earlier in this import',
  'same-as-existing': 'already in Almanac (same event from another source or an editor)',
  'edited-in-almanac': 'changed in Almanac since it was imported; left as it is',
  'unknown-relation':
    'refers to a category, tag or person that is neither in the file nor in Almanac',
  'slug-taken': 'its slug belongs to a different event in Almanac',
  'cannot-publish': 'cannot be published as it is (no summary): import it as a draft',
} as const;
export type SkipCode = keyof typeof SKIP_CODES;

/** An entry that was not imported, and why: `reason` is for people, `code` groups the reasons. */
export type Skip = { where: EntryLocation; rawYear: string | null; code: SkipCode; reason: string };

export type ParseOptions = {
  /** File name (or upload name) used for locations and, for Wikimedia files, to infer the day. */
  fileName: string;
  /** Category for events the keyword classifier cannot place (default 'general-history'). */
  defaultCategory?: string;
  /** Day of a Wikimedia response ("10-30"), which has no date in its body. */
  monthDay?: { month: number; day: number };
};

export type ParseResult = {
  format: ImportSource;
  month: number;
  day: number;
  rows: ImportRow[];
  skipped: Skip[];
  /** Entries seen, imported or skipped: rows.length + skipped.length. */
  total: number;
};
