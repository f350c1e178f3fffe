import 'server-only';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_CATEGORIES, DEFAULT_CATEGORY_SLUG } from '@/lib/categories';
import { getConfig } from '@/lib/config';
import { cacheTags } from '@/lib/cache-tags';
import { parseImportFile, type ImportFormat, type ParsedImportFile, type Skip } from '@/lib/import';
import { getDbHandle } from '../client';
import { importCategoryExists, type ImportProgress, type ImportStatus } from './import';
import {
  compactSearchIndexesAfterImport,
  finishImportRun,
  previewImportFiles,
  progressOf,
  recordImportAudit,
  startImportRun,
  stepImportRun,
  summarize,
  type ImportPreviewSummary,
  type ImportRunState,
} from './import-run';
import type { TaxonomyCounts } from './import-almanac';
import { assertRole, type SessionUser } from '@/lib/auth/actor';

// The admin's import (/admin/import) as a job: the upload is kept in files beside the database
// with the preview; "Import" then runs the import one batch (one transaction) at a time after the
// response, saving where it stands after each batch. The page polls the job. Closing the tab does
// not stop it; a server restart stops it between two batches, and "Resume" carries on from there.

/** Largest upload taken at once (all files together): the Wikimedia sample is ~1 MB, a muffinlabs day 100–400 KB. */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;
export const IMPORT_MAX_FILES = 400;
/** Rows or events per transaction in a web import: small, so readers' requests get their turn between batches. */
const WEB_BATCH_SIZE = 500;
/** A running job without a word from its runner for this long, and none in this process, was interrupted. */
const STALE_MS = 15_000;
/** Finished and abandoned jobs are removed after this long. */
const KEEP_MS = 7 * 24 * 3600_000;

export type ImportJobStatus = 'previewed' | 'running' | 'done' | 'failed';

export type ImportJobResult = {
  imported: number;
  updated: number;
  unchanged: number;
  /** Entries merged into an event another corpus brought (absent in jobs finished before merging). */
  merged?: number;
  skipped: Skip[];
  warnings: string[];
  taxonomy: TaxonomyCounts;
  /** Where the editor finds the imported events. */
  eventsHref: string;
  /** The first events created or changed, to open one. */
  events: { id: number; title: string }[];
};

type StoredJob = {
  id: string;
  createdAt: string;
  createdBy: { id: number; name: string };
  options: { status: ImportStatus; category: string };
  files: { name: string; size: number; format: ImportFormat; entries: number }[];
  preview: ImportPreviewSummary;
  status: ImportJobStatus;
  startedAt: string | null;
  finishedAt: string | null;
  heartbeatAt: number | null;
  progress: ImportProgress | null;
  state: ImportRunState | null;
  result: ImportJobResult | null;
  error: string | null;
};

/** What the admin's page gets: the job without the runner's bookkeeping. */
export type ImportJobView = Omit<StoredJob, 'state' | 'heartbeatAt'> & { interrupted: boolean };

export type ImportJobSummary = {
  id: string;
  createdAt: string;
  createdBy: string;
  files: string[];
  status: ImportJobStatus;
  interrupted: boolean;
};

type Runners = Map<string, Promise<void>>;
const g = globalThis as unknown as { almanacImportRunners?: Runners };
const runners: Runners = (g.almanacImportRunners ??= new Map());

const ID_PATTERN = /^[a-f0-9]{24}$/;

function jobsDir(): string {
  return path.join(path.dirname(getConfig().databasePath), 'import-jobs');
}
function jobDir(id: string): string {
  if (!ID_PATTERN.test(id)) throw new Error('not an import job id');
  return path.join(jobsDir(), id);
}

function writeJob(job: StoredJob): void {
  const file = path.join(jobDir(job.id), 'job.json');
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(job));
  fs.renameSync(`${file}.tmp`, file);
}

function readJob(id: string): StoredJob | null {
  if (!ID_PATTERN.test(id)) return null;
  try {
    return JSON.parse(fs.readFileSync(path.join(jobDir(id), 'job.json'), 'utf8')) as StoredJob;
  } catch {
    return null;
  }
}

const isInterrupted = (job: StoredJob) =>
  job.status === 'running' &&
  !runners.has(job.id) &&
  Date.now() - (job.heartbeatAt ?? 0) > STALE_MS;

function view(job: StoredJob): ImportJobView {
  const { state: _state, heartbeatAt: _heartbeat, ...rest } = job;
  return { ...rest, interrupted: isInterrupted(job) };
}

/** Jobs older than a week, whatever became of them, are removed (never a running one). */
function removeOldJobs(): void {
  let names: string[];
  try {
    names = fs.readdirSync(jobsDir());
  } catch {
    return;
  }
  for (const name of names) {
    if (!ID_PATTERN.test(name) || runners.has(name)) continue;
    const job = readJob(name);
    const age = job ? Date.now() - Date.parse(job.createdAt) : Infinity;
    if (age > KEEP_MS && job?.status !== 'running')
      fs.rmSync(path.join(jobsDir(), name), { recursive: true, force: true });
  }
}

