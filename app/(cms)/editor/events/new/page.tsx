import type { Metadata } from 'next';
import Link from 'next/link';
import { EventForm } from '@/components/cms/event-form/event-form';
import { ForbiddenNotice } from '@/components/cms/forbidden-notice';
import { getAutosave, getMyLatestCreatedEvent, listCategoryOptions } from '@/db/store';
import { authorizePage, editorsSubmitForReview } from '@/server/cms-auth';
import { emptyEventFormValues } from '@/lib/validation/event';
import { previewMarkdownAction, saveEventAction } from '../actions';

export const metadata: Metadata = { title: 'New event' };

export default async function NewEventPage() {
  const me = await authorizePage('editor', '/editor/events/new');
  if (!me) return <ForbiddenNotice required="editor" />;
  const [categories, latest, autosave, reviewRequired] = await Promise.all([
    listCategoryOptions(me),
    getMyLatestCreatedEvent(me),
    getAutosave(me, { eventId: null }),
    editorsSubmitForReview(me),
  ]);
  return (
    <div className="mx-auto max-w-3xl space-y-6 lg:max-w-6xl">
      <div>
        <p className="text-sm">
          <Link
            href="/editor/events"
            className="text-amber-800 underline-offset-4 hover:underline dark:text-amber-300"
          >
            ← All events
          </Link>
        </p>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight">New event</h1>
        <p className="mt-1 text-stone-600 dark:text-stone-400">
          It stays a draft until you publish or schedule it.
        </p>
      </div>
      <EventForm
        action={saveEventAction.bind(null, null)}
        initialValues={emptyEventFormValues()}
        stored={{
          kind: 'new',
          latest: latest && { ...latest, createdAt: latest.createdAt.getTime() },
        }}
        autosave={autosave && { ...autosave, savedAt: autosave.savedAt.toISOString() }}
        categories={categories}
        eventId={null}
        previewAction={previewMarkdownAction}
        submitLabel="Create event"
        reviewRequired={reviewRequired}
      />
    </div>
  );
}
