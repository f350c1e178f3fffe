// The sample content `npm start` loads into an empty database: the events the seed pages describe
// (the recognitions of the Soviet Union, 1924–1933, and the other 1 February and 4 August events
// their "Discover more" lists name), plus a birth, a death, a BCE event, a circa event and an
// observance for the reader site. Written in our own words; the seed pages' errors are corrected
// (UK recognition on 1 February 1924 under Ramsay MacDonald, not Lloyd George; Lenin died on
// 21 January 1924; the aid workers were killed in Muttur, not Vaharai).
import type { Calendar, Precision } from '../lib/dates';
import type { EventKind, LinkType } from '../lib/events/enums';
import type { ContentField, ScalarValue } from '../lib/events/fields';

export const SAMPLE_SOURCE = 'almanac-sample';
const ACCESSED = '2026-11-01';

export interface SamplePartialDate {
  year: number;
  month?: number;
  day?: number;
}

export interface SamplePerson {
  slug: string;
  name: string;
  description: string;
  born?: SamplePartialDate;
  died?: SamplePartialDate;
  referenceUrl: string | null;
}

export interface SampleReference {
  url: string;
  title: string;
  publisher: string;
  accessedAt: string;
}

/** An event's content (lib/events/fields.ts); a field it leaves out is as in a new event. */
type SampleContent = Partial<{
  [K in Exclude<ContentField, 'keyPoints' | 'categoryId'>]: ScalarValue<K>;
}>;

export interface SampleEvent extends SampleContent {
  slug: string;
  kind: EventKind;
  title: string;
  summary: string;
  keyPoints: readonly string[];
  body: string;
  year: number | null;
  month: number | null;
  day: number | null;
  precision: Precision;
  circa: boolean;
  calendar: Calendar;
  location: string | null;
  categorySlug: string;
  featured: boolean;
  tags: readonly string[];
  /** Person slugs from SAMPLE_PEOPLE with the part each played, in display order. */
  people: readonly { slug: string; role: string }[];
  references: readonly SampleReference[];
}

export interface SampleLink {
  from: string;
  to: string;
  type: LinkType;
}

/** English Wikipedia article URL for a title as it is written ("Phoenix (spacecraft)"). */
function wikipediaUrl(title: string): string {
  return `https://en.wikipedia.org/wiki/${encodeURIComponent(title.replace(/ /g, '_'))}`;
}

function wikipedia(title: string): SampleReference {
  return { url: wikipediaUrl(title), title, publisher: 'Wikipedia', accessedAt: ACCESSED };
}

export const SAMPLE_PEOPLE: readonly SamplePerson[] = [
  {
    slug: 'ramsay-macdonald',
    name: 'Ramsay MacDonald',
    description:
      "British Labour politician; the United Kingdom's first Labour prime minister (1924, 1929–1935).",
    born: { year: 1866, month: 10, day: 12 },
    died: { year: 1937, month: 11, day: 9 },
    referenceUrl: wikipediaUrl('Ramsay MacDonald'),
  },
  {
    slug: 'georgy-chicherin',
    name: 'Georgy Chicherin',
    description: 'Soviet diplomat; People’s Commissar for Foreign Affairs from 1918 to 1930.',
    born: { year: 1872, month: 11, day: 24 },
    died: { year: 1936, month: 7, day: 7 },
    referenceUrl: wikipediaUrl('Georgy Chicherin'),
  },
  {
    slug: 'christian-rakovsky',
    name: 'Christian Rakovsky',
    description:
      'Bulgarian-born revolutionary and Soviet diplomat; Soviet representative in London in 1923–1925.',
    born: { year: 1873, month: 8, day: 13 },
    died: { year: 1941, month: 9, day: 11 },
    referenceUrl: wikipediaUrl('Christian Rakovsky'),
  },
  {
    slug: 'benito-mussolini',
    name: 'Benito Mussolini',
    description: 'Founder of Italian Fascism; Prime Minister of Italy from 1922 to 1943.',
    born: { year: 1883, month: 7, day: 29 },
    died: { year: 1945, month: 4, day: 28 },
    referenceUrl: wikipediaUrl('Benito Mussolini'),
  },
  {
    slug: 'alvaro-obregon',
    name: 'Álvaro Obregón',
    description: 'Mexican revolutionary general; President of Mexico from 1920 to 1924.',
    born: { year: 1880, month: 2, day: 19 },
    died: { year: 1928, month: 7, day: 17 },
    referenceUrl: wikipediaUrl('Álvaro Obregón'),
  },
  {
    slug: 'stanislav-pestkovsky',
    name: 'Stanislav Pestkovsky',
    description:
      'Polish-born Bolshevik and Soviet diplomat; the first Soviet envoy to Mexico (1924–1926).',
    born: { year: 1882 },
    died: { year: 1937 },
    referenceUrl: null,
  },
  {
    slug: 'franklin-d-roosevelt',
    name: 'Franklin D. Roosevelt',
    description: 'President of the United States from 1933 to 1945.',
    born: { year: 1882, month: 1, day: 30 },
    died: { year: 1945, month: 4, day: 12 },
    referenceUrl: wikipediaUrl('Franklin D. Roosevelt'),
  },
  {
    slug: 'maxim-litvinov',
    name: 'Maxim Litvinov',
    description:
      'Soviet diplomat; People’s Commissar for Foreign Affairs from 1930 to 1939 and ambassador to the United States from 1941 to 1943.',
    born: { year: 1876, month: 7, day: 17 },
    died: { year: 1951, month: 12, day: 31 },
    referenceUrl: wikipediaUrl('Maxim Litvinov'),
  },
  {
    slug: 'william-c-bullitt',
    name: 'William C. Bullitt',
    description:
      'American diplomat; the first US ambassador to the Soviet Union (1933–1936), later ambassador to France.',
    born: { year: 1891, month: 1, day: 25 },
    died: { year: 1967, month: 2, day: 15 },
    referenceUrl: wikipediaUrl('William C. Bullitt'),
  },
  {
    slug: 'vladimir-lenin',
    name: 'Vladimir Lenin',
    description:
      'Russian revolutionary; leader of the Bolsheviks and first head of the Soviet government.',
    born: { year: 1870, month: 4, day: 22 },
    died: { year: 1924, month: 1, day: 21 },
    referenceUrl: wikipediaUrl('Vladimir Lenin'),
  },
  {
    slug: 'aung-san-suu-kyi',
    name: 'Aung San Suu Kyi',
    description:
      'Burmese politician and Nobel Peace Prize laureate; State Counsellor of Myanmar from 2016 to 2021.',
    born: { year: 1945, month: 6, day: 19 },
    referenceUrl: wikipediaUrl('Aung San Suu Kyi'),
  },
  {
    slug: 'win-myint',
    name: 'Win Myint',
    description: 'Burmese politician; President of Myanmar from 2018 until the 2021 coup.',
    born: { year: 1951 },
    referenceUrl: wikipediaUrl('Win Myint'),
  },
  {
    slug: 'min-aung-hlaing',
    name: 'Min Aung Hlaing',
    description:
      'Burmese general; commander-in-chief of the armed forces since 2011 and leader of the 2021 coup.',
    born: { year: 1956 },
    referenceUrl: wikipediaUrl('Min Aung Hlaing'),
  },
  {
    slug: 'renzo-piano',
    name: 'Renzo Piano',
    description:
      'Italian architect; designer of The Shard in London and, with Richard Rogers, the Centre Pompidou in Paris.',
    born: { year: 1937, month: 9, day: 14 },
    referenceUrl: wikipediaUrl('Renzo Piano'),
  },
  {
    slug: 'johanna-sigurdardottir',
    name: 'Jóhanna Sigurðardóttir',
    description:
      'Icelandic politician; Prime Minister of Iceland from 2009 to 2013, the first woman to hold the office.',
    born: { year: 1942, month: 10, day: 4 },
    referenceUrl: wikipediaUrl('Jóhanna Sigurðardóttir'),
  },
  {
    slug: 'ted-fujita',
    name: 'Ted Fujita',
    description:
      'Japanese-American meteorologist who devised the Fujita scale of tornado intensity.',
    born: { year: 1920, month: 10, day: 23 },
    died: { year: 1998, month: 11, day: 19 },
    referenceUrl: wikipediaUrl('Ted Fujita'),
  },
  {
    slug: 'nicolas-maduro',
    name: 'Nicolás Maduro',
    description: 'Venezuelan politician; President of Venezuela since 2013.',
    born: { year: 1962, month: 11, day: 23 },
    referenceUrl: wikipediaUrl('Nicolás Maduro'),
  },
  {
    slug: 'julius-caesar',
    name: 'Julius Caesar',
    description: 'Roman general and statesman; dictator of Rome, assassinated in 44 BCE.',
    born: { year: -100 },
    died: { year: -44, month: 3, day: 15 },
    referenceUrl: wikipediaUrl('Julius Caesar'),
  },
  {
    slug: 'marcus-junius-brutus',
    name: 'Marcus Junius Brutus',
    description: 'Roman senator; a leader of the conspiracy against Julius Caesar.',
    died: { year: -42 },
    referenceUrl: wikipediaUrl('Marcus Junius Brutus'),
  },
  {
    slug: 'gaius-cassius-longinus',
    name: 'Gaius Cassius Longinus',
    description: 'Roman senator and general; a leader of the conspiracy against Julius Caesar.',
    died: { year: -42 },
    referenceUrl: wikipediaUrl('Gaius Cassius Longinus'),
  },
  {
    slug: 'johannes-gutenberg',
    name: 'Johannes Gutenberg',
    description:
      'German goldsmith and printer who introduced printing with movable metal type to Europe.',
    died: { year: 1468, month: 2, day: 3 },
    referenceUrl: wikipediaUrl('Johannes Gutenberg'),
  },
  {
    slug: 'brigid-of-kildare',
    name: 'Brigid of Kildare',
    description:
      'Early Irish saint, traditionally the founder of a monastery at Kildare; one of the patron saints of Ireland.',
    referenceUrl: wikipediaUrl('Brigid of Kildare'),
  },
];

