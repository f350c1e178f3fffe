import Link from 'next/link';
import {
  defaultDirection,
  filterQuery,
  listHref,
  toEditorFilter,
  type EditorSort,
  type ListFilters,
} from '@/lib/events/editor-filters';
import { BULK_LIMIT, listCategoryOptions, listEventsForEditor } from '@/db/store';
import type { SessionUser } from '@/lib/auth/actor';
import { hasRole } from '@/lib/auth/roles';
import { MONTH_NAMES } from '@/lib/dates';
import { EVENT_KINDS, KIND_LABELS } from '@/lib/validation/event';
import { BulkActionsForm, BulkEditControls, type BulkAction } from './bulk-actions-form';
import { CopyViewLink } from './copy-view-link';
import { EventStatusBadge } from './event-status-badge';
import { buttonClass, inputClass } from './ui';

const numberFormat = new Intl.NumberFormat('en');
const timeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
});

const STATUS_OPTIONS = [
  { value: 'all', label: 'Any status' },
  { value: 'draft', label: 'Drafts' },
  { value: 'scheduled', label: 'Scheduled' },
  { value: 'published', label: 'Published' },
  { value: 'archived', label: 'Archived' },
  { value: 'trash', label: 'In the trash' },
] as const;

const smallLabel = 'block text-xs font-medium text-stone-600 dark:text-stone-400';

/**
 * A column header that sorts the list by its column: first in the column's own direction, then,
 * clicked again, the other way. `aria-sort` says how the list is sorted now.
 */
function SortHeader({
  column,
  label,
  base,
  filters,
}: {
  column: Exclude<EditorSort, 'relevance'>;
  label: string;
  base: string;
  filters: ListFilters;
}) {
  const sort = filters.sort ?? (filters.q ? 'relevance' : 'updated');
  const active = sort === column;
  const dir = filters.dir ?? defaultDirection(sort);
  const next = active ? (dir === 'asc' ? 'desc' : 'asc') : defaultDirection(column);
  return (
    <th
      scope="col"
      aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : undefined}
      className="px-3 py-2"
    >
      <Link
        href={listHref(base, filters, { sort: column, dir: next, page: undefined })}
        className="inline-flex items-center gap-1 uppercase underline-offset-2 hover:underline"
      >
        {label}
        <span aria-hidden="true" className={active ? '' : 'opacity-30'}>
          {active ? (dir === 'asc' ? '▲' : '▼') : '↕'}
        </span>
        <span className="sr-only">
          {active
            ? `, sorted ${dir === 'asc' ? 'ascending' : 'descending'}`
            : ', sort by this column'}
        </span>
      </Link>
    </th>
  );
}

/**
 * The editor's list of events (or the trash): filters in a GET form, a page of results in the
 * bulk-actions form, and pagination. Reads through the DAL, which checks the editor role itself.
 */
