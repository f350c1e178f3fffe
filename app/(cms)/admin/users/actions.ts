'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { AuthorizationError } from '@/db/queries/session';
import { changeUserRole, createUser, resetUserPassword, setUserDisabled } from '@/db/queries/users';
import {
  changeRoleSchema,
  createUserSchema,
  setDisabledSchema,
  userRefSchema,
} from '@/lib/auth/user-schema';
import type { CreateUserState, UserActionState } from '@/lib/forms/users';

// Each action: parse with the user schema → DAL (which checks that the caller is an admin) →
// revalidate. They return state rather than redirect: the page stays put, and a generated password
// must be shown once without ever travelling in a URL.

const PATH = '/admin/users';

function text(formData: FormData, key: string): string {
  const value = formData.get(key);
  return typeof value === 'string' ? value : '';
}

/** An AuthorizationError becomes the message the form shows; anything else is unexpected and thrown. */
function refusal(error: unknown): string {
  if (error instanceof AuthorizationError) return error.message;
  throw error;
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
  const parsed = createUserSchema.safeParse({ ...values, password: text(formData, 'password') });
  if (!parsed.success)
    return {
      errors: z.flattenError(parsed.error).fieldErrors,
      message: 'Check the highlighted fields.',
      values,
    };

  let result: Awaited<ReturnType<typeof createUser>>;
  try {
    result = await createUser(parsed.data);
  } catch (error) {
    return { message: refusal(error), values };
  }
  if (!result.ok) {
    return {
      errors: result.code === 'email_taken' ? { email: [result.message] } : undefined,
      message: result.message,
      values,
    };
  }
  revalidatePath(PATH);
  return {
    created: {
      name: result.user.name,
      email: result.user.email,
      password: result.generatedPassword,
    },
  };
}

export async function changeRoleAction(
  userId: number,
  _prev: UserActionState,
  formData: FormData,
): Promise<UserActionState> {
  const parsed = changeRoleSchema.safeParse({ userId, role: text(formData, 'role') });
  if (!parsed.success)
    return {
      ok: false,
      at: Date.now(),
      message: parsed.error.issues[0]?.message ?? 'Choose a role.',
    };
  try {
    const result = await changeUserRole(parsed.data);
    if (!result.ok) return { ok: false, at: Date.now(), message: result.message };
    revalidatePath(PATH);
    return {
      ok: true,
      at: Date.now(),
      message: `${result.user.name} is now ${result.user.role === 'admin' ? 'an admin' : 'an editor'}.`,
    };
  } catch (error) {
    return { ok: false, at: Date.now(), message: refusal(error) };
  }
}

export async function setDisabledAction(
  userId: number,
  _prev: UserActionState,
  formData: FormData,
): Promise<UserActionState> {
  const parsed = setDisabledSchema.safeParse({ userId, disabled: text(formData, 'disabled') });
  if (!parsed.success)
    return {
      ok: false,
      at: Date.now(),
      message: parsed.error.issues[0]?.message ?? 'Something was missing.',
    };
  try {
    const result = await setUserDisabled(parsed.data);
    if (!result.ok) return { ok: false, at: Date.now(), message: result.message };
    revalidatePath(PATH);
    return {
      ok: true,
      at: Date.now(),
      message: result.user.disabled
        ? `${result.user.name} is disabled and signed out.`
        : `${result.user.name} can sign in again.`,
    };
  } catch (error) {
    return { ok: false, at: Date.now(), message: refusal(error) };
  }
}

export async function resetPasswordAction(
  userId: number,
  _prev: UserActionState,
  _formData: FormData,
): Promise<UserActionState> {
  const parsed = userRefSchema.safeParse({ userId });
  if (!parsed.success)
    return {
      ok: false,
      at: Date.now(),
      message: parsed.error.issues[0]?.message ?? 'Unknown user.',
    };
  try {
    const result = await resetUserPassword(parsed.data);
    if (!result.ok) return { ok: false, at: Date.now(), message: result.message };
    revalidatePath(PATH);
    return {
      ok: true,
      at: Date.now(),
      message: `${result.user.name}'s password was reset and their sessions ended.`,
      password: result.password,
    };
  } catch (error) {
    return { ok: false, at: Date.now(), message: refusal(error) };
  }
}
