import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { categories, eventPeople, events, people, tags } from '@/db/schema';
import { rebuildSearchIndex, syncSearchIndex } from './search-index';

const match = (q: string) =>
  db
    .all<{ rowid: number }>(
      sql`SELECT rowid FROM events_fts WHERE events_fts MATCH ${q} ORDER BY rowid`,
    )
    .map((r) => r.rowid);

let published: number;
let draft: number;

beforeAll(() => {
  const [cat] = db
    .insert(categories)
    .values({ slug: 'politics', name: 'Politics' })
    .returning()
    .all();
  const rows = db
    .insert(events)
    .values([
      {
        slug: 'uk-recognises-ussr',
        title: 'UK recognises the Soviet Union',
        summary: 'De jure recognition',
        year: 1924,
        month: 2,
        day: 1,
        categoryId: cat!.id,
        status: 'published',
        location: 'London',
      },
      {
        slug: 'draft-event',
        title: 'A draft about Litvinov',
        year: 1933,
        month: 11,
        day: 16,
        categoryId: cat!.id,
        status: 'draft',
      },
    ])
    .returning({ id: events.id })
    .all();
  published = rows[0]!.id;
  draft = rows[1]!.id;
  const [person] = db
    .insert(people)
    .values({ slug: 'ramsay-macdonald', name: 'Ramsay MacDonald' })
    .returning()
    .all();
  db.insert(eventPeople)
    .values({ eventId: published, personId: person!.id, role: 'Prime Minister' })
    .run();
});

describe('syncSearchIndex', () => {
  it('indexes published events with their people and location, not drafts', () => {
    db.transaction((tx) => syncSearchIndex(tx, [published, draft]), { behavior: 'immediate' });
    expect(match('soviet')).toEqual([published]);
    expect(match('macdonald')).toEqual([published]);
    expect(match('london')).toEqual([published]);
    expect(match('litvinov')).toEqual([]);
  });

  it('follows status changes and matches prefixes', () => {
    db.update(events).set({ status: 'published' }).where(eq(events.id, draft)).run();
    db.update(events).set({ status: 'archived' }).where(eq(events.id, published)).run();
    db.transaction((tx) => syncSearchIndex(tx, [published, draft]), { behavior: 'immediate' });
    expect(match('litvin*')).toEqual([draft]);
    expect(match('soviet')).toEqual([]);
  });

  it('rebuilds the whole index from the events table', () => {
    db.run(sql`DELETE FROM events_fts`);
    rebuildSearchIndex(db);
    expect(match('litvinov')).toEqual([draft]);
  });
});

describe('the CMS index and the names indexes', () => {
  const cms = (q: string) =>
    db
      .all<{ rowid: number }>(
        sql`SELECT rowid FROM events_cms_fts WHERE events_cms_fts MATCH ${q} ORDER BY rowid`,
      )
      .map((r) => r.rowid);
  const names = (table: 'people_names_fts' | 'tag_names_fts', q: string) =>
    db
      .all<{ rowid: number }>(
        sql`SELECT rowid FROM ${sql.raw(table)} WHERE ${sql.raw(table)} MATCH ${q} ORDER BY rowid`,
      )
      .map((r) => r.rowid);

  it('holds every event whatever its status, the trash included, with its people', () => {
    db.update(events).set({ status: 'draft' }).where(eq(events.id, draft)).run();
    db.update(events).set({ deletedAt: new Date() }).where(eq(events.id, published)).run();
    db.transaction((tx) => syncSearchIndex(tx, [published, draft]), { behavior: 'immediate' });
    expect(cms('litvinov')).toEqual([draft]);
    expect(cms('macdonald')).toEqual([published]);
    expect(match('litvinov')).toEqual([]);
    db.run(sql`DELETE FROM events_cms_fts`);
    rebuildSearchIndex(db);
    expect(cms('soviet')).toEqual([published]);
  });

  it('follows people and tags as they are created, renamed and deleted, whoever writes them', () => {
    const [person] = db
      .insert(people)
      .values({ slug: 'georgy-chicherin', name: 'Georgy Chicherin' })
      .returning()
      .all();
    expect(names('people_names_fts', 'chicherin')).toEqual([person!.id]);
    db.update(people).set({ name: 'Georgy Tchitcherine' }).where(eq(people.id, person!.id)).run();
    expect(names('people_names_fts', 'chicherin')).toEqual([]);
    expect(names('people_names_fts', 'tchitcherine')).toEqual([person!.id]);
    db.delete(people).where(eq(people.id, person!.id)).run();
    expect(names('people_names_fts', 'tchitcherine')).toEqual([]);

    const [tag] = db
      .insert(tags)
      .values({ slug: 'apollo-11', name: 'Apollo 11' })
      .returning()
      .all();
    expect(names('tag_names_fts', '"apollo 11"')).toEqual([tag!.id]);
    db.update(tags).set({ name: 'Apollo Eleven' }).where(eq(tags.id, tag!.id)).run();
    expect(names('tag_names_fts', 'apollo')).toEqual([tag!.id]);
    expect(names('tag_names_fts', '11')).toEqual([]);
    db.delete(tags).where(eq(tags.id, tag!.id)).run();
    expect(names('tag_names_fts', 'apollo')).toEqual([]);
  });
});
