import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import {
  categories,
  eventLinks,
  eventPeople,
  eventReferences,
  eventTags,
  events,
  people,
  revisions,
  tags,
} from '@/db/schema';
import { seedSampleContent } from '@/db/seed';
import { RECOGNITION_SLUGS, SAMPLE_EVENTS, SAMPLE_LINKS, SAMPLE_PEOPLE } from '@/db/seed-data';
import { SAMPLE_OBSERVANCES } from '@/db/seed-observances';
import { CATEGORY_FOR_KIND, DEFAULT_CATEGORIES } from '@/lib/categories';
import { validateHistoricalDate } from '@/lib/dates';

function counts() {
  const n = (table: SQLiteTable) => db.select({ n: count() }).from(table).get()?.n ?? 0;
  return {
    categories: n(categories),
    tags: n(tags),
    people: n(people),
    events: n(events),
    eventTags: n(eventTags),
    eventPeople: n(eventPeople),
    eventReferences: n(eventReferences),
    eventLinks: n(eventLinks),
    revisions: n(revisions),
    fts: db.get<{ n: number }>(sql`SELECT count(*) AS n FROM events_fts`).n,
  };
}

function eventBySlug(slug: string) {
  const row = db.select().from(events).where(eq(events.slug, slug)).get();
  if (!row) throw new Error(`no event ${slug}`);
  return row;
}

function peopleOf(eventId: number): string[] {
  return db
    .select({ name: people.name })
    .from(eventPeople)
    .innerJoin(people, eq(people.id, eventPeople.personId))
    .where(eq(eventPeople.eventId, eventId))
    .orderBy(asc(eventPeople.position))
    .all()
    .map((p) => p.name);
}

function ftsSearch(query: string): string[] {
  return db
    .all<{ slug: string }>(
      sql`SELECT e.slug FROM events_fts JOIN events e ON e.id = events_fts.rowid WHERE events_fts MATCH ${query}`,
    )
    .map((r) => r.slug);
}

