/** The categories every Almanac starts with (the seed pages' categories plus those imports need). */
export type CategorySeed = { slug: string; name: string; description: string; color: string };

export const DEFAULT_CATEGORIES: readonly CategorySeed[] = [
  {
    slug: 'politics-government',
    name: 'Politics & Government',
    description: 'Elections, treaties, recognitions, coups and the business of governing.',
    color: '#1d4ed8',
  },
  {
    slug: 'military-warfare',
    name: 'Military & Warfare',
    description: 'Battles, campaigns, sieges and the armies that fought them.',
    color: '#b91c1c',
  },
  {
    slug: 'accidents-tragedies',
    name: 'Accidents & Tragedies',
    description: 'Disasters, accidents and the people caught up in them.',
    color: '#7c2d12',
  },
  {
    slug: 'crime-law',
    name: 'Crime & Law',
    description: 'Crimes, trials, court rulings and the laws they shaped.',
    color: '#6d28d9',
  },
  {
    slug: 'science-technology',
    name: 'Science & Technology',
    description: 'Discoveries, inventions and the tools that changed everyday life.',
    color: '#047857',
  },
  {
    slug: 'space-exploration',
    name: 'Space Exploration',
    description: 'Launches, landings and missions beyond Earth.',
    color: '#0e7490',
  },
  {
    slug: 'exploration-discovery',
    name: 'Exploration & Discovery',
    description: 'Expeditions, firsts and newly opened places.',
    color: '#a16207',
  },
  {
    slug: 'sports-recreation',
    name: 'Sports & Recreation',
    description: 'Matches, records, tournaments and the crowds around them.',
    color: '#15803d',
  },
  {
    slug: 'arts-culture',
    name: 'Arts & Culture',
    description: 'Books, music, film, art and religion.',
    color: '#be185d',
  },
  {
    slug: 'general-history',
    name: 'General History',
    description: 'Events not yet filed under a more specific category.',
    color: '#475569',
  },
  { slug: 'births', name: 'Births', description: 'People born on this day.', color: '#0f766e' },
  { slug: 'deaths', name: 'Deaths', description: 'People who died on this day.', color: '#44403c' },
  {
    slug: 'holidays-observances',
    name: 'Holidays & Observances',
    description: 'Recurring holidays, feast days and observances.',
    color: '#c2410c',
  },
];

export const DEFAULT_CATEGORY_SLUG = 'general-history';
export const CATEGORY_FOR_KIND = {
  birth: 'births',
  death: 'deaths',
  observance: 'holidays-observances',
} as const;
