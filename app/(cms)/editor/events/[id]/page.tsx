import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { EventForm } from '@/components/cms/event-form/event-form';
import { PresenceNotice } from '@/components/cms/event-form/presence-notice';
import { EventStatusBadge } from '@/components/cms/event-status-badge';
import { EventWorkflowButton } from '@/components/cms/event-workflow-button';
import { ForbiddenNotice } from '@/components/cms/forbidden-notice';
import { PreviewButtons } from '@/components/cms/preview-buttons';
import { buttonClass, Notice } from '@/components/cms/ui';
import { getAutosave, getEventForEditor, listCategoryOptions } from '@/db/store';
import { OtherSources } from '@/components/cms/other-sources';
import { SourceLinks } from '@/components/cms/source-links';
import { authorizePage, editorsSubmitForReview } from '@/server/cms-auth';
import { eventStatusAction, previewMarkdownAction, saveEventAction } from '../actions';
import { parseEventId, type SearchParams } from '@/lib/events/editor-filters';
import { ReviewSection } from './review-section';

export const metadata: Metadata = { title: 'Edit event' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

const SAVED: Record<string, string> = {
  created: 'Event created.',
  updated: 'Saved.',
  restore: 'Restored from the trash.',
  'restore-draft':
    'Restored from the trash as a draft: it cannot be published as it is (it needs a summary).',
  restored: 'Earlier version restored as a new version. Its address stayed as it was.',
  'restored-address':
    'Earlier version restored as a new version, with its old address: the address it had until now redirects there.',
  'restored-address-taken':
    'Earlier version restored as a new version. Its old address belongs to another event now, so the address stayed as it was.',
  publish: 'Published.',
  unpublish: 'Unpublished: it is a draft again.',
  archive: 'Archived.',
  'review-submitted': 'Sent for review.',
  'review-published': 'Approved and published.',
  'review-scheduled': 'Approved and scheduled.',
  'review-sent-back': 'Sent back to the editor with your note.',
};

const timeFormat = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
});

export default async function EditEventPage({ params, searchParams }: Props) {
  const { id: raw } = await params;
  const me = await authorizePage('editor', `/editor/events/${raw}`);
  if (!me) return <ForbiddenNotice required="editor" />;
  const id = parseEventId(raw);
  if (id === null) notFound();
  const [event, categories, query, autosave, reviewRequired] = await Promise.all([
    getEventForEditor(me, id),
    listCategoryOptions(me),
    searchParams,
    getAutosave(me, { eventId: id }),
    editorsSubmitForReview(me),
  ]);
  if (!event) notFound();
  // Own keys only: `?saved=__proto__` or `constructor` must not reach the page as a notice.
  const saved =
    typeof query.saved === 'string' && Object.hasOwn(SAVED, query.saved)
      ? SAVED[query.saved]
      : undefined;
  const statusAction = eventStatusAction.bind(null, event.id);
  const isPublic = event.status === 'published' && !event.deletedAt;

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
        <h1 className="mt-1 text-2xl font-semibold tracking-tight">{event.title}</h1>
        <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-2 text-sm text-stone-600 dark:text-stone-400">
          <EventStatusBadge
            status={event.status}
            publishAt={event.publishAt}
            deletedAt={event.deletedAt}
          />
          <span>
            Version {event.version} · changed {timeFormat.format(event.updatedAt)} UTC
            {event.updatedByName ? ` by ${event.updatedByName}` : ''}
          </span>
        </div>
        <div className="mt-3 flex flex-wrap items-start gap-2">
          {isPublic && (
            <a
              href={`/events/${event.slug}`}
              target="_blank"
              className={`${buttonClass.secondary} py-1.5`}
            >
              View on the site
            </a>
          )}
          {!isPublic && !event.deletedAt && (
            <PreviewButtons
              eventId={event.id}
              hasDay={
                event.values.precision === 'day' && !!event.values.month && !!event.values.day
              }
            />
          )}
          <Link
            href={`/editor/events/${event.id}/history`}
            className={`${buttonClass.secondary} py-1.5`}
          >
            History
          </Link>
          {event.deletedAt ? (
            <EventWorkflowButton
              action={statusAction}
              name="action"
              value="restore"
              version={event.version}
              label="Restore from the trash"
              pendingLabel="Restoring…"
              variant="primary"
            />
          ) : (
            <EventWorkflowButton
              action={statusAction}
              name="action"
              value="trash"
              version={event.version}
              label="Move to trash"
              pendingLabel="Moving…"
              variant="danger"
              confirm={{
                title: 'Move this event to the trash?',
                body: `“${event.title}” is hidden from readers and search at once. It can be restored from the trash.`,
                confirmLabel: 'Move to trash',
              }}
            />
          )}
        </div>
      </div>

      {saved && <Notice tone="success">{saved}</Notice>}
      {!event.deletedAt && <ReviewSection me={me} event={event} />}

      {event.deletedAt ? (
        <Notice tone="info">
          This event is in the trash (since {timeFormat.format(event.deletedAt)} UTC): readers
          cannot see it. Restore it to edit it again.
        </Notice>
      ) : (
        <>
          <PresenceNotice eventId={event.id} />
          <EventForm
            key={event.id}
            action={saveEventAction.bind(null, event.id)}
            initialValues={event.values}
            source={event.source}
            stored={{
              kind: 'edit',
              version: event.version,
              updatedById: event.updatedById,
              updatedAt: event.updatedAt.getTime(),
              me: me.id,
            }}
            justSaved={saved !== undefined}
            autosave={autosave && { ...autosave, savedAt: autosave.savedAt.toISOString() }}
            categories={categories}
            eventId={event.id}
            previewAction={previewMarkdownAction}
            submitLabel="Save changes"
            reviewRequired={reviewRequired}
          />
        </>
      )}
      <SourceLinks links={event.sourceLinks} />
      <OtherSources sources={event.otherSources} />
    </div>
  );
}
