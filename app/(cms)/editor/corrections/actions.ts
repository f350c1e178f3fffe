'use server';

import { acceptCorrection, rejectCorrection, type ResolveResult } from '@/db/store';
import { fail, type Failure } from '@/lib/failure';
import { acceptCorrectionSchema, rejectCorrectionSchema } from '@/lib/validation/correction';
import { serverAction, type Done } from '@/server/action';
import type { ResolveFormState } from '@/lib/forms/corrections';

// A server action is a public POST endpoint: serverAction() checks the editor role before anything
// runs (and the DAL checks it again); a signed-out caller gets the "session has ended" message.

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

/** A refusal as an accept/reject form shows it, with the note as typed. */
const refusedWith =
  (note: string) =>
  (f: Failure): ResolveFormState => ({
    ok: false,
    message: f.message,
    errors: f.errors,
    note,
    at: Date.now(),
  });

const INVALID = 'Please correct the highlighted fields.';

/** A resolved report leaves the open list (and its form with it): the queue says what happened. */
function resolved(result: ResolveResult, done: 'accepted' | 'rejected'): Failure | Done<never> {
  if (!result.ok) return fail(result.reason, result.message);
  return {
    paths: ['/editor/corrections', '/editor'],
    redirect: `/editor/corrections?resolved=${done}`,
  };
}

/** Accepts a report, linking it to the revision that fixed the event. */
export async function acceptCorrectionAction(
  _prev: ResolveFormState,
  formData: FormData,
): Promise<ResolveFormState> {
  const note = text(formData, 'note');
  return serverAction(
    { name: 'acceptCorrectionAction', role: 'editor', refused: refusedWith(note) },
    async (actor) => {
      const parsed = acceptCorrectionSchema.safeParse({
        correctionId: text(formData, 'correctionId'),
        revisionId: text(formData, 'revisionId'),
        note,
      });
      if (!parsed.success)
        return fail('invalid', INVALID, { errors: fieldErrors(parsed.error.issues) });
      return resolved(await acceptCorrection(actor, parsed.data), 'accepted');
    },
  );
}

/** Rejects a report; the note saying why is required. */
export async function rejectCorrectionAction(
  _prev: ResolveFormState,
  formData: FormData,
): Promise<ResolveFormState> {
  const note = text(formData, 'note');
  return serverAction(
    { name: 'rejectCorrectionAction', role: 'editor', refused: refusedWith(note) },
    async (actor) => {
      const parsed = rejectCorrectionSchema.safeParse({
        correctionId: text(formData, 'correctionId'),
        note,
      });
      if (!parsed.success)
        return fail('invalid', INVALID, { errors: fieldErrors(parsed.error.issues) });
      return resolved(await rejectCorrection(actor, parsed.data), 'rejected');
    },
  );
}
