'use server';

import { deleteTag, mergeTags, renameTag } from '@/db/store';
import { fail } from '@/lib/failure';
import { mergeTagsSchema, renameTagSchema, tagRefSchema } from '@/lib/validation/tag';
import { echoing, serverAction } from '@/server/action';
import {
  fieldErrors,
  formValues,
  withNotice,
  type AdminFormState,
} from '../../admin/categories/form-state';

// parse → DAL (checks the editor role) → expire the tag's pages and its events' → redirect.

const PATH = '/editor/tags';

export async function renameTagAction(
  tagId: number,
  _prev: AdminFormState,
  formData: FormData,
): Promise<AdminFormState> {
  const values = formValues(formData, ['name'] as const);
  return serverAction(
    { name: 'renameTagAction', role: 'editor', refused: echoing(values) },
    async (actor) => {
      const parsed = renameTagSchema.safeParse({ tagId, name: values.name });
      if (!parsed.success)
        return fail('invalid', 'Check the name.', { errors: fieldErrors(parsed.error) });
      const result = await renameTag(actor, parsed.data);
      if (!result.ok) return result;
      return {
        tags: result.cacheTags,
        redirect: withNotice(`${PATH}/${tagId}`, { code: 'tag-renamed' }),
      };
    },
  );
}

export async function mergeTagsAction(
  sourceId: number,
  _prev: AdminFormState,
  formData: FormData,
): Promise<AdminFormState> {
  const values = formValues(formData, ['targetId'] as const);
  return serverAction(
    { name: 'mergeTagsAction', role: 'editor', refused: echoing(values) },
    async (actor) => {
      const parsed = mergeTagsSchema.safeParse({ sourceId, targetId: values.targetId });
      if (!parsed.success)
        return fail('invalid', 'Choose the tag to merge into.', {
          errors: fieldErrors(parsed.error),
        });
      const result = await mergeTags(actor, parsed.data);
      if (!result.ok) return result;
      return {
        tags: result.cacheTags,
        redirect: withNotice(`${PATH}/${parsed.data.targetId}`, {
          code: 'tag-merged',
          n: result.moved,
        }),
      };
    },
  );
}

export async function deleteTagAction(
  tagId: number,
  _prev: AdminFormState,
  _formData: FormData,
): Promise<AdminFormState> {
  return serverAction(
    {
      name: 'deleteTagAction',
      role: 'editor',
      refused: (f): AdminFormState => ({ message: f.message }),
    },
    async (actor) => {
      const parsed = tagRefSchema.safeParse({ tagId });
      if (!parsed.success) return fail('invalid', 'Unknown tag.');
      const result = await deleteTag(actor, parsed.data.tagId);
      if (!result.ok) return result;
      return { tags: result.cacheTags, redirect: withNotice(PATH, { code: 'tag-deleted' }) };
    },
  );
}
