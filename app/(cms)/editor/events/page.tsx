import type { Metadata } from 'next';
import Link from 'next/link';
import { EventsList } from '@/components/cms/events-list';
import { bulkEventsAction } from './actions';
import { ForbiddenNotice } from '@/components/cms/forbidden-notice';
import { buttonClass } from '@/components/cms/ui';
import { authorizePage } from '@/server/cms-auth';
import { parseListFilters, type SearchParams } from '@/lib/events/editor-filters';

export const metadata: Metadata = { title: 'Events' };

export default async function EventsPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const me = await authorizePage('editor', '/editor/events');
  if (!me) return <ForbiddenNotice required="editor" />;
  const filters = parseListFilters(await searchParams);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Events</h1>
          <p className="mt-1 text-stone-600 dark:text-stone-400">
            Every event, whatever its status. Times are UTC.
          </p>
        </div>
        <div className="flex gap-2">
          <Link href="/editor/events/trash" className={buttonClass.ghost}>
            Trash
          </Link>
          <Link href="/editor/events/new" className={buttonClass.primary}>
            New event
          </Link>
        </div>
      </div>
      <EventsList user={me} filters={filters} base="/editor/events" bulkAction={bulkEventsAction} />
    </div>
  );
}
