'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import {
  bulkSetStatus,
  createEvent,
  getEventForEditor,
  setEventStatus,
  updateEvent,
  type SaveResult,
} from '@/db/queries/event-editor';
import { restoreRevision } from '@/db/queries/revisions';
import { AuthorizationError, requireRole } from '@/db/queries/session';
import { renderMarkdown } from '@/lib/markdown';
import { revalidateEventTags } from '@/server/revalidate-event';
import {
  createEventSchema,
  EVENT_LIMITS,
  parseEventFormData,
  validateEventForm,
  type EventFormValues,
} from '@/lib/validation/event';
import type { ActionState, EventFormState, PreviewResult } from '@/lib/forms/event-form';

// Thin actions: parse → domain call (which checks the role itself) → revalidate → redirect.
// A server action is a public POST endpoint: a signed-out caller gets the AuthorizationError's
// message and nothing is written.

/** An AuthorizationError becomes the message the form shows; anything else is unexpected and thrown. */
function refusal(error: unknown): string {
  if (error instanceof AuthorizationError) return error.message;
  throw error;
}

const idSchema = z.coerce.number().int().positive();

function failureState(
  result: Exclude<SaveResult, { ok: true }>,
  values: EventFormState['values'],
): EventFormState {
  const at = Date.now();
  switch (result.code) {
    case 'invalid':
      return { errors: result.errors, message: result.message, values, at };
    case 'conflict':
      return {
        message: result.message,
        values,
        at,
        conflict: { ...result.conflict, message: result.message },
      };
    case 'duplicates':
      return { message: result.message, values, at, duplicates: result.duplicates };
    default:
      return { message: result.message, values, at };
  }
}

/** Creates (eventId null) or updates an event from the event form. */
export async function saveEventAction(
  eventId: number | null,
  _prev: EventFormState,
  formData: FormData,
): Promise<EventFormState> {
  const values = parseEventFormData(formData);
  // An edit is checked against the event as stored: what the editor left as it was never blocks
  // the save (an imported slug longer than the form allows, for instance).
  let stored: EventFormValues | undefined;
  try {
    stored = eventId === null ? undefined : (await getEventForEditor(eventId))?.values;
  } catch (error) {
    return { message: refusal(error), values, at: Date.now() };
  }
  const parsed = validateEventForm(values, createEventSchema({ stored }));
  if (!parsed.ok)
    return {
      errors: parsed.errors,
      message: 'Check the highlighted fields.',
      values,
      at: Date.now(),
    };
  const allowDuplicates = formData.get('allowDuplicates') === '1';

  let result: SaveResult;
  try {
    result =
      eventId === null
        ? await createEvent({ input: parsed.data, allowDuplicates })
        : await updateEvent({
            id: eventId,
            // A form without its version cannot prove it saw the latest one: it is treated as stale.
            expectedVersion: parsed.data.version ?? 0,
            input: parsed.data,
            allowDuplicates,
          });
  } catch (error) {
    return { message: refusal(error), values, at: Date.now() };
  }
  if (!result.ok) return failureState(result, values);
  revalidateEventTags(result.tags);
  redirect(`/editor/events/${result.id}?saved=${eventId === null ? 'created' : 'updated'}`);
}

const statusActionSchema = z.object({
  action: z.enum(['publish', 'unpublish', 'archive', 'trash', 'restore']),
  version: z.coerce.number().int().positive().optional(),
});

/** One workflow button on the edit page (publish, unpublish, archive, trash, restore). */
export async function eventStatusAction(
  eventId: number,
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const parsed = statusActionSchema.safeParse({
    action: formData.get('action'),
    version: formData.get('version') || undefined,
  });
  if (!parsed.success) return { ok: false, at: Date.now(), message: 'Unknown action.' };
  let result: Awaited<ReturnType<typeof setEventStatus>>;
  try {
    result = await setEventStatus({
      id: eventId,
      action: parsed.data.action,
      expectedVersion: parsed.data.version,
    });
  } catch (error) {
    return { ok: false, at: Date.now(), message: refusal(error) };
  }
  if (!result.ok) return { ok: false, at: Date.now(), message: result.message };
  revalidateEventTags(result.tags);
  redirect(
    parsed.data.action === 'trash'
      ? `/editor/events/trash?trashed=${eventId}`
      : `/editor/events/${eventId}?saved=${result.restoredAsDraft ? 'restore-draft' : parsed.data.action}`,
  );
}

