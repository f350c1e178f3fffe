import 'server-only';
import { getDbHandle } from '@/db/client';
import {
  dateNoteWarnings,
  type AlmanacParse,
  type ImportFormat,
  type ImportRow,
  type ParsedImportFile,
  type Skip,
} from '@/lib/import';
import {
  almanacContext,
  applyAlmanacTaxonomy,
  emptyTaxonomyCounts,
  finishAlmanacEvents,
  planAlmanacEvents,
  writeAlmanacEventBatch,
  type AlmanacContext,
  type TaxonomyCounts,
} from './import-almanac';
import type { ImportGraph } from './import-graph';
import {
  dropRepeatedRows,
  finishImportGraph,
  importRowBatch,
  planRowsGraph,
  IMPORT_BATCH_SIZE,
  previewImport,
  type ImportProgress,
  type ImportStatus,
  type MergeSample,
} from './import';
import { optimizeSearchIndexes } from './search-index';

// One import of any mix of files (Almanac exports, muffinlabs and Wikimedia day files), as a run of
// small steps, each one IMMEDIATE transaction. The command line runs the steps back to back; the
// admin's import job runs one step at a time and saves the state between them, so a closed tab or
// a restarted server leaves whole steps only, and the job can carry on from where it stopped.
// Almanac files go first (their events carry more than a day file's), then the day files' rows.

export type ImportRunOptions = {
  /** Status of new events from day files (Almanac events keep the file's). */
  status: ImportStatus;
  /** Who imports (revisions, links, audit); null for the command line without --user. */
  actorId: number | null;
  /** Rows or events per transaction. */
  batchSize?: number;
};

type Stage =
  | { kind: 'almanac'; file: number; phase: 'taxonomy' | 'events' | 'finish'; cursor: number }
  | { kind: 'rows'; cursor: number }
  | { kind: 'done' };

/** Where a run stands; plain JSON, so a job can save it and carry on later. */
export type ImportRunState = {
  stage: Stage;
  processed: number;
  total: number;
  imported: number;
  updated: number;
  unchanged: number;
  /** Entries merged into an event another corpus brought (absent in a job saved before merging). */
  merged?: number;
  skipped: Skip[];
  warnings: string[];
  taxonomy: TaxonomyCounts;
  /** Events of the current Almanac file whose revision waits for their links: [entry, event id]. */
  deferred: [number, number][];
  /** Every event the run created or changed. */
  touched: number[];
};

export type ImportSummary = {
  files: { name: string; format: ImportFormat; entries: number }[];
  imported: number;
  updated: number;
  unchanged: number;
  /** Entries another corpus already told, merged into that event as one more source. */
  merged: number;
  skipped: Skip[];
  warnings: string[];
  taxonomy: TaxonomyCounts;
  touched: number[];
};

type Prepared = {
  almanac: AlmanacParse[];
  rows: ImportRow[];
  skipped: Skip[];
  /** Which articles of the rows are people and topics: decided at the first batch of rows. */
  graph?: ImportGraph;
};
const preparedCache = new WeakMap<readonly ParsedImportFile[], Prepared>();
const contextCache = new WeakMap<AlmanacParse, AlmanacContext>();

/** The files split into Almanac documents and day-file rows (repeats across files dropped); deterministic. */
function prepare(files: readonly ParsedImportFile[]): Prepared {
  let p = preparedCache.get(files);
  if (!p) {
    const almanac = files.filter((f): f is AlmanacParse => f.format === 'almanac');
    const rowFiles = files.flatMap((f) => (f.format === 'almanac' ? [] : [f]));
    const { rows, skipped } = dropRepeatedRows(rowFiles.flatMap((f) => f.rows));
    p = { almanac, rows, skipped: [...files.flatMap((f) => f.skipped), ...skipped] };
    preparedCache.set(files, p);
  }
  return p;
}

function contextOf(doc: AlmanacParse): AlmanacContext {
  let ctx = contextCache.get(doc);
  if (!ctx) {
    ctx = almanacContext(doc);
    contextCache.set(doc, ctx);
  }
  return ctx;
}

function describeFiles(files: readonly ParsedImportFile[]): ImportSummary['files'] {
  return files.map((f) => ({
    name: f.fileName,
    format: f.format,
    entries: f.total,
  }));
}

function firstStage(p: Prepared, from: number): Stage {
  if (from < p.almanac.length) return { kind: 'almanac', file: from, phase: 'taxonomy', cursor: 0 };
  return p.rows.length > 0 ? { kind: 'rows', cursor: 0 } : { kind: 'done' };
}

export function startImportRun(files: readonly ParsedImportFile[]): ImportRunState {
  const p = prepare(files);
  return {
    stage: firstStage(p, 0),
    processed: 0,
    total: p.rows.length + p.almanac.reduce((n, d) => n + d.events.length, 0),
    imported: 0,
    updated: 0,
    unchanged: 0,
    merged: 0,
    skipped: [...p.skipped],
    warnings: dateNoteWarnings(p.rows),
    taxonomy: emptyTaxonomyCounts(),
    deferred: [],
    touched: [],
  };
}

