// Uncached speed of the reader index pages' reads (/people, /years, /events and their sub-pages, the year
// pages' neighbours) in the data access layer, with each query's plan, over an imported corpus:
//   DATABASE_PATH=/tmp/rd.db npm run import -- ../shared/data/muffinlabs
//   DATABASE_PATH=/tmp/rd.db npx tsx --conditions=react-server scripts/bench-indexes.ts
import { performance } from 'node:perf_hooks';
import { getDbHandle } from '@/db/client';
import { getDayNeighbours } from '@/db/queries/days';
import { countPublicEvents, listLatestPublished } from '@/db/queries/latest';
import {
  countPeopleByInitial,
  countPeopleByPrefix,
  listPeopleByInitial,
} from '@/db/queries/people';
import { getYearNeighbours, listYearCounts } from '@/db/queries/years';

const rounds = Number(process.env.BENCH_ROUNDS ?? 20);
const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

const biggest = countPeopleByInitial().reduce((a, b) => (b.count > a.count ? b : a));
const deepPerson = Math.max(0, biggest.count - 100);
const deepEvent = Math.max(0, countPublicEvents() - 50);
const cases: [string, () => unknown][] = [
  ['people: counts per initial', () => countPeopleByInitial()],
  [`people: two-letter counts in "${biggest.initial}"`, () => countPeopleByPrefix(biggest.initial)],
  [
    `people: "${biggest.initial}" page 1`,
    () => listPeopleByInitial({ initial: biggest.initial, limit: 100, offset: 0 }),
  ],
  [
    `people: "${biggest.initial}" last page (offset ${deepPerson})`,
    () => listPeopleByInitial({ initial: biggest.initial, limit: 100, offset: deepPerson }),
  ],
  ['years: counts per year', () => listYearCounts()],
  ['years: one century (1901-2000)', () => listYearCounts({ from: 1901, to: 2000 })],
  ['years: neighbours of 1924', () => getYearNeighbours({ year: 1924 })],
  ['years: neighbours of 9999 BCE', () => getYearNeighbours({ year: -9999 })],
  ['years: birth neighbours of 500 BCE', () => getYearNeighbours({ year: -500, kind: 'birth' })],
  [
    'days: death neighbours of 1 February',
    () => getDayNeighbours({ month: 2, day: 1, kind: 'death' }),
  ],
  ['events: count', () => countPublicEvents()],
  ['events: page 1', () => listLatestPublished({ limit: 50, offset: 0 })],
  [
    `events: last page (offset ${deepEvent})`,
    () => listLatestPublished({ limit: 50, offset: deepEvent }),
  ],
];

// Show the plan of every statement a case runs.
const { sqlite } = getDbHandle();
const plans = new Map<string, string[]>();
const prepare = sqlite.prepare.bind(sqlite);
let current = '';
sqlite.prepare = ((source: string) => {
  if (current && !source.startsWith('EXPLAIN')) {
    const plan = (
      prepare(`EXPLAIN QUERY PLAN ${source}`).all(...new Array(countParams(source)).fill(null)) as {
        detail: string;
      }[]
    ).map((r) => r.detail);
    plans.set(current, [...(plans.get(current) ?? []), ...plan, '']);
  }
  return prepare(source);
}) as typeof sqlite.prepare;
function countParams(source: string) {
  return (source.match(/\?/g) ?? []).length;
}

console.log(
  `Index pages in the data access layer, ${rounds} rounds each (uncached: no Next cache here)`,
);
for (const [label, run] of cases) {
  current = label;
  run();
  current = '';
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(
    `  ${pct(times, 50).toFixed(2).padStart(7)} ms p50 ${times.at(-1)!.toFixed(2).padStart(7)} ms max  ${label}`,
  );
  if (process.env.BENCH_PLANS)
    for (const line of plans.get(label) ?? []) console.log(`              ${line}`);
}
