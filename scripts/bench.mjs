// `npm run bench`: serves a production build over the imported muffinlabs corpus and measures
// (1) uncached renders of the largest day pages, (2) cached day/event page throughput
// at 20 concurrent connections, (3) one page's bytes served four ways (nginx file, bare Next route,
// Almanac directly, Almanac through the reverse cache: scripts/bench-proxy.mjs) and (4) search
// latency. Loopback only. Prints a Markdown table for BENCHMARKS.md.
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchSameBytes } from './bench-proxy.mjs';
import { buildIfStale, setupDatabase, spawnNext, withAuthEnv } from './lib/build.mjs';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const duration = Number(process.env.BENCH_SECONDS ?? 15);
const connections = 20;
const port = process.env.BENCH_PORT ?? '3300';
const dataDir = path.resolve('../shared/data/muffinlabs');
const dir = path.resolve('.bench');
fs.mkdirSync(dir, { recursive: true });

const env = {
  ...process.env,
  DATABASE_PATH: path.join(dir, 'almanac-bench.db'),
  NEXT_DIST_DIR: '.next-bench',
  PORT: port,
  NEXT_TELEMETRY_DISABLED: '1',
};

setupDatabase({ env });
const count = () => {
  const db = new Database(env.DATABASE_PATH, { readonly: true });
  const n = db.prepare('SELECT count(*) AS n FROM events').get().n;
  db.close();
  return n;
};
if (count() < 100_000) {
  if (!fs.existsSync(dataDir)) {
    console.error(`The benchmark needs the muffinlabs corpus at ${dataDir}`);
    process.exit(1);
  }
  const r = spawnSync('npx', ['tsx', '--conditions=react-server', 'scripts/import.ts', dataDir], {
    stdio: 'inherit',
    env,
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
buildIfStale({ distDir: env.NEXT_DIST_DIR, env });
fs.rmSync(path.join(env.NEXT_DIST_DIR, 'cache'), { recursive: true, force: true });

const db = new Database(env.DATABASE_PATH, { readonly: true });
const days = db
  .prepare(
    `SELECT month, day, count(*) AS n FROM events
     WHERE status = 'published' AND deleted_at IS NULL AND month IS NOT NULL AND day IS NOT NULL
     GROUP BY month, day ORDER BY n DESC LIMIT 10`,
  )
  .all();
const event = db
  .prepare(
    `SELECT slug FROM events WHERE status = 'published' AND kind = 'event' AND body <> '' ORDER BY id LIMIT 1`,
  )
  .get();
const total = db.prepare('SELECT count(*) AS n FROM events').get().n;
db.close();

const server = spawnNext(['start', '-p', port, '-H', '127.0.0.1'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: withAuthEnv(env),
});
const base = `http://127.0.0.1:${port}`;
const stop = () => server.kill('SIGTERM');
process.on('exit', stop);

async function waitForServer() {
  for (let i = 0; i < 120; i++) {
    try {
      const r = await fetch(`${base}/categories`);
      if (r.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('server did not start');
}

async function timed(url, attempt = 1) {
  const t0 = performance.now();
  let r;
  try {
    r = await fetch(url);
  } catch (error) {
    // A pooled keep-alive socket the server closed while the load ran: try once more on a new one.
    if (attempt > 1) throw error;
    return timed(url, attempt + 1);
  }
  const body = await r.text();
  return {
    ms: performance.now() - t0,
    status: r.status,
    bytes: body.length,
    cache: r.headers.get('x-nextjs-cache'),
  };
}

// wrk (C, one thread) when installed: it leaves more of the two cores to the server than autocannon,
// which runs in Node and parses every response. Both report the same figures here.
const hasWrk = spawnSync('wrk', ['--version']).error === undefined;

function loadWithWrk(url, headers = {}, seconds = duration) {
  const headerArgs = Object.entries(headers).flatMap(([k, v]) => ['-H', `${k}: ${v}`]);
  const args = ['-t1', `-c${connections}`, `-d${seconds}s`, '--latency', ...headerArgs, url];
  const r = spawnSync('wrk', args, { encoding: 'utf8' });
  const out = r.stdout;
  const num = (re) => Number(re.exec(out)?.[1] ?? NaN);
  const ms = (re) => {
    const m = re.exec(out);
    if (!m) return NaN;
    const v = Number(m[1]);
    return m[2] === 'us' ? v / 1000 : m[2] === 's' ? v * 1000 : v;
  };
  const errors = num(/Non-2xx or 3xx responses: (\d+)/) || 0;
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const socketErrors = socket ? socket.slice(1).reduce((a, b) => a + Number(b), 0) : 0;
  return {
    tool: 'wrk',
    requests: num(/(\d+) requests in/),
    rps: num(/Requests\/sec:\s+([\d.]+)/),
    p50: ms(/50%\s+([\d.]+)(us|ms|s)/),
    p99: ms(/99%\s+([\d.]+)(us|ms|s)/),
    errors: errors + socketErrors,
  };
}

function load(url) {
  if (hasWrk) return Promise.resolve(loadWithWrk(url));
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration }, (err, r) =>
      err
        ? reject(err)
        : resolve({
            tool: 'autocannon',
            rps: r.requests.average,
            p50: r.latency.p50,
            p99: r.latency.p99,
            errors: r.errors + r.timeouts + r.non2xx,
          }),
    );
  });
}

await waitForServer();
const rows = [];
console.log(
  `\nCorpus: ${total.toLocaleString('en')} events. Machine: ${os.cpus().length} cores, Node ${process.version}.`,
);

// `npm run bench -- --same-bytes` measures only the four ways of serving one page's bytes.
const onlySameBytes = process.argv.includes('--same-bytes');
const sameBytesSeconds = Number(process.env.BENCH_SAME_BYTES_SECONDS ?? 5);

async function measurePages() {
  // Warm the server (module loading, JIT) on a page that is not measured.
  await timed(`${base}/days/january-1`);
  await timed(`${base}/events/${event.slug}`);
  console.log(
    '\nUncached renders (first request for each page since the cache was cleared; server warmed on other pages):',
  );
  const uncached = [];
  for (const d of days) {
    const url = `${base}/days/${MONTHS[d.month - 1]}-${d.day}`;
    const r = await timed(url);
    uncached.push(r.ms);
    console.log(
      `  ${url.replace(base, '')}: ${d.n} entries, ${r.ms.toFixed(1)} ms, ${r.status}, ${(r.bytes / 1024).toFixed(0)} KiB, cache ${r.cache}`,
    );
  }
  const sorted = [...uncached].sort((a, b) => a - b);
  rows.push([
    'Uncached day page, 10 largest days (ms, median / max)',
    `${sorted[Math.floor(sorted.length / 2)].toFixed(1)} / ${sorted.at(-1).toFixed(1)}`,
    `largest: ${days[0].n} entries`,
  ]);

  const targets = [
    ['Cached day page, largest day', `${base}/days/${MONTHS[days[0].month - 1]}-${days[0].day}`],
    ['Cached day page, 1 February', `${base}/days/february-1`],
    ['Cached event page', `${base}/events/${event.slug}`],
  ];
  for (const [label, url] of targets) {
    await timed(url);
    await timed(url);
    const warm = await timed(url);
    const r = await load(url);
    console.log(
      `\n${label} ${url.replace(base, '')} (x-nextjs-cache: ${warm.cache}, ${(warm.bytes / 1024).toFixed(0)} KiB):`,
    );
    console.log(
      `  ${r.rps.toFixed(0)} req/s (${r.tool}), latency p50 ${r.p50} ms, p99 ${r.p99} ms, errors/non-2xx ${r.errors}`,
    );
    rows.push([
      `${label} (${(warm.bytes / 1024).toFixed(0)} KiB), ${connections} connections, ${duration} s, ${r.tool}`,
      `${r.rps.toFixed(0)} req/s`,
      `p50 ${r.p50} ms, p99 ${r.p99} ms, errors ${r.errors}`,
    ]);
  }
}

async function measureSameBytes() {
  if (hasWrk) {
    console.log(
      `\nThe same bytes four ways (${connections} connections, ${sameBytesSeconds} s a run, wrk; Almanac's 1 February day page):`,
    );
    const p = Number(port);
    rows.push(
      ...(await benchSameBytes({
        almanac: { base, child: server },
        page: '/days/february-1',
        load: (url, headers) => loadWithWrk(url, headers, sameBytesSeconds),
        rounds: Number(process.env.BENCH_ROUNDS ?? 3),
        dir,
        ports: { file: p + 1, bare: p + 2, proxy: p + 3 },
      })),
    );
  } else {
    console.log('\n(skipped the same-bytes comparison: it needs wrk, apt-get install wrk)');
  }
}

async function measureSearch() {
  // Search: whole /search responses (dynamic pages: query, render, HTML), one at a time, then the
  // same queries in the data access layer alone (scripts/bench-search.ts).
  const searchQueries = JSON.parse(
    fs.readFileSync('scripts/lib/search-bench-queries.json', 'utf8'),
  );
  const searchTimes = [];
  let searchErrors = 0;
  for (const params of searchQueries) await timed(`${base}/search?${new URLSearchParams(params)}`);
  for (let round = 0; round < 5; round++) {
    for (const params of searchQueries) {
      const r = await timed(`${base}/search?${new URLSearchParams(params)}`);
      if (r.status !== 200) searchErrors++;
      searchTimes.push(r.ms);
    }
  }
  searchTimes.sort((a, b) => a - b);
  const pct = (sorted, p) =>
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  console.log(
    `\n/search pages: ${searchTimes.length} requests, p50 ${pct(searchTimes, 50).toFixed(1)} ms, p95 ${pct(searchTimes, 95).toFixed(1)} ms, max ${searchTimes.at(-1).toFixed(1)} ms, non-200 ${searchErrors}`,
  );
  rows.push([
    `/search page, ${searchQueries.length} queries x 5, sequential (ms, p50 / p95 / max)`,
    `${pct(searchTimes, 50).toFixed(1)} / ${pct(searchTimes, 95).toFixed(1)} / ${searchTimes.at(-1).toFixed(1)}`,
    `non-200: ${searchErrors}`,
  ]);
  const dal = spawnSync('npx', ['tsx', '--conditions=react-server', 'scripts/bench-search.ts'], {
    encoding: 'utf8',
    env,
  });
  process.stdout.write(
    dal.stdout
      .split('\n')
      .filter((l) => !l.startsWith('SEARCH_RESULT'))
      .join('\n'),
  );
  const dalResult = /SEARCH_RESULT (.*)/.exec(dal.stdout);
  if (dalResult) {
    const d = JSON.parse(dalResult[1]);
    rows.push([
      `Search in the data access layer, ${searchQueries.length} queries x 20 (ms, p50 / p95 / max)`,
      `${d.p50.toFixed(1)} / ${d.p95.toFixed(1)} / ${d.max.toFixed(1)}`,
      'SQLite FTS5, bm25',
    ]);
  }
}

if (!onlySameBytes) await measurePages();
await measureSameBytes();
if (!onlySameBytes) await measureSearch();

console.log('\n| measure | result | notes |\n|---|---|---|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
stop();
process.exit(0);