describe('sample content data', () => {
  it('has unique slugs and only refers to people, categories and events that exist', () => {
    const eventSlugs = SAMPLE_EVENTS.map((e) => e.slug);
    const personSlugs = SAMPLE_PEOPLE.map((p) => p.slug);
    expect(new Set(eventSlugs).size).toBe(eventSlugs.length);
    expect(new Set(personSlugs).size).toBe(personSlugs.length);
    const categorySlugs = new Set(DEFAULT_CATEGORIES.map((c) => c.slug));
    for (const e of SAMPLE_EVENTS) {
      expect(e.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(categorySlugs, e.slug).toContain(e.categorySlug);
      for (const p of e.people) expect(personSlugs, e.slug).toContain(p.slug);
      expect(e.keyPoints.length, e.slug).toBeGreaterThanOrEqual(3);
      expect(e.keyPoints.length, e.slug).toBeLessThanOrEqual(6);
      expect(e.body, e.slug).toContain('## What happened');
      expect(e.body, e.slug).toContain('## Why it matters');
    }
    for (const l of SAMPLE_LINKS) {
      expect(eventSlugs).toContain(l.from);
      expect(eventSlugs).toContain(l.to);
    }
  });

  it('gives every event a date that validates for real', () => {
    for (const e of SAMPLE_EVENTS) {
      const result = validateHistoricalDate(e);
      expect(result, `${e.slug}: ${JSON.stringify(result)}`).toMatchObject({ ok: true });
    }
  });

  it('covers a BCE event, a circa event, a birth, a death and an observance', () => {
    expect(
      SAMPLE_EVENTS.some((e) => e.year !== null && e.year < 0 && e.calendar === 'julian'),
    ).toBe(true);
    expect(SAMPLE_EVENTS.some((e) => e.circa && e.precision === 'year' && e.month === null)).toBe(
      true,
    );
    expect(SAMPLE_EVENTS.some((e) => e.kind === 'birth')).toBe(true);
    expect(SAMPLE_EVENTS.some((e) => e.kind === 'death')).toBe(true);
    expect(SAMPLE_EVENTS.some((e) => e.kind === 'observance' && e.year === null)).toBe(true);
  });
});

describe('sample observances', () => {
  it('are at least 60 fixed-date observances on 100 days or more across the year', () => {
    expect(SAMPLE_OBSERVANCES.length).toBeGreaterThanOrEqual(60);
    const days = new Set(SAMPLE_OBSERVANCES.map((o) => `${o.month}-${o.day}`));
    expect(days.size).toBeGreaterThanOrEqual(100);
    const months = new Set(SAMPLE_OBSERVANCES.map((o) => o.month));
    expect(months.size).toBe(12);
  });

  it('each have a unique slug, a real day, a short summary and a Wikipedia reference', () => {
    const slugs = [...SAMPLE_EVENTS, ...SAMPLE_OBSERVANCES].map((e) => e.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const o of SAMPLE_OBSERVANCES) {
      expect(o.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(
        validateHistoricalDate({
          year: null,
          month: o.month,
          day: o.day,
          precision: 'day',
          circa: false,
          calendar: 'gregorian',
        }),
        o.slug,
      ).toMatchObject({ ok: true });
      expect(o.summary.length, o.slug).toBeGreaterThan(40);
      expect(o.summary.length, o.slug).toBeLessThanOrEqual(300);
      expect(o.summary, o.slug).toMatch(/[.!]$/);
      expect(o.article, o.slug).not.toMatch(/%/);
    }
  });
});

describe('seedSampleContent', () => {
  it('loads the sample into an empty database', () => {
    expect(counts().events).toBe(0);
    const result = seedSampleContent(db);
    const total = SAMPLE_EVENTS.length + SAMPLE_OBSERVANCES.length;
    expect(result).toEqual({ seeded: true, events: total });

    const c = counts();
    expect(c.events).toBe(total);
    expect(c.people).toBe(SAMPLE_PEOPLE.length);
    expect(c.eventLinks).toBe(SAMPLE_LINKS.length);
    expect(c.revisions).toBe(total);
    expect(c.fts).toBe(total);
    // The observances as readers see them: yearly, in their kind's category, with their source.
    const observances = db
      .select({ slug: events.slug, year: events.year, category: categories.slug })
      .from(events)
      .innerJoin(categories, eq(categories.id, events.categoryId))
      .where(and(eq(events.kind, 'observance'), eq(events.status, 'published')))
      .all();
    expect(observances).toHaveLength(SAMPLE_OBSERVANCES.length + 1);
    expect(
      observances.every((o) => o.year === null && o.category === CATEGORY_FOR_KIND.observance),
    ).toBe(true);
    const christmas = eventBySlug('christmas');
    expect(christmas).toMatchObject({ month: 12, day: 25, kind: 'observance', license: null });
    expect(
      db.select().from(eventReferences).where(eq(eventReferences.eventId, christmas.id)).all(),
    ).toEqual([expect.objectContaining({ url: 'https://en.wikipedia.org/wiki/Christmas' })]);
  });

  it('creates the default categories in their listed order', () => {
    const rows = db
      .select({ slug: categories.slug })
      .from(categories)
      .orderBy(asc(categories.position))
      .all();
    expect(rows.map((r) => r.slug)).toEqual(DEFAULT_CATEGORIES.map((c) => c.slug));
  });

  it('dates the UK recognition 1 February 1924 with Ramsay MacDonald, not Lloyd George or Lenin', () => {
    const uk = eventBySlug('united-kingdom-recognises-the-soviet-union');
    expect(uk).toMatchObject({
      year: 1924,
      month: 2,
      day: 1,
      precision: 'day',
      circa: false,
      calendar: 'gregorian',
    });
    expect(uk.status).toBe('published');
    expect(uk.publishedAt).toBeInstanceOf(Date);
    const names = peopleOf(uk.id);
    expect(names).toContain('Ramsay MacDonald');
    expect(names.some((n) => /lloyd george/i.test(n))).toBe(false);
    expect(names.some((n) => /lenin/i.test(n))).toBe(false);
    expect(uk.body).not.toMatch(/lloyd george/i);
    expect(
      db
        .select()
        .from(people)
        .all()
        .some((p) => /lloyd george/i.test(p.name)),
    ).toBe(false);
  });

  it('dates the other recognitions correctly', () => {
    expect(eventBySlug('italy-recognises-the-soviet-union')).toMatchObject({
      year: 1924,
      month: 2,
      day: 7,
    });
    const mexico = eventBySlug('mexico-establishes-diplomatic-relations-with-the-soviet-union');
    expect(mexico).toMatchObject({ year: 1924, month: 8, day: 4 });
    expect(peopleOf(mexico.id)).toEqual(
      expect.arrayContaining(['Álvaro Obregón', 'Stanislav Pestkovsky']),
    );
    const us = eventBySlug('united-states-recognises-the-soviet-union');
    expect(us).toMatchObject({ year: 1933, month: 11, day: 16 });
    expect(peopleOf(us.id)).toEqual(
      expect.arrayContaining(['Franklin D. Roosevelt', 'Maxim Litvinov', 'William C. Bullitt']),
    );
    expect(eventBySlug('death-of-vladimir-lenin')).toMatchObject({
      kind: 'death',
      year: 1924,
      month: 1,
      day: 21,
    });
  });

  it('places the aid workers’ killing in Muttur, not Vaharai', () => {
    const muttur = eventBySlug('aid-workers-killed-in-muttur-sri-lanka');
    expect(muttur).toMatchObject({ year: 2006, month: 8, day: 4 });
    expect(muttur.location).toMatch(/Muttur/);
    expect(`${muttur.summary} ${muttur.body} ${muttur.location}`).not.toMatch(/vaharai/i);
  });

  it('stores the BCE event in the Julian calendar', () => {
    expect(eventBySlug('assassination-of-julius-caesar')).toMatchObject({
      year: -44,
      month: 3,
      day: 15,
      calendar: 'julian',
    });
  });

  it('cross-links each recognition with the other three', () => {
    const ids = RECOGNITION_SLUGS.map((slug) => eventBySlug(slug).id);
    const links = db.select().from(eventLinks).all();
    const linked = (a: number, b: number) =>
      links.some(
        (l) =>
          (l.fromEventId === a && l.toEventId === b) || (l.fromEventId === b && l.toEventId === a),
      );
    for (const a of ids) {
      for (const b of ids) if (a !== b) expect(linked(a, b), `${a} <-> ${b}`).toBe(true);
    }
    const between = links.filter((l) => ids.includes(l.fromEventId) && ids.includes(l.toEventId));
    expect(between.some((l) => l.type === 'led_to')).toBe(true);
  });

  it('gives every event at least one ordered reference', () => {
    for (const e of db.select({ id: events.id, slug: events.slug }).from(events).all()) {
      const refs = db
        .select()
        .from(eventReferences)
        .where(eq(eventReferences.eventId, e.id))
        .orderBy(asc(eventReferences.position))
        .all();
      expect(refs.length, e.slug).toBeGreaterThanOrEqual(1);
      expect(refs.map((r) => r.position)).toEqual(refs.map((_, i) => i));
      for (const r of refs) {
        expect(r.url).toMatch(/^https:\/\//);
        expect(r.accessedAt).toBe('2026-11-01');
      }
    }
  });

  it('writes a first revision holding the event with its relations', () => {
    const us = eventBySlug('united-states-recognises-the-soviet-union');
    const rev = db.select().from(revisions).where(eq(revisions.eventId, us.id)).get();
    expect(rev).toMatchObject({ version: 1, authorId: null, note: 'Sample content' });
    expect(rev?.snapshot).toMatchObject({ v: 1 });
    const snapshot = rev?.snapshot?.event as {
      slug: string;
      tags: { name: string }[];
      people: { name: string; role: string }[];
      references: unknown[];
      links: { eventSlug: string; type: string }[];
    };
    expect(snapshot.slug).toBe(us.slug);
    expect(snapshot.tags.map((t) => t.name)).toContain('Recognition of the USSR');
    expect(snapshot.people.map((p) => p.name)).toContain('Maxim Litvinov');
    expect(snapshot.references.length).toBeGreaterThanOrEqual(1);
    expect(snapshot.links.map((l) => l.eventSlug)).toContain(
      'united-kingdom-recognises-the-soviet-union',
    );
  });

  it('indexes the events for full-text search', () => {
    const hits = ftsSearch('Litvinov');
    expect(hits).toContain('united-states-recognises-the-soviet-union');
    expect(hits).toContain('birth-of-maxim-litvinov');
    expect(ftsSearch('Obregon')).toContain(
      'mexico-establishes-diplomatic-relations-with-the-soviet-union',
    );
  });

  it('does nothing on a database that already has events', () => {
    const before = counts();
    expect(seedSampleContent(db)).toEqual({ seeded: false, events: 0 });
    expect(counts()).toEqual(before);
  });
});
