import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { parseSearchParams, type SearchQuery } from '@/lib/search/search-params';
import { events, eventTags, tags } from '../schema';
import { findEventRow, saveEvent, type WorkflowChange } from './event-write';
import { listSearchFilterOptions, searchEvents, SEARCH_PAGE_SIZE } from './search';
import { syncSearchIndex } from './search-index';
import { insertCategory, insertEvent } from './test-fixtures';

const search = (params: Record<string, string>): ReturnType<typeof searchEvents> =>
  searchEvents(parseSearchParams(params).query);
const titles = (params: Record<string, string>) => search(params).hits.map((h) => h.title);
const index = (ids: number[]) =>
  db.transaction((tx) => syncSearchIndex(tx, ids), { behavior: 'immediate' });

let politics: number;
let science: number;
const ids: Record<string, number> = {};

beforeAll(() => {
  politics = insertCategory({ slug: 'politics', name: 'Politics' });
  science = insertCategory({ slug: 'science', name: 'Science' });
  const add = (key: string, values: Parameters<typeof insertEvent>[0]) => {
    ids[key] = insertEvent(values).id;
  };
  add('march', {
    categoryId: politics,
    title: 'Mussolini’s March on Rome',
    summary:
      'Fascist squads converge on the capital and the king asks Mussolini to form a government.',
    year: 1922,
    month: 10,
    day: 28,
  });
  add('mention', {
    categoryId: politics,
    title: 'Italy recognises the Soviet Union',
    summary: 'The government of Benito Mussolini establishes diplomatic relations with Moscow.',
    year: 1924,
    month: 2,
    day: 7,
  });
  add('caesar', {
    categoryId: politics,
    kind: 'death',
    title: 'Julius Caesar is assassinated',
    summary: 'Senators stab the dictator in the Theatre of Pompey in Rome.',
    year: -44,
    month: 3,
    day: 15,
  });
  add('eclipse', {
    categoryId: science,
    title: 'An eclipse confirms general relativity',
    summary: 'Measurements of starlight bending near the Sun support Einstein’s theory.',
    year: 1919,
    month: 5,
    day: 29,
  });
  add('draft', {
    categoryId: politics,
    title: 'Draft about Mussolini',
    status: 'draft',
    year: 1930,
  });
  for (let i = 0; i < 45; i++) {
    add(`bulk${i}`, {
      categoryId: science,
      title: `Telescope observation number ${i}`,
      year: 1600 + i,
    });
  }
  const tag = db.insert(tags).values({ slug: 'fascism', name: 'Fascism' }).returning().get();
  db.insert(eventTags).values({ eventId: ids.march!, tagId: tag.id }).run();
  index(Object.values(ids));
});

