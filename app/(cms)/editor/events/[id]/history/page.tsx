import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { EventWorkflowButton } from '@/components/cms/event-workflow-button';
import { ForbiddenNotice } from '@/components/cms/forbidden-notice';
import { ReviewSteps } from '@/components/cms/review-steps';
import { RevisionDiff } from '@/components/cms/revision-diff';
import { buttonClass, Notice } from '@/components/cms/ui';
import { getEventHeading, getRevisionsByVersion, listRevisions } from '@/db/store';
import { diffSnapshots } from '@/lib/revisions/diff';
import { authorizePage } from '@/server/cms-auth';
import { restoreRevisionAction } from '../../actions';
import { parseEventId, type SearchParams } from '@/lib/events/editor-filters';

export const metadata: Metadata = { title: 'History' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

const timeFormat = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
});

/** What a restore leaves as it is now (see lib/revisions/restore.ts). */
const KEPT_ON_RESTORE = new Set(['status', 'slug']);

const listLabels = (labels: readonly string[]) =>
  labels.length <= 1
    ? (labels[0] ?? '')
    : `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;

const versionParam = (v: unknown) =>
  typeof v === 'string' && /^\d{1,9}$/.test(v) ? Number(v) : null;

/** Every saved version of an event: compare any two side by side, restore any earlier one. */
export default async function EventHistoryPage({ params, searchParams }: Props) {
  const { id: raw } = await params;
  const me = await authorizePage('editor', `/editor/events/${raw}/history`);
  if (!me) return <ForbiddenNotice required="editor" />;
  const id = parseEventId(raw);
  if (id === null) notFound();
  const [event, revisions, query] = await Promise.all([
    getEventHeading(me, id),
    listRevisions(me, id),
    searchParams,
  ]);
  if (!event) notFound();

  // Default: the newest version against the one before it.
  const to = versionParam(query.to) ?? revisions[0]?.version ?? null;
  const from =
    versionParam(query.from) ??
    revisions.find((r) => to !== null && r.version < to)?.version ??
    null;
  const pair =
    from !== null && to !== null ? await getRevisionsByVersion(me, id, [from, to]) : new Map();
  const before = from === null ? undefined : pair.get(from);
  const after = to === null ? undefined : pair.get(to);
  const changes = before && after ? diffSnapshots(before.snapshot, after.snapshot) : null;
  const restore = (revisionId: number) => restoreRevisionAction.bind(null, id, revisionId);
  // What each restore would bring back: its content against the event as stored (the newest
  // revision), without what a restore keeps as it is now (status, schedule, address).
  const snapshots = await getRevisionsByVersion(
    me,
    id,
    revisions.slice(0, 100).map((r) => r.version),
  );
  const current = snapshots.get(event.version)?.snapshot;
  const restores = (version: number): string[] | null => {
    const old = snapshots.get(version)?.snapshot;
    if (!old || !current) return null;
    return diffSnapshots(current, old)
      .filter((c) => !KEPT_ON_RESTORE.has(c.field))
      .map((c) => c.label);
  };

  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link
            href={`/editor/events/${id}`}
            className="text-amber-800 underline-offset-4 hover:underline dark:text-amber-300"
          >
            ← Back to the event
          </Link>
        </p>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight">History: {event.title}</h1>
        <p className="mt-1 text-stone-600 dark:text-stone-400">
          Every save is kept. Restoring a version brings its content back as a new version; its
          status and schedule stay as they are now, and so does its address (
          <code className="text-sm">/events/{event.slug}</code>), so links to it keep working. A
          version that had another address offers to bring that back too; the current address then
          redirects to it. Times are UTC.
        </p>
      </div>

      {event.deletedAt && (
        <Notice tone="info">
          This event is in the trash: restore it before restoring a version.
        </Notice>
      )}

      <section aria-labelledby="diff-heading" className="space-y-3">
        <h2 id="diff-heading" className="text-lg font-semibold">
          {before && after
            ? `Changes from version ${before.version} to version ${after.version}`
            : 'Changes'}
        </h2>
        {changes && before && after ? (
          <RevisionDiff
            changes={changes}
            beforeLabel={`Version ${before.version}`}
            afterLabel={`Version ${after.version}${after.version === event.version ? ' (current)' : ''}`}
          />
        ) : (
          <p className="text-stone-600 dark:text-stone-400">
            {revisions.length < 2
              ? 'There is only one version so far.'
              : 'Choose two versions to compare.'}
          </p>
        )}
      </section>

      <section aria-labelledby="versions-heading" className="space-y-3">
        <h2 id="versions-heading" className="text-lg font-semibold">
          Versions
        </h2>
        <form id="compare" method="get" action={`/editor/events/${id}/history`} />
        <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white shadow-sm dark:border-stone-800 dark:bg-stone-900">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-stone-200 bg-stone-50 text-xs tracking-wide text-stone-600 uppercase dark:border-stone-800 dark:bg-stone-950 dark:text-stone-400">
              <tr>
                <th scope="col" className="px-3 py-2">
                  From
                </th>
                <th scope="col" className="px-3 py-2">
                  To
                </th>
                <th scope="col" className="px-3 py-2">
                  Version
                </th>
                <th scope="col" className="px-3 py-2">
                  Saved
                </th>
                <th scope="col" className="px-3 py-2">
                  Note
                </th>
                <th scope="col" className="px-3 py-2">
                  <span className="sr-only">Restore</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-200 align-top dark:divide-stone-800">
              {revisions.map((r) => (
                <tr key={r.id}>
                  <td className="px-3 py-2.5">
                    <input
                      type="radio"
                      form="compare"
                      name="from"
                      value={r.version}
                      defaultChecked={r.version === from}
                      aria-label={`Compare from version ${r.version}`}
                      className="size-4 accent-amber-700"
                    />
                  </td>
                  <td className="px-3 py-2.5">
                    <input
                      type="radio"
                      form="compare"
                      name="to"
                      value={r.version}
                      defaultChecked={r.version === to}
                      aria-label={`Compare to version ${r.version}`}
                      className="size-4 accent-amber-700"
                    />
                  </td>
                  <td className="px-3 py-2.5 font-medium tabular-nums">
                    {r.version}
                    {r.version === event.version && (
                      <span className="ml-1.5 text-xs font-normal text-stone-500 dark:text-stone-400">
                        current
                      </span>
                    )}
                  </td>
                  <td className="px-3 py-2.5 whitespace-nowrap">
                    {timeFormat.format(r.createdAt)}
                    <span className="block text-xs text-stone-500 dark:text-stone-400">
                      {r.authorName ?? 'Automatic (import or scheduler)'}
                    </span>
                  </td>
                  <td className="px-3 py-2.5">
                    {r.note ?? <span className="text-stone-400">—</span>}
                  </td>
                  <td className="px-3 py-2.5">
                    {r.version !== event.version && !event.deletedAt && (
                      <EventWorkflowButton
                        action={restore(r.id)}
                        version={event.version}
                        label="Restore"
                        pendingLabel="Restoring…"
                        description={`version ${r.version}`}
                        confirm={{
                          title: `Restore version ${r.version}?`,
                          body: (() => {
                            const fields = restores(r.version);
                            const kept =
                              'Status, schedule and address stay as they are now; the restore is saved as a new version.';
                            if (fields === null) return kept;
                            return fields.length === 0
                              ? `Version ${r.version} has the same content as now. ${kept}`
                              : `It changes ${listLabels(fields)} back to version ${r.version}. ${kept}`;
                          })(),
                          confirmLabel: `Restore version ${r.version}`,
                        }}
                      >
                        {(() => {
                          const fields = restores(r.version);
                          return (
                            fields && (
                              <p className="max-w-64 text-xs text-stone-600 dark:text-stone-400">
                                {fields.length === 0
                                  ? 'Same content as now.'
                                  : `Changes back: ${listLabels(fields)}.`}
                              </p>
                            )
                          );
                        })()}
                        {r.slug && r.slug !== event.slug && (
                          <label className="flex max-w-64 items-start gap-2 text-xs text-stone-600 dark:text-stone-400">
                            <input
                              type="checkbox"
                              name="restoreSlug"
                              className="mt-0.5 size-4 shrink-0 accent-amber-700"
                            />
                            <span>
                              Also restore its old address{' '}
                              <code className="wrap-anywhere">/events/{r.slug}</code> (the current
                              one will redirect there)
                              <span className="sr-only"> when restoring version {r.version}</span>
                            </span>
                          </label>
                        )}
                      </EventWorkflowButton>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <button type="submit" form="compare" className={buttonClass.primary}>
          Compare selected versions
        </button>
      </section>

      <ReviewSteps user={me} eventId={id} />
    </div>
  );
}
