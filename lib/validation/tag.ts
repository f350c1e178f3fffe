import { z } from 'zod';
import { slugify } from '@/lib/slugs';
import { refuseUnsafeText } from './unsafe-text';

// Tag administration (editors): rename (the slug follows the name) and merge.

export const renameTagSchema = z.object({
  tagId: z.coerce.number().int().positive(),
  name: z
    .string()
    .transform((s) => s.trim().replace(/\s+/g, ' '))
    .pipe(
      z
        .string()
        .min(1, 'Enter a name.')
        .max(60, 'At most 60 characters.')
        .refine((s) => slugify(s) !== '', 'A tag needs a letter or a digit.')
        .superRefine(refuseUnsafeText),
    ),
});

export const mergeTagsSchema = z
  .object({
    sourceId: z.coerce.number().int().positive(),
    targetId: z.coerce
      .number({ error: 'Choose the tag to merge into.' })
      .int()
      .positive('Choose the tag to merge into.'),
  })
  .refine((v) => v.sourceId !== v.targetId, {
    path: ['targetId'],
    message: 'Choose a different tag to merge into.',
  });

export const tagRefSchema = z.object({ tagId: z.coerce.number().int().positive() });
