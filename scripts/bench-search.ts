// Search latency over the imported corpus, measured in the data access layer (what a /search
// request spends in SQLite). Run by `npm run bench` after it has imported the corpus into .bench/,
// or alone: DATABASE_PATH=.bench/almanac-bench.db npx tsx --conditions=react-server scripts/bench-search.ts
import { performance } from 'node:perf_hooks';
import { searchEvents } from '@/db/queries/search';
import { parseSearchParams } from '@/lib/search/search-params';
import queries from './lib/search-bench-queries.json' with { type: 'json' };

/** What readers type: people, places, half-typed words, common words, phrases, filters, deep pages. */
export const SEARCH_BENCH_QUERIES = queries as unknown as Record<string, string>[]; // JSON objects of strings

const rounds = Number(process.env.SEARCH_BENCH_ROUNDS ?? 20);
const run = (params: Record<string, string>) => searchEvents(parseSearchParams(params).query);

// Warm up: page cache, prepared statements, JIT.
for (const params of SEARCH_BENCH_QUERIES) run(params);

const all: number[] = [];
const perQuery: { label: string; p50: number; max: number; total: number }[] = [];
for (const params of SEARCH_BENCH_QUERIES) {
  const times: number[] = [];
  let total = 0;
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    total = run(params).total;
    times.push(performance.now() - t);
  }
  all.push(...times);
  times.sort((a, b) => a - b);
  perQuery.push({
    label: new URLSearchParams(params).toString(),
    p50: pct(times, 50),
    max: times.at(-1)!,
    total,
  });
}
all.sort((a, b) => a - b);

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

console.log(
  `\nSearch in the data access layer: ${SEARCH_BENCH_QUERIES.length} queries x ${rounds} rounds`,
);
for (const q of perQuery.sort((a, b) => b.p50 - a.p50)) {
  console.log(
    `  ${q.p50.toFixed(1).padStart(6)} ms p50, ${q.max.toFixed(1).padStart(6)} ms max  ${q.total.toLocaleString('en').padStart(7)} hits  ${q.label}`,
  );
}
console.log(
  `  overall: p50 ${pct(all, 50).toFixed(1)} ms, p95 ${pct(all, 95).toFixed(1)} ms, p99 ${pct(all, 99).toFixed(1)} ms, max ${all.at(-1)!.toFixed(1)} ms`,
);
console.log(
  `SEARCH_RESULT ${JSON.stringify({ p50: pct(all, 50), p95: pct(all, 95), max: all.at(-1) })}`,
);
