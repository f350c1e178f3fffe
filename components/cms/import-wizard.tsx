'use client';

import Link from 'next/link';
import { useEffect, useId, useRef, useState, type FormEvent, type RefObject } from 'react';
import type { ImportJobView } from '@/db/store';
import type { ImportFormat } from '@/lib/import';
import { SKIP_CODES, type Skip, type SkipCode } from '@/lib/import/types';
import { buttonClass, Card, hintClass, inputClass, labelClass, Notice } from './ui';

// The admin's import, step by step: choose files and options → preview (counts, every row that
// would be skipped and why) → import with progress (the page polls the job) → result. The job
// lives on the server: a reload, or coming back later, finds it again through ?job=.

type Props = {
  categories: { slug: string; name: string }[];
  defaultCategory: string;
  initialJob: ImportJobView | null;
  maxBytes: number;
  maxFiles: number;
};

const number = new Intl.NumberFormat('en-GB');
const fmt = (n: number) => number.format(n);
const FORMAT_LABELS: Record<ImportFormat, string> = {
  almanac: 'Almanac export',
  muffinlabs: 'muffinlabs day file',
  wikimedia: 'Wikimedia on this day',
  byabbe: 'byabbe.se on this day',
};
const POLL_MS = 700;

async function readError(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: string };
    if (body.error) return body.error;
  } catch {
    // not JSON: fall through
  }
  return `The server answered ${response.status}. Try again.`;
}

function setJobInUrl(id: string | null) {
  window.history.replaceState(null, '', id ? `/admin/import?job=${id}` : '/admin/import');
}

export function ImportWizard({
  categories,
  defaultCategory,
  initialJob,
  maxBytes,
  maxFiles,
}: Props) {
  const [job, setJob] = useState<ImportJobView | null>(initialJob);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<null | 'upload' | 'start' | 'cancel'>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const polling = job?.status === 'running' && !job.interrupted;
  useEffect(() => {
    if (!polling || !job) return;
    let stopped = false;
    const id = job.id;
    const timer = window.setInterval(async () => {
      try {
        const response = await fetch(`/api/cms/import/${id}`, { cache: 'no-store' });
        if (stopped) return;
        if (!response.ok) {
          setError(await readError(response));
          return;
        }
        const body = (await response.json()) as { job: ImportJobView };
        setJob(body.job);
      } catch {
        // A missed poll (network blip) is tried again on the next tick.
      }
    }, POLL_MS);
    return () => {
      stopped = true;
      window.clearInterval(timer);
    };
  }, [polling, job?.id]); // eslint-disable-line react-hooks/exhaustive-deps

  // Move focus to the new step's heading, so keyboard and screen-reader users follow along.
  const step = job ? (job.status === 'previewed' ? 'preview' : job.status) : 'choose';
  useEffect(() => {
    if (step !== 'choose') headingRef.current?.focus();
  }, [step]);

  async function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const form = new FormData(event.currentTarget);
    const files = form.getAll('file').filter((f): f is File => typeof f !== 'string' && f.size > 0);
    if (files.length === 0) return setError('Choose at least one JSON file.');
    if (files.length > maxFiles) return setError(`Choose at most ${maxFiles} files at once.`);
    const total = files.reduce((n, f) => n + f.size, 0);
    if (total > maxBytes)
      return setError(
        `The files come to ${(total / 1048576).toFixed(1)} MB; the limit is ${maxBytes / 1048576} MB at once. Import them in parts.`,
      );
    setBusy('upload');
    try {
      const response = await fetch('/api/cms/import', { method: 'POST', body: form });
      if (!response.ok) return setError(await readError(response));
      const body = (await response.json()) as { job: ImportJobView };
      setJob(body.job);
      setJobInUrl(body.job.id);
    } catch {
      setError('The upload did not reach the server. Check the connection and try again.');
    } finally {
      setBusy(null);
    }
  }

  async function start() {
    if (!job) return;
    setError(null);
    setBusy('start');
    try {
      const response = await fetch(`/api/cms/import/${job.id}`, { method: 'POST' });
      if (!response.ok) return setError(await readError(response));
      setJob(((await response.json()) as { job: ImportJobView }).job);
    } catch {
      setError('The request did not reach the server. Check the connection and try again.');
    } finally {
      setBusy(null);
    }
  }

  async function startOver(discard: boolean) {
    setError(null);
    if (discard && job) {
      setBusy('cancel');
      try {
        await fetch(`/api/cms/import/${job.id}`, { method: 'DELETE' });
      } catch {
        // Old jobs are cleaned up anyway.
      } finally {
        setBusy(null);
      }
    }
    setJob(null);
    setJobInUrl(null);
  }

  const errorNotice = (
    <div aria-live="assertive">{error && <Notice tone="error">{error}</Notice>}</div>
  );

  if (!job) {
    return (
      <>
        {errorNotice}
        <ChooseForm
          categories={categories}
          defaultCategory={defaultCategory}
          busy={busy === 'upload'}
          onSubmit={upload}
        />
      </>
    );
  }

  const categoryName =
    categories.find((c) => c.slug === job.options.category)?.name ?? job.options.category;
  return (
    <div className="space-y-6">
      {errorNotice}
      {job.status === 'previewed' && (
        <PreviewPanel
          job={job}
          categoryName={categoryName}
          headingRef={headingRef}
          busy={busy}
          onStart={start}
          onCancel={() => startOver(true)}
        />
      )}
      {job.status === 'running' && (
        <ProgressPanel job={job} headingRef={headingRef} busy={busy === 'start'} onResume={start} />
      )}
      {job.status === 'failed' && (
        <Card className="space-y-4">
          <h2 ref={headingRef} tabIndex={-1} className="text-lg font-semibold focus:outline-none">
            The import stopped
          </h2>
          <Notice tone="error">{job.error ?? 'The import stopped.'}</Notice>
          {job.progress && <ProgressBar job={job} />}
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              className={buttonClass.primary}
              disabled={busy !== null}
              onClick={start}
            >
              {busy === 'start' ? 'Resuming…' : 'Resume the import'}
            </button>
            <button
              type="button"
              className={buttonClass.secondary}
              onClick={() => startOver(false)}
            >
              Upload other files
            </button>
          </div>
        </Card>
      )}
      {job.status === 'done' && job.result && (
        <ResultPanel job={job} headingRef={headingRef} onAgain={() => startOver(false)} />
      )}
    </div>
  );
}

