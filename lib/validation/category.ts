import { z } from 'zod';
import { SLUG_MAX_LENGTH, slugify } from '@/lib/slugs';
import { refuseUnsafeText } from './unsafe-text';

// The category form (admins): name, slug, description, colour. The slug defaults to the name's.

const HEX_COLOR = /^#[0-9a-f]{6}$/;

const hexColor = z
  .string()
  .trim()
  .transform((s) => s.toLowerCase())
  .transform((s) =>
    /^#[0-9a-f]{3}$/.test(s) ? `#${[...s.slice(1)].map((c) => c + c).join('')}` : s,
  )
  .pipe(z.string().regex(HEX_COLOR, 'Enter a colour as #rrggbb, e.g. #1d4ed8.'));

export const categoryInputSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, 'Enter a name.')
      .max(60, 'At most 60 characters.')
      .superRefine(refuseUnsafeText),
    slug: z.string().trim().max(SLUG_MAX_LENGTH, `At most ${SLUG_MAX_LENGTH} characters.`),
    description: z.string().trim().max(500, 'At most 500 characters.'),
    color: hexColor,
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
    return { ...v, slug };
  });

export type CategoryInput = z.output<typeof categoryInputSchema>;
export type CategoryField = 'name' | 'slug' | 'description' | 'color';

const id = z.coerce.number().int().positive();

export const moveCategorySchema = z.object({
  categoryId: id,
  direction: z.enum(['up', 'down'], { error: 'Choose up or down.' }),
});

export const deleteCategorySchema = z.object({
  categoryId: id,
  /** Empty when the category holds no events. */
  targetId: z.union([z.literal('').transform(() => null), id]),
});

export const mergeCategoriesSchema = z
  .object({
    sourceId: id,
    targetId: z.coerce
      .number({ error: 'Choose the category to merge into.' })
      .int()
      .positive('Choose the category to merge into.'),
  })
  .refine((v) => v.sourceId !== v.targetId, {
    path: ['targetId'],
    message: 'Choose a different category to merge into.',
  });
