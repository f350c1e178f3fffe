import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminPagination, AdminSearchForm } from '@/components/cms/admin-search-list';
import { ForbiddenNotice } from '@/components/cms/forbidden-notice';
import { Notice } from '@/components/cms/ui';
import { ADMIN_PAGE_SIZE, listTagsForEditor } from '@/db/store';
import { authorizePage } from '@/server/cms-auth';
import { noticeText, readNotice } from '../../admin/categories/form-state';

export const metadata: Metadata = { title: 'Tags' };

const str = (v: string | string[] | undefined) => (typeof v === 'string' ? v : '');

export default async function EditorTagsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const me = await authorizePage('editor', '/editor/tags');
  if (!me) return <ForbiddenNotice required="editor" />;
  const params = await searchParams;
  const q = str(params.q).trim();
  const page = Math.max(1, Number.parseInt(str(params.page), 10) || 1);
  const { rows, total } = await listTagsForEditor(me, { search: q, page });
  const notice = noticeText(readNotice(params, ['tag-deleted']));

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Tags</h1>
        <p className="mt-1 max-w-3xl text-stone-600 dark:text-stone-400">
          Rename a tag (its address follows the new name), merge duplicates into one, or delete a
          tag no event uses.
        </p>
      </div>
      {notice && <Notice tone="success">{notice}</Notice>}
      <AdminSearchForm action="/editor/tags" label="Find tags" q={q} />
      <p className="text-sm text-stone-600 dark:text-stone-400" aria-live="polite">
        {total} {total === 1 ? 'tag' : 'tags'}
        {q && ` matching “${q}”`}
      </p>
      <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white shadow-sm dark:border-stone-800 dark:bg-stone-900">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-stone-200 text-xs tracking-wide text-stone-500 uppercase dark:border-stone-800">
            <tr>
              <th scope="col" className="px-4 py-2.5">
                Tag
              </th>
              <th scope="col" className="px-4 py-2.5">
                Address
              </th>
              <th scope="col" className="px-4 py-2.5 text-right">
                Events
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-200 dark:divide-stone-800">
            {rows.map((t) => (
              <tr key={t.id}>
                <td className="px-4 py-2.5 font-medium">
                  <Link href={`/editor/tags/${t.id}`} className="hover:underline">
                    {t.name}
                  </Link>
                </td>
                <td className="px-4 py-2.5 text-stone-600 dark:text-stone-400">/tags/{t.slug}</td>
                <td className="px-4 py-2.5 text-right tabular-nums">{t.eventCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <AdminPagination
        path="/editor/tags"
        params={q ? { q } : {}}
        page={page}
        pages={Math.ceil(total / ADMIN_PAGE_SIZE)}
      />
    </div>
  );
}