function ChooseForm({
  categories,
  defaultCategory,
  busy,
  onSubmit,
}: {
  categories: Props['categories'];
  defaultCategory: string;
  busy: boolean;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
}) {
  const id = useId();
  return (
    <Card>
      <form onSubmit={onSubmit} aria-label="Upload files to import" className="space-y-5">
        <div>
          <label htmlFor={`${id}-file`} className={labelClass}>
            Files
          </label>
          <input
            id={`${id}-file`}
            name="file"
            type="file"
            accept=".json,application/json"
            multiple
            required
            aria-describedby={`${id}-file-hint`}
            className="mt-1.5 block w-full text-sm text-stone-700 file:mr-3 file:rounded-md file:border file:border-stone-300 file:bg-white file:px-3 file:py-2 file:text-sm file:font-semibold file:text-stone-800 hover:file:bg-stone-100 dark:text-stone-300 dark:file:border-stone-600 dark:file:bg-stone-900 dark:file:text-stone-100"
          />
          <p id={`${id}-file-hint`} className={hintClass}>
            The format of each file is recognised from its content.
          </p>
        </div>
        <fieldset>
          <legend className={labelClass}>New events from day files</legend>
          <div className="mt-1.5 flex flex-wrap gap-x-5 gap-y-1.5 text-sm">
            <label className="flex items-center gap-2">
              <input
                type="radio"
                name="status"
                value="draft"
                defaultChecked
                className="accent-amber-700"
              />
              Import as drafts
            </label>
            <label className="flex items-center gap-2">
              <input type="radio" name="status" value="published" className="accent-amber-700" />
              Publish at once
            </label>
          </div>
          <p className={hintClass}>
            Events from an Almanac export keep the status they have in it.
          </p>
        </fieldset>
        <div>
          <label htmlFor={`${id}-category`} className={labelClass}>
            Category for entries no keyword places
          </label>
          <select
            id={`${id}-category`}
            name="category"
            defaultValue={defaultCategory}
            aria-describedby={`${id}-category-hint`}
            className={`${inputClass} mt-1.5 w-full max-w-sm`}
          >
            {categories.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.name}
              </option>
            ))}
          </select>
          <p id={`${id}-category-hint`} className={hintClass}>
            Births, deaths, holidays and entries that name a battle, a launch, a treaty… go to their
            own categories. Almanac exports bring their own categories.
          </p>
        </div>
        <button type="submit" className={buttonClass.primary} disabled={busy} aria-disabled={busy}>
          {busy ? 'Uploading and checking…' : 'Preview the import'}
        </button>
      </form>
    </Card>
  );
}

