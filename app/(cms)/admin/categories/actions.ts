'use server';

import {
  createCategory,
  deleteCategory,
  mergeCategories,
  moveCategory,
  updateCategory,
} from '@/db/store';
import { fail } from '@/lib/failure';
import {
  categoryInputSchema,
  deleteCategorySchema,
  mergeCategoriesSchema,
  moveCategorySchema,
} from '@/lib/validation/category';
import { echoing, serverAction } from '@/server/action';
import { fieldErrors, formValues, withNotice, type AdminFormState } from './form-state';

// Each action: parse with the category schema → DAL (which checks that the caller is an admin) →
// expire the public pages it touched → redirect back to the list with a notice; serverAction()
// checks the role first and shows every failure in the form.

const PATH = '/admin/categories';
const FIELDS = ['name', 'slug', 'description', 'color'] as const;

export async function createCategoryAction(
  _prev: AdminFormState,
  formData: FormData,
): Promise<AdminFormState> {
  const values = formValues(formData, FIELDS);
  return serverAction(
    { name: 'createCategoryAction', role: 'admin', refused: echoing(values) },
    async (actor) => {
      const parsed = categoryInputSchema.safeParse(values);
      if (!parsed.success)
        return fail('invalid', 'Check the highlighted fields.', {
          errors: fieldErrors(parsed.error),
        });
      const result = await createCategory(actor, parsed.data);
      if (!result.ok) return result;
      return {
        tags: result.cacheTags,
        redirect: withNotice(PATH, { code: 'category-created', id: result.id }),
      };
    },
  );
}

export async function updateCategoryAction(
  categoryId: number,
  _prev: AdminFormState,
  formData: FormData,
): Promise<AdminFormState> {
  const values = formValues(formData, FIELDS);
  return serverAction(
    { name: 'updateCategoryAction', role: 'admin', refused: echoing(values) },
    async (actor) => {
      const parsed = categoryInputSchema.safeParse(values);
      if (!parsed.success)
        return fail('invalid', 'Check the highlighted fields.', {
          errors: fieldErrors(parsed.error),
        });
      const result = await updateCategory(actor, categoryId, parsed.data);
      if (!result.ok) return result;
      return {
        tags: result.cacheTags,
        redirect: withNotice(PATH, { code: 'category-saved', id: categoryId }),
      };
    },
  );
}

export async function moveCategoryAction(
  categoryId: number,
  direction: 'up' | 'down',
  _prev: AdminFormState,
  _formData: FormData,
): Promise<AdminFormState> {
  return serverAction(
    {
      name: 'moveCategoryAction',
      role: 'admin',
      refused: (f): AdminFormState => ({ message: f.message }),
    },
    async (actor) => {
      const parsed = moveCategorySchema.safeParse({ categoryId, direction });
      if (!parsed.success) return fail('invalid', 'Unknown category or direction.');
      const result = await moveCategory(actor, parsed.data);
      if (!result.ok) return result;
      return { tags: result.cacheTags, redirect: PATH };
    },
  );
}

export async function deleteCategoryAction(
  categoryId: number,
  _prev: AdminFormState,
  formData: FormData,
): Promise<AdminFormState> {
  const values = formValues(formData, ['targetId'] as const);
  return serverAction(
    { name: 'deleteCategoryAction', role: 'admin', refused: echoing(values) },
    async (actor) => {
      const parsed = deleteCategorySchema.safeParse({ categoryId, targetId: values.targetId });
      if (!parsed.success)
        return fail('invalid', 'Choose a category for its events.', {
          errors: fieldErrors(parsed.error),
        });
      const result = await deleteCategory(actor, parsed.data);
      if (!result.ok) return result;
      return {
        tags: result.cacheTags,
        redirect: withNotice(PATH, { code: 'category-deleted', n: result.moved }),
      };
    },
  );
}

export async function mergeCategoriesAction(
  sourceId: number,
  _prev: AdminFormState,
  formData: FormData,
): Promise<AdminFormState> {
  const values = formValues(formData, ['targetId'] as const);
  return serverAction(
    { name: 'mergeCategoriesAction', role: 'admin', refused: echoing(values) },
    async (actor) => {
      const parsed = mergeCategoriesSchema.safeParse({ sourceId, targetId: values.targetId });
      if (!parsed.success)
        return fail('invalid', 'Choose the category to merge into.', {
          errors: fieldErrors(parsed.error),
        });
      const result = await mergeCategories(actor, parsed.data);
      if (!result.ok) return result;
      return {
        tags: result.cacheTags,
        redirect: withNotice(PATH, {
          code: 'category-merged',
          id: parsed.data.targetId,
          n: result.moved,
        }),
      };
    },
  );
}
