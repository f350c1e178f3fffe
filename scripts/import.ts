// Imports "on this day" data files: npm run import -- <file or directory>... [options]
// Run through tsx with `--conditions=react-server` (see package.json), so `server-only` resolves.
import cliProgress from 'cli-progress';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import {
  closeDatabase,
  expireCacheTags,
  findActiveUserIdByEmail,
  importCategoryExists,
  importFiles,
  migrateDatabase,
  previewImportFiles,
  type ImportProgress,
} from '@/db/store';
import { cacheTags } from '@/lib/cache-tags';
import { DEFAULT_CATEGORIES, DEFAULT_CATEGORY_SLUG } from '@/lib/categories';
import { ConfigError, loadConfig, type AppConfig } from '@/lib/config';
import { formatMonthDay, parseNumericMonthDay } from '@/lib/dates';
import {
  describeDumpCoverage,
  parseImportFile,
  SKIP_CODES,
  type ParsedImportFile,
  type Skip,
} from '@/lib/import';
import { judgeImport } from '@/lib/import/outcome';
import { SLUG_PATTERN } from '@/lib/slugs';

const USAGE = `Usage: npm run import -- <file or directory>... [options]

Loads Almanac exports (npm run export), muffinlabs "Today in History" day files (MM-DD.json),
Wikimedia onthisday responses and byabbe.se "On this day" files (a dump's events/1/15.json,
births/1/15.json, deaths/1/15.json); the format is recognised by each file's content. A directory
means every *.json file in it and its subfolders. Importing the same data again changes nothing.

A file that cannot be read is reported and left out, and the other files are imported; a file cut
off mid-entry gives the entries before the cut.

Exit status: 0 when every file was read and its entries are in Almanac; 2 when the import went
ahead but a file could not be read or was cut off; 1 when nothing was imported (every entry
skipped, no entries, no readable file) or the command failed.

Options:
  --status published|draft   status of new events from day files (default: published);
                             Almanac exports keep the status each event has in the file
  --category <slug>          category for day-file entries no keyword places (default: ${DEFAULT_CATEGORY_SLUG});
                             Almanac exports bring their own categories
  --date MM-DD               day of a Wikimedia response whose file name does not say it
                             (byabbe.se and muffinlabs files name their own day)
  --user <email>             the Almanac user the import is recorded as (revisions, audit log)
  --dry-run                  report what would change, write nothing
  -h, --help                 show this help`;

const CONSOLE_SKIP_LIMIT = 50;
const MERGE_EXAMPLES = 12;
/** What each rule of lib/import/match.ts means, for the dry run. */
const RULE_LABELS: Record<string, string> = {
  'same text': 'the same text',
  'same person': 'the same person born or dead that day',
  words: 'nearly the same words',
  oneArticle: 'similar words and a linked article in common',
  twoArticles: 'some words and two linked articles in common',
  soleCandidate: 'the only event that year, sharing an article or subject',
  'merged before': 'merged before, its text changed since',
};

const optionsSchema = z.object({
  paths: z
    .array(z.string().min(1))
    .min(1, { message: 'name at least one file or directory to import' }),
  status: z
    .enum(['published', 'draft'], { message: '--status must be "published" or "draft"' })
    .default('published'),
  category: z
    .string()
    .regex(SLUG_PATTERN, {
      message: '--category must be a category slug such as "science-technology"',
    })
    .optional(),
  date: z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined) return undefined;
      const md = parseNumericMonthDay(value);
      if (!md || !/^\d{2}-\d{2}$/.test(value)) {
        ctx.addIssue({
          code: 'custom',
          message: `--date must be a day as MM-DD, such as 10-30 (got "${value}")`,
        });
        return z.NEVER;
      }
      return md;
    }),
  user: z.email({ message: '--user must be the email address of an Almanac user' }).optional(),
  dryRun: z.boolean().default(false),
});
type Options = z.infer<typeof optionsSchema>;

class UsageError extends Error {}

function fail(message: string): never {
  console.error(`[import] ${message}`);
  process.exit(1);
}

