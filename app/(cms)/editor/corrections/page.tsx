import type { Metadata } from 'next';
import Link from 'next/link';
import { CorrectionResolveForms } from '@/components/cms/corrections-resolve-forms';
import { ForbiddenNotice } from '@/components/cms/forbidden-notice';
import { Card, Notice } from '@/components/cms/ui';
import { listCorrections, type CorrectionStatus } from '@/db/store';
import { CORRECTION_STATUSES } from '@/lib/corrections';
import { sitePaths } from '@/lib/site-urls';
import { authorizePage } from '@/server/cms-auth';
import { acceptCorrectionAction, rejectCorrectionAction } from './actions';

export const metadata: Metadata = { title: 'Corrections' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const FILTERS: readonly { value: CorrectionStatus | 'all'; label: string }[] = [
  { value: 'open', label: 'Open' },
  { value: 'accepted', label: 'Accepted' },
  { value: 'rejected', label: 'Rejected' },
  { value: 'all', label: 'All' },
];

const when = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
});
const STATUS_LABEL = { open: 'Open', accepted: 'Accepted', rejected: 'Rejected' } as const;
const STATUS_CLASS = {
  open: 'bg-amber-100 text-amber-900 dark:bg-amber-900/40 dark:text-amber-100',
  accepted: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900/40 dark:text-emerald-100',
  rejected: 'bg-stone-200 text-stone-800 dark:bg-stone-700 dark:text-stone-100',
} as const;

export default async function CorrectionsPage({ searchParams }: Props) {
  const user = await authorizePage('editor', '/editor/corrections');
  if (!user) return <ForbiddenNotice required="editor" />;
  const sp = await searchParams;
  const raw = sp.status;
  const resolved = sp.resolved === 'accepted' || sp.resolved === 'rejected' ? sp.resolved : null;
  const status: CorrectionStatus | 'all' =
    raw === 'all' ||
    (typeof raw === 'string' && (CORRECTION_STATUSES as readonly string[]).includes(raw))
      ? (raw as CorrectionStatus | 'all')
      : 'open';
  const rows = await listCorrections(user, { status });

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Corrections</h1>
        <p className="mt-1 text-stone-600 dark:text-stone-400">
          Reports from readers. Fix the event, then accept the report with the revision that fixed
          it, or reject it with a note.
        </p>
      </div>
      {resolved ? <Notice tone="success">Report {resolved}.</Notice> : null}
      <nav aria-label="Filter by status" className="flex flex-wrap gap-2">
        {FILTERS.map((f) => (
          <Link
            key={f.value}
            href={`/editor/corrections?status=${f.value}`}
            aria-current={f.value === status ? 'page' : undefined}
            className="rounded-full border border-stone-300 px-3 py-1 text-sm font-medium hover:border-amber-500 aria-[current=page]:border-stone-900 aria-[current=page]:bg-stone-900 aria-[current=page]:text-white dark:border-stone-600 dark:aria-[current=page]:bg-stone-100 dark:aria-[current=page]:text-stone-900"
          >
            {f.label}
          </Link>
        ))}
      </nav>

      {rows.length === 0 ? (
        <p className="text-stone-600 dark:text-stone-400">
          No {status === 'all' ? '' : `${status} `}reports.
        </p>
      ) : (
        <ul className="space-y-4" aria-label="Reports">
          {rows.map((c) => (
            <li key={c.id}>
              <Card>
                <article aria-labelledby={`correction-${c.id}-title`}>
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <h2 id={`correction-${c.id}-title`} className="text-lg font-semibold">
                      {c.event.title}
                    </h2>
                    <span
                      className={`rounded-full px-2 py-0.5 text-xs font-semibold ${STATUS_CLASS[c.status]}`}
                    >
                      {STATUS_LABEL[c.status]}
                    </span>
                  </div>
                  <p className="mt-0.5 text-xs text-stone-500 dark:text-stone-400">
                    Reported {when.format(c.createdAt)} UTC ·{' '}
                    <Link href={`/editor/events/${c.event.id}`}>Open event editor</Link> ·{' '}
                    <a href={sitePaths.event(c.event.slug)}>Public page</a>
                  </p>
                  <dl className="mt-3 space-y-2 text-sm [&_dt]:font-medium [&_dt]:text-stone-600 dark:[&_dt]:text-stone-400">
                    <div>
                      <dt>What is wrong</dt>
                      <dd className="whitespace-pre-wrap">{c.description}</dd>
                    </div>
                    {c.suggestedSource ? (
                      <div>
                        <dt>Source</dt>
                        <dd className="break-words">{c.suggestedSource}</dd>
                      </div>
                    ) : null}
                    {c.contact ? (
                      <div>
                        <dt>Contact</dt>
                        <dd className="break-words">{c.contact}</dd>
                      </div>
                    ) : null}
                    {c.status !== 'open' ? (
                      <div>
                        <dt>Resolution</dt>
                        <dd>
                          {STATUS_LABEL[c.status]} by {c.resolverName ?? 'a former user'}
                          {c.resolvedAt ? ` on ${when.format(c.resolvedAt)} UTC` : ''}
                          {c.fixRevision ? (
                            <>
                              {' '}
                              ·{' '}
                              <Link href={`/editor/events/${c.event.id}/history`}>
                                fixed in revision {c.fixRevision.version}
                              </Link>
                            </>
                          ) : null}
                          {c.resolutionNote ? (
                            <span className="block">Note: {c.resolutionNote}</span>
                          ) : null}
                        </dd>
                      </div>
                    ) : null}
                  </dl>
                  {c.status === 'open' ? (
                    <CorrectionResolveForms
                      correctionId={c.id}
                      revisions={c.revisionsSince.map((r) => ({
                        id: r.id,
                        label: `Revision ${r.version} · ${when.format(r.createdAt)} UTC${r.authorName ? ` · ${r.authorName}` : ''}`,
                      }))}
                      acceptAction={acceptCorrectionAction}
                      rejectAction={rejectCorrectionAction}
                    />
                  ) : null}
                </article>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
