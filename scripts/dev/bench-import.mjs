#!/usr/bin/env node
// What an import costs (BENCHMARKS.md, issues 11 and 12): each checkout given imports the same
// corpus into a fresh database of its own under /usr/bin/time -v, alternately, `--runs` times
// each; prints CPU (user + sys), wall time, peak memory and the database's size as left and after
// VACUUM, then each checkout's CPU as a ratio of the first one's. The machine may be shared: read
// the CPU ratios, not the wall times.
//
//   node scripts/dev/bench-import.mjs [--corpus DIR] [--runs N] [--keep] CHECKOUT...
//   node scripts/dev/bench-import.mjs /tmp/basewt .          # base first, this checkout second
//
// A checkout is a directory with its own node_modules (a git worktree with `cp -al` of another's
// node_modules does); each runs its own `npm run import` with its own migrations.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const args = process.argv.slice(2);
let corpus = path.resolve('../shared/data/muffinlabs');
let runs = 2;
let keep = false;
const checkouts = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--corpus') corpus = path.resolve(args[++i]);
  else if (a === '--runs') runs = Number(args[++i]);
  else if (a === '--keep') keep = true;
  else checkouts.push(path.resolve(a));
}
if (checkouts.length === 0) {
  console.error('usage: bench-import.mjs [--corpus DIR] [--runs N] [--keep] CHECKOUT...');
  process.exit(2);
}

const mb = (bytes) => (bytes / 1e6).toFixed(1);
const sizeOf = (file) =>
  ['', '-wal', '-shm'].reduce(
    (n, s) => n + (fs.existsSync(file + s) ? fs.statSync(file + s).size : 0),
    0,
  );

function runOnce(checkout, n) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-import-'));
  const db = path.join(dir, 'almanac.db');
  const timeFile = path.join(dir, 'time.txt');
  const r = spawnSync(
    '/usr/bin/time',
    ['-v', '-o', timeFile, 'npx', 'tsx', '--conditions=react-server', 'scripts/import.ts', corpus],
    {
      cwd: checkout,
      env: { ...process.env, DATABASE_PATH: db },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const time = fs.readFileSync(timeFile, 'utf8');
  const field = (name) => {
    const m = time.match(new RegExp(`${name}[^:]*: ([\\d.:]+)`));
    return m ? m[1] : '';
  };
  const cpu = Number(field('User time')) + Number(field('System time'));
  const wallText = time.match(/Elapsed \(wall clock\) time[^\n]*: ([\d:.]+)/)?.[1] ?? '0';
  const wall = wallText.split(':').reduce((t, part) => t * 60 + Number(part), 0);
  const rssMb = Number(field('Maximum resident set size')) / 1000;
  const summary = (r.stdout.match(/Imported [^\n]*/g) ?? []).pop() ?? `(exit ${r.status})`;
  const asLeft = sizeOf(db);
  const sqlite = spawnSync('node', [
    '-e',
    `const D=require(${JSON.stringify(path.join(checkout, 'node_modules/better-sqlite3'))});const d=new D(${JSON.stringify(db)});d.pragma('wal_checkpoint(TRUNCATE)');d.exec('VACUUM');d.close();`,
  ]);
  if (sqlite.status !== 0) console.error(String(sqlite.stderr));
  const vacuumed = sizeOf(db);
  if (!keep) fs.rmSync(dir, { recursive: true, force: true });
  const out = { checkout, n, cpu, wall, rssMb, asLeft, vacuumed, summary, status: r.status, db };
  console.log(
    `${path.basename(checkout)} #${n}: CPU ${cpu.toFixed(1)} s, wall ${wall.toFixed(1)} s, peak RSS ${rssMb.toFixed(0)} MB, DB ${mb(asLeft)} MB as left, ${mb(vacuumed)} MB vacuumed, load ${os.loadavg()[0].toFixed(1)} — ${summary}${keep ? ` [${db}]` : ''}`,
  );
  if (r.status !== 0) console.error(r.stderr.slice(-2000));
  return out;
}

const results = [];
for (let n = 1; n <= runs; n++) for (const c of checkouts) results.push(runOnce(c, n));

console.log('\nCPU of each run as a ratio of the first checkout in the same round:');
for (let n = 1; n <= runs; n++) {
  const round = results.filter((r) => r.n === n);
  console.log(
    `  round ${n}: ${round.map((r) => `${path.basename(r.checkout)} ${(r.cpu / round[0].cpu).toFixed(2)}`).join(', ')}`,
  );
}
for (const c of checkouts) {
  const mine = results.filter((r) => r.checkout === c);
  const avg = (k) => mine.reduce((t, r) => t + r[k], 0) / mine.length;
  console.log(
    `${c}: CPU mean ${avg('cpu').toFixed(1)} s, DB ${mb(avg('asLeft'))} MB as left, ${mb(avg('vacuumed'))} MB vacuumed`,
  );
}
