'use server';

import { z } from 'zod';
import {
  bulkEditEvents,
  createEvent,
  emptyTrash,
  purgeEvents,
  type BulkChange,
  getEventForEditor,
  setEventStatus,
  updateEvent,
  type SaveFailure,
} from '@/db/store';
import { restoreRevision } from '@/db/store';
import { fail, failureErrors, type Failure } from '@/lib/failure';
import { renderMarkdown } from '@/lib/markdown';
import { notDone, serverAction } from '@/server/action';
import {
  createEventSchema,
  EVENT_LIMITS,
  parseEventFormData,
  validateEventForm,
  type EventFormValues,
} from '@/lib/validation/event';
import type { ActionState, EventFormState, PreviewResult } from '@/lib/forms/event-form';
import { parseListFilters, toEditorFilter } from '@/lib/events/editor-filters';

// Thin actions: parse → domain call (which checks the role itself) → expire → redirect, each run by
// serverAction(), which resolves the session, checks the editor role first, and turns every
// failure into the form's state.

const idSchema = z.coerce.number().int().positive();

/** A refused save as the event form shows it: everything typed comes back in `values`. */
function refusedSave(values: EventFormValues) {
  return (f: SaveFailure | Failure): EventFormState => {
    const at = Date.now();
    if ('conflict' in f)
      return { message: f.message, values, at, conflict: { ...f.conflict, message: f.message } };
    if ('duplicates' in f) return { message: f.message, values, at, duplicates: f.duplicates };
    return { errors: failureErrors(f), message: f.message, values, at, code: f.code };
  };
}

/** Creates (eventId null) or updates an event from the event form. */
export async function saveEventAction(
  eventId: number | null,
  _prev: EventFormState,
  formData: FormData,
): Promise<EventFormState> {
  const values = parseEventFormData(formData);
  return serverAction(
    { name: 'saveEventAction', role: 'editor', refused: refusedSave(values) },
    async (actor) => {
      // An edit is checked against the event as stored: what the editor left as it was never
      // blocks the save (an imported slug longer than the form allows, for instance).
      const editing = eventId === null ? null : await getEventForEditor(actor, eventId);
      const parsed = validateEventForm(
        values,
        createEventSchema({ stored: editing?.values, source: editing?.source ?? null }),
      );
      if (!parsed.ok)
        return fail('invalid', 'Check the highlighted fields.', { errors: parsed.errors });
      const allowDuplicates = formData.get('allowDuplicates') === '1';
      const result =
        eventId === null
          ? await createEvent(actor, { input: parsed.data, allowDuplicates })
          : await updateEvent(actor, {
              id: eventId,
              // A form without its version cannot prove it saw the latest one: it is treated as stale.
              expectedVersion: parsed.data.version ?? 0,
              input: parsed.data,
              allowDuplicates,
            });
      if (!result.ok) return result;
      return {
        tags: result.tags,
        redirect: `/editor/events/${result.id}?saved=${eventId === null ? 'created' : 'updated'}`,
      };
    },
  );
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
  return serverAction(
    { name: 'eventStatusAction', role: 'editor', refused: notDone },
    async (actor) => {
      const parsed = statusActionSchema.safeParse({
        action: formData.get('action'),
        version: formData.get('version') || undefined,
      });
      if (!parsed.success) return fail('invalid', 'Unknown action.');
      const result = await setEventStatus(actor, {
        id: eventId,
        action: parsed.data.action,
        expectedVersion: parsed.data.version,
      });
      if (!result.ok) return fail(result.code, result.message);
      return {
        tags: result.tags,
        redirect:
          parsed.data.action === 'trash'
            ? `/editor/events/trash?trashed=${eventId}`
            : `/editor/events/${eventId}?saved=${result.restoredAsDraft ? 'restore-draft' : parsed.data.action}`,
      };
    },
  );
}

const BULK_ACTIONS = [
  'publish',
  'unpublish',
  'archive',
  'trash',
  'restore',
  'category',
  'tags-add',
  'tags-remove',
  'feature',
  'unfeature',
  'purge',
] as const;
type BulkButton = (typeof BULK_ACTIONS)[number];

