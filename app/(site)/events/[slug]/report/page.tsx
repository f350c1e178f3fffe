import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getReportableEvent } from '@/db/store';
import { shortTitle } from '@/lib/events/short-title';
import { sitePaths } from '@/lib/site-urls';
import { emptyReportValues } from '@/lib/validation/correction';
import { decodeParam } from '../../../_lib/params';
import { submitReportAction } from './actions';
import { ReportForm } from './report-form';
import { issueReportFormToken } from './report-secret';

// Each visit gets a freshly signed "form shown at" token, so this page is rendered per request;
// the event page it comes from stays cached.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Report an error', robots: { index: false } };

type Props = { params: Promise<{ slug: string }> };

export default async function ReportPage({ params }: Props) {
  const slug = decodeParam((await params).slug);
  const event = await getReportableEvent(slug);
  if (!event) notFound();
  const token = issueReportFormToken(event.id);
  return (
    <article className="mx-auto max-w-2xl">
      <p className="eyebrow">Report an error</p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight sm:text-4xl">
        What is wrong with “{shortTitle(event.title)}”?
      </h1>
      <p className="mt-3 text-ink-soft">
        Tell our editors what is wrong and where the right information can be found. No account is
        needed. Back to <a href={sitePaths.event(event.slug)}>the event</a>.
      </p>
      <ReportForm
        action={submitReportAction.bind(null, event.slug)}
        token={token}
        initialValues={emptyReportValues()}
      />
    </article>
  );
}