export async function EventsList({
  user,
  filters,
  base,
  bulkAction,
}: {
  user: SessionUser;
  filters: ListFilters;
  base: string;
  /** The server action the bulk form posts to (the page passes it: components do not import app/). */
  bulkAction: BulkAction;
}) {
  const trash = base.endsWith('/trash');
  const effective: ListFilters = trash ? { ...filters, status: 'trash' } : filters;
  const [page, categories] = await Promise.all([
    listEventsForEditor(user, toEditorFilter(effective)),
    listCategoryOptions(user),
  ]);
  const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
  const from = page.total === 0 ? 0 : (page.page - 1) * page.pageSize + 1;
  const to = Math.min(page.page * page.pageSize, page.total);

  return (
    <div className="space-y-5">
      <form
        method="get"
        action={base}
        role="search"
        aria-label="Filter events"
        className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm dark:border-stone-800 dark:bg-stone-900"
      >
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <div className="sm:col-span-2">
            <label htmlFor="f-q" className={smallLabel}>
              Search
            </label>
            <input
              id="f-q"
              name="q"
              type="search"
              defaultValue={effective.q ?? ''}
              className={`${inputClass} mt-1 w-full py-1.5`}
            />
          </div>
          {!trash && (
            <div>
              <label htmlFor="f-status" className={smallLabel}>
                Status
              </label>
              <select
                id="f-status"
                name="status"
                defaultValue={effective.status}
                className={`${inputClass} mt-1 w-full py-1.5`}
              >
                {STATUS_OPTIONS.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div>
            <label htmlFor="f-category" className={smallLabel}>
              Category
            </label>
            <select
              id="f-category"
              name="category"
              defaultValue={effective.category ?? ''}
              className={`${inputClass} mt-1 w-full py-1.5`}
            >
              <option value="">Any category</option>
              {categories.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="f-kind" className={smallLabel}>
              Kind
            </label>
            <select
              id="f-kind"
              name="kind"
              defaultValue={effective.kind ?? ''}
              className={`${inputClass} mt-1 w-full py-1.5`}
            >
              <option value="">Any kind</option>
              {EVENT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </div>
          <div className="flex gap-2">
            <div className="flex-1">
              <label htmlFor="f-month" className={smallLabel}>
                Month
              </label>
              <select
                id="f-month"
                name="month"
                defaultValue={effective.month ?? ''}
                className={`${inputClass} mt-1 w-full py-1.5`}
              >
                <option value="">Any</option>
                {MONTH_NAMES.map((m, i) => (
                  <option key={m} value={i + 1}>
                    {m}
                  </option>
                ))}
              </select>
            </div>
            <div className="w-20">
              <label htmlFor="f-day" className={smallLabel}>
                Day
              </label>
              <input
                id="f-day"
                name="day"
                inputMode="numeric"
                defaultValue={effective.day ?? ''}
                className={`${inputClass} mt-1 w-full py-1.5`}
              />
            </div>
          </div>
          <div>
            <label htmlFor="f-tag" className={smallLabel}>
              Tag
            </label>
            <input
              id="f-tag"
              name="tag"
              defaultValue={effective.tag ?? ''}
              placeholder="diplomacy"
              className={`${inputClass} mt-1 w-full py-1.5`}
            />
          </div>
          <div className="flex items-end gap-2">
            {/* The order chosen by the column headers stays when the filters change. */}
            {effective.sort && <input type="hidden" name="sort" value={effective.sort} />}
            {effective.sort && effective.dir && (
              <input type="hidden" name="dir" value={effective.dir} />
            )}
            <button type="submit" className={`${buttonClass.primary} py-1.5`}>
              Apply
            </button>
            <Link href={base} className={`${buttonClass.ghost} py-1.5`}>
              Reset
            </Link>
          </div>
        </div>
      </form>

      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-stone-600 dark:text-stone-400" aria-live="polite">
          {page.total === 0
            ? 'No events match.'
            : `Showing ${numberFormat.format(from)}–${numberFormat.format(to)} of ${numberFormat.format(page.total)}.`}
          {effective.q && effective.sort && effective.sort !== 'relevance' && (
            <>
              {' '}
              <Link
                href={listHref(base, effective, {
                  sort: undefined,
                  dir: undefined,
                  page: undefined,
                })}
                className="text-amber-800 underline underline-offset-2 dark:text-amber-300"
              >
                Sort by best match
              </Link>
            </>
          )}
        </p>
        <CopyViewLink href={listHref(base, effective)} />
      </div>

      {/* Always there, even when a bulk change left the page empty: its answer stays in view. */}
      {
        <BulkActionsForm
          action={bulkAction}
          total={page.total}
          pageCount={page.rows.length}
          limit={BULK_LIMIT}
          filter={filterQuery(effective)}
          edits={trash ? undefined : <BulkEditControls categories={categories} />}
          buttons={
            trash
              ? [
                  { action: 'restore', label: 'Restore' },
                  ...(hasRole(user.role, 'admin')
                    ? [
                        {
                          action: 'purge',
                          label: 'Delete permanently',
                          danger: true,
                          confirm: {
                            title: 'Delete {count} for good?',
                            body: 'They are removed with their whole history, and cannot be restored. An audit row records each one.',
                            confirmLabel: 'Delete {count} for good',
                          },
                        },
                      ]
                    : []),
                ]
              : [
                  { action: 'publish', label: 'Publish' },
                  { action: 'unpublish', label: 'Unpublish' },
                  { action: 'archive', label: 'Archive' },
                  {
                    action: 'trash',
                    label: 'Move to trash',
                    danger: true,
                    confirm: {
                      title: 'Move {count} to the trash?',
                      body: 'They are hidden from readers and search at once. They can be restored from the trash.',
                      confirmLabel: 'Move {count} to the trash',
                    },
                  },
                ]
          }
        >
          {page.rows.length > 0 && (
            <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white shadow-sm dark:border-stone-800 dark:bg-stone-900">
              <table className="w-full text-left text-sm">
                <caption className="sr-only">Events{trash ? ' in the trash' : ''}</caption>
                <thead className="border-b border-stone-200 bg-stone-50 text-xs tracking-wide text-stone-600 uppercase dark:border-stone-800 dark:bg-stone-950 dark:text-stone-400">
                  <tr>
                    <th scope="col" className="w-10 px-3 py-2">
                      <span className="sr-only">Select</span>
                    </th>
                    <SortHeader column="title" label="Title" base={base} filters={effective} />
                    <SortHeader column="date" label="Date" base={base} filters={effective} />
                    <th scope="col" className="px-3 py-2">
                      Category
                    </th>
                    <th scope="col" className="px-3 py-2">
                      Status
                    </th>
                    <SortHeader
                      column="updated"
                      label="Last changed"
                      base={base}
                      filters={effective}
                    />
                  </tr>
                </thead>
                <tbody className="divide-y divide-stone-200 dark:divide-stone-800">
                  {page.rows.map((row) => (
                    <tr key={row.id} className="align-top">
                      <td className="px-3 py-2.5">
                        <input
                          type="checkbox"
                          name="ids"
                          value={row.id}
                          aria-label={`Select “${row.title}”`}
                          className="size-4 accent-amber-700"
                        />
                      </td>
                      <td className="px-3 py-2.5">
                        <Link
                          href={`/editor/events/${row.id}`}
                          className="font-medium text-stone-900 underline-offset-2 hover:underline dark:text-stone-100"
                        >
                          {row.title}
                        </Link>
                        <span className="block text-xs text-stone-500 dark:text-stone-400">
                          {KIND_LABELS[row.kind]} · #{row.id} ·{' '}
                          <Link
                            href={`/editor/events/${row.id}/history`}
                            className="underline-offset-2 hover:underline"
                          >
                            history
                          </Link>
                        </span>
                      </td>
                      <td className="px-3 py-2.5 whitespace-nowrap tabular-nums">
                        {row.date || '—'}
                      </td>
                      <td className="px-3 py-2.5">{row.category.name}</td>
                      <td className="px-3 py-2.5">
                        <EventStatusBadge
                          status={row.status}
                          publishAt={row.publishAt}
                          deletedAt={row.deletedAt}
                        />
                      </td>
                      <td className="px-3 py-2.5 text-xs whitespace-nowrap text-stone-600 dark:text-stone-400">
                        {timeFormat.format(row.updatedAt)} UTC
                        {row.updatedByName && <span className="block">by {row.updatedByName}</span>}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </BulkActionsForm>
      }

      {pages > 1 && (
        <nav aria-label="Pages" className="flex items-center justify-between gap-3 text-sm">
          {page.page > 1 ? (
            <Link
              href={listHref(base, effective, { page: page.page - 1 })}
              className={buttonClass.secondary}
              rel="prev"
            >
              ← Previous
            </Link>
          ) : (
            <span />
          )}
          <span className="text-stone-600 dark:text-stone-400">
            Page {page.page} of {numberFormat.format(pages)}
          </span>
          {page.page < pages ? (
            <Link
              href={listHref(base, effective, { page: page.page + 1 })}
              className={buttonClass.secondary}
              rel="next"
            >
              Next →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </div>
  );
}