function parseFiles(
  files: readonly { name: string; text: string }[],
  options: StoredJob['options'],
): { ok: true; files: ParsedImportFile[] } | { ok: false; error: string } {
  const parsed: ParsedImportFile[] = [];
  for (const f of files) {
    const result = parseImportFile(f.text, { fileName: f.name, defaultCategory: options.category });
    if (!result.ok) return result;
    parsed.push(result.value);
  }
  return { ok: true, files: parsed };
}

const fileNameOf = (name: string) =>
  path.basename(name.replace(/\\/g, '/')).slice(0, 200) || 'upload.json';

/** Categories an import can put unplaced entries in (the defaults, which every import creates, and the site's own). */
function listImportCategoryOptionsIn(): { slug: string; name: string }[] {
  const rows = getDbHandle()
    .sqlite.prepare<[], { slug: string; name: string }>(
      `SELECT slug, name FROM categories ORDER BY position, name`,
    )
    .all();
  const have = new Set(rows.map((r) => r.slug));
  return [
    ...rows,
    ...DEFAULT_CATEGORIES.filter((c) => !have.has(c.slug)).map((c) => ({
      slug: c.slug,
      name: c.name,
    })),
  ];
}

export async function listImportCategoryOptions(actor: SessionUser | null) {
  assertRole(actor, 'admin');
  return listImportCategoryOptionsIn();
}

export type CreateJobInput = {
  files: { name: string; text: string }[];
  status: ImportStatus;
  category: string;
};

export type CreateJobResult = { ok: true; job: ImportJobView } | { ok: false; error: string };

/**
 * Reads the uploaded files, keeps them as a new job and previews what importing them would do.
 * A file that is not JSON or in no known format refuses the whole upload, naming the file.
 */
export function createImportJob(actor: SessionUser | null, input: CreateJobInput): CreateJobResult {
  assertRole(actor, 'admin');
  if (input.files.length === 0)
    return { ok: false, error: 'Choose at least one JSON file to import.' };
  if (input.files.length > IMPORT_MAX_FILES)
    return { ok: false, error: `Upload at most ${IMPORT_MAX_FILES} files at once.` };
  const bytes = input.files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
  if (bytes > IMPORT_MAX_BYTES)
    return {
      ok: false,
      error: `The files come to ${(bytes / 1048576).toFixed(1)} MB; the limit is ${IMPORT_MAX_BYTES / 1048576} MB at once.`,
    };
  if (!importCategoryExists(input.category))
    return {
      ok: false,
      error: `There is no category "${input.category}". Choose one from the list.`,
    };

  const options = { status: input.status, category: input.category };
  const files = input.files.map((f) => ({ name: fileNameOf(f.name), text: f.text }));
  const parsed = parseFiles(files, options);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const preview = previewImportFiles(parsed.files, { actorId: actor.id });

  removeOldJobs();
  const id = crypto.randomBytes(12).toString('hex');
  fs.mkdirSync(jobDir(id), { recursive: true });
  files.forEach((f, i) => fs.writeFileSync(path.join(jobDir(id), `file-${i}.json`), f.text));
  const job: StoredJob = {
    id,
    createdAt: new Date().toISOString(),
    createdBy: { id: actor.id, name: actor.name },
    options,
    files: parsed.files.map((p, i) => ({
      name: files[i]?.name ?? '',
      size: Buffer.byteLength(files[i]?.text ?? ''),
      format: p.format,
      entries: p.total,
    })),
    preview,
    status: 'previewed',
    startedAt: null,
    finishedAt: null,
    heartbeatAt: null,
    progress: null,
    state: null,
    result: null,
    error: null,
  };
  writeJob(job);
  return { ok: true, job: view(job) };
}

export function getImportJob(actor: SessionUser | null, id: string): ImportJobView | null {
  assertRole(actor, 'admin');
  const job = readJob(id);
  return job ? view(job) : null;
}

