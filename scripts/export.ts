// Exports the site as Almanac JSON: npm run export -- [--out file] [filters]
// Run through tsx with `--conditions=react-server` (see package.json), so `server-only` resolves.
import fs from 'node:fs';
import path from 'node:path';
import { closeDatabase, exportAlmanac, migrateDatabase } from '@/db/store';
import { exportFileName, parseExportFilter } from '@/lib/import/export-filter';
import { command, type Fail } from './lib/command';

const USAGE = `Usage: npm run export -- [--out <file>] [filters]

Writes the site's events, with their categories, tags and topics, people, references, links, former
slugs and source links, as one Almanac JSON file; \`npm run import -- <file>\` reads it back into any
Almanac.

Options:
  --out <file>          where to write (default: ./almanac-export-<all|filtered>-<time>.json; "-" for stdout)
  --category <slug>     only events in this category (repeat for several)
  --status <status>     only draft, published or archived events (repeatable)
  --kind <kind>         only events, births, deaths or observances (repeatable)
  --from <year>         only events from this year on (1924, -44 or "44 BCE")
  --to <year>           only events up to this year
  --since <date>        only events changed since YYYY-MM-DD
  --include-trash       include events in the trash
  -h, --help            show this help

Without filters the file holds the whole site: every category, tag and person too.`;

const cli = command('export', USAGE);
const fail: Fail = cli.fail;

async function main(): Promise<void> {
  const v = cli.args({
    allowPositionals: false,
    strict: true,
    options: {
      out: { type: 'string' },
      category: { type: 'string', multiple: true },
      status: { type: 'string', multiple: true },
      kind: { type: 'string', multiple: true },
      from: { type: 'string' },
      to: { type: 'string' },
      since: { type: 'string' },
      'include-trash': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  }).values;
  const parsed = parseExportFilter({
    category: v.category,
    status: v.status,
    kind: v.kind,
    yearFrom: v.from,
    yearTo: v.to,
    updatedSince: v.since,
    trash: v['include-trash'] ? '1' : undefined,
  });
  if (!parsed.ok) fail(parsed.error);
  const filter = parsed.filter;

  const config = cli.config();
  if (!fs.existsSync(config.databasePath)) fail(`no database at ${config.databasePath}`);
  await migrateDatabase();

  const now = new Date();
  const toStdout = v.out === '-';
  const out = toStdout ? null : path.resolve(v.out ?? exportFileName(now, filter));
  const temp = out ? `${out}.partial` : null;

  let fd: number | null = null;
  try {
    fd = temp ? fs.openSync(temp, 'w') : 1;
    const file = fd;
    let bytes = 0;
    const { eventCount } = await exportAlmanac({
      filter,
      meta: { exportedAt: now, site: { name: config.siteName, url: config.siteUrl } },
      write(chunk) {
        fs.writeSync(file, chunk);
        bytes += Buffer.byteLength(chunk);
      },
    });
    if (temp && out) {
      fs.closeSync(fd);
      fd = null;
      fs.renameSync(temp, out);
    }
    console.error(
      `Exported ${eventCount.toLocaleString('en-US')} event${eventCount === 1 ? '' : 's'} (${(bytes / 1024).toFixed(0)} KB)${out ? ` to ${out}` : ''}.`,
    );
  } catch (error) {
    if (temp) fs.rmSync(temp, { force: true });
    throw error;
  } finally {
    if (fd !== null && fd !== 1) fs.closeSync(fd);
    await closeDatabase();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