function readOptions(argv: string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        status: { type: 'string' },
        category: { type: 'string' },
        date: { type: 'string' },
        user: { type: 'string' },
        'dry-run': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (parsed.values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const result = optionsSchema.safeParse({
    paths: parsed.positionals,
    status: parsed.values.status,
    category: parsed.values.category,
    date: parsed.values.date,
    user: parsed.values.user,
    dryRun: parsed.values['dry-run'] ?? false,
  });
  if (!result.success) throw new UsageError(result.error.issues.map((i) => i.message).join('\n'));
  return result.data;
}

const byNameAndNumber = new Intl.Collator('en', { numeric: true }).compare;

/** A directory's *.json files, in it and its subfolders (hidden ones left out), "2.json" before "10.json". */
function listJsonFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.'))
    .sort((a, b) => byNameAndNumber(a.name, b.name))
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return listJsonFiles(full);
      return entry.isFile() && entry.name.toLowerCase().endsWith('.json') ? [full] : [];
    });
}

/** The files to read: each path itself, or a directory's *.json files (see listJsonFiles). */
function listFiles(paths: readonly string[]): { files: string[]; inDirectories: string[] } {
  const files: string[] = [];
  const inDirectories: string[] = [];
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      throw new UsageError(`${p}: no such file or directory`);
    }
    if (stat.isDirectory()) {
      const inDir = listJsonFiles(p);
      if (inDir.length === 0)
        throw new UsageError(`${p}: no .json files in the directory or its subfolders`);
      files.push(...inDir);
      inDirectories.push(...inDir);
    } else {
      files.push(p);
    }
  }
  return { files, inDirectories };
}

const dayName = (d: { month: number; day: number }) => formatMonthDay(d.month, d.day);

/** Days a byabbe.se dump (a folder named on the command line) has no file for: "deaths: files for 365 of 366 days; no file for 2 February". */
function reportDumpCoverage(files: readonly string[]): void {
  for (const c of describeDumpCoverage(files)) {
    if (c.days === 366) continue;
    const range =
      c.first.month === c.last.month && c.first.day === c.last.day
        ? dayName(c.first)
        : `${dayName(c.first)} to ${dayName(c.last)}`;
    const span = c.days * 2 < 366 ? ` (${range})` : '';
    const names = c.missing.slice(0, 10).map(dayName).join(', ');
    const more = c.missing.length > 10 ? ` and ${fmt(c.missing.length - 10)} more` : '';
    const gaps = c.missing.length > 0 ? `; no file for ${names}${more}` : '';
    console.log(`Note: ${c.type}: files for ${fmt(c.days)} of 366 days${span}${gaps}.`);
  }
}

/** Reads and parses one file; an error for people when it cannot be read. */
function readImportFile(
  file: string,
  options: Options,
): { ok: true; value: ParsedImportFile } | { ok: false; error: string } {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    return { ok: false, error: `${file}: cannot read (${(error as Error).message})` };
  }
  const parsed = parseImportFile(text, {
    fileName: file,
    defaultCategory: options.category,
    monthDay: options.date,
  });
  if (parsed.ok || parsed.error.startsWith(file)) return parsed;
  return { ok: false, error: `${file}: ${parsed.error}` };
}

const fmt = (n: number) => n.toLocaleString('en-US');

function progressReporter(total: number): { update(p: ImportProgress): void; stop(): void } {
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream: process.stderr,
        format:
          'Importing |{bar}| {percentage}% | {done}/{all} rows | {imported} new, {updated} updated, {unchanged} unchanged | ETA {eta_formatted}',
        hideCursor: true,
        etaBuffer: 20,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { done: 0, all: fmt(total), imported: 0, updated: 0, unchanged: 0 });
    return {
      update: (p) =>
        bar.update(p.processed, {
          done: fmt(p.processed),
          imported: fmt(p.imported),
          updated: fmt(p.updated),
          unchanged: fmt(p.unchanged),
        }),
      stop: () => bar.stop(),
    };
  }
  // Not a terminal (CI, a log file): one line every 10%.
  let nextStep = 1;
  return {
    update(p) {
      if (p.total === 0) return;
      const tenth = Math.floor((p.processed / p.total) * 10);
      if (tenth >= nextStep) {
        nextStep = tenth + 1;
        process.stderr.write(
          `Importing: ${Math.round((p.processed / p.total) * 100)}% (${fmt(p.processed)}/${fmt(p.total)} rows)\n`,
        );
      }
    },
    stop() {},
  };
}

