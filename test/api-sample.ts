import { db } from '@/db/client';
import { changeEvent, insertCategory, insertEvent } from '@/db/queries/test-fixtures';
import { people, tags } from '@/db/schema';

/*
 * Sample content for the API tests (each test file has its own temporary database): 1 February
 * with featured and plain events in the same year, BCE entries, an imported one-liner, a birth
 * whose title is the person's name, a death, an observance, and entries readers must not see
 * (draft, archived, trashed, month-precision); 1924 with an event known only to the year; people,
 * tags, references, a link, an old slug and revisions. Every event is written as the app writes
 * one (test-fixtures.ts: the save pipeline), so each has its revisions, search entry and audit rows.
 */

export type ApiSample = Awaited<ReturnType<typeof insertApiSample>>;

export function insertApiSample() {
  const politics = insertCategory({ slug: 'politics-government', name: 'Politics & Government' });
  const birthsCat = insertCategory({ slug: 'births', name: 'Births' });
  const deathsCat = insertCategory({ slug: 'deaths', name: 'Deaths' });
  const holidays = insertCategory({ slug: 'holidays', name: 'Holidays & Observances' });
  const empty = insertCategory({ slug: 'science', name: 'Science' });

  const person = (values: typeof people.$inferInsert) =>
    db.insert(people).values(values).returning({ id: people.id }).get().id;
  const macdonald = person({
    slug: 'ramsay-macdonald',
    name: 'Ramsay MacDonald',
    description: 'Prime Minister of the United Kingdom in 1924 and 1929–1935',
    birthYear: 1866,
    birthMonth: 10,
    birthDay: 12,
    deathYear: 1937,
    deathMonth: 11,
    deathDay: 9,
  });
  const chicherin = person({ slug: 'georgy-chicherin', name: 'Georgy Chicherin', birthYear: 1872 });
  const litvinov = person({
    slug: 'maxim-litvinov',
    name: 'Maxim Litvinov',
    description: 'Soviet diplomat',
    birthYear: 1876,
    deathYear: 1951,
  });
  const brigid = person({ slug: 'brigid-of-kildare', name: 'Brigid of Kildare' });
  const tag = (slug: string, name: string) =>
    db.insert(tags).values({ slug, name }).returning({ id: tags.id }).get().id;
  const sovietUnion = tag('soviet-union', 'Soviet Union');
  const diplomacy = tag('diplomacy', 'Diplomacy');
  const unused = tag('unused', 'Unused');
  const role = (personId: number, r: string) => ({ personId, name: null, role: r });

  const on = { month: 2, day: 1 };
  const uk = insertEvent({
    ...on,
    categoryId: politics,
    // Renamed below: the old address redirects.
    slug: 'uk-recognises-the-ussr',
    title: 'The United Kingdom recognises the Soviet Union',
    summary:
      "Ramsay MacDonald's new Labour government granted the Soviet Union de jure recognition.",
    body: '## What happened\n\nA note was delivered in **Moscow**.',
    keyPoints: ['Labour took office on 22 January 1924.'],
    year: 1924,
    featured: true,
    location: 'Moscow, Soviet Union',
    latitude: 55.7558,
    longitude: 37.6173,
    imageUrl: 'https://images.example.org/uk-note.jpg',
    imageAlt: 'The British note',
    imageCredit: 'Public domain',
    people: [role(macdonald, 'Prime Minister'), role(chicherin, 'Foreign Commissar')],
    tags: ['Soviet Union', 'Diplomacy'],
    references: [
      {
        url: 'https://en.wikipedia.org/wiki/Soviet_Union%E2%80%93United_Kingdom_relations',
        title: 'Soviet Union–United Kingdom relations',
        publisher: 'Wikipedia',
        accessedAt: '2026-11-01',
      },
      {
        url: 'https://en.wikipedia.org/wiki/First_MacDonald_ministry',
        title: 'First MacDonald ministry',
        publisher: 'Wikipedia',
        accessedAt: '2026-11-01',
      },
    ],
  });
  const italy = insertEvent({
    ...on,
    categoryId: politics,
    slug: 'italy-recognises-the-soviet-union',
    title: 'Italy recognises the Soviet Union',
    summary: 'Mussolini’s government followed Britain within a week.',
    year: 1924,
    featured: true,
  });
  const myanmar = insertEvent({
    ...on,
    categoryId: politics,
    slug: 'myanmar-military-seizes-power',
    title: 'Myanmar’s military seizes power',
    summary: 'The armed forces detained the elected leaders.',
    year: 2021,
  });
  const roman = insertEvent({
    ...on,
    categoryId: politics,
    slug: 'a-roman-event',
    title: 'A Roman event <with> "marks" & more',
    summary: 'Something happened in Rome.',
    year: -100,
  });
  const imported = insertEvent({
    ...on,
    categoryId: politics,
    slug: 'imported-line',
    title: 'A long imported line about a treaty that was signed in a city far…',
    summary:
      'A long imported line about a treaty that was signed in a city far away, with much more text.',
    year: 1650,
    source: 'muffinlabs',
    sourceUrl: 'https://en.wikipedia.org/wiki/February_1',
    license: 'CC BY-SA 3.0',
  });
  const birth = insertEvent({
    ...on,
    categoryId: birthsCat,
    kind: 'birth',
    slug: 'maxim-litvinov-born',
    title: 'Maxim Litvinov',
    summary: 'Maxim Litvinov, Soviet diplomat (d. 1951)',
    year: 1876,
    people: [role(litvinov, 'subject')],
  });
  const bceBirth = insertEvent({
    ...on,
    categoryId: birthsCat,
    kind: 'birth',
    slug: 'someone-born-20-bce',
    title: 'Someone born in 20 BCE',
    summary: '',
    year: -20,
  });
  const death = insertEvent({
    ...on,
    categoryId: deathsCat,
    kind: 'death',
    slug: 'someone-died-1800',
    title: 'Someone died',
    summary: 'Someone died, a poet.',
    year: 1800,
  });
  const observance = insertEvent({
    ...on,
    categoryId: holidays,
    kind: 'observance',
    slug: 'saint-brigids-day',
    title: "Saint Brigid's Day",
    summary: 'The feast of Brigid of Kildare.',
    year: null,
    people: [role(brigid, 'Saint commemorated')],
  });
  const draft = insertEvent({
    ...on,
    categoryId: politics,
    slug: 'draft-event',
    year: 1950,
    status: 'draft',
    people: [role(macdonald, 'Hidden')],
    tags: ['Unused'],
  });
  const archived = insertEvent({
    ...on,
    categoryId: politics,
    slug: 'archived-event',
    year: 1951,
    status: 'archived',
  });
  const trashed = insertEvent({
    ...on,
    categoryId: politics,
    slug: 'trashed-event',
    year: 1952,
    deletedAt: new Date(),
  });
  const monthOnly = insertEvent({
    categoryId: politics,
    slug: 'month-precision',
    year: 1953,
    month: 2,
    day: null,
    precision: 'month',
  });
  const otherDay = insertEvent({
    categoryId: politics,
    slug: 'other-day',
    year: 1924,
    month: 3,
    day: 5,
  });
  const yearOnly = insertEvent({
    categoryId: politics,
    slug: 'sometime-in-1924',
    title: 'Sometime in 1924',
    year: 1924,
    month: null,
    day: null,
    precision: 'year',
  });
  const leapDay = insertEvent({
    categoryId: politics,
    slug: 'leap-day-event',
    year: 1504,
    month: 2,
    day: 29,
  });

  // The UK's second version: its current address, and its links (to Italy, and to a draft readers
  // do not see). Italy's people and tags come after, so that its revision is the newest of the two.
  const ukNow = changeEvent(uk.id, {
    slug: 'united-kingdom-recognises-the-soviet-union',
    links: [
      { eventId: italy.id, type: 'led_to', direction: 'from' },
      { eventId: draft.id, type: 'related', direction: 'from' },
    ],
  });
  const italyNow = changeEvent(italy.id, {
    people: [role(chicherin, 'Foreign Commissar')],
    tags: ['Soviet Union'],
  });

  return {
    categories: { politics, birthsCat, deathsCat, holidays, empty },
    people: { macdonald, chicherin, litvinov, brigid },
    tags: { sovietUnion, diplomacy, unused },
    events: {
      uk: ukNow,
      italy: italyNow,
      myanmar,
      roman,
      imported,
      birth,
      bceBirth,
      death,
      observance,
      draft,
      archived,
      trashed,
      monthOnly,
      otherDay,
      yearOnly,
      leapDay,
    },
    revisions: { ukRevision: ukNow.revisionId, italyRevision: italyNow.revisionId },
  };
}
