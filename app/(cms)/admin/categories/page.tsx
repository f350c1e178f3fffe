import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminColorDot } from '@/components/cms/admin-color-dot';
import { AdminButtonForm, AdminForm } from '@/components/cms/admin-form';
import { ForbiddenNotice } from '@/components/cms/forbidden-notice';
import { Card, Notice } from '@/components/cms/ui';
import { listCategoriesForAdmin } from '@/db/store';
import { authorizePage } from '@/server/cms-auth';
import { createCategoryAction, moveCategoryAction } from './actions';
import { noticeText, readNotice } from './form-state';

export const metadata: Metadata = { title: 'Categories' };

const numberFormat = new Intl.NumberFormat('en-GB');

export default async function AdminCategoriesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const me = await authorizePage('admin', '/admin/categories');
  if (!me) return <ForbiddenNotice required="admin" />;
  const [categories, params] = await Promise.all([listCategoriesForAdmin(me), searchParams]);
  const ref = readNotice(params, [
    'category-created',
    'category-saved',
    'category-deleted',
    'category-merged',
  ]);
  const notice = noticeText(ref, categories.find((c) => c.id === ref?.id)?.name);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Categories</h1>
        <p className="mt-1 max-w-3xl text-stone-600 dark:text-stone-400">
          Every event belongs to one category; readers browse them in this order. Deleting a
          category that holds events moves them to another one first. The slug of a category that
          holds events cannot change, because old links would break: create a new category and
          merge.
        </p>
      </div>
      {notice && <Notice tone="success">{notice}</Notice>}

      <div className="grid items-start gap-6 lg:grid-cols-3">
        <section aria-labelledby="category-list-heading" className="lg:col-span-2">
          <h2 id="category-list-heading" className="sr-only">
            All categories
          </h2>
          <ol className="divide-y divide-stone-200 overflow-hidden rounded-lg border border-stone-200 bg-white shadow-sm dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
            {categories.map((c, i) => (
              <li
                key={c.id}
                aria-labelledby={`category-${c.id}-name`}
                className="flex flex-wrap items-center gap-x-4 gap-y-2 p-4"
              >
                <AdminColorDot color={c.color} />
                <div className="min-w-0 flex-1">
                  <p id={`category-${c.id}-name`} className="font-medium">
                    <Link href={`/admin/categories/${c.id}`} className="hover:underline">
                      {c.name}
                    </Link>
                  </p>
                  <p className="truncate text-sm text-stone-600 dark:text-stone-400">
                    /categories/{c.slug} · {numberFormat.format(c.eventCount)}{' '}
                    {c.eventCount === 1 ? 'event' : 'events'}
                  </p>
                </div>
                <div className="flex items-center gap-1.5">
                  {i > 0 && (
                    <AdminButtonForm
                      action={moveCategoryAction.bind(null, c.id, 'up')}
                      label="↑"
                      srLabel={`Move ${c.name} up`}
                      pendingLabel="…"
                    />
                  )}
                  {i < categories.length - 1 && (
                    <AdminButtonForm
                      action={moveCategoryAction.bind(null, c.id, 'down')}
                      label="↓"
                      srLabel={`Move ${c.name} down`}
                      pendingLabel="…"
                    />
                  )}
                  <Link
                    href={`/admin/categories/${c.id}`}
                    className="rounded-md px-2.5 py-1 text-sm font-medium text-amber-800 hover:underline dark:text-amber-300"
                  >
                    Edit<span className="sr-only"> {c.name}</span>
                  </Link>
                </div>
              </li>
            ))}
          </ol>
        </section>

        <Card>
          <h2 id="create-category-heading" className="text-lg font-semibold">
            Add a category
          </h2>
          <div className="mt-4">
            {/* A new category (a new id) starts a fresh form; a refused one keeps what was typed. */}
            <AdminForm
              key={categories
                .map((c) => c.id)
                .sort((x, y) => x - y)
                .join()}
              action={createCategoryAction}
              idPrefix="create-category"
              labelledBy="create-category-heading"
              submitLabel="Create category"
              pendingLabel="Creating…"
              fields={[
                { name: 'name', label: 'Name', required: true, maxLength: 60 },
                {
                  name: 'slug',
                  label: 'Slug (optional)',
                  maxLength: 80,
                  hint: 'Made from the name when left empty.',
                },
                { name: 'description', label: 'Description', type: 'textarea', maxLength: 500 },
                {
                  name: 'color',
                  label: 'Colour',
                  defaultValue: '#64748b',
                  required: true,
                  maxLength: 7,
                  hint: 'Hex, e.g. #1d4ed8: the dot beside the category name.',
                },
              ]}
            />
          </div>
        </Card>
      </div>
    </div>
  );
}
