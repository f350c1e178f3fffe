'use server';

import { redirect } from 'next/navigation';
import { deleteTag, mergeTags, renameTag } from '@/db/queries/taxonomy-admin';
import { revalidateEventTags } from '@/server/revalidate-event';
import { mergeTagsSchema, renameTagSchema, tagRefSchema } from '@/lib/validation/tag';
import {
  failed,
  fieldErrors,
  formValues,
  refusal,
  withNotice,
  type AdminFormState,
} from '../../admin/categories/form-state';

// parse → DAL (checks the editor role) → revalidate the tag's pages and its events' → redirect.

const PATH = '/editor/tags';

export async function renameTagAction(
  tagId: number,
  _prev: AdminFormState,
  formData: FormData,
): Promise<AdminFormState> {
  const values = formValues(formData, ['name'] as const);
  const parsed = renameTagSchema.safeParse({ tagId, name: values.name });
  if (!parsed.success)
    return { errors: fieldErrors(parsed.error), message: 'Check the name.', values };
  let result: Awaited<ReturnType<typeof renameTag>>;
  try {
    result = await renameTag(parsed.data);
  } catch (error) {
    return { message: refusal(error), values };
  }
  if (!result.ok) return failed(result, values);
  revalidateEventTags(result.cacheTags);
  redirect(withNotice(`${PATH}/${tagId}`, { code: 'tag-renamed' }));
}

export async function mergeTagsAction(
  sourceId: number,
  _prev: AdminFormState,
  formData: FormData,
): Promise<AdminFormState> {
  const values = formValues(formData, ['targetId'] as const);
  const parsed = mergeTagsSchema.safeParse({ sourceId, targetId: values.targetId });
  if (!parsed.success)
    return { errors: fieldErrors(parsed.error), message: 'Choose the tag to merge into.', values };
  let result: Awaited<ReturnType<typeof mergeTags>>;
  try {
    result = await mergeTags(parsed.data);
  } catch (error) {
    return { message: refusal(error), values };
  }
  if (!result.ok) return failed(result, values);
  revalidateEventTags(result.cacheTags);
  redirect(withNotice(`${PATH}/${parsed.data.targetId}`, { code: 'tag-merged', n: result.moved }));
}

export async function deleteTagAction(
  tagId: number,
  _prev: AdminFormState,
  _formData: FormData,
): Promise<AdminFormState> {
  const parsed = tagRefSchema.safeParse({ tagId });
  if (!parsed.success) return { message: 'Unknown tag.' };
  let result: Awaited<ReturnType<typeof deleteTag>>;
  try {
    result = await deleteTag(parsed.data.tagId);
  } catch (error) {
    return { message: refusal(error) };
  }
  if (!result.ok) return { message: result.message };
  revalidateEventTags(result.cacheTags);
  redirect(withNotice(PATH, { code: 'tag-deleted' }));
}
