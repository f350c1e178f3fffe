const formatPublishAt = (iso: string) =>
  `${new Date(iso).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/**
 * Shown above a public page rendered as an editor's preview (server/preview.ts): what they see is
 * not public yet, with the way back to the editor and out of preview mode.
 */
export function PreviewBanner({
  status,
  publishAt,
  eventId,
}: {
  /** The previewed event's status, or null on a page that does not show it. */
  status: string | null;
  publishAt: string | null;
  eventId: number | null;
}) {
  const isPublic = status === 'published';
  const detail =
    status === null
      ? 'This page is shown as it is stored, not from the public cache.'
      : isPublic
        ? 'This event is public; the page is shown as stored, not from the public cache.'
        : publishAt
          ? `Scheduled: readers see it from ${formatPublishAt(publishAt)}. Until then its address answers “page not found”.`
          : `A ${status}: readers get “page not found” at this address until it is published.`;
  return (
    <aside
      aria-label="Preview"
      className="sticky top-0 z-50 border-b-2 border-amber-600 bg-amber-100 text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50"
    >
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2.5 text-sm">
        <p className="min-w-[min(100%,18rem)] flex-1">
          <strong className="font-semibold">
            {isPublic ? 'Preview mode' : 'Preview — not public'}
          </strong>{' '}
          <span className="opacity-90">{detail}</span>
        </p>
        <div className="flex flex-wrap items-center gap-2">
          {eventId !== null && (
            <a
              href={`/editor/events/${eventId}`}
              className="rounded-md px-2.5 py-1.5 font-medium underline underline-offset-4"
            >
              Back to the editor
            </a>
          )}
          <form method="post" action="/api/cms/preview/exit">
            <button
              type="submit"
              className="rounded-md border border-amber-700 bg-white px-3 py-1.5 font-medium text-amber-950 hover:bg-amber-50 dark:border-amber-300 dark:bg-amber-900 dark:text-amber-50"
            >
              Exit preview
            </button>
          </form>
        </div>
      </div>
    </aside>
  );
}
