import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AdminColorDot } from '@/components/cms/admin-color-dot';
import { AdminForm } from '@/components/cms/admin-form';
import { ForbiddenNotice } from '@/components/cms/forbidden-notice';
import { Card } from '@/components/cms/ui';
import { listCategoriesForAdmin } from '@/db/store';
import { authorizePage } from '@/server/cms-auth';
import { deleteCategoryAction, mergeCategoriesAction, updateCategoryAction } from '../actions';

export const metadata: Metadata = { title: 'Edit category' };

export default async function EditCategoryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: rawId } = await params;
  const me = await authorizePage('admin', `/admin/categories/${rawId}`);
  if (!me) return <ForbiddenNotice required="admin" />;
  const id = Number(rawId);
  const all = await listCategoriesForAdmin(me);
  const category = all.find((c) => c.id === id);
  if (!category) notFound();
  const others = all
    .filter((c) => c.id !== id)
    .map((c) => ({ value: String(c.id), label: `${c.name} (${c.eventCount})` }));
  const n = category.eventCount;

  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link
            href="/admin/categories"
            className="text-amber-800 hover:underline dark:text-amber-300"
          >
            ← Categories
          </Link>
        </p>
        <h1 className="mt-1 flex items-center gap-2 text-2xl font-semibold tracking-tight">
          <AdminColorDot color={category.color} />
          {category.name}
        </h1>
        <p className="mt-1 text-stone-600 dark:text-stone-400">
          {n} {n === 1 ? 'event' : 'events'} ·{' '}
          {/* A plain link: the public site is another root layout, and a prefetch would render
              (and cache) the public page while this admin may be about to merge or delete it. */}
          <a href={`/categories/${category.slug}`} className="hover:underline">
            /categories/{category.slug}
          </a>
        </p>
      </div>

      <div className="grid items-start gap-6 lg:grid-cols-2">
        <Card>
          <h2 id="edit-category-heading" className="text-lg font-semibold">
            Details
          </h2>
          <div className="mt-4">
            <AdminForm
              action={updateCategoryAction.bind(null, category.id)}
              idPrefix="edit-category"
              labelledBy="edit-category-heading"
              submitLabel="Save category"
              pendingLabel="Saving…"
              fields={[
                {
                  name: 'name',
                  label: 'Name',
                  required: true,
                  maxLength: 60,
                  defaultValue: category.name,
                },
                {
                  name: 'slug',
                  label: 'Slug',
                  maxLength: 80,
                  defaultValue: category.slug,
                  hint:
                    n > 0
                      ? 'Fixed while the category holds events (links to it would break).'
                      : 'The category page is /categories/<slug>.',
                },
                {
                  name: 'description',
                  label: 'Description',
                  type: 'textarea',
                  maxLength: 500,
                  defaultValue: category.description,
                },
                {
                  name: 'color',
                  label: 'Colour',
                  required: true,
                  maxLength: 7,
                  defaultValue: category.color,
                  hint: 'Hex, e.g. #1d4ed8.',
                },
              ]}
            />
          </div>
        </Card>

        <div className="space-y-6">
          <Card>
            <h2 id="merge-category-heading" className="text-lg font-semibold">
              Merge into another category
            </h2>
            <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
              All {n} {n === 1 ? 'event moves' : 'events move'} to the category you choose, and{' '}
              {category.name} is deleted.
            </p>
            <div className="mt-4">
              <AdminForm
                action={mergeCategoriesAction.bind(null, category.id)}
                idPrefix="merge-category"
                labelledBy="merge-category-heading"
                submitLabel="Merge"
                pendingLabel="Merging…"
                variant="danger"
                confirm={{
                  title: `Merge ${category.name} into {targetId}?`,
                  body: `All ${n} ${n === 1 ? 'event moves' : 'events move'} to {targetId}, and ${category.name} is deleted. This cannot be undone.`,
                  confirmLabel: 'Merge',
                }}
                fields={[
                  {
                    name: 'targetId',
                    label: 'Merge into',
                    type: 'select',
                    options: [{ value: '', label: 'Choose a category…' }, ...others],
                  },
                ]}
              />
            </div>
          </Card>

          <Card>
            <h2 id="delete-category-heading" className="text-lg font-semibold">
              Delete this category
            </h2>
            <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
              {n > 0
                ? `Its ${n} ${n === 1 ? 'event' : 'events'} must move to another category first.`
                : 'It holds no events.'}
            </p>
            <div className="mt-4">
              <AdminForm
                action={deleteCategoryAction.bind(null, category.id)}
                idPrefix="delete-category"
                labelledBy="delete-category-heading"
                submitLabel="Delete category"
                pendingLabel="Deleting…"
                variant="danger"
                confirm={
                  n > 0
                    ? {
                        title: `Delete ${category.name}?`,
                        body: `Its ${n} ${n === 1 ? 'event moves' : 'events move'} to {targetId}, and ${category.name} is deleted. This cannot be undone.`,
                        confirmLabel: 'Delete category',
                      }
                    : {
                        title: `Delete ${category.name}?`,
                        body: 'It holds no events. This cannot be undone.',
                        confirmLabel: 'Delete category',
                      }
                }
                fields={
                  n > 0
                    ? [
                        {
                          name: 'targetId',
                          label: 'Move its events to',
                          type: 'select',
                          options: [{ value: '', label: 'Choose a category…' }, ...others],
                        },
                      ]
                    : [{ name: 'targetId', label: '', type: 'hidden', defaultValue: '' }]
                }
              />
            </div>
          </Card>
        </div>
      </div>
    </div>
  );
}
