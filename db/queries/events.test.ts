import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import {
  eventLinks,
  eventPeople,
  eventReferences,
  eventSlugs,
  eventTags,
  people,
  tags,
} from '../schema';
import { getEventById, getEventBySlug, listRelatedEvents, resolveEventSlug } from './events';
import { insertCategory, insertEvent } from './test-fixtures';

let categoryId: number;
const ids: Record<string, number> = {};

beforeAll(() => {
  categoryId = insertCategory({ slug: 'politics-government', name: 'Politics & Government' });
  for (const [slug, year] of [
    ['uk-recognises-ussr', 1924],
    ['italy-recognises-ussr', 1924],
    ['bolshevik-revolution', 1917],
    ['anglo-soviet-treaty', 1924],
    ['recognition-wave-1924', 1924],
    ['uk-recognition-retold', 1924],
    ['draft-neighbour', 1925],
  ] as const) {
    ids[slug] = insertEvent({
      categoryId,
      slug,
      title: slug,
      year,
      status: slug === 'draft-neighbour' ? 'draft' : 'published',
    }).id;
  }
  const link = (from: string, to: string, type: 'related' | 'led_to' | 'part_of' | 'same_story') =>
    db.insert(eventLinks).values({ fromEventId: ids[from]!, toEventId: ids[to]!, type }).run();
  link('uk-recognises-ussr', 'italy-recognises-ussr', 'related');
  link('bolshevik-revolution', 'uk-recognises-ussr', 'led_to');
  link('uk-recognises-ussr', 'anglo-soviet-treaty', 'led_to');
  link('uk-recognises-ussr', 'recognition-wave-1924', 'part_of');
  link('uk-recognition-retold', 'uk-recognises-ussr', 'same_story');
  link('uk-recognises-ussr', 'draft-neighbour', 'related');

  db.insert(eventSlugs)
    .values({ eventId: ids['uk-recognises-ussr']!, slug: 'uk-recognizes-soviet-union' })
    .run();
  db.insert(eventSlugs).values({ eventId: ids['draft-neighbour']!, slug: 'old-draft-slug' }).run();
});

describe('listRelatedEvents', () => {
  it('shows links from both sides with the inverse label', () => {
    const related = listRelatedEvents(ids['uk-recognises-ussr']!);
    expect(related.map((r) => [r.label, r.event.slug])).toEqual([
      ['Part of', 'recognition-wave-1924'],
      ['Result of', 'bolshevik-revolution'],
      ['Led to', 'anglo-soviet-treaty'],
      ['Same story, told elsewhere', 'uk-recognition-retold'],
      ['Related', 'italy-recognises-ussr'],
    ]);
  });

  it('labels the other side of each link with its inverse', () => {
    const label = (slug: string) =>
      listRelatedEvents(ids[slug]!).map((r) => [r.label, r.event.slug]);
    expect(label('italy-recognises-ussr')).toEqual([['Related', 'uk-recognises-ussr']]);
    expect(label('bolshevik-revolution')).toEqual([['Led to', 'uk-recognises-ussr']]);
    expect(label('anglo-soviet-treaty')).toEqual([['Result of', 'uk-recognises-ussr']]);
    expect(label('recognition-wave-1924')).toEqual([['Includes', 'uk-recognises-ussr']]);
    expect(label('uk-recognition-retold')).toEqual([
      ['Same story, told elsewhere', 'uk-recognises-ussr'],
    ]);
  });

  it('never lists an event readers cannot see', () => {
    expect(listRelatedEvents(ids['uk-recognises-ussr']!).map((r) => r.event.slug)).not.toContain(
      'draft-neighbour',
    );
  });
});

describe('resolveEventSlug', () => {
  it('resolves the current slug', () => {
    expect(resolveEventSlug('uk-recognises-ussr')).toEqual({
      eventId: ids['uk-recognises-ussr'],
      slug: 'uk-recognises-ussr',
      isCurrent: true,
    });
  });

  it('resolves an old slug to the current one (the page redirects)', () => {
    expect(resolveEventSlug('uk-recognizes-soviet-union')).toEqual({
      eventId: ids['uk-recognises-ussr'],
      slug: 'uk-recognises-ussr',
      isCurrent: false,
    });
  });

  it('finds nothing for unknown slugs, drafts or the old slugs of drafts', () => {
    expect(resolveEventSlug('no-such-event')).toBeNull();
    expect(resolveEventSlug('draft-neighbour')).toBeNull();
    expect(resolveEventSlug('old-draft-slug')).toBeNull();
  });
});

describe('getEventById', () => {
  it('returns the whole event with people, tags and references in order, as plain JSON', () => {
    const id = ids['uk-recognises-ussr']!;
    const macdonald = db
      .insert(people)
      .values({ slug: 'ramsay-macdonald', name: 'Ramsay MacDonald' })
      .returning()
      .get();
    const chicherin = db
      .insert(people)
      .values({ slug: 'georgy-chicherin', name: 'Georgy Chicherin' })
      .returning()
      .get();
    db.insert(eventPeople)
      .values({ eventId: id, personId: chicherin.id, role: 'Soviet foreign minister', position: 1 })
      .run();
    db.insert(eventPeople)
      .values({ eventId: id, personId: macdonald.id, role: 'Prime Minister', position: 0 })
      .run();
    const tag = db.insert(tags).values({ slug: 'diplomacy', name: 'Diplomacy' }).returning().get();
    db.insert(eventTags).values({ eventId: id, tagId: tag.id }).run();
    db.insert(eventReferences)
      .values([
        { eventId: id, position: 1, url: 'https://example.org/b', title: 'Second' },
        {
          eventId: id,
          position: 0,
          url: 'https://example.org/a',
          title: 'First',
          publisher: 'Example',
          accessedAt: '2025-01-02',
        },
      ])
      .run();

    const event = getEventById(id)!;
    expect(event.people.map((p) => [p.name, p.role])).toEqual([
      ['Ramsay MacDonald', 'Prime Minister'],
      ['Georgy Chicherin', 'Soviet foreign minister'],
    ]);
    expect(event.tags.map((t) => t.slug)).toEqual(['diplomacy']);
    expect(event.references.map((r) => r.title)).toEqual(['First', 'Second']);
    expect(event.references[0]).toEqual({
      url: 'https://example.org/a',
      title: 'First',
      publisher: 'Example',
      accessedAt: '2025-01-02',
    });
    expect(event.image).toBeNull();
    expect(typeof event.updatedAt).toBe('number');
    expect(JSON.parse(JSON.stringify(event))).toEqual(event);
  });

  it('returns null for drafts, and getEventBySlug ignores old slugs', () => {
    expect(getEventById(ids['draft-neighbour']!)).toBeNull();
    expect(getEventBySlug('uk-recognizes-soviet-union')).toBeNull();
    expect(getEventBySlug('uk-recognises-ussr')?.id).toBe(ids['uk-recognises-ussr']);
  });
});
