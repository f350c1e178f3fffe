'use server';

import { redirect } from 'next/navigation';
import {
  createCategory,
  deleteCategory,
  mergeCategories,
  moveCategory,
  updateCategory,
} from '@/db/queries/taxonomy-admin';
import {
  categoryInputSchema,
  deleteCategorySchema,
  mergeCategoriesSchema,
  moveCategorySchema,
} from '@/lib/validation/category';
import { revalidateEventTags } from '@/server/revalidate-event';
import {
  failed,
  fieldErrors,
  formValues,
  refusal,
  withNotice,
  type AdminFormState,
} from './form-state';

// Each action: parse with the category schema → DAL (which checks that the caller is an admin) →
// revalidate the public pages it touched → redirect back to the list with a notice.

const PATH = '/admin/categories';
const FIELDS = ['name', 'slug', 'description', 'color'] as const;

export async function createCategoryAction(
  _prev: AdminFormState,
  formData: FormData,
): Promise<AdminFormState> {
  const values = formValues(formData, FIELDS);
  const parsed = categoryInputSchema.safeParse(values);
  if (!parsed.success)
    return { errors: fieldErrors(parsed.error), message: 'Check the highlighted fields.', values };
  let result: Awaited<ReturnType<typeof createCategory>>;
  try {
    result = await createCategory(parsed.data);
  } catch (error) {
    return { message: refusal(error), values };
  }
  if (!result.ok) return failed(result, values);
  revalidateEventTags(result.cacheTags);
  redirect(withNotice(PATH, { code: 'category-created', id: result.id }));
}

export async function updateCategoryAction(
  categoryId: number,
  _prev: AdminFormState,
  formData: FormData,
): Promise<AdminFormState> {
  const values = formValues(formData, FIELDS);
  const parsed = categoryInputSchema.safeParse(values);
  if (!parsed.success)
    return { errors: fieldErrors(parsed.error), message: 'Check the highlighted fields.', values };
  let result: Awaited<ReturnType<typeof updateCategory>>;
  try {
    result = await updateCategory(categoryId, parsed.data);
  } catch (error) {
    return { message: refusal(error), values };
  }
  if (!result.ok) return failed(result, values);
  revalidateEventTags(result.cacheTags);
  redirect(withNotice(PATH, { code: 'category-saved', id: categoryId }));
}

export async function moveCategoryAction(
  categoryId: number,
  direction: 'up' | 'down',
  _prev: AdminFormState,
  _formData: FormData,
): Promise<AdminFormState> {
  const parsed = moveCategorySchema.safeParse({ categoryId, direction });
  if (!parsed.success) return { message: 'Unknown category or direction.' };
  let result: Awaited<ReturnType<typeof moveCategory>>;
  try {
    result = await moveCategory(parsed.data);
  } catch (error) {
    return { message: refusal(error) };
  }
  if (!result.ok) return { message: result.message };
  revalidateEventTags(result.cacheTags);
  redirect(PATH);
}

export async function deleteCategoryAction(
  categoryId: number,
  _prev: AdminFormState,
  formData: FormData,
): Promise<AdminFormState> {
  const values = formValues(formData, ['targetId'] as const);
  const parsed = deleteCategorySchema.safeParse({ categoryId, targetId: values.targetId });
  if (!parsed.success)
    return {
      errors: fieldErrors(parsed.error),
      message: 'Choose a category for its events.',
      values,
    };
  let result: Awaited<ReturnType<typeof deleteCategory>>;
  try {
    result = await deleteCategory(parsed.data);
  } catch (error) {
    return { message: refusal(error), values };
  }
  if (!result.ok) return failed(result, values);
  revalidateEventTags(result.cacheTags);
  redirect(withNotice(PATH, { code: 'category-deleted', n: result.moved }));
}

export async function mergeCategoriesAction(
  sourceId: number,
  _prev: AdminFormState,
  formData: FormData,
): Promise<AdminFormState> {
  const values = formValues(formData, ['targetId'] as const);
  const parsed = mergeCategoriesSchema.safeParse({ sourceId, targetId: values.targetId });
  if (!parsed.success)
    return {
      errors: fieldErrors(parsed.error),
      message: 'Choose the category to merge into.',
      values,
    };
  let result: Awaited<ReturnType<typeof mergeCategories>>;
  try {
    result = await mergeCategories(parsed.data);
  } catch (error) {
    return { message: refusal(error), values };
  }
  if (!result.ok) return failed(result, values);
  revalidateEventTags(result.cacheTags);
  redirect(
    withNotice(PATH, { code: 'category-merged', id: parsed.data.targetId, n: result.moved }),
  );
}
