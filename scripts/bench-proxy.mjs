// Part of `npm run bench`: one page's bytes served four ways in one run, each with and without
// `Accept-Encoding: gzip`: nginx serving them as a file (the machine's ceiling), a bare Next.js
// route handler (the framework's ceiling, scripts/bench-bare), Almanac directly, and Almanac
// through the reverse cache (deploy/nginx). wrk on 127.0.0.1 for a fixed time each; the servers'
// CPU time per request is read from /proc, so a busy machine moves the figures less.
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';
import { findNginx, hasBrotliModule, spawnNginx } from '../deploy/nginx/proxy.mjs';

const BARE_APP = path.resolve('scripts/bench-bare');
const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;

/** CPU seconds (user + system) used so far by these processes and their children's threads. */
function cpuSeconds(pids) {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // gone
    }
  }
  return ticks / CLOCK_TICKS;
}

/** Refuses to measure a server that is not ours: another program on the port would answer. */
function assertPortFree(port) {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', () =>
      reject(new Error(`port ${port} is in use: set BENCH_PORT to a free range of four ports`)),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(resolve));
  });
}

/** A process and its children (nginx's workers). */
function processTree(pid) {
  const children = spawnSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
    .stdout.split('\n')
    .filter(Boolean)
    .map(Number);
  return [pid, ...children.flatMap(processTree)];
}

/** One GET on a connection of its own (a pooled one may have been closed by the server during a load). */
function get(url, encoding = 'identity') {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent: false, headers: { 'accept-encoding': encoding } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode,
          encoding: res.headers['content-encoding'] ?? 'identity',
          body: Buffer.concat(chunks),
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

async function waitFor(url, child, name) {
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode})`);
    try {
      if ((await get(url)).status === 200) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${name} did not start`);
}

function buildBareApp(distDir) {
  const hash = crypto.createHash('sha256');
  for (const f of fs.readdirSync(BARE_APP, { recursive: true }).sort()) {
    const file = path.join(BARE_APP, String(f));
    if (fs.statSync(file).isFile()) hash.update(String(f)).update(fs.readFileSync(file));
  }
  const hashFile = path.join(distDir, '.bench-bare-hash');
  const digest = hash.digest('hex');
  if (fs.existsSync(hashFile) && fs.readFileSync(hashFile, 'utf8') === digest) return;
  console.log('[bench] building the bare Next.js app (scripts/bench-bare)...');
  const r = spawnSync(
    process.execPath,
    [path.resolve('node_modules/next/dist/bin/next'), 'build'],
    {
      cwd: BARE_APP,
      stdio: ['ignore', 'ignore', 'inherit'],
      // Relative: Next joins distDir to the app's folder.
      env: {
        ...process.env,
        NEXT_DIST_DIR: path.relative(BARE_APP, distDir),
        NEXT_TELEMETRY_DISABLED: '1',
      },
    },
  );
  if (r.status !== 0) throw new Error('the bare Next.js app did not build');
  fs.writeFileSync(hashFile, digest);
}

function fileServerConfig({ root, port, runDir }) {
  return `daemon off;
pid ${runDir}/nginx.pid;
worker_processes auto;
error_log stderr warn;
events { worker_connections 4096; }
http {
    access_log off;
    server_tokens off;
    client_body_temp_path ${runDir}/client-body;
    proxy_temp_path ${runDir}/proxy-temp;
    fastcgi_temp_path ${runDir}/fastcgi-temp;
    uwsgi_temp_path ${runDir}/uwsgi-temp;
    scgi_temp_path ${runDir}/scgi-temp;
    sendfile on;
    server {
        listen 127.0.0.1:${port};
        root ${root};
        default_type "text/html; charset=utf-8";
        gzip_static on;
        gzip_vary on;
    }
}
`;
}

/**
 * Serves `bytes` (a page Almanac rendered) from nginx and from the bare Next app, puts the
 * reverse cache in front of Almanac, and measures all four. Returns Markdown table rows.
 */
