// Small day files in the muffinlabs shape (`{date, url, data: {Events, Births, Deaths}}`), written
// as a test needs them: each entry's links are Wikipedia articles, and its HTML shows them as anchors.

import fs from 'node:fs';
import path from 'node:path';

export const articleUrl = (title: string) =>
  `https://wikipedia.org/wiki/${title.replace(/ /g, '_')}`;

/** An anchor to the article, showing `shown` (the title by default). */
export const anchor = (title: string, shown = title) =>
  `<a href="${articleUrl(title)}" title="${title}">${shown}</a>`;

export type DayEntry = { year: string; text: string; html: string; links: string[] };

export const dayEntry = (year: string, text: string, html: string, links: string[]): DayEntry => ({
  year,
  text,
  html,
  links,
});

export function dayFile(
  date: string,
  sections: { Events?: DayEntry[]; Births?: DayEntry[]; Deaths?: DayEntry[] },
) {
  const shape = (list: DayEntry[] = []) =>
    list.map((e) => ({
      year: e.year,
      text: e.text,
      html: `${e.year} - ${e.html}`,
      no_year_html: e.html,
      links: e.links.map((title) => ({ title, link: articleUrl(title) })),
    }));
  return {
    date,
    url: `https://wikipedia.org/wiki/${date.replace(' ', '_')}`,
    data: {
      Events: shape(sections.Events),
      Births: shape(sections.Births),
      Deaths: shape(sections.Deaths),
    },
  };
}

const CORPUS = path.resolve(process.cwd(), '../shared/data/muffinlabs');
const dayFiles = new Map<string, { date: string; data: Record<string, unknown[]> }>();

/**
 * An entry of the real corpus (../shared/data/muffinlabs) by its place, "06-16 Events #5" (the
 * day file, the section, the index in it), as it is there, with the date its file names.
 */
export function corpusEntry(where: string): { date: string; section: string; entry: unknown } {
  const place = /^(\d\d-\d\d) (Events|Births|Deaths) #(\d+)$/.exec(where);
  if (!place) throw new Error(`not a place in the corpus: ${where}`);
  const [, day = '', section = '', index = ''] = place;
  let file = dayFiles.get(day);
  if (!file) {
    file = JSON.parse(fs.readFileSync(path.join(CORPUS, `${day}.json`), 'utf8')) as {
      date: string;
      data: Record<string, unknown[]>;
    };
    dayFiles.set(day, file);
  }
  const entry = file.data[section]?.[Number(index)];
  if (entry === undefined) throw new Error(`no entry at ${where}`);
  return { date: file.date, section, entry };
}

/** A table test's case of the corpus entry at `where`: [where, date, section, entry, expected]. */
export function corpusCase<E>(
  where: string,
  expected: E,
): [where: string, date: string, section: string, entry: unknown, expected: E] {
  const { date, section, entry } = corpusEntry(where);
  return [where, date, section, entry, expected];
}
