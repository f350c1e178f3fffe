'use server';

import { z } from 'zod';
import { approveReview, REVIEW_NOTE_MAX, sendBackReview, submitForReview } from '@/db/store';
import { fail } from '@/lib/failure';
import type { ActionState } from '@/lib/forms/event-form';
import { parseDateTime } from '@/lib/validation/event';
import { notDone, serverAction } from '@/server/action';

// The review panel's three buttons. Each is run by serverAction() (session and role first), and
// the data layer checks the role again: submitting takes an editor, approving and sending back a
// reviewer (or an admin).

const version = z.coerce.number().int().positive().optional();
const note = z
  .string()
  .max(REVIEW_NOTE_MAX, { error: `Use at most ${REVIEW_NOTE_MAX} characters.` })
  .optional();

function text(formData: FormData, key: string): string | undefined {
  const value = formData.get(key);
  return typeof value === 'string' ? value : undefined;
}

const submitSchema = z.object({
  version,
  note,
  publishAt: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (!v?.trim()) return null;
      const parsed = parseDateTime(v.trim());
      if (!parsed) {
        ctx.addIssue({ code: 'custom', message: 'Enter a date and time such as 2026-05-01T09:00' });
        return z.NEVER;
      }
      return parsed;
    }),
});

/** "Submit for review": optionally with a time to publish at once approved, and a word for the reviewer. */
export async function submitForReviewAction(
  eventId: number,
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return serverAction(
    { name: 'submitForReviewAction', role: 'editor', refused: notDone },
    async (actor) => {
      const parsed = submitSchema.safeParse({
        version: text(formData, 'version') || undefined,
        note: text(formData, 'note'),
        publishAt: text(formData, 'publishAt'),
      });
      if (!parsed.success)
        return fail('invalid', parsed.error.issues[0]?.message ?? 'Check what you entered.');
      const result = await submitForReview(actor, {
        id: eventId,
        expectedVersion: parsed.data.version,
        publishAt: parsed.data.publishAt,
        note: parsed.data.note,
      });
      if (!result.ok) return result;
      return { paths: ['/editor'], redirect: `/editor/events/${eventId}?saved=review-submitted` };
    },
  );
}

/** "Approve": publishes, or schedules at the time the editor asked for. */
export async function approveReviewAction(
  eventId: number,
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return serverAction(
    { name: 'approveReviewAction', role: 'reviewer', refused: notDone },
    async (actor) => {
      const parsed = version.safeParse(text(formData, 'version') || undefined);
      if (!parsed.success) return fail('invalid', 'Reload the page and try again.');
      const result = await approveReview(actor, { id: eventId, expectedVersion: parsed.data });
      if (!result.ok) return result;
      return {
        tags: result.tags,
        paths: ['/editor', { layout: '/editor/events' }],
        redirect: `/editor/events/${eventId}?saved=${result.outcome === 'scheduled' ? 'review-scheduled' : 'review-published'}`,
      };
    },
  );
}

/** "Send back" with the note the editor will see on the form. */
export async function sendBackReviewAction(
  eventId: number,
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return serverAction(
    { name: 'sendBackReviewAction', role: 'reviewer', refused: notDone },
    async (actor) => {
      const parsed = note.safeParse(text(formData, 'note'));
      if (!parsed.success)
        return fail('invalid', parsed.error.issues[0]?.message ?? 'Check the note.');
      const result = await sendBackReview(actor, { id: eventId, note: parsed.data ?? '' });
      if (!result.ok) return result;
      return { paths: ['/editor'], redirect: `/editor/events/${eventId}?saved=review-sent-back` };
    },
  );
}
