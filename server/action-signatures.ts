import { z } from 'zod';

/*
 * The arguments every server action takes, checked by the proxy before Next decodes a request
 * (server/action-guard.ts): a request whose arguments do not fit is answered 400 instead of
 * reaching the action (where a string in place of FormData was a 500). Keyed by the action's file
 * and export name as Next's server-reference manifest names them; action-signatures.test.ts fails
 * when an exported action has no entry here.
 */

/** Stands for a FormData argument in a decoded request. */
export class FormDataArg {}
const formData = z.instanceof(FormDataArg);
const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** A form action as useActionState calls it: its bound arguments, the previous state, the form. */
const formAction = (...bound: z.ZodType[]) => {
  const items: [z.ZodType, ...z.ZodType[]] = [z.unknown(), formData];
  items.unshift(...bound);
  return z.tuple(items);
};

export const ACTION_SIGNATURES: Readonly<Record<string, z.ZodType<unknown[]>>> = {
  'app/(cms)/actions.ts#signOut': z.tuple([formData.optional()]),
  'app/(cms)/admin/categories/actions.ts#createCategoryAction': formAction(),
  'app/(cms)/admin/categories/actions.ts#updateCategoryAction': formAction(id),
  'app/(cms)/admin/categories/actions.ts#moveCategoryAction': formAction(
    id,
    z.enum(['up', 'down']),
  ),
  'app/(cms)/admin/categories/actions.ts#deleteCategoryAction': formAction(id),
  'app/(cms)/admin/categories/actions.ts#mergeCategoriesAction': formAction(id),
  'app/(cms)/admin/settings/actions.ts#saveSettingsAction': formAction(),
  'app/(cms)/admin/users/actions.ts#createUserAction': formAction(),
  'app/(cms)/admin/users/actions.ts#changeRoleAction': formAction(id),
  'app/(cms)/admin/users/actions.ts#setDisabledAction': formAction(id),
  'app/(cms)/admin/users/actions.ts#resetPasswordAction': formAction(id),
  'app/(cms)/editor/corrections/actions.ts#acceptCorrectionAction': formAction(),
  'app/(cms)/editor/corrections/actions.ts#rejectCorrectionAction': formAction(),
  'app/(cms)/editor/events/actions.ts#saveEventAction': formAction(id.nullable()),
  'app/(cms)/editor/events/actions.ts#eventStatusAction': formAction(id),
  'app/(cms)/editor/events/actions.ts#bulkEventsAction': formAction(),
  'app/(cms)/editor/events/actions.ts#emptyTrashAction': formAction(),
  'app/(cms)/editor/events/actions.ts#restoreRevisionAction': formAction(id, id),
  'app/(cms)/editor/events/actions.ts#previewMarkdownAction': z.tuple([z.string().max(200_000)]),
  'app/(cms)/editor/events/review-actions.ts#submitForReviewAction': formAction(id),
  'app/(cms)/editor/events/review-actions.ts#approveReviewAction': formAction(id),
  'app/(cms)/editor/events/review-actions.ts#sendBackReviewAction': formAction(id),
  'app/(cms)/editor/people/actions.ts#updatePersonAction': formAction(id),
  'app/(cms)/editor/people/actions.ts#mergePeopleAction': formAction(id),
  'app/(cms)/editor/tags/actions.ts#renameTagAction': formAction(id),
  'app/(cms)/editor/tags/actions.ts#mergeTagsAction': formAction(id),
  'app/(cms)/editor/tags/actions.ts#deleteTagAction': formAction(id),
  'app/(site)/events/[slug]/report/actions.ts#submitReportAction': formAction(
    z.string().min(1).max(300),
  ),
};
