import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { eventPeople, events, people, users } from '@/db/schema';
import { slugify } from '@/lib/slugs';
import {
  countPeopleByInitial,
  countPeopleByPrefix,
  listBestKnownPeople,
  listEventsForPerson,
  listPeopleByInitial,
} from './people';
import type { SessionUser } from '@/lib/auth/actor';
import { mergePeople } from './taxonomy-admin';
import { explainStatements, insertCategory, insertEvent } from './test-fixtures';

let category: number;
beforeAll(() => {
  category = insertCategory();
});

function person(name: string, extra: Partial<typeof people.$inferInsert> = {}): number {
  return db
    .insert(people)
    .values({ name, slug: slugify(name), ...extra })
    .returning({ id: people.id })
    .get().id;
}
const link = (eventId: number, personId: number) =>
  db.insert(eventPeople).values({ eventId, personId, role: 'subject' }).run();
const publicCount = (id: number) =>
  db.select({ n: people.publicEventCount }).from(people).where(eq(people.id, id)).get()?.n;
const setEvent = (id: number, values: Partial<typeof events.$inferInsert>) =>
  db.update(events).set(values).where(eq(events.id, id)).run();

describe('people.public_event_count (kept by triggers, whoever writes)', () => {
  it('counts only published events outside the trash, through publish, trash, restore and delete', () => {
    const p = person('Count Keeper');
    const a = insertEvent({ categoryId: category, status: 'draft' }).id;
    const b = insertEvent({ categoryId: category }).id;
    link(a, p);
    expect(publicCount(p)).toBe(0);
    link(b, p);
    expect(publicCount(p)).toBe(1);

    setEvent(a, { status: 'published' });
    expect(publicCount(p)).toBe(2);
    setEvent(a, { deletedAt: new Date() });
    expect(publicCount(p)).toBe(1);
    setEvent(a, { deletedAt: null });
    expect(publicCount(p)).toBe(2);
    setEvent(b, { status: 'archived' });
    expect(publicCount(p)).toBe(1);
    // An edit that leaves visibility alone changes nothing.
    setEvent(a, { title: 'Renamed' });
    expect(publicCount(p)).toBe(1);

    // Deleting the event takes its links with it (ON DELETE CASCADE), and the count follows.
    db.delete(events).where(eq(events.id, a)).run();
    expect(publicCount(p)).toBe(0);
    expect(listEventsForPerson(p)).toEqual([]);
  });

  it('follows links removed or moved to another person', () => {
    const from = person('Moved From');
    const to = person('Moved To');
    const e = insertEvent({ categoryId: category }).id;
    link(e, from);
    expect([publicCount(from), publicCount(to)]).toEqual([1, 0]);
    db.update(eventPeople).set({ personId: to }).where(eq(eventPeople.personId, from)).run();
    expect([publicCount(from), publicCount(to)]).toEqual([0, 1]);
    db.delete(eventPeople).where(eq(eventPeople.personId, to)).run();
    expect(publicCount(to)).toBe(0);
  });

  it('is right after merging two people (the editors’ merge)', () => {
    const admin = db
      .insert(users)
      .values({ name: 'Merger', email: 'merger@example.org', role: 'admin', passwordHash: 'x' })
      .returning({ id: users.id })
      .get();
    const actor: SessionUser = {
      id: admin.id,
      email: 'merger@example.org',
      name: 'Merger',
      role: 'admin',
    };
    const target = person('Merge Target');
    const source = person('Merge Source');
    const both = insertEvent({ categoryId: category }).id;
    const onlySource = insertEvent({ categoryId: category }).id;
    link(both, target);
    link(both, source);
    link(onlySource, source);
    expect(mergePeople(actor, { sourceId: source, targetId: target })).toMatchObject({
      ok: true,
    });
    expect(publicCount(target)).toBe(2);
  });

  it('agrees with a recount over every person after all of the above', () => {
    const wrong = db.all<{ id: number }>(sql`
      SELECT p.id FROM people p WHERE p.public_event_count <> (
        SELECT count(*) FROM event_people ep JOIN events e ON e.id = ep.event_id
        WHERE ep.person_id = p.id AND e.status = 'published' AND e.deleted_at IS NULL)`);
    expect(wrong).toEqual([]);
  });
});

