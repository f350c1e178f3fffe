// How well the import's classifier files the muffinlabs corpus's events:
//   npx tsx scripts/category-report.ts ../shared/data/muffinlabs            share per category, time
//   npx tsx scripts/category-report.ts ../shared/data/muffinlabs --sample 300 --seed 11
// The second form prints a reproducible random sample of imported events (without categories), the
// source of test/fixtures/category-sample.json, which was labelled by hand.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_CATEGORY_SLUG } from '@/lib/categories';
import { parseImportText } from '@/lib/import';
import { classifyEntry } from '@/lib/import/classify';
import { muffinlabsFileSchema, muffinlabsLinkSchema } from '@/lib/import/schemas';
import { isYearTitle } from '@/lib/import/wikipedia';

type CorpusEvent = {
  file: string;
  index: number;
  year: number | null;
  text: string;
  links: string[];
  category: string;
};

/** Every event the importer keeps, with its category as imported and its links' titles. */
function readCorpusEvents(dir: string): { events: CorpusEvent[]; entries: number } {
  const events: CorpusEvent[] = [];
  let entries = 0;
  for (const name of fs
    .readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const text = fs.readFileSync(path.join(dir, name), 'utf8');
    const raw = muffinlabsFileSchema.parse(JSON.parse(text));
    const parsed = parseImportText(text, { fileName: name });
    if (!parsed.ok) throw new Error(parsed.error);
    entries += parsed.value.rows.length;
    for (const row of parsed.value.rows) {
      if (row.kind !== 'event') continue;
      const item = raw.data.Events?.[row.where.index] as { links?: unknown[] } | undefined;
      const links = (item?.links ?? []).flatMap((l) => {
        const link = muffinlabsLinkSchema.safeParse(l);
        return link.success && !isYearTitle(link.data.title) ? [link.data.title] : [];
      });
      events.push({
        file: name,
        index: row.where.index,
        year: row.year,
        text: row.summary,
        links,
        category: row.categorySlug,
      });
    }
  }
  return { events, entries };
}

/** mulberry32: a small seeded generator, so the same seed draws the same sample. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sample<T>(items: readonly T[], n: number, seed: number): T[] {
  const next = random(seed);
  const copy = [...items];
  for (let i = 0; i < Math.min(n, copy.length); i++) {
    const j = i + Math.floor(next() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, n);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { sample: { type: 'string' }, seed: { type: 'string', default: '11' } },
});
const dir = positionals[0];
if (!dir) {
  console.error('Usage: npx tsx scripts/category-report.ts <muffinlabs dir> [--sample N --seed S]');
  process.exit(1);
}
const { events, entries } = readCorpusEvents(dir);

if (values.sample) {
  const picked = sample(events, Number(values.sample), Number(values.seed));
  console.log(
    JSON.stringify(
      picked.map(({ category: _category, ...e }) => e),
      null,
      2,
    ),
  );
} else {
  const counts = new Map<string, number>();
  for (const e of events) counts.set(e.category, (counts.get(e.category) ?? 0) + 1);
  const pct = (n: number) => `${((100 * n) / events.length).toFixed(1)} %`;
  console.log(`${events.length} imported events (of ${entries} imported entries)`);
  for (const [slug, n] of [...counts].sort((a, b) => b[1] - a[1]))
    console.log(`  ${slug.padEnd(22)} ${String(n).padStart(6)}  ${pct(n)}`);
  const fallback = counts.get(DEFAULT_CATEGORY_SLUG) ?? 0;
  console.log(`default category (${DEFAULT_CATEGORY_SLUG}): ${fallback}, ${pct(fallback)}`);

  // Births and deaths return at once; the cost is the events' rules. Best of five runs.
  const inputs = events.map((e) => ({
    kind: 'event' as const,
    text: e.text,
    links: e.links.map((title) => ({ title })),
  }));
  let best = Infinity;
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    for (const input of inputs) classifyEntry(input);
    best = Math.min(best, performance.now() - start);
  }
  console.log(`classifying the ${events.length} events: ${best.toFixed(0)} ms (best of 5)`);
}