export function progressOf(state: ImportRunState): ImportProgress {
  return {
    processed: state.processed,
    total: state.total,
    imported: state.imported,
    updated: state.updated,
    unchanged: state.unchanged,
    skipped: state.skipped.length,
    merged: state.merged ?? 0,
  };
}

const noteFor = (doc: AlmanacParse) =>
  `Imported from an Almanac export${doc.site?.name ? ` of ${doc.site.name}` : ''} (${doc.fileName})`;

function addTaxonomy(into: TaxonomyCounts, c: TaxonomyCounts): void {
  into.categories.created += c.categories.created;
  into.categories.updated += c.categories.updated;
  into.tags.created += c.tags.created;
  into.tags.updated += c.tags.updated;
  into.people.created += c.people.created;
  into.people.updated += c.people.updated;
}

/** Does the next step of the run (one transaction) and moves the state on. */
export function stepImportRun(
  files: readonly ParsedImportFile[],
  state: ImportRunState,
  o: ImportRunOptions,
): ImportRunState {
  const { sqlite, db } = getDbHandle();
  const p = prepare(files);
  const size = o.batchSize ?? IMPORT_BATCH_SIZE;
  const stage = state.stage;
  const now = Date.now();

  if (stage.kind === 'rows') {
    const batch = p.rows.slice(stage.cursor, stage.cursor + size);
    p.graph ??= planRowsGraph(p.rows);
    const r = importRowBatch({ rows: batch, status: o.status, actorId: o.actorId, graph: p.graph });
    state.imported += r.imported;
    state.updated += r.updated;
    state.unchanged += r.unchanged;
    state.merged = (state.merged ?? 0) + r.merged;
    state.skipped.push(...r.skipped);
    state.touched.push(...r.touched);
    state.processed += batch.length;
    const cursor = stage.cursor + batch.length;
    state.stage = cursor < p.rows.length ? { kind: 'rows', cursor } : { kind: 'done' };
    return state;
  }
  if (stage.kind === 'done') return state;

  const doc = p.almanac[stage.file];
  if (!doc) {
    state.stage = firstStage(p, stage.file + 1);
    return state;
  }
  const ctx = contextOf(doc);
  const note = noteFor(doc);

  if (stage.phase === 'taxonomy') {
    const counts = db.transaction(() => applyAlmanacTaxonomy(sqlite, doc, { write: true, now }), {
      behavior: 'immediate',
    });
    addTaxonomy(state.taxonomy, counts);
    state.stage = { ...stage, phase: 'events', cursor: 0 };
    return state;
  }

  if (stage.phase === 'events') {
    const entries = doc.events.slice(stage.cursor, stage.cursor + size);
    const r = db.transaction(
      (tx) =>
        writeAlmanacEventBatch({ sqlite, tx }, ctx, entries, { actorId: o.actorId, now, note }),
      { behavior: 'immediate' },
    );
    state.imported += r.imported;
    state.updated += r.updated;
    state.unchanged += r.unchanged;
    state.skipped.push(...r.skipped);
    state.warnings.push(...r.warnings);
    state.touched.push(...r.touched);
    state.deferred.push(...r.deferred);
    state.processed += entries.length;
    const cursor = stage.cursor + entries.length;
    state.stage =
      cursor < doc.events.length ? { ...stage, cursor } : { ...stage, phase: 'finish', cursor: 0 };
    return state;
  }

  const batch = state.deferred.slice(stage.cursor, stage.cursor + size);
  if (batch.length > 0) {
    const r = db.transaction(
      (tx) => finishAlmanacEvents({ sqlite, tx }, ctx, batch, { actorId: o.actorId, now, note }),
      { behavior: 'immediate' },
    );
    state.warnings.push(...r.warnings);
  }
  const cursor = stage.cursor + batch.length;
  if (cursor < state.deferred.length) state.stage = { ...stage, cursor };
  else {
    state.deferred = [];
    state.stage = firstStage(p, stage.file + 1);
  }
  return state;
}

export function summarize(
  files: readonly ParsedImportFile[],
  state: ImportRunState,
): ImportSummary {
  return {
    files: describeFiles(files),
    imported: state.imported,
    updated: state.updated,
    unchanged: state.unchanged,
    merged: state.merged ?? 0,
    skipped: state.skipped,
    warnings: state.warnings,
    taxonomy: state.taxonomy,
    touched: state.touched,
  };
}

/** After the last step: the graph's late links and the notability scores (see finishImportGraph). */
export function finishImportRun(state: ImportRunState): void {
  if (state.imported + state.updated + (state.merged ?? 0) > 0) finishImportGraph();
}

/** One audit entry for a whole import (web or command line). */
export function recordImportAudit(
  summary: ImportSummary,
  o: { actorId: number | null; status: ImportStatus; via: 'admin' | 'cli' },
): void {
  const { sqlite, db } = getDbHandle();
  const details = JSON.stringify({
    files: summary.files.map((f) => `${f.name} (${f.format})`),
    status: o.status,
    imported: summary.imported,
    updated: summary.updated,
    unchanged: summary.unchanged,
    merged: summary.merged,
    skipped: summary.skipped.length,
    via: o.via,
  });
  db.transaction(
    () =>
      sqlite
        .prepare(
          `INSERT INTO audit_log (user_id, action, entity_type, entity_id, details, created_at)
           VALUES (?, 'import.run', 'events', NULL, ?, ?)`,
        )
        .run(o.actorId, details, Date.now()),
    { behavior: 'immediate' },
  );
}

