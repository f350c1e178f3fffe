'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { acceptCorrection, rejectCorrection } from '@/db/queries/corrections';
import { AuthorizationError } from '@/db/queries/session';
import { acceptCorrectionSchema, rejectCorrectionSchema } from '@/lib/validation/correction';
import type { ResolveFormState } from '@/lib/forms/corrections';

// A server action is a public POST endpoint: the DAL calls requireRole('editor') itself, and a
// signed-out caller gets the AuthorizationError's message with nothing written.

const text = (formData: FormData, name: string): string => {
  const v = formData.get(name);
  return typeof v === 'string' ? v : '';
};

function fieldErrors(issues: readonly { path: PropertyKey[]; message: string }[]) {
  const errors: NonNullable<ResolveFormState['errors']> = {};
  for (const issue of issues) {
    const f = issue.path[0];
    if (f === 'revisionId' || f === 'note') (errors[f] ??= []).push(issue.message);
  }
  return errors;
}

async function run(
  note: string,
  call: () => Promise<{ ok: true } | { ok: false; message: string }>,
  done: 'accepted' | 'rejected',
): Promise<ResolveFormState> {
  try {
    const result = await call();
    if (!result.ok) return { ok: false, message: result.message, note, at: Date.now() };
  } catch (error) {
    if (error instanceof AuthorizationError)
      return { ok: false, message: error.message, note, at: Date.now() };
    throw error;
  }
  revalidatePath('/editor/corrections');
  revalidatePath('/editor');
  // The report leaves the open list (and its form with it): the queue says what happened.
  redirect(`/editor/corrections?resolved=${done}`);
}

/** Accepts a report, linking it to the revision that fixed the event. */
export async function acceptCorrectionAction(
  _prev: ResolveFormState,
  formData: FormData,
): Promise<ResolveFormState> {
  const note = text(formData, 'note');
  const parsed = acceptCorrectionSchema.safeParse({
    correctionId: text(formData, 'correctionId'),
    revisionId: text(formData, 'revisionId'),
    note,
  });
  if (!parsed.success)
    return {
      ok: false,
      errors: fieldErrors(parsed.error.issues),
      note,
      at: Date.now(),
      message: 'Please correct the highlighted fields.',
    };
  return run(note, () => acceptCorrection(parsed.data), 'accepted');
}

/** Rejects a report; the note saying why is required. */
export async function rejectCorrectionAction(
  _prev: ResolveFormState,
  formData: FormData,
): Promise<ResolveFormState> {
  const note = text(formData, 'note');
  const parsed = rejectCorrectionSchema.safeParse({
    correctionId: text(formData, 'correctionId'),
    note,
  });
  if (!parsed.success)
    return {
      ok: false,
      errors: fieldErrors(parsed.error.issues),
      note,
      at: Date.now(),
      message: 'Please correct the highlighted fields.',
    };
  return run(note, () => rejectCorrection(parsed.data), 'rejected');
}
