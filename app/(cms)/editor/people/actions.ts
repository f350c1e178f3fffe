'use server';

import { redirect } from 'next/navigation';
import { findPersonIdBySlug, mergePeople, updatePerson } from '@/db/queries/taxonomy-admin';
import { revalidateEventTags } from '@/server/revalidate-event';
import { mergePeopleSchema, personInputSchema } from '@/lib/validation/person';
import {
  failed,
  fieldErrors,
  formValues,
  refusal,
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
  const parsed = personInputSchema.safeParse(values);
  if (!parsed.success)
    return { errors: fieldErrors(parsed.error), message: 'Check the highlighted fields.', values };
  let result: Awaited<ReturnType<typeof updatePerson>>;
  try {
    result = await updatePerson(personId, parsed.data);
  } catch (error) {
    return { message: refusal(error), values };
  }
  if (!result.ok) return failed(result, values);
  revalidateEventTags(result.cacheTags);
  redirect(withNotice(`${PATH}/${personId}`, { code: 'person-saved' }));
}

export async function mergePeopleAction(
  sourceId: number,
  _prev: AdminFormState,
  formData: FormData,
): Promise<AdminFormState> {
  const values = formValues(formData, ['targetSlug'] as const);
  const parsed = mergePeopleSchema.safeParse({ sourceId, targetSlug: values.targetSlug });
  if (!parsed.success)
    return { errors: fieldErrors(parsed.error), message: 'Name the person to merge into.', values };
  let result: Awaited<ReturnType<typeof mergePeople>>;
  let targetId: number | null;
  try {
    targetId = await findPersonIdBySlug(parsed.data.targetSlug);
    if (targetId === null)
      return failed({ message: 'No person has this slug.', field: 'targetSlug' }, values);
    result = await mergePeople({ sourceId, targetId });
    if (!result.ok)
      return failed(
        { ...result, field: result.field === 'targetId' ? 'targetSlug' : result.field },
        values,
      );
  } catch (error) {
    return { message: refusal(error), values };
  }
  revalidateEventTags(result.cacheTags);
  redirect(withNotice(PATH, { code: 'person-merged', id: targetId, n: result.moved }));
}