describe('the people index', () => {
  const names = [
    'Zeno of Elea',
    'Émile Zola',
    'Edith Piaf',
    'J. R. R. Tolkien',
    'Jane Austen',
    'James Joyce',
    'John Lennon',
    'Johann Sebastian Bach',
    '50 Cent',
    'Only In A Draft',
  ];
  beforeAll(() => {
    for (const name of names) {
      const e = insertEvent({
        categoryId: category,
        status: name === 'Only In A Draft' ? 'draft' : 'published',
      }).id;
      link(
        e,
        person(name, {
          birthYear: name === 'Jane Austen' ? 1775 : null,
          deathYear: name === 'Jane Austen' ? 1817 : null,
          description: name === 'Jane Austen' ? 'English novelist' : '',
        }),
      );
    }
  });

  const namesOf = (initial: Parameters<typeof listPeopleByInitial>[0]['initial']) =>
    listPeopleByInitial({ initial, limit: 100, offset: 0 }).map((p) => p.name);

  it('files people A–Z by their folded name, accents under their letter, digits under 0–9', () => {
    const counts = Object.fromEntries(countPeopleByInitial().map((c) => [c.initial, c.count]));
    expect(counts).toMatchObject({ '0-9': 1, e: 2, j: 5, z: 1, a: 0 });
    expect(Object.keys(counts)).toHaveLength(27);
    expect(namesOf('e')).toEqual(['Edith Piaf', 'Émile Zola']);
    expect(namesOf('0-9')).toEqual(['50 Cent']);
  });

  it('leaves out people with nothing published', () => {
    expect(namesOf('o')).toEqual([]);
    expect(countPeopleByInitial().find((c) => c.initial === 'o')?.count).toBe(0);
  });

  it('pages a letter in slug order, with what a list shows', () => {
    expect(namesOf('j')).toEqual([
      'J. R. R. Tolkien',
      'James Joyce',
      'Jane Austen',
      'Johann Sebastian Bach',
      'John Lennon',
    ]);
    expect(listPeopleByInitial({ initial: 'j', limit: 2, offset: 2 }).map((p) => p.name)).toEqual([
      'Jane Austen',
      'Johann Sebastian Bach',
    ]);
    expect(listPeopleByInitial({ initial: 'j', limit: 1, offset: 2 })[0]).toEqual({
      slug: 'jane-austen',
      name: 'Jane Austen',
      description: 'English novelist',
      birthYear: 1775,
      deathYear: 1817,
      eventCount: 1,
    });
  });

  it('says where each two-letter beginning starts within its letter', () => {
    // "j-r-r-tolkien" sorts before "ja…": the first "Ja" is the second J.
    expect(countPeopleByPrefix('j')).toEqual([
      { prefix: 'ja', count: 2, offset: 1 },
      { prefix: 'jo', count: 2, offset: 3 },
    ]);
    expect(countPeopleByPrefix('0-9')).toEqual([]);
  });

  it('reads only people_public_slug_idx for counts and page ids, sorting nothing but the page', () => {
    const plans = explainStatements(() => {
      countPeopleByInitial();
      countPeopleByPrefix('j');
      listPeopleByInitial({ initial: 'j', limit: 100, offset: 0 });
    });
    const [initials, prefixes, page] = plans;
    for (const plan of [initials, prefixes]) {
      expect(plan).toMatch(/SEARCH people USING INDEX people_public_slug_idx/);
      expect(plan).not.toMatch(/SCAN people|TEMP B-TREE/);
    }
    // The page's ids from the index; the 100 rows read by id and put in order.
    expect(page).toMatch(
      /SEARCH people USING INDEX people_public_slug_idx \(slug>\? AND slug<\?\)/,
    );
    expect(page).toMatch(/SEARCH people USING INTEGER PRIMARY KEY/);
    expect(page).not.toMatch(/SCAN people/);
  });
});

describe('listBestKnownPeople', () => {
  it('lists people with public entries, the best known (most entries) first', () => {
    const categoryId = insertCategory();
    const many = person('Famous Ada');
    const few = person('Obscure Bea');
    const hidden = person('Drafted Cy');
    for (let i = 0; i < 3; i++)
      insertEvent({ categoryId, people: [{ personId: many, name: null, role: '' }] });
    insertEvent({ categoryId, people: [{ personId: few, name: null, role: '' }] });
    insertEvent({
      categoryId,
      status: 'draft',
      people: [{ personId: hidden, name: null, role: '' }],
    });
    const names = listBestKnownPeople(1000).map((p) => p.name);
    expect(names.indexOf('Famous Ada')).toBeLessThan(names.indexOf('Obscure Bea'));
    expect(names).toContain('Obscure Bea');
    expect(names).not.toContain('Drafted Cy');
  });
});