export async function benchSameBytes({ almanac, page, load, dir, ports, rounds = 3 }) {
  const nginx = findNginx();
  if (!nginx) {
    console.log('\n(skipped the same-bytes comparison: nginx is not installed)');
    return [];
  }
  const children = [];
  const stopAll = () => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  };
  process.on('exit', stopAll);
  try {
    for (const p of Object.values(ports)) await assertPortFree(p);
    const { body: bytes } = await get(`${almanac.base}${page}`);
    const root = path.join(dir, 'same-bytes');
    fs.mkdirSync(path.join(root, path.dirname(page)), { recursive: true });
    fs.writeFileSync(path.join(root, page), bytes);
    fs.writeFileSync(path.join(root, `${page}.gz`), zlib.gzipSync(bytes, { level: 6 }));

    const fileRunDir = path.join(dir, 'nginx-file');
    fs.mkdirSync(fileRunDir, { recursive: true });
    fs.writeFileSync(
      path.join(fileRunDir, 'nginx.conf'),
      fileServerConfig({ root, port: ports.file, runDir: fileRunDir }),
    );
    const file = spawn(nginx, ['-p', fileRunDir, '-e', 'stderr', '-c', 'nginx.conf'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    children.push(file);

    const bareDist = path.resolve('.next-bench-bare');
    buildBareApp(bareDist);
    const bare = spawn(
      process.execPath,
      [
        path.resolve('node_modules/next/dist/bin/next'),
        'start',
        '-p',
        String(ports.bare),
        '-H',
        '127.0.0.1',
      ],
      {
        cwd: BARE_APP,
        stdio: ['ignore', 'ignore', 'inherit'],
        env: {
          ...process.env,
          NEXT_DIST_DIR: path.relative(BARE_APP, bareDist),
          BENCH_BARE_FILE: path.join(root, page),
          NEXT_TELEMETRY_DISABLED: '1',
        },
      },
    );
    children.push(bare);

    const proxyRunDir = path.join(dir, 'nginx-proxy');
    fs.rmSync(proxyRunDir, { recursive: true, force: true });
    const proxy = spawnNginx({
      nginx,
      options: {
        listen: `127.0.0.1:${ports.proxy}`,
        upstreams: [new URL(almanac.base).host],
        runDir: proxyRunDir,
        cacheMaxMb: 256,
        rateLimit: 0,
        accessLog: null,
        workers: 'auto',
        brotli: hasBrotliModule(),
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    children.push(proxy);

    const targets = [
      { name: 'nginx, the bytes as a file', base: `http://127.0.0.1:${ports.file}`, child: file },
      { name: 'bare Next.js route handler', base: `http://127.0.0.1:${ports.bare}`, child: bare },
      { name: 'Almanac directly', base: almanac.base, child: almanac.child },
      {
        name: 'Almanac through the reverse cache',
        base: `http://127.0.0.1:${ports.proxy}`,
        child: proxy,
        also: almanac.child,
      },
    ];
    for (const t of targets) await waitFor(`${t.base}${page}`, t.child, t.name);

    const cases = ['identity', 'gzip'].flatMap((encoding) =>
      targets.map((t) => ({ ...t, encoding })),
    );
    for (const c of cases) {
      const r = await get(`${c.base}${page}`, c.encoding);
      if (r.status !== 200 || r.encoding !== c.encoding)
        throw new Error(
          `${c.name} answered ${r.status} in ${r.encoding}, not 200 in ${c.encoding}`,
        );
      c.sent = r.body.length;
      c.runs = [];
    }
    // Round after round, every case once a round: a machine that gets busier or quieter during
    // the run moves all of them alike, and each figure is the median of its rounds.
    for (let round = 1; round <= rounds; round++) {
      console.log(`  round ${round} of ${rounds}`);
      for (const c of cases) {
        const pids = [...processTree(c.child.pid), ...(c.also ? [c.also.pid] : [])];
        const cpuBefore = cpuSeconds(pids);
        const r = load(
          `${c.base}${page}`,
          c.encoding === 'gzip' ? { 'Accept-Encoding': 'gzip' } : {},
        );
        c.runs.push({ ...r, cpuPerRequest: (cpuSeconds(pids) - cpuBefore) / r.requests });
        console.log(
          `    ${c.name}, ${c.encoding}: ${r.rps.toFixed(0)} req/s, server CPU ${(c.runs.at(-1).cpuPerRequest * 1e6).toFixed(0)} µs/request, p99 ${r.p99} ms, errors ${r.errors} (${(c.sent / 1024).toFixed(1)} KiB a response)`,
        );
      }
    }
    return sameBytesRows(cases);
  } finally {
    stopAll();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function sameBytesRows(cases) {
  const summary = cases.map((c) => ({
    ...c,
    rps: median(c.runs.map((r) => r.rps)),
    cpu: median(c.runs.map((r) => r.cpuPerRequest)),
    errors: c.runs.reduce((n, r) => n + r.errors, 0),
  }));
  const find = (name, encoding) => summary.find((c) => c.name === name && c.encoding === encoding);
  const rows = summary.map((c) => [
    `${c.name}, ${c.encoding === 'gzip' ? 'Accept-Encoding: gzip' : 'no Accept-Encoding'} (${(c.sent / 1024).toFixed(1)} KiB sent)`,
    `${c.rps.toFixed(0)} req/s`,
    `server CPU ${(c.cpu * 1e6).toFixed(0)} µs/request; median of ${c.runs.length} (${c.runs.map((r) => r.rps.toFixed(0)).join(', ')}); errors ${c.errors}`,
  ]);
  const pairs = [
    ['Almanac through the reverse cache', 'nginx, the bytes as a file', 0.5],
    ['Almanac directly', 'bare Next.js route handler', 0.9],
  ];
  for (const encoding of ['identity', 'gzip']) {
    for (const [a, b, target] of pairs) {
      const x = find(a, encoding);
      const y = find(b, encoding);
      rows.push([
        `${a} / ${b}, ${encoding === 'gzip' ? 'with gzip' : 'without Accept-Encoding'} (target ≥ ${target})`,
        `${(x.rps / y.rps).toFixed(2)}`,
        `by CPU per request: ${(y.cpu / x.cpu).toFixed(2)}`,
      ]);
    }
  }
  return rows;
}
