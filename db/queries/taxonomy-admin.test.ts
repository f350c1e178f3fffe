import { count, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { db, getDbHandle } from '@/db/client';
import { auditLog, categories, eventPeople, events, eventTags, people, tags } from '@/db/schema';
import { categoryInputSchema } from '@/lib/validation/category';
import { personInputSchema } from '@/lib/validation/person';
import { AuthorizationError, type SessionUser } from '@/lib/auth/actor';
import { insertActor } from '@/test/actors';
import {
  createCategory,
  deleteCategory,
  deleteTag,
  listAuditLogIn,
  listCategoriesForAdminIn,
  mergeCategories,
  mergePeople,
  mergeTags,
  moveCategory,
  renameTag,
  updateCategory,
  updatePerson,
} from './taxonomy-admin';
import { insertCategory, insertEvent } from './test-fixtures';

const makeUser = (role: 'editor' | 'admin') => insertActor(role);

let admin: SessionUser;
let editor: SessionUser;
beforeAll(() => {
  admin = makeUser('admin');
  editor = makeUser('editor');
});

const categoryOf = (id: number) =>
  db.select({ c: events.categoryId }).from(events).where(eq(events.id, id)).get()?.c;
const categoryExists = (id: number) =>
  db.select({ id: categories.id }).from(categories).where(eq(categories.id, id)).get() !==
  undefined;
const ftsTags = (id: number) =>
  db.get<{ tags: string } | undefined>(sql`SELECT tags FROM events_fts WHERE rowid = ${id}`)?.tags;
const ftsPeople = (id: number) =>
  db.get<{ people: string } | undefined>(sql`SELECT people FROM events_fts WHERE rowid = ${id}`)
    ?.people;
const lastAudit = () =>
  db
    .select()
    .from(auditLog)
    .orderBy(sql`${auditLog.id} DESC`)
    .limit(1)
    .get();

function tag(name: string): number {
  return db
    .insert(tags)
    .values({ name, slug: name.toLowerCase().replace(/\W+/g, '-') })
    .returning({ id: tags.id })
    .get().id;
}
function person(name: string, extra: Partial<typeof people.$inferInsert> = {}): number {
  return db
    .insert(people)
    .values({ name, slug: name.toLowerCase().replace(/\W+/g, '-'), ...extra })
    .returning({ id: people.id })
    .get().id;
}
describe('role checks', () => {
  it('refuses an editor for category administration and a missing actor everywhere', () => {
    const input = categoryInputSchema.parse({
      name: 'Nope',
      slug: '',
      description: '',
      color: '#123456',
    });
    const c = insertCategory();
    expect(() => createCategory(editor, input)).toThrow(AuthorizationError);
    expect(() => deleteCategory(editor, { categoryId: c, targetId: null })).toThrow(/permission/);
    expect(() => mergeCategories(editor, { sourceId: c, targetId: c })).toThrow(AuthorizationError);
    expect(() => moveCategory(editor, { categoryId: c, direction: 'up' })).toThrow(
      AuthorizationError,
    );
    expect(() => updateCategory(editor, c, input)).toThrow(AuthorizationError);
    for (const call of [
      () => createCategory(null, input),
      () => deleteCategory(null, { categoryId: c, targetId: null }),
      () => mergeCategories(null, { sourceId: c, targetId: c + 1 }),
      () => renameTag(null, { tagId: 1, name: 'x' }),
      () => mergeTags(null, { sourceId: 1, targetId: 2 }),
      () => deleteTag(null, 1),
      () => mergePeople(null, { sourceId: 1, targetId: 2 }),
    ])
      expect(call).toThrow(/session has ended/);
    expect(categoryExists(c)).toBe(true);
  });
});

describe('categories', () => {
  it('creates at the end of the order and swaps neighbours on move', () => {
    const input = (name: string) =>
      categoryInputSchema.parse({ name, slug: '', description: '', color: '#ABC' });
    const a = createCategory(admin, input('Alpha Order'));
    const b = createCategory(admin, input('Beta Order'));
    if (!a.ok || !b.ok) throw new Error('not created');
    const order = () => listCategoriesForAdminIn(db).map((c) => c.id);
    expect(order().slice(-2)).toEqual([a.id, b.id]);
    expect(listCategoriesForAdminIn(db).find((c) => c.id === a.id)?.color).toBe('#aabbcc');
    expect(moveCategory(admin, { categoryId: b.id, direction: 'up' }).ok).toBe(true);
    expect(order().slice(-2)).toEqual([b.id, a.id]);
    expect(createCategory(admin, input('Alpha Order'))).toMatchObject({
      ok: false,
      field: 'slug',
    });
  });

  it('refuses to delete a category with events without a target, and moves all of them with one', () => {
    const doomed = insertCategory({ name: 'Doomed' });
    const heir = insertCategory({ name: 'Heir' });
    const ids = [1, 2, 3].map(() => insertEvent({ categoryId: doomed }).id);
    ids.push(insertEvent({ categoryId: doomed, status: 'draft' }).id);

    const refused = deleteCategory(admin, { categoryId: doomed, targetId: null });
    expect(refused).toMatchObject({ ok: false, field: 'targetId' });
    expect(categoryExists(doomed)).toBe(true);
    expect(deleteCategory(admin, { categoryId: doomed, targetId: doomed }).ok).toBe(false);

    const done = deleteCategory(admin, { categoryId: doomed, targetId: heir });
    expect(done).toMatchObject({ ok: true, moved: 4 });
    if (!done.ok) return;
    expect(done.cacheTags).toEqual(
      expect.arrayContaining([
        'categories',
        'events',
        `category:${doomed}`,
        `category:${heir}`,
        `event:${ids[0]}`,
      ]),
    );
    expect(categoryExists(doomed)).toBe(false);
    for (const id of ids) expect(categoryOf(id)).toBe(heir);
    expect(lastAudit()).toMatchObject({
      userId: admin.id,
      action: 'category.delete',
      entityId: String(doomed),
      details: expect.objectContaining({ movedEvents: 4, movedTo: { id: heir, name: 'Heir' } }),
    });
  });

  it('deletes an empty category without a target', () => {
    const empty = insertCategory();
    expect(deleteCategory(admin, { categoryId: empty, targetId: null })).toMatchObject({
      ok: true,
      moved: 0,
    });
    expect(categoryExists(empty)).toBe(false);
  });

  it('merges two categories: events move to the target, the source is gone', () => {
    const source = insertCategory({ name: 'Source' });
    const target = insertCategory({ name: 'Target' });
    const moved = [insertEvent({ categoryId: source }).id, insertEvent({ categoryId: source }).id];
    const stays = insertEvent({ categoryId: target }).id;
    expect(mergeCategories(admin, { sourceId: source, targetId: target })).toMatchObject({
      ok: true,
      moved: 2,
      targetName: 'Target',
    });
    expect(categoryExists(source)).toBe(false);
    for (const id of [...moved, stays]) expect(categoryOf(id)).toBe(target);
    expect(lastAudit()?.action).toBe('category.merge');
    expect(mergeCategories(admin, { sourceId: target, targetId: target }).ok).toBe(false);
  });

  it('keeps the slug of a category in use, but lets an empty one change it', () => {
    const used = insertCategory({ slug: 'used-slug' });
    insertEvent({ categoryId: used });
    const edit = (slug: string) =>
      categoryInputSchema.parse({ name: 'Renamed', slug, description: 'd', color: '#000000' });
    expect(updateCategory(admin, used, edit('new-slug'))).toMatchObject({
      ok: false,
      field: 'slug',
    });
    expect(updateCategory(admin, used, edit('used-slug')).ok).toBe(true);
    const empty = insertCategory();
    expect(updateCategory(admin, empty, edit('fresh-slug')).ok).toBe(true);
  });
});

describe('tags', () => {
  it('merges without duplicate pairs, deletes the source and re-indexes the events', () => {
    const c = insertCategory();
    const ww1 = tag('WW1');
    const great = tag('World War I');
    const both = insertEvent({ categoryId: c, tags: ['WW1', 'World War I'] }).id;
    const onlySource = insertEvent({ categoryId: c, tags: ['WW1'] }).id;

    const result = mergeTags(editor, { sourceId: ww1, targetId: great });
    expect(result).toMatchObject({ ok: true, moved: 2 });
    const rows = db.select().from(eventTags).where(eq(eventTags.tagId, great)).all();
    expect(rows.map((r) => r.eventId).sort()).toEqual([both, onlySource].sort());
    expect(db.select({ n: count() }).from(eventTags).where(eq(eventTags.tagId, ww1)).get()?.n).toBe(
      0,
    );
    expect(db.select().from(tags).where(eq(tags.id, ww1)).get()).toBeUndefined();
    expect(ftsTags(onlySource)).toBe('World War I');
  });

  it('renames (slug follows), refuses a clash, and deletes only unused tags', () => {
    const c = insertCategory();
    const t = tag('Old Name');
    const other = tag('Taken');
    const e = insertEvent({ categoryId: c, tags: ['Old Name'] }).id;
    expect(renameTag(editor, { tagId: t, name: 'New Name' })).toMatchObject({
      ok: true,
      slug: 'new-name',
    });
    expect(ftsTags(e)).toBe('New Name');
    expect(renameTag(editor, { tagId: t, name: 'taken' })).toMatchObject({
      ok: false,
      code: 'conflict',
    });
    expect(deleteTag(editor, t).ok).toBe(false);
    expect(deleteTag(editor, other).ok).toBe(true);
  });
});

describe('people', () => {
  it('merges: event rows move without duplicate pairs, the target keeps its fields', () => {
    const c = insertCategory();
    const target = person('Vladimir Lenin', { birthYear: 1870, description: 'Revolutionary' });
    const source = person('V. I. Lenin', { birthYear: 1871, description: 'dup' });
    const both = insertEvent({
      categoryId: c,
      people: [
        { personId: target, name: null, role: 'leader' },
        { personId: source, name: null, role: 'other' },
      ],
    }).id;
    const onlySource = insertEvent({
      categoryId: c,
      people: [{ personId: source, name: null, role: 'subject' }],
    }).id;

    expect(mergePeople(editor, { sourceId: source, targetId: target })).toMatchObject({
      ok: true,
      moved: 2,
    });
    const rows = db.select().from(eventPeople).where(eq(eventPeople.personId, target)).all();
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.eventId === both)?.role).toBe('leader');
    expect(rows.find((r) => r.eventId === onlySource)?.role).toBe('subject');
    expect(db.select().from(people).where(eq(people.id, source)).get()).toBeUndefined();
    expect(db.select().from(people).where(eq(people.id, target)).get()).toMatchObject({
      birthYear: 1870,
      description: 'Revolutionary',
    });
    expect(ftsPeople(onlySource)).toBe('Vladimir Lenin');
    expect(lastAudit()?.action).toBe('person.merge');
  });

  it('edits a person with a partial date', () => {
    const p = person('Ada Lovelace');
    const input = personInputSchema.parse({
      name: 'Ada Lovelace',
      slug: '',
      description: 'Mathematician',
      birthYear: '1815',
      birthMonth: '12',
      birthDay: '10',
      deathYear: '1852',
      deathMonth: '',
      deathDay: '',
      referenceUrl: 'https://en.wikipedia.org/wiki/Ada_Lovelace',
    });
    expect(updatePerson(editor, p, input)).toMatchObject({ ok: true, slug: 'ada-lovelace' });
    expect(db.select().from(people).where(eq(people.id, p)).get()).toMatchObject({
      birthDay: 10,
      deathYear: 1852,
      deathMonth: null,
    });
  });
});