const bulkSchema = z.object({
  action: z.enum(['publish', 'unpublish', 'archive', 'trash', 'restore'], {
    error: 'Choose what to do.',
  }),
  ids: z.array(idSchema).min(1, { error: 'Select at least one event.' }).max(500),
});

const BULK_DONE = {
  publish: 'Published',
  unpublish: 'Unpublished',
  archive: 'Archived',
  trash: 'Moved to the trash:',
  restore: 'Restored:',
} as const;
const BULK_NOT_DONE = {
  publish: 'not published',
  unpublish: 'not unpublished',
  archive: 'not archived',
  trash: 'not moved to the trash',
  restore: 'not restored',
} as const;

/** The list's bulk buttons: one change to every selected event. */
export async function bulkEventsAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const parsed = bulkSchema.safeParse({
    action: formData.get('action'),
    ids: formData.getAll('ids'),
  });
  if (!parsed.success)
    return {
      ok: false,
      at: Date.now(),
      message: parsed.error.issues[0]?.message ?? 'Nothing to do.',
    };
  let result: Awaited<ReturnType<typeof bulkSetStatus>>;
  try {
    result = await bulkSetStatus(parsed.data);
  } catch (error) {
    return { ok: false, at: Date.now(), message: refusal(error) };
  }
  revalidateEventTags(result.tags);
  revalidatePath('/editor/events', 'layout');
  const n = (k: number) => `${k} event${k === 1 ? '' : 's'}`;
  const { skipped, notes } = result;
  return {
    ok: skipped.length === 0,
    at: Date.now(),
    message:
      `${BULK_DONE[parsed.data.action]} ${n(result.changed)}.` +
      (skipped.length > 0 ? ` ${n(skipped.length)} ${BULK_NOT_DONE[parsed.data.action]}:` : ''),
    // Each event left as it was, and why; then those changed with something to say.
    items: [
      ...skipped.map((s) => ({ id: s.id, title: s.title ?? `Event #${s.id}`, text: s.reason })),
      ...notes.map((s) => ({ id: s.id, title: s.title, text: s.note })),
    ],
    unchanged: skipped.map((s) => s.id),
  };
}

/** "Restore this version" on the history page. */
export async function restoreRevisionAction(
  eventId: number,
  revisionId: number,
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const version = idSchema.safeParse(formData.get('version'));
  if (!version.success)
    return { ok: false, at: Date.now(), message: 'Reload the page and try again.' };
  let result: Awaited<ReturnType<typeof restoreRevision>>;
  try {
    result = await restoreRevision({
      eventId,
      revisionId,
      expectedVersion: version.data,
      // Off unless the editor ticks it: the current address stays (see the history page).
      restoreSlug: formData.get('restoreSlug') === 'on',
    });
  } catch (error) {
    return { ok: false, at: Date.now(), message: refusal(error) };
  }
  if (!result.ok) return { ok: false, at: Date.now(), message: result.message };
  revalidateEventTags(result.tags);
  const saved =
    formData.get('restoreSlug') !== 'on'
      ? 'restored'
      : result.slugRestored
        ? 'restored-address'
        : 'restored-address-taken';
  redirect(`/editor/events/${eventId}?saved=${saved}&from=${result.restoredVersion}`);
}

/** The Markdown preview: the same renderer (and sanitizer) as the public pages. */
export async function previewMarkdownAction(markdown: string): Promise<PreviewResult> {
  try {
    await requireRole('editor');
  } catch (error) {
    return { ok: false, message: refusal(error) };
  }
  if (typeof markdown !== 'string' || markdown.length > EVENT_LIMITS.body)
    return { ok: false, message: 'This text is too long to preview.' };
  return { ok: true, html: renderMarkdown(markdown) };
}
