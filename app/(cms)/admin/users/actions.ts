'use server';

import { z } from 'zod';
import { changeUserRole, createUser, resetUserPassword, setUserDisabled } from '@/db/store';
import {
  changeRoleSchema,
  createUserSchema,
  setDisabledSchema,
  userRefSchema,
} from '@/lib/auth/user-schema';
import { fail } from '@/lib/failure';
import { echoing, notDone, serverAction } from '@/server/action';
import type { CreateUserState, UserActionState } from '@/lib/forms/users';

// Each action: parse with the user schema → DAL (which checks that the caller is an admin) →
// revalidate, run by serverAction(). They return state rather than redirect: the page stays put,
// and a generated password must be shown once without ever travelling in a URL.

const PATH = '/admin/users';

function text(formData: FormData, key: string): string {
  const value = formData.get(key);
  return typeof value === 'string' ? value : '';
}

export async function createUserAction(
  _prev: CreateUserState,
  formData: FormData,
): Promise<CreateUserState> {
  const values = {
    name: text(formData, 'name'),
    email: text(formData, 'email'),
    role: text(formData, 'role'),
  };
  return serverAction(
    { name: 'createUserAction', role: 'admin', refused: echoing(values) },
    async (actor) => {
      const parsed = createUserSchema.safeParse({
        ...values,
        password: text(formData, 'password'),
      });
      if (!parsed.success)
        return fail('invalid', 'Check the highlighted fields.', {
          errors: z.flattenError(parsed.error).fieldErrors,
        });
      const result = await createUser(actor, parsed.data);
      if (!result.ok)
        return fail(result.code, result.message, {
          field: result.code === 'email_taken' ? 'email' : undefined,
        });
      return {
        paths: [PATH],
        state: {
          created: {
            name: result.user.name,
            email: result.user.email,
            password: result.generatedPassword,
          },
        },
      };
    },
  );
}

/** A change to a user's row: the list renders afresh and the row says what happened. */
function changed(message: string, more: Pick<UserActionState, 'password'> = {}) {
  return { paths: [PATH], state: { ok: true, at: Date.now(), message, ...more } };
}

export async function changeRoleAction(
  userId: number,
  _prev: UserActionState,
  formData: FormData,
): Promise<UserActionState> {
  return serverAction(
    { name: 'changeRoleAction', role: 'admin', refused: notDone },
    async (actor) => {
      const parsed = changeRoleSchema.safeParse({ userId, role: text(formData, 'role') });
      if (!parsed.success)
        return fail('invalid', parsed.error.issues[0]?.message ?? 'Choose a role.');
      const result = await changeUserRole(actor, parsed.data);
      if (!result.ok) return result;
      return changed(
        `${result.user.name} is now ${result.user.role === 'admin' ? 'an admin' : 'an editor'}.`,
      );
    },
  );
}

export async function setDisabledAction(
  userId: number,
  _prev: UserActionState,
  formData: FormData,
): Promise<UserActionState> {
  return serverAction(
    { name: 'setDisabledAction', role: 'admin', refused: notDone },
    async (actor) => {
      const parsed = setDisabledSchema.safeParse({ userId, disabled: text(formData, 'disabled') });
      if (!parsed.success)
        return fail('invalid', parsed.error.issues[0]?.message ?? 'Something was missing.');
      const result = await setUserDisabled(actor, parsed.data);
      if (!result.ok) return result;
      return changed(
        result.user.disabled
          ? `${result.user.name} is disabled and signed out.`
          : `${result.user.name} can sign in again.`,
      );
    },
  );
}

export async function resetPasswordAction(
  userId: number,
  _prev: UserActionState,
  _formData: FormData,
): Promise<UserActionState> {
  return serverAction(
    { name: 'resetPasswordAction', role: 'admin', refused: notDone },
    async (actor) => {
      const parsed = userRefSchema.safeParse({ userId });
      if (!parsed.success)
        return fail('invalid', parsed.error.issues[0]?.message ?? 'Unknown user.');
      const result = await resetUserPassword(actor, parsed.data);
      if (!result.ok) return result;
      return changed(`${result.user.name}'s password was reset and their sessions ended.`, {
        password: result.password,
      });
    },
  );
}
