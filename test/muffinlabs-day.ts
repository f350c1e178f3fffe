// Small day files in the muffinlabs shape (`{date, url, data: {Events, Births, Deaths}}`), written
// as a test needs them: each entry's links are Wikipedia articles, and its HTML shows them as anchors.

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