/** An import that wrote at least this many events leaves the search indexes merged into one segment each. */
const COMPACT_AFTER = 5_000;

/**
 * After a large import (web or command line): each batch adds segments to the search indexes, and a
 * search for a common word reads them all ("american" over the muffinlabs corpus: 95 ms fragmented,
 * 45 ms merged, on a loaded machine). Merging takes about a second for the whole corpus.
 */
export function compactSearchIndexesAfterImport(summary: ImportSummary): void {
  if (summary.touched.length < COMPACT_AFTER) return;
  getDbHandle().db.transaction((tx) => optimizeSearchIndexes(tx), { behavior: 'immediate' });
}

/** Imports files start to finish (command line, tests), with one audit entry at the end. */
export function importFiles(
  files: readonly ParsedImportFile[],
  o: ImportRunOptions & { via?: 'admin' | 'cli'; onProgress?: (p: ImportProgress) => void },
): ImportSummary {
  const state = startImportRun(files);
  o.onProgress?.(progressOf(state));
  while (state.stage.kind !== 'done') {
    stepImportRun(files, state, o);
    o.onProgress?.(progressOf(state));
  }
  finishImportRun(state);
  const summary = summarize(files, state);
  recordImportAudit(summary, { actorId: o.actorId, status: o.status, via: o.via ?? 'cli' });
  compactSearchIndexesAfterImport(summary);
  return summary;
}

export type PreviewEntry = {
  action: 'new' | 'update';
  title: string;
  year: number | null;
  month: number | null;
  day: number | null;
  kind: string;
};

export type ImportPreviewSummary = Omit<ImportSummary, 'touched'> & {
  /** The first new and updated entries, to show what is coming. */
  samples: PreviewEntry[];
  /** The first entries that would be merged into an event another corpus brought, and why. */
  mergeSamples: MergeSample[];
  /** Merges by the rule that matched. */
  mergedByRule: Record<string, number>;
};

const SAMPLE_SIZE = 20;

/** What importing these files would do, writing nothing. */
export function previewImportFiles(
  files: readonly ParsedImportFile[],
  o: { actorId: number | null },
): ImportPreviewSummary {
  const { sqlite } = getDbHandle();
  const p = prepare(files);
  const out: ImportPreviewSummary = {
    files: describeFiles(files),
    imported: 0,
    updated: 0,
    unchanged: 0,
    merged: 0,
    skipped: [...p.skipped],
    warnings: dateNoteWarnings(p.rows),
    taxonomy: emptyTaxonomyCounts(),
    samples: [],
    mergeSamples: [],
    mergedByRule: {},
  };
  const sample = (s: PreviewEntry) => {
    if (out.samples.length < SAMPLE_SIZE) out.samples.push(s);
  };

  for (const doc of p.almanac) {
    addTaxonomy(out.taxonomy, applyAlmanacTaxonomy(sqlite, doc, { write: false, now: Date.now() }));
    const ctx = contextOf(doc);
    for (let i = 0; i < doc.events.length; i += IMPORT_BATCH_SIZE) {
      for (const plan of planAlmanacEvents(
        sqlite,
        ctx,
        doc.events.slice(i, i + IMPORT_BATCH_SIZE),
        o,
      )) {
        if (plan.action === 'skip') {
          out.skipped.push(plan.skip);
          continue;
        }
        if (plan.action === 'unchanged') {
          out.unchanged++;
          continue;
        }
        const e = plan.event;
        if (plan.action === 'insert') out.imported++;
        else out.updated++;
        sample({
          action: plan.action === 'insert' ? 'new' : 'update',
          title: e.title,
          year: e.year,
          month: e.month,
          day: e.day,
          kind: e.kind,
        });
        if (plan.slug !== e.slug)
          out.warnings.push(
            plan.action === 'insert'
              ? `${e.slug}: the slug is taken here; would be imported as ${plan.slug}`
              : `${e.slug}: the slug belongs to another event here; would keep ${plan.slug}`,
          );
        for (const l of plan.links)
          if (l.target.kind === 'none')
            out.warnings.push(
              `${e.slug}: link to ${l.link.event} would be left out (no such event in the file or here)`,
            );
      }
    }
  }

  if (p.rows.length > 0) {
    const preview = previewImport(p.rows, { sampleSize: SAMPLE_SIZE });
    out.imported += preview.imported;
    out.updated += preview.updated;
    out.unchanged += preview.unchanged;
    out.merged += preview.merged;
    out.mergeSamples.push(...preview.samples.merged);
    out.mergedByRule = preview.mergedByRule;
    out.skipped.push(...preview.skipped);
    for (const s of preview.samples.imported) sample({ action: 'new', ...s });
    for (const s of preview.samples.updated) sample({ action: 'update', ...s });
  }
  return out;
}
