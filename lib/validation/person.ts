import { z } from 'zod';
import { validateHistoricalDate } from '@/lib/dates';
import { SLUG_MAX_LENGTH, slugify } from '@/lib/slugs';
import { refuseUnsafeText } from './unsafe-text';

// The person form (editors). Birth and death are partial dates: a year alone, a year and month, or
// a full day; year uses historical numbering (-44 = 44 BCE, no year 0).

const optionalInt = z
  .string()
  .trim()
  .transform((s, ctx) => {
    if (s === '') return null;
    if (!/^-?\d+$/.test(s)) {
      ctx.addIssue({ code: 'custom', message: 'Enter a whole number.' });
      return z.NEVER;
    }
    return Number(s);
  });

export type PersonDate = { year: number | null; month: number | null; day: number | null };

/** Null when valid (or empty); otherwise what is wrong, for a person's birth or death date. */
export function checkPersonDate(d: PersonDate): string | null {
  if (d.year === null && d.month === null && d.day === null) return null;
  if (d.year === null) return 'Enter the year (a month or day alone is not a date).';
  if (d.day !== null && d.month === null) return 'Enter the month too, or leave the day empty.';
  const precision = d.day !== null ? 'day' : d.month !== null ? 'month' : 'year';
  const result = validateHistoricalDate({
    year: d.year,
    month: d.month,
    day: d.day,
    precision,
  });
  return result.ok ? null : result.errors.map((e) => e.message).join('. ') + '.';
}

const dateKeys = (prefix: 'birth' | 'death') =>
  [`${prefix}Year`, `${prefix}Month`, `${prefix}Day`] as const;

export const personInputSchema = z
  .object({
    name: z
      .string()
      .transform((s) => s.trim().replace(/\s+/g, ' '))
      .pipe(
        z
          .string()
          .min(1, 'Enter a name.')
          .max(120, 'At most 120 characters.')
          .superRefine(refuseUnsafeText),
      ),
    slug: z.string().trim().max(SLUG_MAX_LENGTH, `At most ${SLUG_MAX_LENGTH} characters.`),
    description: z.string().trim().max(300, 'At most 300 characters.'),
    birthYear: optionalInt,
    birthMonth: optionalInt,
    birthDay: optionalInt,
    deathYear: optionalInt,
    deathMonth: optionalInt,
    deathDay: optionalInt,
    referenceUrl: z
      .string()
      .trim()
      .transform((s) => (s === '' ? null : s))
      .pipe(
        z
          .url({
            protocol: /^https?$/,
            error: 'Enter a web address starting with http:// or https://.',
          })
          .max(500, 'At most 500 characters.')
          .nullable(),
      ),
  })
  .transform((v, ctx) => {
    const slug = slugify(v.slug === '' ? v.name : v.slug);
    if (slug === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['slug'],
        message: 'The slug needs a letter or a digit.',
      });
      return z.NEVER;
    }
    for (const prefix of ['birth', 'death'] as const) {
      const [y, m, d] = dateKeys(prefix);
      const problem = checkPersonDate({ year: v[y], month: v[m], day: v[d] });
      if (problem) ctx.addIssue({ code: 'custom', path: [y], message: problem });
    }
    if (v.birthYear !== null && v.deathYear !== null && v.deathYear < v.birthYear)
      ctx.addIssue({
        code: 'custom',
        path: ['deathYear'],
        message: 'Death cannot come before birth.',
      });
    return { ...v, slug };
  });

export type PersonInput = z.output<typeof personInputSchema>;
export type PersonField = keyof z.input<typeof personInputSchema>;

export const mergePeopleSchema = z.object({
  sourceId: z.coerce.number().int().positive(),
  /** The slug of the person to keep (shown in the people list). */
  targetSlug: z.string().trim().toLowerCase().min(1, 'Enter the slug of the person to merge into.'),
});
