import { z } from 'zod';
import { USER_ROLES } from './roles';
import { refuseUnsafeText } from '@/lib/validation/unsafe-text';
import { checkPasswordPolicy, PASSWORD_MAX_LENGTH } from './password-policy';

/** One schema per user field, shared by the admin forms, the DAL and `npm run create-admin`. */
export const emailSchema = z
  .string({ error: 'Enter an email address.' })
  .trim()
  .toLowerCase()
  .min(1, { error: 'Enter an email address.' })
  .max(254, { error: 'An email address has at most 254 characters.' })
  .pipe(z.email({ error: 'Enter an email address such as name@example.org.' }));

export const userNameSchema = z
  .string({ error: 'Enter a name.' })
  .trim()
  .min(1, { error: 'Enter a name.' })
  .max(100, { error: 'Use at most 100 characters.' })
  .superRefine(refuseUnsafeText);

export const roleSchema = z.enum(USER_ROLES, { error: 'Choose editor, reviewer or admin.' });

const userIdSchema = z.coerce
  .number({ error: 'Unknown user.' })
  .int()
  .positive({ error: 'Unknown user.' });

/** A new password that meets the policy (the email, when known, is checked by the caller's refine). */
const newPasswordSchema = z
  .string({ error: 'Enter a password.' })
  .max(PASSWORD_MAX_LENGTH * 4)
  .superRefine((value, ctx) => {
    const problem = checkPasswordPolicy(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

function notTheEmail(value: { email: string; password?: string }, ctx: z.RefinementCtx) {
  if (value.password === undefined) return;
  const problem = checkPasswordPolicy(value.password, { email: value.email });
  if (problem) ctx.addIssue({ code: 'custom', path: ['password'], message: problem });
}

export const createUserSchema = z
  .object({
    name: userNameSchema,
    email: emailSchema,
    role: roleSchema,
    // Empty means "generate one and show it once".
    password: z.preprocess(
      (v) => (v === '' || v === null ? undefined : v),
      newPasswordSchema.optional(),
    ),
  })
  .superRefine(notTheEmail);
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const changeRoleSchema = z.object({ userId: userIdSchema, role: roleSchema });
export const setDisabledSchema = z.object({
  userId: userIdSchema,
  disabled: z.enum(['true', 'false']).transform((v) => v === 'true'),
});
export const userRefSchema = z.object({ userId: userIdSchema });