describe('searchEvents', () => {
  it('finds a half-typed name, ranking a title hit above a summary hit', () => {
    expect(titles({ q: 'mussol' })).toEqual([
      'Mussolini’s March on Rome',
      'Italy recognises the Soviet Union',
    ]);
  });

  it('marks the matched words in the title and in a snippet of the text', () => {
    const [first, second] = search({ q: 'mussolini' }).hits;
    expect(first?.titleSegments.filter((s) => s.hit).map((s) => s.text)).toEqual(['Mussolini']);
    expect(second?.titleSegments).toEqual([
      { text: 'Italy recognises the Soviet Union', hit: false },
    ]);
    expect(second?.snippet.filter((s) => s.hit).map((s) => s.text)).toEqual(['Mussolini']);
    expect(second?.snippet.map((s) => s.text).join('')).toContain('Benito Mussolini establishes');
  });

  it('does not repeat an imported birth’s name under its title', () => {
    const birth = insertEvent({
      categoryId: insertCategory({ slug: 'births', name: 'Births' }),
      kind: 'birth',
      title: 'Benito Mussolini',
      summary: 'Benito Mussolini, Italian journalist and politician (d. 1945)',
      year: 1883,
      month: 7,
      day: 29,
    });
    index([birth.id]);
    const hit = search({ q: 'mussolini', kind: 'birth' }).hits[0]!;
    expect(hit.titleSegments).toEqual([
      { text: 'Benito ', hit: false },
      { text: 'Mussolini', hit: true },
    ]);
    expect(hit.snippet).toEqual([]);
    expect(hit.summary).toBe('Italian journalist and politician (d. 1945)');
  });

  it('never shows drafts', () => {
    expect(titles({ q: 'draft' })).toEqual([]);
  });

  it('filters by category, kind, tag and a year range across BCE', () => {
    expect(titles({ q: 'rome', category: 'science' })).toEqual([]);
    expect(titles({ q: 'rome', kind: 'death' })).toEqual(['Julius Caesar is assassinated']);
    expect(titles({ q: 'rome', tag: 'fascism' })).toEqual(['Mussolini’s March on Rome']);
    expect(titles({ q: 'rome', from: '100 BCE', to: '1 BCE' })).toEqual([
      'Julius Caesar is assassinated',
    ]);
    expect(titles({ q: 'rome', from: '1900' })).toEqual(['Mussolini’s March on Rome']);
  });

  it('lists by date when only filters are given', () => {
    expect(titles({ category: 'politics', sort: 'oldest' })).toEqual([
      'Julius Caesar is assassinated',
      'Mussolini’s March on Rome',
      'Italy recognises the Soviet Union',
    ]);
  });

  it('pages through many results', () => {
    const page1 = search({ q: 'telescope' });
    expect(page1.total).toBe(45);
    expect(page1.pageCount).toBe(3);
    expect(page1.hits).toHaveLength(SEARCH_PAGE_SIZE);
    const page3 = search({ q: 'telescope', page: '3' });
    expect(page3.hits).toHaveLength(5);
    const seen = new Set(
      [...page1.hits, ...search({ q: 'telescope', page: '2' }).hits, ...page3.hits].map(
        (h) => h.id,
      ),
    );
    expect(seen.size).toBe(45);
    expect(search({ q: 'telescope', page: '9' }).hits).toEqual([]);
  });

  it.each([
    '"',
    '"unbalanced',
    'rome*',
    '*',
    '-rome',
    'NEAR(rome caesar)',
    'rome NEAR caesar',
    '((rome',
    'title:rome',
    'rome OR',
    'AND',
    '🙂 rome 🙂',
    '\u0000',
    `${'caesar '.repeat(1500)}`,
  ])('answers odd input %j without an error', (q) => {
    expect(() => search({ q })).not.toThrow();
  });

  it('finds words inside odd input and nothing for input without words', () => {
    expect(titles({ q: '"caesar' })).toEqual(['Julius Caesar is assassinated']);
    expect(titles({ q: 'NEAR(caesar' })).toEqual([]); // "near" is a word too, and no event has it with caesar
    expect(search({ q: '***' }).total).toBe(0);
    expect(search({ q: '🙂' }).total).toBe(0);
  });

  it('follows publishing, unpublishing and the trash', () => {
    const query: SearchQuery = { q: 'relativity', sort: 'relevance', page: 1 };
    expect(searchEvents(query).total).toBe(1);
    const now = new Date();
    const change = (c: WorkflowChange, note: string) =>
      db.transaction((tx) =>
        saveEvent(tx, {
          actorId: null,
          existing: findEventRow(tx, ids.eclipse!)!,
          change: { kind: 'workflow', ...c },
          note,
          origin: 'fixture',
          audit: null,
          now,
        }),
      );
    change({ status: 'draft' }, 'unpublish');
    expect(searchEvents(query).total).toBe(0);
    change({ status: 'published' }, 'publish');
    expect(searchEvents(query).total).toBe(1);
    change({ deletedAt: now }, 'trash');
    expect(searchEvents(query).total).toBe(0);
    change({ deletedAt: null }, 'restore');
    expect(searchEvents(query).total).toBe(1);
  });

  it('sees an edited title at once', () => {
    db.update(events)
      .set({ title: 'Arthur Eddington photographs an eclipse' })
      .where(eq(events.id, ids.eclipse!))
      .run();
    index([ids.eclipse!]);
    expect(titles({ q: 'eddington' })).toEqual(['Arthur Eddington photographs an eclipse']);
  });
});

describe('listSearchFilterOptions', () => {
  it('offers every category and the tags readers can find, most used first', () => {
    const add = (slug: string, eventIds: number[]) => {
      const tag = db.insert(tags).values({ slug, name: slug.toUpperCase() }).returning().get();
      for (const eventId of eventIds) db.insert(eventTags).values({ eventId, tagId: tag.id }).run();
    };
    add('italy', [ids.march!, ids.mention!]);
    add('unused', []);
    add('drafts-only', [ids.draft!]);
    const options = listSearchFilterOptions();
    expect(options.categories.map((c) => c.slug)).toEqual(
      expect.arrayContaining(['politics', 'science']),
    );
    // "italy" has two public events, "fascism" one; a tag on no public event is no use as a filter.
    expect(options.tags.map((t) => t.slug)).toEqual(['italy', 'fascism']);
  });
});
