/*
 * What readers type for a well-known subject that the entries spell out another way: "ww2" for
 * World War II, "9/11" for the September 11 attacks, "moon landing" for Apollo 11. A query that
 * holds one of an alias's forms also searches the subject's name and its `also` forms (the words
 * typed are always searched too), and the search looks for the person or topic of that name to put
 * its own entries first and show it above the results (db/queries/search-entities.ts).
 *
 * Forms are compared word by word after the index's folding and stemming (lib/search/porter.ts),
 * so "WW2", "ww 2"… are not listed separately but "World War 2" is (its words differ), and
 * "moon landings" is the same form as "moon landing". Punctuation is not a word: "9/11" is "9 11".
 *
 * Keep the table small and unambiguous. A form is a whole query part, never a prefix of a word;
 * short forms that are also words ("us", "un") still find the word itself, since what was typed is
 * searched as well, which is why the long names do not search them back.
 */
export type SearchAlias = {
  /** The subject's name as Almanac stores the person or topic ("World War II"). */
  name: string;
  /** Other ways readers type it. */
  typed: readonly string[];
  /** Other ways entries write it, searched whenever any form is typed (the name always is). */
  also?: readonly string[];
};

export const SEARCH_ALIASES: readonly SearchAlias[] = [
  {
    name: 'World War II',
    typed: ['ww2', 'wwii', 'ww ii', 'world war 2', 'second world war', '2nd world war'],
    also: ['second world war', 'wwii', 'ww2'],
  },
  {
    name: 'World War I',
    typed: ['ww1', 'wwi', 'ww i', 'world war 1', 'first world war', '1st world war', 'great war'],
    also: ['first world war', 'great war', 'wwi', 'ww1'],
  },
  {
    name: 'September 11 attacks',
    typed: ['9 11', 'nine eleven'],
    also: ['9 11'],
  },
  {
    name: 'Apollo 11',
    typed: ['moon landing', 'first moon landing', 'first man on the moon'],
  },
  { name: 'Normandy landings', typed: ['d day', 'dday'], also: ['d day'] },
  { name: 'John F. Kennedy', typed: ['jfk'], also: ['jfk'] },
  { name: 'Martin Luther King Jr.', typed: ['mlk', 'mlk jr'], also: ['martin luther king'] },
  { name: 'Franklin D. Roosevelt', typed: ['fdr'], also: ['fdr', 'franklin roosevelt'] },
  { name: 'Lyndon B. Johnson', typed: ['lbj'], also: ['lbj'] },
  { name: 'Soviet Union', typed: ['ussr', 'soviet russia'], also: ['ussr'] },
  { name: 'United Kingdom', typed: ['uk'], also: ['uk'] },
  { name: 'United States', typed: ['us', 'usa', 'u s', 'u s a'], also: ['usa'] },
  { name: 'United Nations', typed: ['un', 'u n'] },
  { name: 'NATO', typed: ['north atlantic treaty organization'], also: ['north atlantic treaty'] },
  { name: 'European Union', typed: ['eu'] },
  { name: 'East Germany', typed: ['gdr', 'ddr'], also: ['german democratic republic'] },
  { name: 'West Germany', typed: ['frg'], also: ['federal republic of germany'] },
  { name: 'New York City', typed: ['nyc'] },
  { name: 'World Trade Center', typed: ['wtc'] },
  { name: 'International Space Station', typed: ['iss'] },
  { name: 'United Arab Emirates', typed: ['uae'] },
];
