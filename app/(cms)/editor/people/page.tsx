import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminPagination, AdminSearchForm } from '@/components/cms/admin-search-list';
import { ForbiddenNotice } from '@/components/cms/forbidden-notice';
import { Notice } from '@/components/cms/ui';
import { ADMIN_PAGE_SIZE, getPersonForEditor, listPeopleForEditor } from '@/db/store';
import { formatYear } from '@/lib/dates';
import { authorizePage } from '@/server/cms-auth';
import { noticeText, readNotice } from '../../admin/categories/form-state';

export const metadata: Metadata = { title: 'People' };

const str = (v: string | string[] | undefined) => (typeof v === 'string' ? v : '');

export default async function EditorPeoplePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const me = await authorizePage('editor', '/editor/people');
  if (!me) return <ForbiddenNotice required="editor" />;
  const params = await searchParams;
  const q = str(params.q).trim();
  const page = Math.max(1, Number.parseInt(str(params.page), 10) || 1);
  const ref = readNotice(params, ['person-merged']);
  const [{ rows, total }, noticePerson] = await Promise.all([
    listPeopleForEditor(me, { search: q, page }),
    ref?.id === undefined ? null : getPersonForEditor(me, ref.id),
  ]);
  const notice = noticeText(ref, noticePerson?.name);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">People</h1>
        <p className="mt-1 max-w-3xl text-stone-600 dark:text-stone-400">
          Edit a person’s details, or merge a duplicate into the person to keep.
        </p>
      </div>
      {notice && <Notice tone="success">{notice}</Notice>}
      <AdminSearchForm action="/editor/people" label="Find people" q={q} />
      <p className="text-sm text-stone-600 dark:text-stone-400" aria-live="polite">
        {total} {total === 1 ? 'person' : 'people'}
        {q && ` matching “${q}”`}
      </p>
      <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white shadow-sm dark:border-stone-800 dark:bg-stone-900">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-stone-200 text-xs tracking-wide text-stone-500 uppercase dark:border-stone-800">
            <tr>
              <th scope="col" className="px-4 py-2.5">
                Name
              </th>
              <th scope="col" className="px-4 py-2.5">
                Slug
              </th>
              <th scope="col" className="px-4 py-2.5">
                Lived
              </th>
              <th scope="col" className="px-4 py-2.5 text-right">
                Events
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-200 dark:divide-stone-800">
            {rows.map((p) => (
              <tr key={p.id}>
                <td className="px-4 py-2.5">
                  <Link href={`/editor/people/${p.id}`} className="font-medium hover:underline">
                    {p.name}
                  </Link>
                  {p.description && (
                    <span className="block text-xs text-stone-500 dark:text-stone-400">
                      {p.description}
                    </span>
                  )}
                </td>
                <td className="px-4 py-2.5 font-mono text-xs text-stone-600 dark:text-stone-400">
                  {p.slug}
                </td>
                <td className="px-4 py-2.5 whitespace-nowrap">
                  {p.birthYear !== null || p.deathYear !== null
                    ? `${p.birthYear !== null ? formatYear(p.birthYear) : '?'}–${p.deathYear !== null ? formatYear(p.deathYear) : ''}`
                    : '—'}
                </td>
                <td className="px-4 py-2.5 text-right tabular-nums">{p.eventCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <AdminPagination
        path="/editor/people"
        params={q ? { q } : {}}
        page={page}
        pages={Math.ceil(total / ADMIN_PAGE_SIZE)}
      />
    </div>
  );
}
