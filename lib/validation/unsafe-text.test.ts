import { describe, expect, it } from 'vitest';
import { userNameSchema } from '@/lib/auth/user-schema';
import { almanacPersonSchema, almanacTagSchema, parseAlmanacJson } from '@/lib/import/almanac';
import { cleanText } from '@/lib/import/text';
import { categoryInputSchema } from './category';
import { createEventSchema, emptyEventFormValues, validateEventForm } from './event';
import { personInputSchema } from './person';
import { renameTagSchema } from './tag';
import { findUnsafeCharacter, unsafeTextProblem, withoutUnsafeText } from './unsafe-text';

const UNSAFE = [0x0000, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069];
const codeOf = (c: number) => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;

describe('characters no title or name may hold', () => {
  it.each(UNSAFE.map((c) => [codeOf(c), c] as const))('finds %s', (code, c) => {
    const text = `Ada ${String.fromCharCode(c)}Lovelace`;
    expect(findUnsafeCharacter(text)).toBe(code);
    expect(unsafeTextProblem(text)).toBe(
      `Remove the invisible control character (${code}): it changes how the text is shown`,
    );
    expect(withoutUnsafeText(text)).toBe('Ada Lovelace');
  });

  it('leaves other scripts, marks and punctuation alone', () => {
    for (const text of [
      'Jóhanna Sigurðardóttir',
      'דוד בן-גוריון',
      'جمال عبد الناصر',
      'Nguyễn Văn Thiệu',
      'left\u200Emark', // LRM is not an override
      'Treaty of Brest-Litovsk (1918) — “peace”',
    ])
      expect(findUnsafeCharacter(text)).toBeNull();
  });
});

describe('every title and name field refuses them, with a field error', () => {
  const rlo = 'Evil\u202Eeman';
  const now = Date.parse('2026-03-01T12:00:00Z');
  const event = (over: Partial<ReturnType<typeof emptyEventFormValues>>) =>
    validateEventForm(
      {
        ...emptyEventFormValues(),
        title: 'A title',
        year: '1924',
        month: '2',
        day: '1',
        categoryId: '1',
        ...over,
      },
      createEventSchema({ now: () => now }),
    );
  const message = /Remove the invisible control character \(U\+202E\)/;
  const issuesOf = (r: {
    success: boolean;
    error?: { issues: { path: PropertyKey[]; message: string }[] };
  }) => (r.success ? [] : (r.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

  it('the event title, a new person and a tag in the event form', () => {
    expect(event({ title: rlo })).toMatchObject({
      ok: false,
      errors: { title: [expect.stringMatching(message)] },
    });
    expect(event({ people: [{ personId: '', name: rlo, role: '' }] })).toMatchObject({
      ok: false,
      errors: { 'people.0.name': [expect.stringMatching(message)] },
    });
    expect(event({ tags: [`War\u0000s`] })).toMatchObject({
      ok: false,
      errors: { 'tags.0': [expect.stringMatching(/U\+0000/)] },
    });
    expect(event({}).ok).toBe(true);
  });

  it('person, tag, category and user names', () => {
    expect(
      issuesOf(
        personInputSchema.safeParse({
          name: rlo,
          slug: '',
          description: '',
          birthYear: '',
          birthMonth: '',
          birthDay: '',
          deathYear: '',
          deathMonth: '',
          deathDay: '',
          referenceUrl: '',
        }),
      ),
    ).toEqual([['name', expect.stringMatching(message)]]);
    expect(issuesOf(renameTagSchema.safeParse({ tagId: 1, name: rlo }))).toEqual([
      ['name', expect.stringMatching(message)],
    ]);
    expect(
      issuesOf(
        categoryInputSchema.safeParse({ name: rlo, slug: 'ok', description: '', color: '#123456' }),
      ),
    ).toEqual([['name', expect.stringMatching(message)]]);
    expect(issuesOf(userNameSchema.safeParse(`Ada\u2066`))).toEqual([
      ['', expect.stringMatching(/U\+2066/)],
    ]);
  });

  it('in Almanac files too; imported Wikipedia text just loses them', () => {
    expect(almanacTagSchema.safeParse({ slug: 'x', name: rlo }).success).toBe(false);
    expect(almanacPersonSchema.safeParse({ slug: 'x', name: rlo }).success).toBe(false);
    const file = parseAlmanacJson(
      {
        format: 'almanac',
        version: 1,
        exportedAt: '2026-03-01T12:00:00.000Z',
        categories: [{ slug: 'politics', name: 'Politics', color: '#1d4ed8' }],
        events: [
          {
            slug: 'reversed-title',
            kind: 'event',
            title: rlo,
            year: 1924,
            month: 2,
            day: 1,
            category: 'politics',
            status: 'published',
            createdAt: '2026-01-01T10:00:00.000Z',
            updatedAt: '2026-01-01T10:00:00.000Z',
          },
        ],
      },
      'site.json',
    );
    if (!file.ok) throw new Error(file.error);
    expect(file.value.events).toEqual([]);
    expect(file.value.skipped).toEqual([
      expect.objectContaining({ code: 'malformed-entry', reason: expect.stringMatching(message) }),
    ]);
    expect(cleanText(`The ${'\u202E'}treaty is signed.`)).toBe('The treaty is signed.');
  });
});
