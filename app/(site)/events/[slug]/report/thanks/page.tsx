import type { Metadata } from 'next';
import { sitePaths } from '@/lib/site-urls';
import { decodeParam } from '../../../../_lib/params';

export const metadata: Metadata = { title: 'Thank you for your report', robots: { index: false } };

type Props = { params: Promise<{ slug: string }> };

export default async function ReportThanksPage({ params }: Props) {
  const slug = decodeParam((await params).slug);
  return (
    <article className="mx-auto max-w-2xl">
      <p className="eyebrow">Report an error</p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight sm:text-4xl">Thank you</h1>
      <p className="mt-3 text-ink-soft" role="status">
        Your report has been sent to our editors. They check every report against its source.
      </p>
      <p className="mt-6">
        <a href={sitePaths.event(slug)}>Back to the event</a>
      </p>
    </article>
  );
}