const RECOGNITION_TAGS = [
  'Soviet Union',
  'Diplomacy',
  'Interwar period',
  'Recognition of the USSR',
];

export const SAMPLE_EVENTS: readonly SampleEvent[] = [
  {
    slug: 'united-kingdom-recognises-the-soviet-union',
    kind: 'event',
    title: 'The United Kingdom recognises the Soviet Union',
    summary:
      "Ramsay MacDonald's new Labour government granted the Soviet Union full de jure recognition, ten days after taking office. Britain became the first of the great powers allied in the First World War to accept the Soviet state in law.",
    keyPoints: [
      'Labour took office on 22 January 1924 and recognised the USSR on 1 February.',
      'The British note accepted the Soviet government as the lawful authority over the former Russian Empire’s lands that acknowledged it.',
      'Britain had traded with Soviet Russia since the 1921 trade agreement, a de facto recognition.',
      'Debts, old treaties and propaganda were left to later negotiation.',
      'Relations were broken off in 1927 and restored in 1929.',
    ],
    body: `## What happened

Ramsay MacDonald became Britain's first Labour prime minister on 22 January 1924, acting also as his own foreign secretary. Labour had promised to stop treating Moscow as an outcast, and on 1 February a note delivered to the Soviet foreign commissariat by Robert Hodgson, head of the British mission in Moscow, announced that Britain recognised the Union of Soviet Socialist Republics as the de jure government of those territories of the old Russian Empire that accepted its authority.

The note also named what remained to be settled before relations could be fully normal: whether treaties signed before the revolution were still in force, British claims over repudiated Tsarist debts and confiscated property, and a mutual undertaking to end hostile propaganda. It arrived eleven days after the death of Vladimir Lenin.

## Why it matters

Britain had been trading with Soviet Russia since the Anglo-Soviet Trade Agreement of March 1921, which amounted to recognition in fact. Recognition in law made Britain the first of the wartime Allies to accept the Soviet state — Germany had done so at Rapallo in 1922 — and Italy followed within a week. Several other European states did the same during 1924.

The opening proved fragile. Treaties negotiated in London that summer were signed in August but never ratified: the Labour government fell in the autumn, and the Conservatives who replaced it broke off relations in 1927. MacDonald's second Labour government restored them in 1929.`,
    funFact:
      "Britain's note arrived the day after the Second Congress of Soviets approved the first constitution of the USSR, on 31 January 1924 — the Soviet Union itself had been proclaimed only in December 1922.",
    furtherReading: `- E. H. Carr, *A History of Soviet Russia* (especially *Socialism in One Country, 1924–1926*)
- Gabriel Gorodetsky, *The Precarious Truce: Anglo-Soviet Relations, 1924–27*`,
    year: 1924,
    month: 2,
    day: 1,
    precision: 'day',
    circa: false,
    calendar: 'gregorian',
    location: 'Moscow, Soviet Union',
    latitude: 55.7558,
    longitude: 37.6173,
    categorySlug: 'politics-government',
    featured: true,
    tags: [...RECOGNITION_TAGS, 'United Kingdom'],
    people: [
      {
        slug: 'ramsay-macdonald',
        role: 'Prime Minister and Foreign Secretary of the United Kingdom',
      },
      { slug: 'georgy-chicherin', role: 'People’s Commissar for Foreign Affairs of the USSR' },
      { slug: 'christian-rakovsky', role: 'Soviet representative in London' },
    ],
    references: [
      wikipedia('Soviet Union–United Kingdom relations'),
      wikipedia('First MacDonald ministry'),
      wikipedia('Anglo-Soviet Trade Agreement'),
    ],
  },
  {
    slug: 'italy-recognises-the-soviet-union',
    kind: 'event',
    title: 'Italy recognises the Soviet Union',
    summary:
      "Benito Mussolini's government recognised the Soviet Union de jure on the day the two countries signed an Italo-Soviet treaty of commerce and navigation in Rome.",
    keyPoints: [
      'Italy followed Britain by six days.',
      'Recognition was tied to a treaty of commerce and navigation signed the same day.',
      'Mussolini was both prime minister and foreign minister.',
      'Italy had traded with Soviet Russia under a preliminary agreement since December 1921.',
    ],
    body: `## What happened

Mussolini, prime minister since October 1922 and his own foreign minister, told the Chamber of Deputies in November 1923 that Italy would recognise the Soviet government once a commercial treaty had been agreed. The treaty of commerce and navigation was signed in Rome on 7 February 1924, and in a note of the same date Mussolini informed the Soviet foreign commissariat that Italy now recognised the government of the USSR de jure and would appoint an ambassador.

## Why it matters

The agreement showed trade outweighing ideology: a regime that had risen by fighting Italy's socialists and communists was ready to deal with Moscow as a normal partner. Britain's Labour government, aware that the Italian talks were nearly finished, had moved a week earlier.

Relations held through the rest of the interwar years. The two countries signed a pact of friendship, non-aggression and neutrality in 1933, and the link lasted until Italy joined Germany's invasion of the Soviet Union in June 1941.`,
    year: 1924,
    month: 2,
    day: 7,
    precision: 'day',
    circa: false,
    calendar: 'gregorian',
    location: 'Rome, Italy',
    latitude: 41.9028,
    longitude: 12.4964,
    categorySlug: 'politics-government',
    featured: true,
    tags: [...RECOGNITION_TAGS, 'Italy'],
    people: [
      { slug: 'benito-mussolini', role: 'Prime Minister and Foreign Minister of Italy' },
      { slug: 'georgy-chicherin', role: 'People’s Commissar for Foreign Affairs of the USSR' },
    ],
    references: [
      wikipedia('Italy–Russia relations'),
      wikipedia('Foreign relations of the Soviet Union'),
    ],
  },
  {
    slug: 'mexico-establishes-diplomatic-relations-with-the-soviet-union',
    kind: 'event',
    title: 'Mexico establishes diplomatic relations with the Soviet Union',
    summary:
      'Under President Álvaro Obregón, Mexico became the first country in the Americas to establish diplomatic relations with the Soviet Union. Moscow chose Stanislav Pestkovsky as its first envoy.',
    keyPoints: [
      'The first state in the Americas to recognise the USSR.',
      'Agreed in the last months of Álvaro Obregón’s presidency.',
      'Stanislav Pestkovsky, the first Soviet envoy, reached Mexico City at the end of October 1924.',
      'Mexico broke off relations in 1930; they were restored in 1942.',
    ],
    body: `## What happened

Mexico and Russia had exchanged diplomats since 1890, but the revolutions in both countries interrupted contact. In the summer of 1924 President Álvaro Obregón's government, itself recognised by the United States only the year before, agreed with Moscow to establish relations, and they were formally set up on 4 August 1924.

The Soviet government named Stanislav Pestkovsky, a Polish-born Bolshevik, as its first plenipotentiary representative. He arrived in Mexico City at the end of October 1924, shortly before Obregón handed over the presidency to Plutarco Elías Calles.

## Why it matters

Mexico gave the Soviet Union its first diplomatic foothold in the Western Hemisphere at a time when the United States still refused to deal with Moscow.

The relationship was uneasy. Mexican governments came to regard the Soviet legation as a source of support for Mexico's communists, and Mexico broke off relations in 1930. They were restored in 1942, when both countries were fighting the Axis powers.`,
    funFact:
      'The second Soviet envoy to Mexico, in 1926–1927, was Alexandra Kollontai, one of the first women anywhere to head a diplomatic mission.',
    year: 1924,
    month: 8,
    day: 4,
    precision: 'day',
    circa: false,
    calendar: 'gregorian',
    location: 'Mexico and the Soviet Union',
    categorySlug: 'politics-government',
    featured: true,
    tags: [...RECOGNITION_TAGS, 'Mexico'],
    people: [
      { slug: 'alvaro-obregon', role: 'President of Mexico' },
      { slug: 'stanislav-pestkovsky', role: 'First Soviet envoy to Mexico' },
      { slug: 'georgy-chicherin', role: 'People’s Commissar for Foreign Affairs of the USSR' },
    ],
    references: [wikipedia('Mexico–Russia relations'), wikipedia('Álvaro Obregón')],
  },
  {
    slug: 'united-states-recognises-the-soviet-union',
    kind: 'event',
    title: 'The United States recognises the Soviet Union',
    summary:
      'President Franklin D. Roosevelt and Soviet foreign commissar Maxim Litvinov exchanged notes in Washington establishing diplomatic relations, ending sixteen years of American non-recognition. William C. Bullitt became the first US ambassador in Moscow.',
    keyPoints: [
      'Relations were set up by an exchange of letters, the Roosevelt–Litvinov agreements, not by a treaty.',
      'Moscow promised not to interfere in American affairs or back groups seeking to overthrow the US government.',
      'Americans in the USSR were promised freedom of worship and legal protection.',
      'Debts and claims were left for later talks, which failed.',
      'William C. Bullitt and Alexander Troyanovsky became the first ambassadors.',
    ],
    body: `## What happened

The United States had refused to recognise the Bolshevik government since 1917. Franklin D. Roosevelt, president since March 1933, opened the door that October with a letter to the Soviet head of state, Mikhail Kalinin, proposing talks. Maxim Litvinov, the People's Commissar for Foreign Affairs, came to Washington in November, and after more than a week of negotiation the two men exchanged a set of letters dated 16 November 1933 that established diplomatic relations.

Because the arrangement was an exchange of executive notes rather than a treaty, it never went to the Senate. In the letters the Soviet government undertook not to interfere in American internal affairs or to support groups working to overthrow the US government, and to let Americans in the Soviet Union worship freely and enjoy legal protection. Claims and debts on both sides were left to later negotiation.

## Why it matters

Recognition was driven largely by hopes of trade during the Depression and by shared unease at Japan's expansion in East Asia. The Supreme Court later upheld the agreements as a valid use of the president's foreign-affairs power, in *United States v. Belmont* (1937) and *United States v. Pink* (1942).

The practical gains came slowly. Talks on debts broke down, trade stayed modest, and William C. Bullitt, the first American ambassador in Moscow, left for Paris in 1936. But the channel stayed open, and eight years after recognition the two countries were allies in the Second World War.`,
    funFact:
      'Bullitt already knew Soviet Russia: in 1919, as a young diplomat at the Paris Peace Conference, he was sent to Moscow and met Lenin. The peace terms he brought back were never taken up.',
    furtherReading: `- George F. Kennan, *Russia and the West under Lenin and Stalin*
- John Lewis Gaddis, *Russia, the Soviet Union, and the United States: An Interpretive History*`,
    year: 1933,
    month: 11,
    day: 16,
    precision: 'day',
    circa: false,
    calendar: 'gregorian',
    location: 'Washington, D.C., United States',
    latitude: 38.9072,
    longitude: -77.0369,
    categorySlug: 'politics-government',
    featured: true,
    tags: [...RECOGNITION_TAGS, 'United States'],
    people: [
      { slug: 'franklin-d-roosevelt', role: 'President of the United States' },
      { slug: 'maxim-litvinov', role: 'People’s Commissar for Foreign Affairs of the USSR' },
      { slug: 'william-c-bullitt', role: 'First US ambassador to the Soviet Union' },
    ],
    references: [
      {
        url: 'https://history.state.gov/milestones/1921-1936/ussr',
        title: 'Recognition of the Soviet Union, 1933',
        publisher: 'Office of the Historian, US Department of State',
        accessedAt: ACCESSED,
      },
      {
        url: 'https://history.state.gov/historicaldocuments/frus1933-39/ch1',
        title:
          'Recognition by the United States of the Soviet Union, November 16, 1933 (Foreign Relations of the United States)',
        publisher: 'Office of the Historian, US Department of State',
        accessedAt: ACCESSED,
      },
      wikipedia('Roosevelt–Litvinov Agreement'),
    ],
  },
  {
    slug: 'rayan-aourram-falls-into-a-well-in-morocco',
    kind: 'event',
    title: 'Five-year-old Rayan Aourram falls into a well in northern Morocco',
    summary:
      'Rayan Aourram, aged five, fell into a narrow dry well about 32 metres deep in the village of Ighran, Chefchaouen Province. Rescuers dug for five days to reach him, but he was found dead on 5 February.',
    keyPoints: [
      'The shaft was about 32 m deep and too narrow for a rescuer to climb down.',
      'Crews dug a trench beside the well, then a short tunnel to its bottom.',
      'He was brought out on the evening of 5 February; the Royal Cabinet announced his death.',
      'The rescue was followed live in Morocco and around the world.',
    ],
    body: `## What happened

On 1 February 2022 Rayan Aourram (also written Oram or Awram), a five-year-old boy, fell into a dry well beside his family's home in Ighran, a village in the Tamorot commune of Chefchaouen Province in Morocco's Rif mountains. The shaft was about 32 metres deep and too narrow for anyone to climb down to him.

Rescuers lowered oxygen, water and a camera, and began excavating a wide trench beside the well with heavy machinery, then dug a horizontal tunnel toward its bottom, working slowly because the ground was unstable. They reached him on the evening of 5 February; shortly afterwards the Royal Cabinet announced that he had died.

## Why it matters

The five-day operation was broadcast live and drew messages of support from across the Arab world and beyond. It also drew attention to the danger of the deep, often poorly covered wells that villagers in the region dig as groundwater sinks.`,
    year: 2022,
    month: 2,
    day: 1,
    precision: 'day',
    circa: false,
    calendar: 'gregorian',
    location: 'Ighran, Chefchaouen Province, Morocco',
    categorySlug: 'accidents-tragedies',
    featured: false,
    tags: ['Morocco', 'Rescue operations'],
    people: [],
    references: [wikipedia('Death of Rayan Aourram')],
  },
  {
    slug: 'myanmar-military-seizes-power',
    kind: 'event',
    title: "Myanmar's military seizes power in a coup",
    summary:
      "Hours before the newly elected parliament was due to meet, Myanmar's armed forces detained State Counsellor Aung San Suu Kyi, President Win Myint and other leaders of the governing party, declared a year-long state of emergency and handed power to their commander-in-chief, Min Aung Hlaing.",
    keyPoints: [
      'Leaders of the National League for Democracy were detained before dawn in Naypyidaw.',
      'The army cited claims of fraud in the November 2020 election, which the NLD had won by a landslide; the election commission rejected them.',
      'Vice-President Myint Swe, a former general, became acting president and transferred power to the military.',
      'Mass protests and a civil disobedience movement followed.',
    ],
    body: `## What happened

In the early hours of 1 February 2021, the day the parliament elected in November 2020 was to hold its first session, soldiers detained Aung San Suu Kyi, President Win Myint and other senior figures of the National League for Democracy. The military-backed opposition had alleged fraud in the election, which the NLD won overwhelmingly; the election commission had found no fraud on that scale.

Vice-President Myint Swe, a former general, was made acting president, declared a one-year state of emergency and handed legislative, executive and judicial power to Senior General Min Aung Hlaing.

## Why it matters

The coup ended a decade of partial civilian rule that had begun in 2011. Peaceful protests and strikes were met with lethal force, and the armed resistance that grew out of them turned into a nationwide civil war.`,
    year: 2021,
    month: 2,
    day: 1,
    precision: 'day',
    circa: false,
    calendar: 'gregorian',
    location: 'Naypyidaw, Myanmar',
    latitude: 19.7633,
    longitude: 96.0785,
    categorySlug: 'politics-government',
    featured: false,
    tags: ['Myanmar', 'Coups d’état'],
    people: [
      { slug: 'min-aung-hlaing', role: 'Commander-in-chief of the armed forces' },
      { slug: 'aung-san-suu-kyi', role: 'State Counsellor of Myanmar, detained' },
      { slug: 'win-myint', role: 'President of Myanmar, detained' },
    ],
    references: [wikipedia("2021 Myanmar coup d'état")],
  },
  {
    slug: 'the-shard-opens-its-public-viewing-gallery',
    kind: 'event',
    title: 'The Shard opens its public viewing gallery',
    summary:
      "The View from The Shard, on the top floors of Renzo Piano's tower at London Bridge, opened to paying visitors. At about 310 metres the building was the tallest in the United Kingdom.",
    keyPoints: [
      'The tower, designed by Renzo Piano, is about 310 m tall.',
      'It is the tallest building in the United Kingdom.',
      'The viewing gallery occupies floors 68 to 72, far above any other public viewpoint in London.',
      'The building had been inaugurated in July 2012.',
    ],
    body: `## What happened

The Shard, a tapering glass tower beside London Bridge station designed by the Italian architect Renzo Piano, was inaugurated in July 2012. On 1 February 2013 its viewing gallery, The View from The Shard, opened to the public, with indoor and open-air levels between the 68th and 72nd floors.

## Why it matters

At about 310 metres the Shard is the tallest building in the United Kingdom, and its gallery offered Londoners and visitors a view of the city from far higher than any earlier public vantage point. The tower, which mixes offices, a hotel, restaurants and flats, became one of the most recognisable features of the modern London skyline.`,
    year: 2013,
    month: 2,
    day: 1,
    precision: 'day',
    circa: false,
    calendar: 'gregorian',
    location: 'London Bridge, Southwark, London, United Kingdom',
    latitude: 51.5045,
    longitude: -0.0865,
    categorySlug: 'exploration-discovery',
    featured: false,
    tags: ['London', 'Architecture', 'Skyscrapers'],
    people: [{ slug: 'renzo-piano', role: 'Architect' }],
    references: [wikipedia('The Shard')],
  },
  {
    slug: 'port-said-stadium-disaster',
    kind: 'event',
    title: 'Seventy-four killed in the Port Said Stadium disaster',
    summary:
      'After Al-Masry beat Al-Ahly 3–1 in an Egyptian Premier League match in Port Said, home supporters poured onto the pitch and into the away section. Seventy-four people were killed and more than 500 injured.',
    keyPoints: [
      '74 people died and more than 500 were injured.',
      'Most of the dead were Al-Ahly supporters.',
      'It is the deadliest disaster in Egyptian football.',
      'The league season was cancelled, and fans were kept out of most domestic matches for years.',
    ],
    body: `## What happened

On the evening of 1 February 2012 Al-Masry beat the Cairo club Al-Ahly 3–1 at Port Said Stadium. At the final whistle thousands of people in the home crowd surged onto the pitch and toward the visiting players and the stand holding Al-Ahly's supporters. Seventy-four people died — from blows, falls and crushing at the stand's exits — and more than 500 were injured.

## Why it matters

It was the worst disaster in the history of Egyptian football. Police were widely criticised for failing to intervene, and Al-Ahly's organised supporters, who had been prominent in the 2011 street protests, accused the authorities of allowing the attack. Dozens of people, among them police officers, were later tried. The football authorities cancelled the rest of the season, and spectators were barred from most domestic league matches for years afterwards.`,
    year: 2012,
    month: 2,
    day: 1,
    precision: 'day',
    circa: false,
    calendar: 'gregorian',
    location: 'Port Said Stadium, Port Said, Egypt',
    latitude: 31.2653,
    longitude: 32.3019,
    categorySlug: 'sports-recreation',
    featured: false,
    tags: ['Egypt', 'Football', 'Stadium disasters'],
    people: [],
    references: [wikipedia('Port Said Stadium riot')],
  },
  {
    slug: 'johanna-sigurdardottir-becomes-prime-minister-of-iceland',
    kind: 'event',
    title: 'Jóhanna Sigurðardóttir becomes Prime Minister of Iceland',
    summary:
      "After Iceland's government collapsed in the wake of the 2008 banking crisis, Jóhanna Sigurðardóttir took office as the country's first woman prime minister. She was widely described as the world's first openly gay head of government.",
    keyPoints: [
      'She led a minority coalition of the Social Democratic Alliance and the Left-Green Movement.',
      'Geir Haarde’s government had fallen after months of protests over the financial crash.',
      'Her coalition won a majority at the April 2009 election.',
      'She served until May 2013.',
    ],
    body: `## What happened

The collapse of Iceland's three main banks in October 2008 brought months of protests in Reykjavík, and in January 2009 the coalition led by Geir Haarde broke up. On 1 February 2009 Jóhanna Sigurðardóttir, minister of social affairs and a member of the Althing since 1978, was appointed prime minister at the head of a minority government of the Social Democratic Alliance and the Left-Green Movement.

## Why it matters

She was Iceland's first woman prime minister and was widely described as the first openly gay head of government in the world. Her coalition won a majority at the election that April, and over four years it steered the country through an IMF-backed recovery programme before she stood down in 2013.`,
    funFact:
      'In 2010, on the day Iceland’s gender-neutral marriage law came into force, she married her partner, the writer Jónína Leósdóttir.',
    year: 2009,
    month: 2,
    day: 1,
    precision: 'day',
    circa: false,
    calendar: 'gregorian',
    location: 'Reykjavík, Iceland',
    latitude: 64.1466,
    longitude: -21.9426,
    categorySlug: 'politics-government',
    featured: false,
    tags: ['Iceland', 'Women in politics', 'LGBT history'],
    people: [{ slug: 'johanna-sigurdardottir', role: 'Prime Minister of Iceland' }],
    references: [
      wikipedia('Jóhanna Sigurðardóttir'),
      wikipedia('2008–2011 Icelandic financial crisis'),
    ],
  },
  {
    slug: 'enhanced-fujita-scale-comes-into-use',
    kind: 'event',
    title: 'The US National Weather Service adopts the Enhanced Fujita scale',
    summary:
      'The National Weather Service began rating tornadoes on the Enhanced Fujita (EF) scale, replacing the Fujita scale in use since the 1970s. Ratings now rest on detailed damage surveys of 28 kinds of buildings, structures and trees.',
    keyPoints: [
      'Ratings run from EF0 to EF5, mirroring the old F0–F5.',
      'Surveyors match damage against 28 damage indicators, each with graded degrees of damage.',
      'The scale was developed at Texas Tech University with meteorologists and engineers.',
      'Tornadoes rated before 2007 kept their original F-scale ratings.',
    ],
    body: `## What happened

From 1 February 2007 the US National Weather Service rated tornadoes on the Enhanced Fujita scale. Like its predecessor it runs from 0 to 5, but each rating is reached by comparing surveyed damage with 28 damage indicators — from homes and schools to towers and trees — and judging how badly each was damaged.

## Why it matters

The original scale, published by Ted Fujita in 1971, estimated wind speeds from damage but was hard to apply consistently, and engineers concluded that its speeds for the strongest tornadoes were too high. The enhanced scale, developed at Texas Tech University, ties ratings to construction quality and lowers the estimated winds for the upper categories: an EF5 tornado has estimated winds above 200 mph (about 320 km/h).`,
    funFact:
      "Ted Fujita's original scale was often called the Fujita–Pearson scale, after Allen Pearson of the National Severe Storms Forecast Center, who added measures of path length and width.",
    year: 2007,
    month: 2,
    day: 1,
    precision: 'day',
    circa: false,
    calendar: 'gregorian',
    location: 'United States',
    categorySlug: 'science-technology',
    featured: false,
    tags: ['Tornadoes', 'Meteorology', 'United States'],
    people: [{ slug: 'ted-fujita', role: 'Creator of the original Fujita scale' }],
    references: [
      wikipedia('Enhanced Fujita scale'),
      {
        url: 'https://www.spc.noaa.gov/efscale/',
        title: 'Enhanced F Scale for Tornado Damage',
        publisher: 'NOAA Storm Prediction Center',
        accessedAt: ACCESSED,
      },
    ],
  },
  {
    slug: 'beirut-port-explosion',
    kind: 'event',
    title: 'Explosion devastates the port of Beirut',
    summary:
      'A fire at the port of Beirut set off about 2,750 tonnes of ammonium nitrate that had been stored in a port warehouse since 2014. The blast killed more than 200 people, injured thousands and wrecked much of the Lebanese capital.',
    keyPoints: [
      'The ammonium nitrate had been unloaded from a ship in 2014 and left in a port warehouse.',
      'More than 200 people were killed and thousands injured; some 300,000 lost their homes.',
      'It was one of the most powerful non-nuclear explosions ever recorded.',
      'The government of Prime Minister Hassan Diab resigned within a week.',
    ],
    body: `## What happened

Shortly after six in the evening on 4 August 2020 a fire broke out in a warehouse at the port of Beirut. It detonated about 2,750 tonnes of ammonium nitrate, a chemical used in fertilisers and explosives, that had been unloaded from an impounded ship and stored there since 2014. The explosion wrecked the port, including its grain silos, damaged buildings across much of the city, killed more than 200 people and injured thousands.

## Why it matters

The blast struck a country already in deep economic crisis and became a symbol of official negligence: the dangerous cargo had been left in the city for years despite warnings. Prime Minister Hassan Diab's government resigned on 10 August. The domestic investigation into who was responsible was repeatedly halted by legal challenges from the officials it sought to question.`,
    year: 2020,
    month: 8,
    day: 4,
    precision: 'day',
    circa: false,
    calendar: 'gregorian',
    location: 'Port of Beirut, Beirut, Lebanon',
    latitude: 33.9014,
    longitude: 35.5194,
    categorySlug: 'accidents-tragedies',
    featured: false,
    tags: ['Lebanon', 'Explosions', 'Industrial disasters'],
    people: [],
    references: [wikipedia('2020 Beirut explosion')],
  },
  {
    slug: 'dayton-oregon-district-shooting',
    kind: 'event',
    title: "Mass shooting in Dayton's Oregon District",
    summary:
      'A gunman opened fire in the Oregon District nightlife area of Dayton, Ohio, shortly after 1 a.m., killing nine people and injuring more than two dozen. Police officers already nearby shot him dead about 32 seconds after the first shots.',
    keyPoints: [
      'Nine people were killed, among them the gunman’s sister.',
      'Officers on patrol nearby ended the attack in about 32 seconds.',
      'It came about 13 hours after a mass shooting in El Paso, Texas.',
      'The two attacks renewed the national debate over gun laws.',
    ],
    body: `## What happened

Shortly after 1 a.m. on 4 August 2019 a man armed with a semi-automatic weapon and high-capacity magazines began shooting on East Fifth Street in the Oregon District, a historic neighbourhood of bars and restaurants in downtown Dayton. Police officers already patrolling the street shot him dead about 32 seconds after he opened fire. Nine people were killed, including his sister, and more than two dozen were injured.

## Why it matters

The attack came about 13 hours after a gunman killed 23 people at a shop in El Paso, Texas, and the two shootings in one weekend intensified the debate in the United States over gun laws. Dayton's officials credited the speed of the police response with preventing a far higher death toll.`,
    year: 2019,
    month: 8,
    day: 4,
    precision: 'day',
    circa: false,
    calendar: 'gregorian',
    location: 'Oregon District, Dayton, Ohio, United States',
    latitude: 39.7589,
    longitude: -84.1916,
    categorySlug: 'crime-law',
    featured: false,
    tags: ['Mass shootings', 'Gun violence', 'United States'],
    people: [],
    references: [wikipedia('2019 Dayton shooting')],
  },
  {
    slug: 'drone-attack-on-nicolas-maduro',
    kind: 'event',
    title: 'Drones explode near Nicolás Maduro during a speech in Caracas',
    summary:
      "Two drones carrying explosives blew up near President Nicolás Maduro as he addressed a parade for the 81st anniversary of Venezuela's National Guard on Avenida Bolívar in Caracas. Maduro was unhurt; seven soldiers were injured.",
    keyPoints: [
      'The speech was being broadcast live when the explosions happened.',
      'Maduro and the officials beside him were unharmed; seven National Guard members were injured.',
      'The government called it an assassination attempt and blamed opponents at home and abroad.',
      'Arrests followed, including the opposition deputy Juan Requesens.',
    ],
    body: `## What happened

On the evening of 4 August 2018 President Nicolás Maduro was speaking to ranks of National Guard troops on Avenida Bolívar in central Caracas, at a ceremony for the force's 81st anniversary, when two explosive-laden drones detonated nearby. Live television showed Maduro and his wife looking up as bodyguards raised shields around them and the soldiers broke ranks. Maduro was not hurt; seven guardsmen were injured.

## Why it matters

The government called the attack an attempt on the president's life and blamed Venezuelan opponents, exiles in the United States and the Colombian government, which denied involvement. Several people were arrested in the following days, among them the opposition deputy Juan Requesens.`,
    year: 2018,
    month: 8,
    day: 4,
    precision: 'day',
    circa: false,
    calendar: 'gregorian',
    location: 'Avenida Bolívar, Caracas, Venezuela',
    latitude: 10.5,
    longitude: -66.9167,
    categorySlug: 'politics-government',
    featured: false,
    tags: ['Venezuela', 'Drones', 'Assassination attempts'],
    people: [{ slug: 'nicolas-maduro', role: 'President of Venezuela, the target' }],
    references: [wikipedia('Caracas drone attack')],
  },
  {
    slug: 'nasa-launches-the-phoenix-mars-lander',
    kind: 'event',
    title: 'NASA launches the Phoenix Mars lander',
    summary:
      "A Delta II rocket lifted off from Cape Canaveral carrying Phoenix, a NASA lander built to dig into the icy ground of Mars's northern plains. It landed in May 2008 and confirmed water ice just below the surface.",
    keyPoints: [
      'Launched on a Delta II from Cape Canaveral Air Force Station, Florida.',
      'The first mission of NASA’s low-cost Scout programme, led by the University of Arizona.',
      'Landed on 25 May 2008 in the far northern plains of Mars.',
      'Its robotic arm exposed ice, and its instruments confirmed water.',
      'Contact was lost in November 2008 as the Martian winter set in.',
    ],
    body: `## What happened

Phoenix lifted off from Cape Canaveral Air Force Station in Florida early on 4 August 2007 aboard a Delta II rocket. The first mission of NASA's Scout programme, it was led by Peter Smith of the University of Arizona and reused hardware built for a lander cancelled after the loss of Mars Polar Lander in 1999.

After a ten-month cruise Phoenix landed on 25 May 2008 in the Vastitas Borealis region, far to the north of Mars, where orbiters had detected ice close to the surface.

## Why it matters

Phoenix was the first spacecraft to touch and sample water ice on Mars. Its robotic arm uncovered bright ice that slowly vanished in the thin air, its instruments confirmed water in soil samples and found perchlorate salts, and its laser instrument detected snow falling from Martian clouds. The lander fell silent in November 2008, as expected, when winter cut off its solar power.`,
    funFact:
      'Phoenix carried a silica-glass mini-DVD from The Planetary Society, *Visions of Mars*, holding science fiction and other writing about the planet — a small library meant for future visitors.',
    year: 2007,
    month: 8,
    day: 4,
    precision: 'day',
    circa: false,
    calendar: 'gregorian',
    location: 'Cape Canaveral Air Force Station, Florida, United States',
    latitude: 28.4467,
    longitude: -80.5658,
    categorySlug: 'space-exploration',
    featured: true,
    tags: ['Mars', 'NASA', 'Robotic spacecraft'],
    people: [],
    references: [wikipedia('Phoenix (spacecraft)')],
  },
  {
    slug: 'aid-workers-killed-in-muttur-sri-lanka',
    kind: 'event',
    title: 'Seventeen aid workers killed in Muttur, Sri Lanka',
    summary:
      'Seventeen local staff of the French humanitarian organisation Action contre la Faim (Action Against Hunger) were shot dead at their office in Muttur, in eastern Sri Lanka, during fighting between government forces and the Tamil Tigers.',
    keyPoints: [
      'Sixteen of the victims were Tamils and one was Muslim; all were Sri Lankan.',
      'They had been helping communities recover from the 2004 tsunami.',
      'The Nordic-led truce monitors blamed government security forces; the government denied it.',
      'No one was brought to trial for the killings.',
    ],
    body: `## What happened

In early August 2006 government forces and the Liberation Tigers of Tamil Eelam (LTTE) fought for control of Muttur, a town south of Trincomalee harbour. A team of Action contre la Faim staff who had been working on recovery from the 2004 tsunami was trapped in the organisation's office. Seventeen of them were shot dead at close range, most of them on the office grounds; the killings are dated to 4 August, and the bodies were found over the following days, after the army had retaken the town.

The victims were Sri Lankan: sixteen Tamils and one Muslim, thirteen men and four women.

## Why it matters

It was among the deadliest attacks on humanitarian workers anywhere. The Sri Lanka Monitoring Mission, which oversaw the ceasefire, concluded that government security forces were responsible; the government denied it. A presidential commission of inquiry cleared the security forces, a finding Action contre la Faim and human rights groups rejected, and no one was brought to trial.`,
    year: 2006,
    month: 8,
    day: 4,
    precision: 'day',
    circa: false,
    calendar: 'gregorian',
    location: 'Muttur, Trincomalee District, Sri Lanka',
    latitude: 8.566,
    longitude: 81.233,
    categorySlug: 'military-warfare',
    featured: false,
    tags: ['Sri Lanka', 'Sri Lankan Civil War', 'Humanitarian aid'],
    people: [],
    references: [wikipedia('2006 Trincomalee massacre of NGO workers')],
  },
  {
    slug: 'death-of-vladimir-lenin',
    kind: 'death',
    title: 'Vladimir Lenin dies at Gorki',
    summary:
      'Vladimir Lenin, leader of the Bolshevik revolution and first head of the Soviet government, died at the Gorki estate outside Moscow, aged 53, after a series of strokes had removed him from politics.',
    keyPoints: [
      'Strokes from 1922 onwards had left him unable to work by March 1923.',
      'Alexei Rykov succeeded him as head of the Soviet government.',
      'His embalmed body was placed in a mausoleum on Red Square.',
      'Britain recognised the Soviet Union eleven days after his death.',
    ],
    body: `## What happened

Lenin had led the Bolshevik seizure of power in 1917 and headed the Soviet government through the civil war. From May 1922 a series of strokes took him out of active politics, and after a third in March 1923 he could barely speak. He died at the Gorki estate near Moscow on the evening of 21 January 1924.

## Why it matters

Hundreds of thousands of people filed past his coffin in Moscow in bitter cold. Against the wishes of his widow, Nadezhda Krupskaya, his body was embalmed and put on permanent display in a mausoleum on Red Square, rebuilt in stone in 1930. Alexei Rykov took over as head of government, while the contest for leadership of the party among Stalin, Trotsky, Zinoviev and others ended in Stalin's victory by the end of the decade.`,
    funFact:
      'Five days after his death Petrograd was renamed Leningrad in his honour. The city took back the name Saint Petersburg in 1991.',
    year: 1924,
    month: 1,
    day: 21,
    precision: 'day',
    circa: false,
    calendar: 'gregorian',
    location: 'Gorki, near Moscow, Soviet Union',
    categorySlug: 'deaths',
    featured: false,
    tags: ['Soviet Union', 'Russian Revolution'],
    people: [
      {
        slug: 'vladimir-lenin',
        role: 'Chairman of the Council of People’s Commissars of the USSR',
      },
    ],
    references: [wikipedia('Vladimir Lenin'), wikipedia("Lenin's Mausoleum")],
  },
  {
    slug: 'birth-of-maxim-litvinov',
    kind: 'birth',
    title: 'Maxim Litvinov is born',
    summary:
      'Maxim Litvinov, the Soviet diplomat who negotiated American recognition of the USSR in 1933, was born in Białystok, then in the Russian Empire.',
    keyPoints: [
      'Born Meir Henoch Wallach-Finkelstein into a Jewish family.',
      'A Bolshevik revolutionary who spent ten years in exile in London.',
      'People’s Commissar for Foreign Affairs from 1930 to 1939.',
      'Soviet ambassador in Washington from 1941 to 1943.',
    ],
    body: `## What happened

Maxim Litvinov was born in Białystok, now in Poland, on 17 July 1876. He joined the revolutionary movement as a young man, smuggled arms and literature for the Bolsheviks, and lived in London from 1908 to 1918, where he married the English writer Ivy Low.

## Why it matters

As deputy and then, from 1930, People's Commissar for Foreign Affairs, Litvinov was the Soviet Union's best-known diplomat between the wars. He negotiated recognition by the United States in 1933, took the USSR into the League of Nations in 1934 and argued for collective security against Nazi Germany, until Stalin replaced him with Vyacheslav Molotov in May 1939. He served again as ambassador to the United States during the Second World War.`,
    funFact:
      'In 1918, after the British arrested him in London, he was exchanged for the British agent Robert Bruce Lockhart, who was being held in Moscow.',
    year: 1876,
    month: 7,
    day: 17,
    precision: 'day',
    circa: false,
    calendar: 'gregorian',
    location: 'Białystok, Russian Empire (now Poland)',
    latitude: 53.1325,
    longitude: 23.1688,
    categorySlug: 'births',
    featured: false,
    tags: ['Soviet Union', 'Diplomacy'],
    people: [{ slug: 'maxim-litvinov', role: 'Soviet diplomat' }],
    references: [wikipedia('Maxim Litvinov')],
  },
  {
    slug: 'assassination-of-julius-caesar',
    kind: 'event',
    title: 'Julius Caesar is assassinated in Rome',
    summary:
      'On the Ides of March, senators led by Marcus Junius Brutus and Gaius Cassius Longinus stabbed Julius Caesar to death at a meeting of the Senate in the Curia of Pompey, weeks after he had been made dictator for life.',
    keyPoints: [
      'Caesar had been named dictator for life early in 44 BCE.',
      'More than sixty senators were said to be in the plot.',
      'According to Suetonius he was stabbed twenty-three times.',
      'The murder led to new civil wars and, in the end, to rule by his heir Octavian as Augustus.',
    ],
    body: `## What happened

By early 44 BCE Julius Caesar had won the civil war against Pompey and his allies and had been appointed dictator for life. To many senators this looked like monarchy in all but name. On the Ides of March — 15 March — a group of them, led by Marcus Junius Brutus and Gaius Cassius Longinus, surrounded him as the Senate met in the Curia of Pompey, next to Pompey's theatre, and stabbed him to death.

## Why it matters

The conspirators hoped to restore the Republic but had no plan for what came next. Caesar's supporters, Mark Antony and Caesar's great-nephew and adopted heir Octavian, turned public anger against them; Brutus and Cassius were defeated at Philippi in 42 BCE, and both died there. A further civil war between Antony and Octavian ended with Octavian as sole ruler, taking the name Augustus in 27 BCE — the end of the Republic the assassins had meant to save.`,
    funFact:
      '"Et tu, Brute?" comes from Shakespeare. Suetonius wrote that Caesar died without a word, though some claimed he said in Greek "You too, child?" as Brutus struck.',
    furtherReading: `- Suetonius, *The Twelve Caesars* ("The Deified Julius")
- Plutarch, *Life of Caesar* and *Life of Brutus*
- Barry Strauss, *The Death of Caesar*`,
    year: -44,
    month: 3,
    day: 15,
    precision: 'day',
    circa: false,
    calendar: 'julian',
    location: 'Curia of Pompey, Rome',
    latitude: 41.8955,
    longitude: 12.4768,
    categorySlug: 'politics-government',
    featured: false,
    tags: ['Ancient Rome', 'Assassinations', 'Roman Republic'],
    people: [
      { slug: 'julius-caesar', role: 'Dictator of Rome, the victim' },
      { slug: 'marcus-junius-brutus', role: 'Leading conspirator' },
      { slug: 'gaius-cassius-longinus', role: 'Leading conspirator' },
    ],
    references: [wikipedia('Assassination of Julius Caesar'), wikipedia('Ides of March')],
  },
  {
    slug: 'gutenberg-develops-printing-with-movable-type',
    kind: 'event',
    title: 'Johannes Gutenberg develops printing with movable type',
    summary:
      'Around 1440, while living in Strasbourg, the goldsmith Johannes Gutenberg was working on a way of printing with movable metal type. Perfected in Mainz, it produced the Gutenberg Bible in the 1450s and spread rapidly across Europe.',
    keyPoints: [
      'Gutenberg combined cast metal type, an oil-based ink and a screw press.',
      'His hand mould made it possible to cast large numbers of identical letters.',
      'The Bible printed in his Mainz workshop was finished by about 1455.',
      'Within fifty years printing shops were at work across much of Europe.',
    ],
    body: `## What happened

The exact date is unknown. Records of a 1439 lawsuit in Strasbourg show Gutenberg and his partners engaged in a secret enterprise involving a press and metal forms, and by around 1440 he was developing the elements of his method: letters cast in a metal alloy from a hand mould, an oil-based ink that would stick to metal, and a press adapted from existing screw presses. Back in Mainz he printed smaller works and then the Bible, completed by about 1455.

## Why it matters

Printing with movable type made books far cheaper and faster to produce than copying by hand, and it spread to cities across Europe within decades. It carried the Renaissance, the Reformation and the scientific revolution, standardised texts and spellings, and made reading matter available to a vastly wider public.`,
    furtherReading: `- Elizabeth L. Eisenstein, *The Printing Press as an Agent of Change*`,
    year: 1440,
    month: null,
    day: null,
    precision: 'year',
    circa: true,
    calendar: 'julian',
    location: 'Strasbourg, Holy Roman Empire (now France)',
    latitude: 48.5734,
    longitude: 7.7521,
    categorySlug: 'science-technology',
    featured: false,
    tags: ['Printing', 'Inventions', 'Renaissance'],
    people: [{ slug: 'johannes-gutenberg', role: 'Inventor' }],
    references: [wikipedia('Johannes Gutenberg'), wikipedia('Printing press')],
  },
  {
    slug: 'saint-brigids-day',
    kind: 'observance',
    title: "Saint Brigid's Day",
    summary:
      "The feast of Saint Brigid of Kildare, one of Ireland's patron saints, falls on 1 February, the date of the Gaelic festival of Imbolc and traditionally the first day of spring in Ireland.",
    keyPoints: [
      'Brigid is one of Ireland’s three patron saints, with Patrick and Columba.',
      'Crosses woven from rushes are traditionally made for the feast.',
      'The day coincides with Imbolc, the Gaelic festival marking the start of spring.',
      'Since 2023 Ireland has had a public holiday in her honour in early February.',
    ],
    body: `## What happened

Brigid of Kildare is remembered as the founder of a monastery at Kildare in the early Christian period, though little about her life can be established with certainty. Her feast day, 1 February, falls on Imbolc, one of the four seasonal festivals of the Gaelic year, and many customs of the day — above all the weaving of Brigid's crosses from rushes — belong to both.

## Why it matters

Saint Brigid's Day marks the beginning of spring in the Irish calendar and is one of the best-known feast days of Irish tradition. Since 2023 Ireland has kept a public holiday for it: the first Monday in February, or 1 February itself when that falls on a Friday.`,
    funFact:
      "A new Brigid's cross is traditionally made each year and hung in the house, where it was believed to protect the home from fire and harm.",
    year: null,
    month: 2,
    day: 1,
    precision: 'day',
    circa: false,
    calendar: 'gregorian',
    location: 'Ireland',
    categorySlug: 'holidays-observances',
    featured: false,
    tags: ['Ireland', 'Saints', 'Feast days'],
    people: [{ slug: 'brigid-of-kildare', role: 'Saint commemorated' }],
    references: [wikipedia("Saint Brigid's Day"), wikipedia('Imbolc')],
  },
];