function describeSkip(s: Skip): string {
  const year =
    s.rawYear === null
      ? '-'
      : JSON.stringify(s.rawYear.length > 60 ? `${s.rawYear.slice(0, 59)}…` : s.rawYear);
  return `${s.where.file}  ${s.where.section} #${s.where.index}  year ${year}  ${s.reason}`;
}

function reportSkips(skipped: readonly Skip[]): void {
  if (skipped.length === 0) return;
  const byCode = new Map<string, number>();
  for (const s of skipped) byCode.set(s.code, (byCode.get(s.code) ?? 0) + 1);
  console.log('\nSkipped, by reason:');
  for (const [code, n] of [...byCode].sort((a, b) => b[1] - a[1])) {
    console.log(`  ${SKIP_CODES[code as Skip['code']]}: ${fmt(n)}`);
  }
  const lines = skipped.map(describeSkip);
  if (lines.length <= CONSOLE_SKIP_LIMIT) {
    console.log('\nSkipped entries:');
    for (const line of lines) console.log(`  ${line}`);
    return;
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = path.join('data', `import-skips-${stamp}.txt`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  console.log(
    `\nSkipped entries (first ${CONSOLE_SKIP_LIMIT} of ${fmt(lines.length)}; all of them in ${file}):`,
  );
  for (const line of lines.slice(0, CONSOLE_SKIP_LIMIT)) console.log(`  ${line}`);
}

async function main(): Promise<void> {
  let options: Options;
  let files: string[];
  let inDirectories: string[];
  let config: AppConfig;
  try {
    options = readOptions(process.argv.slice(2));
    ({ files, inDirectories } = listFiles(options.paths));
    config = loadConfig();
  } catch (error) {
    if (error instanceof UsageError) fail(`${error.message}\n\n${USAGE}`);
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }

  const started = performance.now();
  await migrateDatabase();

  if (options.category && !(await importCategoryExists(options.category))) {
    fail(
      `--category: no category "${options.category}". Default categories: ${DEFAULT_CATEGORIES.map((c) => c.slug).join(', ')}`,
    );
  }

  let actorId: number | null = null;
  if (options.user) {
    const found = await findActiveUserIdByEmail(options.user);
    if (found === null) fail(`--user: no active Almanac user with the email ${options.user}`);
    actorId = found;
  }

  // Read everything before writing anything. A file that cannot be read is reported and left out
  // (a dump of a thousand files with one broken one still imports); the exit status tells.
  console.log(`Reading ${fmt(files.length)} file${files.length === 1 ? '' : 's'}…`);
  const parsedFiles: ParsedImportFile[] = [];
  const unreadable: string[] = [];
  let entries = 0;
  const formats = new Map<string, number>();
  for (const file of files) {
    const parsed = readImportFile(file, options);
    if (!parsed.ok) {
      console.error(`[import] ${parsed.error}`);
      unreadable.push(parsed.error);
      continue;
    }
    parsedFiles.push(parsed.value);
    entries += parsed.value.total;
    formats.set(parsed.value.format, (formats.get(parsed.value.format) ?? 0) + 1);
  }
  if (parsedFiles.length === 0)
    fail(
      `Nothing imported: ${files.length === 1 ? 'the file could not be read' : 'none of the files could be read'}.`,
    );
  reportDumpCoverage(inDirectories);
  const formatList = [...formats].map(([f, n]) => `${n} ${f}`).join(', ');
  const unusable = parsedFiles.reduce((n, f) => n + f.skipped.length, 0);
  console.log(
    `Read ${fmt(parsedFiles.length)} file${parsedFiles.length === 1 ? '' : 's'} (${formatList}): ${fmt(entries)} entries, ${fmt(unusable)} unusable.`,
  );
  console.log(
    `Database: ${config.databasePath}${options.dryRun ? ' (dry run: nothing is written)' : ''}`,
  );
  const almanacEdited = parsedFiles.reduce(
    (n, f) => n + (f.format === 'almanac' ? f.events.filter((e) => e.event.edited).length : 0),
    0,
  );
  if (almanacEdited > 0 && actorId === null)
    console.log(
      `Note: ${fmt(almanacEdited)} events were edited by people on the site they come from; without --user they cannot be marked as edited here, so a later import of their original day files could overwrite them.`,
    );

  let result;
  if (options.dryRun) {
    result = await previewImportFiles(parsedFiles, { actorId });
  } else {
    const progress = progressReporter(
      parsedFiles.reduce(
        (n, f) => n + (f.format === 'almanac' ? f.events.length : f.rows.length),
        0,
      ),
    );
    try {
      result = await importFiles(parsedFiles, {
        status: options.status,
        actorId,
        via: 'cli',
        onProgress: (p) => progress.update(p),
      });
    } catch (error) {
      progress.stop();
      console.error(`\n[import] failed: ${(error as Error).message}`);
      console.error(
        '[import] batches written before the failure are kept; run the same command again to continue.',
      );
      throw error;
    }
    progress.stop();
  }

  const skipped = result.skipped;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const verb = options.dryRun ? 'Would have ' : '';
  console.log(
    `\n${verb}${options.dryRun ? 'imported' : 'Imported'} ${fmt(result.imported)}, updated ${fmt(result.updated)}, merged ${fmt(result.merged)}, unchanged ${fmt(result.unchanged)}, skipped ${fmt(skipped.length)} (of ${fmt(entries)} ${entries === 1 ? 'entry' : 'entries'}) in ${seconds} s.`,
  );
  if (result.merged > 0)
    console.log(
      `${options.dryRun ? 'Would merge' : 'Merged'} ${fmt(result.merged)} ${result.merged === 1 ? 'entry' : 'entries'} into events another corpus already tells (one event, both sources).`,
    );
  if ('mergeSamples' in result && result.mergeSamples.length > 0) {
    const rules = Object.entries(result.mergedByRule)
      .map(([rule, n]) => `${RULE_LABELS[rule] ?? rule}: ${fmt(n)}`)
      .join('; ');
    console.log(`  by what matched: ${rules}`);
    console.log(`\nWould merge, for example:`);
    const plain = (rule: string) => (rule === 'same text' || rule === 'same person' ? 1 : 0);
    const reworded = [...result.mergeSamples].sort((a, b) => plain(a.rule) - plain(b.rule));
    for (const m of reworded.slice(0, MERGE_EXAMPLES))
      console.log(
        `  ${formatMonthDay(m.month, m.day)}${m.year === null ? '' : ` ${m.year}`}, ${m.kind} from ${m.source}: “${m.title}”\n    into “${m.into.title}” (${m.into.slug}, from ${m.into.source ?? 'Almanac'}; ${RULE_LABELS[m.rule] ?? m.rule}, word similarity ${m.score.toFixed(2)})`,
      );
  }
  const t = result.taxonomy;
  if (formats.has('almanac'))
    console.log(
      `${options.dryRun ? 'Would create' : 'Created'} ${fmt(t.categories.created)} categories, ${fmt(t.tags.created)} tags and ${fmt(t.people.created)} people; ${options.dryRun ? 'would update' : 'updated'} ${fmt(t.categories.updated)} categories, ${fmt(t.tags.updated)} tags and ${fmt(t.people.updated)} people.`,
    );
  if (result.warnings.length > 0) {
    console.log(`\nWarnings (${fmt(result.warnings.length)}):`);
    for (const w of result.warnings.slice(0, CONSOLE_SKIP_LIMIT)) console.log(`  ${w}`);
    if (result.warnings.length > CONSOLE_SKIP_LIMIT)
      console.log(`  … and ${fmt(result.warnings.length - CONSOLE_SKIP_LIMIT)} more`);
  }
  reportSkips(skipped);

  if (!options.dryRun && result.imported + result.updated + result.merged > 0) {
    // Every server on this database reads these expiries before its next page lookup.
    await expireCacheTags([cacheTags.allEvents, cacheTags.categories]);
    console.log('Cached pages expired: every server on this database shows the import.');
  }
  await closeDatabase();

  const verdict = judgeImport({
    entries,
    written:
      result.imported +
      result.updated +
      result.merged +
      result.unchanged +
      t.categories.created +
      t.categories.updated +
      t.tags.created +
      t.tags.updated +
      t.people.created +
      t.people.updated,
    skipped,
    unreadable,
    dryRun: options.dryRun,
  });
  if (verdict.problems.length > 0) console.error(`\n${verdict.problems.join('\n')}`);
  process.exitCode = verdict.exitCode;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
