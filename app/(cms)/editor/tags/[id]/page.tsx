import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AdminForm } from '@/components/cms/admin-form';
import { ForbiddenNotice } from '@/components/cms/forbidden-notice';
import { Card, Notice } from '@/components/cms/ui';
import { getTagForEditor, listTagOptions } from '@/db/store';
import { authorizePage } from '@/server/cms-auth';
import { noticeText, readNotice } from '../../../admin/categories/form-state';
import { deleteTagAction, mergeTagsAction, renameTagAction } from '../actions';

export const metadata: Metadata = { title: 'Edit tag' };

export default async function EditTagPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id: rawId } = await params;
  const me = await authorizePage('editor', `/editor/tags/${rawId}`);
  if (!me) return <ForbiddenNotice required="editor" />;
  const id = Number(rawId);
  if (!Number.isInteger(id)) notFound();
  const [tag, options, query] = await Promise.all([
    getTagForEditor(me, id),
    listTagOptions(me),
    searchParams,
  ]);
  if (!tag) notFound();
  const notice = noticeText(readNotice(query, ['tag-renamed', 'tag-merged']), tag.name);
  const others = options
    .filter((o) => o.id !== id)
    .map((o) => ({ value: String(o.id), label: o.name }));

  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link href="/editor/tags" className="text-amber-800 hover:underline dark:text-amber-300">
            ← Tags
          </Link>
        </p>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight">{tag.name}</h1>
        <p className="mt-1 text-stone-600 dark:text-stone-400">
          {tag.eventCount} {tag.eventCount === 1 ? 'event' : 'events'} ·{' '}
          <Link href={`/tags/${tag.slug}`} className="hover:underline">
            /tags/{tag.slug}
          </Link>
        </p>
      </div>
      {notice && <Notice tone="success">{notice}</Notice>}
      <div className="grid items-start gap-6 lg:grid-cols-2">
        <Card>
          <h2 id="rename-tag-heading" className="text-lg font-semibold">
            Rename
          </h2>
          <div className="mt-4">
            <AdminForm
              action={renameTagAction.bind(null, tag.id)}
              idPrefix="rename-tag"
              labelledBy="rename-tag-heading"
              submitLabel="Rename tag"
              pendingLabel="Renaming…"
              fields={[
                {
                  name: 'name',
                  label: 'Name',
                  required: true,
                  maxLength: 60,
                  defaultValue: tag.name,
                  hint: 'The address (/tags/…) follows the name; the old address stops working.',
                },
              ]}
            />
          </div>
        </Card>
        <div className="space-y-6">
          <Card>
            <h2 id="merge-tag-heading" className="text-lg font-semibold">
              Merge into another tag
            </h2>
            <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
              Its events get the tag you choose (once each), and {tag.name} is deleted.
            </p>
            <div className="mt-4">
              <AdminForm
                action={mergeTagsAction.bind(null, tag.id)}
                idPrefix="merge-tag"
                labelledBy="merge-tag-heading"
                submitLabel="Merge"
                pendingLabel="Merging…"
                variant="danger"
                confirm={{
                  title: `Merge ${tag.name} into {targetId}?`,
                  body: `Its ${tag.eventCount} ${tag.eventCount === 1 ? 'event gets' : 'events get'} the tag {targetId}, and ${tag.name} is deleted. This cannot be undone.`,
                  confirmLabel: 'Merge',
                }}
                fields={[
                  {
                    name: 'targetId',
                    label: 'Merge into',
                    type: 'select',
                    options: [{ value: '', label: 'Choose a tag…' }, ...others],
                  },
                ]}
              />
            </div>
          </Card>
          {tag.eventCount === 0 && (
            <Card>
              <h2 id="delete-tag-heading" className="text-lg font-semibold">
                Delete
              </h2>
              <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
                No event uses this tag.
              </p>
              <div className="mt-4">
                <AdminForm
                  action={deleteTagAction.bind(null, tag.id)}
                  idPrefix="delete-tag"
                  labelledBy="delete-tag-heading"
                  submitLabel="Delete tag"
                  pendingLabel="Deleting…"
                  variant="danger"
                  confirm={{
                    title: `Delete the tag ${tag.name}?`,
                    body: 'No event uses it. This cannot be undone.',
                    confirmLabel: 'Delete tag',
                  }}
                  fields={[]}
                />
              </div>
            </Card>
          )}
        </div>
      </div>
    </div>
  );
}