const bulkSchema = z.object({
  action: z.enum(BULK_ACTIONS, { error: 'Choose what to do.' }),
  /** "all": every event the list's filter (`filter`, its query string) matches, not only the ticked ones. */
  scope: z.enum(['ticked', 'all']).catch('ticked'),
  ids: z.array(idSchema).max(500),
  filter: z.string().max(2_000).catch(''),
  categoryId: z.coerce.number().int().positive().optional().catch(undefined),
  tagNames: z.string().max(500).catch(''),
});

const BULK_DONE: Record<BulkButton, string> = {
  publish: 'Published',
  unpublish: 'Unpublished',
  archive: 'Archived',
  trash: 'Moved to the trash:',
  restore: 'Restored:',
  category: 'Moved to another category:',
  'tags-add': 'Tags added to',
  'tags-remove': 'Tags removed from',
  feature: 'Featured',
  unfeature: 'No longer featured:',
  purge: 'Deleted for good:',
};
const BULK_NOT_DONE: Record<BulkButton, string> = {
  publish: 'not published',
  unpublish: 'not unpublished',
  archive: 'not archived',
  trash: 'not moved to the trash',
  restore: 'not restored',
  category: 'not moved',
  'tags-add': 'not changed',
  'tags-remove': 'not changed',
  feature: 'not featured',
  unfeature: 'not changed',
  purge: 'not deleted',
};

const tagList = (s: string) =>
  [
    ...new Set(
      s
        .split(',')
        .map((t) => t.trim())
        .filter((t) => t.length > 0),
    ),
  ].slice(0, 20);

function bulkChangeOf(p: z.output<typeof bulkSchema>): BulkChange | Failure {
  switch (p.action) {
    case 'category':
      return p.categoryId
        ? { kind: 'category', categoryId: p.categoryId }
        : fail('invalid', 'Choose the category to move them to.', { field: 'categoryId' });
    case 'tags-add':
    case 'tags-remove': {
      const names = tagList(p.tagNames);
      if (names.length === 0)
        return fail('invalid', 'Name the tags, separated by commas.', { field: 'tagNames' });
      return p.action === 'tags-add'
        ? { kind: 'tags', add: names, remove: [] }
        : { kind: 'tags', add: [], remove: names };
    }
    case 'feature':
    case 'unfeature':
      return { kind: 'featured', featured: p.action === 'feature' };
    case 'purge':
      return fail('invalid', 'Unknown action.');
    default:
      return { kind: 'status', action: p.action };
  }
}

/**
 * The list's bulk buttons: one change to every ticked event, or to every event the list's filter
 * matches ("all matching", at most BULK_LIMIT), done in chunks by the data layer.
 */
