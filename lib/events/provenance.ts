import { IMPORT_SOURCES } from '@/lib/import/types';

/**
 * Is this an entry of Wikipedia's date pages, as an importer brought it (its `source` is one of the
 * importers')? Its title is then its text's first sentence, whole, and its summary the sentences
 * after it, if any. Anything else (`null`, the sample's "almanac-sample") was written in Almanac:
 * its title is a headline and its summary the text of its card.
 */
export function isImportedEntry(source: string | null | undefined): boolean {
  return (IMPORT_SOURCES as readonly string[]).includes(source ?? '');
}

/** How a page names the corpus an entry came from ("muffinlabs “Today in History”"). */
export const SOURCE_LABELS: Record<string, string> = {
  muffinlabs: 'muffinlabs “Today in History”',
  wikimedia: 'the Wikimedia “On this day” feed',
  byabbe: 'byabbe.se “On this day”',
};