/** The latest jobs, newest first (the page offers to reopen one, e.g. an interrupted import). */
export function listImportJobs(actor: SessionUser | null, limit = 8): ImportJobSummary[] {
  assertRole(actor, 'admin');
  let names: string[];
  try {
    names = fs.readdirSync(jobsDir()).filter((n) => ID_PATTERN.test(n));
  } catch {
    return [];
  }
  return names
    .flatMap((n) => {
      const job = readJob(n);
      return job ? [job] : [];
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .slice(0, limit)
    .map((j) => ({
      id: j.id,
      createdAt: j.createdAt,
      createdBy: j.createdBy.name,
      files: j.files.map((f) => f.name),
      status: j.status,
      interrupted: isInterrupted(j),
    }));
}

export type StartJobResult =
  { ok: true; job: ImportJobView } | { ok: false; code: 'not_found' | 'conflict'; error: string };

/**
 * Marks a previewed job (or one that failed or was interrupted) as running; the caller then runs
 * it with runImportJob, after its response. Who resumes a job becomes the one it is recorded as.
 */
export function beginImportJob(actor: SessionUser | null, id: string): StartJobResult {
  assertRole(actor, 'admin');
  const job = readJob(id);
  if (!job)
    return {
      ok: false,
      code: 'not_found',
      error: 'That import no longer exists. Upload the files again.',
    };
  const resumable = job.status === 'failed' || isInterrupted(job);
  if (job.status !== 'previewed' && !resumable)
    return {
      ok: false,
      code: 'conflict',
      error:
        job.status === 'done'
          ? 'This import has already been done.'
          : 'This import is already running.',
    };
  job.status = 'running';
  job.startedAt ??= new Date().toISOString();
  job.heartbeatAt = Date.now();
  job.error = null;
  job.createdBy = resumable ? { id: actor.id, name: actor.name } : job.createdBy;
  writeJob(job);
  return { ok: true, job: view(job) };
}

/** Removes a job that is not running (the admin's "Cancel" after the preview). */
export function discardImportJob(actor: SessionUser | null, id: string): boolean {
  assertRole(actor, 'admin');
  const job = readJob(id);
  if (!job || (job.status === 'running' && !isInterrupted(job))) return false;
  fs.rmSync(jobDir(id), { recursive: true, force: true });
  return true;
}

/** Cache tags of what an import changed: every list, and the pages of the events it touched. */
function cacheTagsForImport(touched: readonly number[]): string[] {
  return [
    cacheTags.allEvents,
    cacheTags.categories,
    ...(touched.length <= 2000 ? touched.map((id) => cacheTags.event(id)) : []),
  ];
}

function eventsHref(job: StoredJob, files: readonly ParsedImportFile[]): string {
  const params = new URLSearchParams();
  const dayFiles = files.flatMap((f) => (f.format === 'almanac' ? [] : [f]));
  if (dayFiles.length === files.length) {
    params.set('status', job.options.status);
    const days = new Set(dayFiles.map((f) => `${f.month}-${f.day}`));
    const first = dayFiles[0];
    if (days.size === 1 && first) {
      params.set('month', String(first.month));
      params.set('day', String(first.day));
    }
  }
  const query = params.toString();
  return `/editor/events${query ? `?${query}` : ''}`;
}

/**
 * Runs a job that beginImportJob marked as running, one batch at a time, saving its state after
 * each, until it is done; `onFinished` gets the cache tags to expire. Never throws: a failure is
 * kept on the job (whole batches written before it stay, and the job can be resumed).
 */
export function runImportJob(
  id: string,
  o: { onFinished?: (tags: string[]) => void; batchSize?: number } = {},
): Promise<void> {
  const existing = runners.get(id);
  if (existing) return existing;
  const run = (async () => {
    const job = readJob(id);
    if (!job || job.status !== 'running') return;
    try {
      const texts = job.files.map((_f, i) => ({
        name: job.files[i]?.name ?? '',
        text: fs.readFileSync(path.join(jobDir(id), `file-${i}.json`), 'utf8'),
      }));
      const parsed = parseFiles(texts, job.options);
      if (!parsed.ok) throw new Error(parsed.error);
      const files = parsed.files;
      const state = job.state ?? startImportRun(files);
      const options = {
        status: job.options.status,
        actorId: job.createdBy.id,
        batchSize: o.batchSize ?? WEB_BATCH_SIZE,
      };
      while (state.stage.kind !== 'done') {
        stepImportRun(files, state, options);
        job.state = state;
        job.progress = progressOf(state);
        job.heartbeatAt = Date.now();
        writeJob(job);
        // Let other requests (the page's polling, readers) in between two batches.
        await new Promise((resolve) => setImmediate(resolve));
      }
      finishImportRun(state);
      const summary = summarize(files, state);
      recordImportAudit(summary, {
        actorId: job.createdBy.id,
        status: job.options.status,
        via: 'admin',
      });
      compactSearchIndexesAfterImport(summary);
      const titles = getDbHandle()
        .sqlite.prepare<[string], { id: number; title: string }>(
          `SELECT id, title FROM events WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id`,
        )
        .all(JSON.stringify(summary.touched.slice(0, 10)));
      job.result = {
        imported: summary.imported,
        updated: summary.updated,
        unchanged: summary.unchanged,
        merged: summary.merged,
        skipped: summary.skipped,
        warnings: summary.warnings,
        taxonomy: summary.taxonomy,
        eventsHref: eventsHref(job, files),
        events: titles,
      };
      job.status = 'done';
      job.state = null;
      job.finishedAt = new Date().toISOString();
      writeJob(job);
      o.onFinished?.(cacheTagsForImport(summary.touched));
    } catch (error) {
      console.error(`[import] job ${id} failed`, error);
      job.status = 'failed';
      job.error = `The import stopped: ${(error as Error).message}. Batches written before that are kept; resume to carry on.`;
      writeJob(job);
    }
  })().finally(() => runners.delete(id));
  runners.set(id, run);
  return run;
}

/** The default category for unplaced entries, as the page preselects it. */
export const DEFAULT_IMPORT_CATEGORY = DEFAULT_CATEGORY_SLUG;