export const SAMPLE_LINKS: readonly SampleLink[] = [
  // The recognitions of 1924–1933, linked each to each. Britain's move opened the 1924 wave and
  // settled the timing of Italy's, which followed within a week.
  {
    from: 'united-kingdom-recognises-the-soviet-union',
    to: 'italy-recognises-the-soviet-union',
    type: 'led_to',
  },
  {
    from: 'united-kingdom-recognises-the-soviet-union',
    to: 'mexico-establishes-diplomatic-relations-with-the-soviet-union',
    type: 'related',
  },
  {
    from: 'united-kingdom-recognises-the-soviet-union',
    to: 'united-states-recognises-the-soviet-union',
    type: 'related',
  },
  {
    from: 'italy-recognises-the-soviet-union',
    to: 'mexico-establishes-diplomatic-relations-with-the-soviet-union',
    type: 'related',
  },
  {
    from: 'italy-recognises-the-soviet-union',
    to: 'united-states-recognises-the-soviet-union',
    type: 'related',
  },
  {
    from: 'mexico-establishes-diplomatic-relations-with-the-soviet-union',
    to: 'united-states-recognises-the-soviet-union',
    type: 'related',
  },
  {
    from: 'death-of-vladimir-lenin',
    to: 'united-kingdom-recognises-the-soviet-union',
    type: 'related',
  },
  {
    from: 'birth-of-maxim-litvinov',
    to: 'united-states-recognises-the-soviet-union',
    type: 'related',
  },
];

/** The slugs of the four recognitions, for callers (and tests) that single them out. */
export const RECOGNITION_SLUGS = [
  'united-kingdom-recognises-the-soviet-union',
  'italy-recognises-the-soviet-union',
  'mexico-establishes-diplomatic-relations-with-the-soviet-union',
  'united-states-recognises-the-soviet-union',
] as const;
