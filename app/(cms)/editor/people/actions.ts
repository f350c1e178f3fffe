'use server';

import { findPersonIdBySlug, mergePeople, updatePerson } from '@/db/store';
import { fail } from '@/lib/failure';
import { mergePeopleSchema, personInputSchema } from '@/lib/validation/person';
import { echoing, serverAction } from '@/server/action';
import {
  fieldErrors,
  formValues,
  withNotice,
  type AdminFormState,
} from '../../admin/categories/form-state';

const PATH = '/editor/people';
const FIELDS = [
  'name',
  'slug',
  'description',
  'birthYear',
  'birthMonth',
  'birthDay',
  'deathYear',
  'deathMonth',
  'deathDay',
  'referenceUrl',
] as const;

export async function updatePersonAction(
  personId: number,
  _prev: AdminFormState,
  formData: FormData,
): Promise<AdminFormState> {
  const values = formValues(formData, FIELDS);
  return serverAction(
    { name: 'updatePersonAction', role: 'editor', refused: echoing(values) },
    async (actor) => {
      const parsed = personInputSchema.safeParse(values);
      if (!parsed.success)
        return fail('invalid', 'Check the highlighted fields.', {
          errors: fieldErrors(parsed.error),
        });
      const result = await updatePerson(actor, personId, parsed.data);
      if (!result.ok) return result;
      return {
        tags: result.cacheTags,
        redirect: withNotice(`${PATH}/${personId}`, { code: 'person-saved' }),
      };
    },
  );
}

export async function mergePeopleAction(
  sourceId: number,
  _prev: AdminFormState,
  formData: FormData,
): Promise<AdminFormState> {
  const values = formValues(formData, ['targetSlug'] as const);
  return serverAction(
    { name: 'mergePeopleAction', role: 'editor', refused: echoing(values) },
    async (actor) => {
      const parsed = mergePeopleSchema.safeParse({ sourceId, targetSlug: values.targetSlug });
      if (!parsed.success)
        return fail('invalid', 'Name the person to merge into.', {
          errors: fieldErrors(parsed.error),
        });
      const targetId = await findPersonIdBySlug(actor, parsed.data.targetSlug);
      if (targetId === null)
        return fail('not_found', 'No person has this slug.', { field: 'targetSlug' });
      const result = await mergePeople(actor, { sourceId, targetId });
      // The form names the target by its slug.
      if (!result.ok)
        return { ...result, field: result.field === 'targetId' ? 'targetSlug' : result.field };
      return {
        tags: result.cacheTags,
        redirect: withNotice(PATH, { code: 'person-merged', id: targetId, n: result.moved }),
      };
    },
  );
}