function Stat({ label, value, tone }: { label: string; value: number; tone?: 'muted' | 'warn' }) {
  const colour =
    tone === 'warn' && value > 0
      ? 'text-amber-800 dark:text-amber-300'
      : tone === 'muted'
        ? 'text-stone-600 dark:text-stone-400'
        : 'text-stone-900 dark:text-stone-100';
  return (
    <div className="rounded-md border border-stone-200 px-3 py-2 dark:border-stone-800">
      <dt className="text-xs font-medium tracking-wide text-stone-500 uppercase dark:text-stone-400">
        {label}
      </dt>
      <dd className={`text-2xl font-semibold tabular-nums ${colour}`}>{fmt(value)}</dd>
    </div>
  );
}

function FileList({ job }: { job: ImportJobView }) {
  return (
    <ul className="space-y-1 text-sm">
      {job.files.map((f, i) => (
        <li key={i} className="flex flex-wrap gap-x-2">
          <span className="font-medium break-all">{f.name}</span>
          <span className="text-stone-600 dark:text-stone-400">
            {FORMAT_LABELS[f.format] ?? f.format} · {fmt(f.entries)}{' '}
            {f.entries === 1 ? 'entry' : 'entries'} ·{' '}
            {f.size < 1048576
              ? `${Math.max(1, Math.round(f.size / 1024))} KB`
              : `${(f.size / 1048576).toFixed(1)} MB`}
          </span>
        </li>
      ))}
    </ul>
  );
}

function TaxonomyLine({
  t,
  verb,
}: {
  t: ImportJobView['preview']['taxonomy'];
  verb: 'would' | 'did';
}) {
  const parts = [
    [t.categories.created, 'category', 'categories'],
    [t.tags.created, 'tag', 'tags'],
    [t.people.created, 'person', 'people'],
  ] as const;
  const created = parts
    .filter(([n]) => n > 0)
    .map(([n, one, many]) => `${fmt(n)} ${n === 1 ? one : many}`);
  const updated = t.categories.updated + t.people.updated;
  if (created.length === 0 && updated === 0 && t.tags.updated === 0) return null;
  return (
    <p className="text-sm text-stone-700 dark:text-stone-300">
      {created.length > 0 &&
        `${verb === 'would' ? 'Would create' : 'Created'} ${created.join(', ')}. `}
      {updated > 0 &&
        `${verb === 'would' ? 'Would update' : 'Updated'} ${fmt(t.categories.updated)} categories and ${fmt(t.people.updated)} people from newer copies in the file. `}
      {t.tags.updated > 0 &&
        `${verb === 'would' ? 'Would give' : 'Gave'} ${fmt(t.tags.updated)} ${t.tags.updated === 1 ? 'tag' : 'tags'} the description or article the file has for them.`}
    </p>
  );
}