describe('audit log', () => {
  it('lists newest first and filters by action, entity type and user', () => {
    const all = listAuditLogIn(db, {});
    expect(all.total).toBeGreaterThan(3);
    const ids = all.rows.map((r) => r.id);
    expect([...ids].sort((a, b) => b - a)).toEqual(ids);
    const merges = listAuditLogIn(db, { action: 'category.merge' });
    expect(merges.rows.length).toBeGreaterThan(0);
    expect(
      merges.rows.every((r) => r.action === 'category.merge' && r.userName === admin.name),
    ).toBe(true);
    expect(listAuditLogIn(db, { entityType: 'tag', userId: admin.id }).total).toBe(0);
    expect(listAuditLogIn(db, { from: new Date(Date.now() + 2 * 86_400_000) }).total).toBe(0);
  });
});

describe('merges made before person_merges existed', () => {
  it('are read back from the audit log by the migration, each to the person it ended up in', () => {
    const sqlite = getDbHandle().sqlite;
    const insertPerson = sqlite.prepare(`INSERT INTO people (slug, name) VALUES (?, ?)`);
    const keptId = Number(insertPerson.run('backfill-kept', 'Backfill Kept').lastInsertRowid);
    // A into B, then B into Kept, as the audit log recorded them (A and B are gone).
    const audit = sqlite.prepare(
      `INSERT INTO audit_log (action, entity_type, entity_id, details, created_at) VALUES ('person.merge', 'person', ?, ?, ?)`,
    );
    audit.run(
      '900002',
      JSON.stringify({ name: 'B', merged: { id: 900001, name: 'Backfill A' } }),
      1,
    );
    audit.run(
      String(keptId),
      JSON.stringify({ name: 'Kept', merged: { id: 900002, name: 'Backfill B' } }),
      2,
    );
    const migration = fs.readFileSync(
      path.join(process.cwd(), 'drizzle', '0008_person_merges.sql'),
      'utf8',
    );
    const backfill = migration.split('--> statement-breakpoint').at(-1) ?? '';
    expect(backfill).toMatch(/INSERT OR IGNORE INTO `person_merges`/);
    sqlite.exec(backfill);
    expect(
      sqlite
        .prepare(
          `SELECT person_id, name, merged_into_id FROM person_merges WHERE person_id IN (900001, 900002) ORDER BY person_id`,
        )
        .all(),
    ).toEqual([
      { person_id: 900001, name: 'Backfill A', merged_into_id: keptId },
      { person_id: 900002, name: 'Backfill B', merged_into_id: keptId },
    ]);
  });
});
