import type { Metadata } from 'next';
import Link from 'next/link';
import { ForbiddenNotice } from '@/components/cms/forbidden-notice';
import { ImportExportTabs } from '@/components/cms/import-export-tabs';
import { ImportWizard } from '@/components/cms/import-wizard';
import {
  DEFAULT_IMPORT_CATEGORY,
  getImportJob,
  IMPORT_MAX_BYTES,
  IMPORT_MAX_FILES,
  listImportCategoryOptions,
  listImportJobs,
  type ImportJobSummary,
} from '@/db/store';
import { authorizePage } from '@/server/cms-auth';

export const metadata: Metadata = { title: 'Import' };

const dateTime = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
});

const STATUS_LABELS: Record<ImportJobSummary['status'], string> = {
  previewed: 'Previewed, not imported',
  running: 'Importing',
  done: 'Imported',
  failed: 'Stopped',
};

export default async function AdminImportPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const me = await authorizePage('admin', '/admin/import');
  if (!me) return <ForbiddenNotice required="admin" />;
  const params = await searchParams;
  const jobId = typeof params.job === 'string' ? params.job : null;
  const [categories, jobs, job] = await Promise.all([
    listImportCategoryOptions(me),
    listImportJobs(me),
    jobId ? getImportJob(me, jobId) : Promise.resolve(null),
  ]);

  return (
    <div className="space-y-6">
      <ImportExportTabs current="import" />
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Import events</h1>
        <p className="mt-1 max-w-3xl text-stone-600 dark:text-stone-400">
          Upload Almanac exports, muffinlabs “Today in History” day files, Wikimedia “on this day”
          responses or byabbe.se “On this day” files (JSON, up to {IMPORT_MAX_BYTES / 1048576} MB
          and {IMPORT_MAX_FILES} files at once; a whole dump is for the command line,{' '}
          <code>npm run import -- &lt;folder&gt;</code>). You see what would change before anything
          is written. Importing the same file again changes nothing.
        </p>
      </div>
      {jobId && !job && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          That import no longer exists; upload the files again.
        </p>
      )}
      <ImportWizard
        key={job?.id ?? 'new'}
        categories={categories}
        defaultCategory={DEFAULT_IMPORT_CATEGORY}
        initialJob={job}
        maxBytes={IMPORT_MAX_BYTES}
        maxFiles={IMPORT_MAX_FILES}
      />
      {jobs.length > 0 && (
        <section aria-labelledby="recent-imports" className="space-y-2">
          <h2 id="recent-imports" className="text-lg font-semibold">
            Recent imports
          </h2>
          <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white text-sm shadow-sm dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
            {jobs.map((j) => (
              <li key={j.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 px-4 py-2.5">
                <Link
                  href={`/admin/import?job=${j.id}`}
                  className="min-w-0 flex-1 truncate font-medium text-amber-800 hover:underline dark:text-amber-300"
                >
                  {j.files.length === 1
                    ? j.files[0]
                    : `${j.files[0]} and ${j.files.length - 1} more`}
                </Link>
                <span className="text-stone-600 dark:text-stone-400">
                  {j.interrupted ? 'Interrupted: can be resumed' : STATUS_LABELS[j.status]}
                </span>
                <span className="text-xs text-stone-500 tabular-nums dark:text-stone-400">
                  {dateTime.format(new Date(j.createdAt))} UTC · {j.createdBy}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
