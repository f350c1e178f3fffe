import { describe, expect, it } from 'vitest';
import { categoryInputSchema, deleteCategorySchema, mergeCategoriesSchema } from './category';
import { checkPersonDate, personInputSchema } from './person';
import { mergeTagsSchema, renameTagSchema } from './tag';

const person = (over: Record<string, string> = {}) => ({
  name: 'Ada',
  slug: '',
  description: '',
  birthYear: '',
  birthMonth: '',
  birthDay: '',
  deathYear: '',
  deathMonth: '',
  deathDay: '',
  referenceUrl: '',
  ...over,
});

describe('category input', () => {
  it('derives the slug from the name and normalizes the colour', () => {
    expect(
      categoryInputSchema.parse({
        name: ' Art & Culture ',
        slug: '',
        description: '',
        color: '#ABC',
      }),
    ).toEqual({
      name: 'Art & Culture',
      slug: 'art-and-culture',
      description: '',
      color: '#aabbcc',
    });
  });
  it('refuses a colour that is not hex and an empty name', () => {
    const r = categoryInputSchema.safeParse({ name: '', slug: '', description: '', color: 'red' });
    expect(r.success).toBe(false);
    const paths = r.error?.issues.map((i) => i.path[0]);
    expect(paths).toEqual(expect.arrayContaining(['name', 'color']));
  });
  it('reads the delete and merge forms', () => {
    expect(deleteCategorySchema.parse({ categoryId: '3', targetId: '' })).toEqual({
      categoryId: 3,
      targetId: null,
    });
    expect(mergeCategoriesSchema.safeParse({ sourceId: '3', targetId: '3' }).success).toBe(false);
  });
});

describe('tag input', () => {
  it('collapses spaces and needs a letter or digit', () => {
    expect(renameTagSchema.parse({ tagId: '1', name: '  World   War I ' }).name).toBe(
      'World War I',
    );
    expect(renameTagSchema.safeParse({ tagId: '1', name: '!!!' }).success).toBe(false);
    expect(mergeTagsSchema.safeParse({ sourceId: '1', targetId: '' }).success).toBe(false);
  });
});

describe('person input', () => {
  it('accepts partial dates and BCE years', () => {
    const p = personInputSchema.parse(
      person({ birthYear: '-100', deathYear: '-44', deathMonth: '3', deathDay: '15' }),
    );
    expect(p).toMatchObject({
      slug: 'ada',
      birthYear: -100,
      birthMonth: null,
      deathDay: 15,
      referenceUrl: null,
    });
  });
  it('refuses impossible dates, a day without a month, year 0 and a bad URL', () => {
    expect(checkPersonDate({ year: 1900, month: 2, day: 29 })).toMatch(/./);
    expect(checkPersonDate({ year: 2000, month: 2, day: 29 })).toBeNull();
    expect(checkPersonDate({ year: 1900, month: null, day: 3 })).toMatch(/month/);
    expect(checkPersonDate({ year: 0, month: null, day: null })).toMatch(/year 0/);
    const r = personInputSchema.safeParse(
      person({ referenceUrl: 'javascript:alert(1)', birthYear: 'x' }),
    );
    expect(r.error?.issues.map((i) => i.path[0])).toEqual(
      expect.arrayContaining(['referenceUrl', 'birthYear']),
    );
  });
  it('refuses a death before the birth', () => {
    const r = personInputSchema.safeParse(person({ birthYear: '1900', deathYear: '1800' }));
    expect(r.error?.issues[0]?.path[0]).toBe('deathYear');
  });
});
