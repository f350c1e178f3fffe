import type { Metadata } from 'next';
import Link from 'next/link';
import { EventsList } from '@/components/cms/events-list';
import { bulkEventsAction, emptyTrashAction } from '../actions';
import { EmptyTrashForm } from '@/components/cms/empty-trash-form';
import { countTrash } from '@/db/store';
import { hasRole } from '@/lib/auth/roles';
import { ForbiddenNotice } from '@/components/cms/forbidden-notice';
import { Notice } from '@/components/cms/ui';
import { authorizePage } from '@/server/cms-auth';
import { parseListFilters, type SearchParams } from '@/lib/events/editor-filters';

export const metadata: Metadata = { title: 'Trash' };

export default async function TrashPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const me = await authorizePage('editor', '/editor/events/trash');
  if (!me) return <ForbiddenNotice required="editor" />;
  const params = await searchParams;
  const filters = parseListFilters(params);
  const inTrash = hasRole(me.role, 'admin') ? await countTrash(me) : 0;
  // Only an event number: the URL picks the notice, never its words.
  const trashed =
    typeof params.trashed === 'string' && /^\d{1,10}$/.test(params.trashed) ? params.trashed : null;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <p className="text-sm">
            <Link
              href="/editor/events"
              className="text-amber-800 underline-offset-4 hover:underline dark:text-amber-300"
            >
              ← All events
            </Link>
          </p>
          <h1 className="mt-1 text-2xl font-semibold tracking-tight">Trash</h1>
          <p className="mt-1 text-stone-600 dark:text-stone-400">
            Events in the trash are hidden from readers and search. Restore one to bring it back as
            it was, with its history.{' '}
            {hasRole(me.role, 'admin')
              ? 'Deleting for good cannot be undone.'
              : 'Only an admin can delete events for good.'}
          </p>
        </div>
        {hasRole(me.role, 'admin') && <EmptyTrashForm action={emptyTrashAction} count={inTrash} />}
      </div>
      {trashed && (
        <Notice tone="success">
          Event #{trashed} is in the trash. Select it below and choose Restore to undo.
        </Notice>
      )}
      <EventsList
        user={me}
        filters={filters}
        base="/editor/events/trash"
        bulkAction={bulkEventsAction}
      />
    </div>
  );
}