function PreviewPanel({
  job,
  categoryName,
  headingRef,
  busy,
  onStart,
  onCancel,
}: {
  job: ImportJobView;
  categoryName: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  busy: null | 'upload' | 'start' | 'cancel';
  onStart: () => void;
  onCancel: () => void;
}) {
  const p = job.preview;
  const writes = p.imported + p.updated;
  const hasDayFiles = job.files.some((f) => f.format !== 'almanac');
  return (
    <Card className="space-y-5">
      <div>
        <h2 ref={headingRef} tabIndex={-1} className="text-lg font-semibold focus:outline-none">
          Preview
        </h2>
        <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          Nothing has been written yet.
          {hasDayFiles &&
            ` New events from day files will be ${job.options.status === 'draft' ? 'drafts' : 'published'}; entries no keyword places go into ${categoryName}.`}
        </p>
      </div>
      <FileList job={job} />
      <dl aria-label="What the import would do" className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        <Stat label="New" value={p.imported} />
        <Stat label="Updated" value={p.updated} />
        {p.merged > 0 && <Stat label="Merged into existing events" value={p.merged} />}
        <Stat label="Unchanged" value={p.unchanged} tone="muted" />
        <Stat label="Skipped" value={p.skipped.length} tone="warn" />
      </dl>
      <TaxonomyLine t={p.taxonomy} verb="would" />
      {p.samples.length > 0 && (
        <details className="text-sm">
          <summary className="cursor-pointer font-medium">
            First {p.samples.length} of {fmt(writes)} new or updated entries
          </summary>
          <ul className="mt-2 space-y-1 pl-1">
            {p.samples.map((s, i) => (
              <li key={i} className="flex gap-2">
                <span className="w-16 shrink-0 text-xs font-semibold tracking-wide text-stone-500 uppercase">
                  {s.action === 'new' ? 'New' : 'Update'}
                </span>
                <span className="min-w-0">
                  {s.title}{' '}
                  <span className="text-stone-500 dark:text-stone-400">
                    ({s.kind}
                    {s.year !== null ? `, ${s.year < 0 ? `${-s.year} BCE` : s.year}` : ''})
                  </span>
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}
      <SkipList skipped={p.skipped} title="Would be skipped" />
      <Warnings warnings={p.warnings} />
      <div className="flex flex-wrap gap-2 border-t border-stone-200 pt-4 dark:border-stone-800">
        <button
          type="button"
          className={buttonClass.primary}
          disabled={busy !== null || writes === 0}
          aria-disabled={busy !== null || writes === 0}
          onClick={onStart}
        >
          {busy === 'start'
            ? 'Starting…'
            : writes === 0
              ? 'Nothing to import'
              : `Import ${fmt(writes)} ${writes === 1 ? 'event' : 'events'}`}
        </button>
        <button
          type="button"
          className={buttonClass.secondary}
          disabled={busy !== null}
          onClick={onCancel}
        >
          {busy === 'cancel' ? 'Cancelling…' : 'Cancel'}
        </button>
      </div>
    </Card>
  );
}

function ProgressBar({ job }: { job: ImportJobView }) {
  const p = job.progress;
  const total = p?.total ?? 0;
  const done = p?.processed ?? 0;
  const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
  return (
    <div className="space-y-1.5">
      <progress
        aria-label="Import progress"
        aria-valuetext={`${percent}%: ${fmt(done)} of ${fmt(total)} entries`}
        value={done}
        max={Math.max(total, 1)}
        className="block h-3 w-full overflow-hidden rounded-full bg-stone-200 accent-amber-600 [&::-moz-progress-bar]:bg-amber-600 [&::-webkit-progress-bar]:bg-stone-200 [&::-webkit-progress-value]:bg-amber-600 [&::-webkit-progress-value]:transition-all dark:bg-stone-800 dark:[&::-webkit-progress-bar]:bg-stone-800"
      />
      <p className="text-sm text-stone-700 tabular-nums dark:text-stone-300">
        {fmt(done)} of {fmt(total)} entries ({percent}%)
        {p && ` · ${fmt(p.imported)} new, ${fmt(p.updated)} updated, ${fmt(p.unchanged)} unchanged`}
      </p>
    </div>
  );
}

function ProgressPanel({
  job,
  headingRef,
  busy,
  onResume,
}: {
  job: ImportJobView;
  headingRef: RefObject<HTMLHeadingElement | null>;
  busy: boolean;
  onResume: () => void;
}) {
  return (
    <Card className="space-y-4">
      <h2 ref={headingRef} tabIndex={-1} className="text-lg font-semibold focus:outline-none">
        {job.interrupted ? 'The import was interrupted' : 'Importing…'}
      </h2>
      <ProgressBar job={job} />
      {job.interrupted ? (
        <>
          <Notice tone="error">
            The import stopped between two batches (the server restarted?). Everything written so
            far is complete; resume to import the rest.
          </Notice>
          <button type="button" className={buttonClass.primary} disabled={busy} onClick={onResume}>
            {busy ? 'Resuming…' : 'Resume the import'}
          </button>
        </>
      ) : (
        <p className={hintClass}>
          Each batch is saved as it goes. You can leave this page: the import carries on, and this
          page (or Recent imports) shows where it is.
        </p>
      )}
    </Card>
  );
}

function ResultPanel({
  job,
  headingRef,
  onAgain,
}: {
  job: ImportJobView;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onAgain: () => void;
}) {
  const r = job.result;
  if (!r) return null;
  return (
    <Card className="space-y-5">
      <h2 ref={headingRef} tabIndex={-1} className="text-lg font-semibold focus:outline-none">
        Import finished
      </h2>
      <Notice tone="success">
        Done: {fmt(r.imported)} new {r.imported === 1 ? 'event' : 'events'}, {fmt(r.updated)}{' '}
        updated,{' '}
        {(r.merged ?? 0) > 0
          ? `${fmt(r.merged ?? 0)} merged into events another source already tells, `
          : ''}
        {fmt(r.unchanged)} unchanged, {fmt(r.skipped.length)} skipped.
      </Notice>
      <FileList job={job} />
      <dl aria-label="What the import did" className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        <Stat label="New" value={r.imported} />
        <Stat label="Updated" value={r.updated} />
        {(r.merged ?? 0) > 0 && <Stat label="Merged into existing events" value={r.merged ?? 0} />}
        <Stat label="Unchanged" value={r.unchanged} tone="muted" />
        <Stat label="Skipped" value={r.skipped.length} tone="warn" />
      </dl>
      <TaxonomyLine t={r.taxonomy} verb="did" />
      {r.imported + r.updated > 0 && (
        <div className="space-y-2 text-sm">
          <p>
            <Link
              href={r.eventsHref}
              className="font-semibold text-amber-800 underline underline-offset-4 dark:text-amber-300"
            >
              See the imported events
            </Link>
          </p>
          {r.events.length > 0 && r.events.length < r.imported + r.updated && (
            <p className="text-stone-600 dark:text-stone-400">
              The first {r.events.length} of {fmt(r.imported + r.updated)}:
            </p>
          )}
          {r.events.length > 0 && (
            <ul className="list-disc space-y-0.5 pl-5">
              {r.events.map((e) => (
                <li key={e.id}>
                  <Link
                    href={`/editor/events/${e.id}`}
                    className="text-amber-800 hover:underline dark:text-amber-300"
                  >
                    {e.title}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <SkipList skipped={r.skipped} title="Skipped" />
      <Warnings warnings={r.warnings} />
      <div className="border-t border-stone-200 pt-4 dark:border-stone-800">
        <button type="button" className={buttonClass.secondary} onClick={onAgain}>
          Import more files
        </button>
      </div>
    </Card>
  );
}

function Warnings({ warnings }: { warnings: string[] }) {
  if (warnings.length === 0) return null;
  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-medium">
        {fmt(warnings.length)} {warnings.length === 1 ? 'note' : 'notes'} (imported, with a change)
      </summary>
      <ul className="mt-2 list-disc space-y-0.5 pl-5 text-stone-700 dark:text-stone-300">
        {warnings.slice(0, 200).map((w, i) => (
          <li key={i} className="break-words">
            {w}
          </li>
        ))}
        {warnings.length > 200 && <li>… and {fmt(warnings.length - 200)} more</li>}
      </ul>
    </details>
  );
}

const PAGE = 25;

/** Every skipped row with its reason: grouped by reason (a filter), shown 25 at a time. */
function SkipList({ skipped, title }: { skipped: Skip[]; title: string }) {
  const [code, setCode] = useState<SkipCode | 'all'>('all');
  const [shown, setShown] = useState(PAGE);
  const id = useId();
  if (skipped.length === 0) return null;
  const counts = new Map<SkipCode, number>();
  for (const s of skipped) counts.set(s.code, (counts.get(s.code) ?? 0) + 1);
  const list = code === 'all' ? skipped : skipped.filter((s) => s.code === code);
  const visible = list.slice(0, shown);
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-3">
      <h3 id={`${id}-title`} className="font-semibold">
        {title}: {fmt(skipped.length)} {skipped.length === 1 ? 'entry' : 'entries'}
      </h3>
      <div
        role="group"
        aria-label="Show skipped entries by reason"
        className="flex flex-wrap gap-1.5"
      >
        {[['all', skipped.length] as const, ...counts].map(([key, n]) => (
          <button
            key={key}
            type="button"
            aria-pressed={code === key}
            onClick={() => {
              setCode(key);
              setShown(PAGE);
            }}
            className={`rounded-full border px-2.5 py-1 text-xs font-medium ${
              code === key
                ? 'border-stone-900 bg-stone-900 text-white dark:border-stone-100 dark:bg-stone-100 dark:text-stone-900'
                : 'border-stone-300 bg-white text-stone-700 hover:bg-stone-100 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-200'
            }`}
          >
            {key === 'all' ? 'All' : SKIP_CODES[key]} ({fmt(n)})
          </button>
        ))}
      </div>
      <ol className="divide-y divide-stone-200 rounded-md border border-stone-200 text-sm dark:divide-stone-800 dark:border-stone-800">
        {visible.map((s, i) => (
          <li
            key={`${s.where.file}-${s.where.section}-${s.where.index}-${i}`}
            className="space-y-0.5 px-3 py-2"
          >
            <p className="flex flex-wrap gap-x-2 text-xs text-stone-500 dark:text-stone-400">
              <span className="break-all">{s.where.file}</span>
              <span>
                {s.where.section} #{s.where.index + 1}
              </span>
              {s.rawYear !== null && (
                <span className="break-all">
                  year “{s.rawYear.length > 60 ? `${s.rawYear.slice(0, 59)}…` : s.rawYear}”
                </span>
              )}
            </p>
            <p className="break-words text-stone-800 dark:text-stone-200">{s.reason}</p>
          </li>
        ))}
      </ol>
      {list.length > shown && (
        <button
          type="button"
          className={buttonClass.secondary}
          onClick={() => setShown(shown + PAGE * 4)}
        >
          Show more ({fmt(list.length - shown)} not shown)
        </button>
      )}
    </section>
  );
}