export async function bulkEventsAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return serverAction(
    { name: 'bulkEventsAction', role: 'editor', refused: notDone },
    async (actor) => {
      const parsed = bulkSchema.safeParse({
        action: formData.get('action'),
        scope: formData.get('scope') ?? 'ticked',
        ids: formData.getAll('ids'),
        filter: formData.get('filter') ?? '',
        categoryId: formData.get('categoryId') || undefined,
        tagNames: formData.get('tagNames') ?? '',
      });
      if (!parsed.success)
        return fail('invalid', parsed.error.issues[0]?.message ?? 'Nothing to do.');
      const p = parsed.data;
      if (p.scope === 'ticked' && p.ids.length === 0)
        return fail('invalid', 'Select at least one event.');
      const target =
        p.scope === 'all'
          ? {
              filter: toEditorFilter(
                parseListFilters(Object.fromEntries(new URLSearchParams(p.filter))),
              ),
            }
          : { ids: p.ids };
      const n = (k: number) => `${k.toLocaleString('en')} event${k === 1 ? '' : 's'}`;

      if (p.action === 'purge') {
        const purged = await purgeEvents(actor, { target });
        if (!purged.ok) return purged;
        return {
          paths: [{ layout: '/editor' }],
          state: {
            ok: purged.skipped.length === 0,
            at: Date.now(),
            message:
              `${BULK_DONE.purge} ${n(purged.purged)}.` +
              (purged.skipped.length > 0
                ? ` ${n(purged.skipped.length)} ${BULK_NOT_DONE.purge}:`
                : ''),
            items: purged.skipped.map((s) => ({
              id: s.id,
              title: s.title ?? `Event #${s.id}`,
              text: s.reason,
            })),
            unchanged: purged.skipped.map((s) => s.id),
          },
        };
      }

      const change = bulkChangeOf(p);
      if ('ok' in change) return change;
      const result = await bulkEditEvents(actor, { target, change });
      if (!result.ok) return result;
      const { skipped, notes } = result;
      return {
        tags: result.tags,
        paths: [{ layout: '/editor' }],
        state: {
          ok: skipped.length === 0,
          at: Date.now(),
          message:
            `${BULK_DONE[p.action]} ${n(result.changed)}` +
            (result.matched > result.changed + skipped.length
              ? ` (${n(result.matched - result.changed - skipped.length)} already so)`
              : '') +
            '.' +
            (skipped.length > 0 ? ` ${n(skipped.length)} ${BULK_NOT_DONE[p.action]}:` : ''),
          // Each event left as it was, and why; then those changed with something to say.
          items: [
            ...skipped.slice(0, 50).map((s) => ({
              id: s.id,
              title: s.title ?? `Event #${s.id}`,
              text: s.reason,
            })),
            ...notes.slice(0, 50).map((s) => ({ id: s.id, title: s.title, text: s.note })),
          ],
          unchanged: skipped.map((s) => s.id),
        },
      };
    },
  );
}

/** "Empty trash": every event in the trash deleted for good (admins only). */
export async function emptyTrashAction(
  _prev: ActionState,
  _formData: FormData,
): Promise<ActionState> {
  return serverAction(
    { name: 'emptyTrashAction', role: 'admin', refused: notDone },
    async (actor) => {
      const result = await emptyTrash(actor);
      return {
        paths: [{ layout: '/editor' }],
        state: {
          ok: true,
          at: Date.now(),
          message: `The trash is empty: ${result.purged.toLocaleString('en')} event${result.purged === 1 ? '' : 's'} deleted for good.`,
        },
      };
    },
  );
}

/** "Restore this version" on the history page. */
export async function restoreRevisionAction(
  eventId: number,
  revisionId: number,
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return serverAction(
    { name: 'restoreRevisionAction', role: 'editor', refused: notDone },
    async (actor) => {
      const version = idSchema.safeParse(formData.get('version'));
      if (!version.success) return fail('invalid', 'Reload the page and try again.');
      const result = await restoreRevision(actor, {
        eventId,
        revisionId,
        expectedVersion: version.data,
        // Off unless the editor ticks it: the current address stays (see the history page).
        restoreSlug: formData.get('restoreSlug') === 'on',
      });
      if (!result.ok) return result;
      const saved =
        formData.get('restoreSlug') !== 'on'
          ? 'restored'
          : result.slugRestored
            ? 'restored-address'
            : 'restored-address-taken';
      return {
        tags: result.tags,
        redirect: `/editor/events/${eventId}?saved=${saved}&from=${result.restoredVersion}`,
      };
    },
  );
}

/** The Markdown preview: the same renderer (and sanitizer) as the public pages. */
export async function previewMarkdownAction(markdown: string): Promise<PreviewResult> {
  return serverAction(
    {
      name: 'previewMarkdownAction',
      role: 'editor',
      refused: (f): PreviewResult => ({ ok: false, message: f.message }),
    },
    () => {
      if (typeof markdown !== 'string' || markdown.length > EVENT_LIMITS.body)
        return fail('invalid', 'This text is too long to preview.');
      return { state: { ok: true, html: renderMarkdown(markdown) } };
    },
  );
}
