// Shared by `npm start` and the e2e server: build the app only when the sources changed.
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { secretPath } from './secret-files.mjs';

const SOURCES = ['app', 'components', 'db', 'lib', 'public', 'drizzle', 'server'];
// tsconfig.json is left out: `next build` adds its dist folder's types to it (put back below).
const FILES = [
  'proxy.ts',
  'instrumentation.ts',
  'next.config.ts',
  'package-lock.json',
  'postcss.config.mjs',
];
const HASH_FILE = '.almanac-source-hash';

function* walk(dir) {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(p);
    else if (!/\.test\.tsx?$/.test(entry.name)) yield p;
  }
}

function sourceHash(root = process.cwd()) {
  const hash = crypto.createHash('sha256');
  const files = [
    ...SOURCES.flatMap((d) => [...walk(path.join(root, d))]),
    ...FILES.map((f) => path.join(root, f)),
  ];
  for (const file of files) {
    if (!fs.existsSync(file)) continue;
    hash.update(path.relative(root, file));
    hash.update(fs.readFileSync(file));
  }
  return hash.digest('hex');
}

/** Runs `next build` into distDir unless a build of the same sources is already there. */
export function buildIfStale({ distDir = '.next', env = process.env } = {}) {
  const hash = sourceHash();
  const hashFile = path.join(distDir, HASH_FILE);
  const built = fs.existsSync(path.join(distDir, 'BUILD_ID')) && fs.existsSync(hashFile);
  if (built && fs.readFileSync(hashFile, 'utf8').trim() === hash) {
    console.log(`[almanac] production build in ${distDir} is up to date`);
    return;
  }
  console.log(
    `[almanac] building the production app into ${distDir} (first start or sources changed)...`,
  );
  // `next build` adds `<distDir>/types/**/*.ts` to tsconfig.json; each test or bench folder would
  // leave its own entry behind. The committed tsconfig names only `.next`, so it is put back.
  const tsconfig = fs.readFileSync('tsconfig.json', 'utf8');
  const result = spawnSync('npx', ['next', 'build'], {
    stdio: 'inherit',
    env: { ...env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (fs.readFileSync('tsconfig.json', 'utf8') !== tsconfig)
    fs.writeFileSync('tsconfig.json', tsconfig);
  if (result.status !== 0) {
    console.error('[almanac] next build failed');
    process.exit(result.status ?? 1);
  }
  fs.writeFileSync(hashFile, hash);
}

/** Migrates the database (and loads sample content on first start unless --no-seed). */
export function setupDatabase({ env = process.env, seed = true } = {}) {
  const args = ['tsx', '--conditions=react-server', 'scripts/setup-db.ts'];
  if (!seed) args.push('--no-seed');
  const result = spawnSync('npx', args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/**
 * The environment `next start` needs for sign-in: NEXTAUTH_SECRET from the `.auth-secret` file that
 * setup-db writes beside the database (never a default; an explicit variable wins), and NEXTAUTH_URL,
 * the address browsers use (SITE_URL, else http://localhost:PORT).
 */
export function withAuthEnv(env, { url } = {}) {
  const out = { ...env };
  if (!out.NEXTAUTH_SECRET) {
    const secretFile = secretPath(env.DATABASE_PATH || 'data/almanac.db', '.auth-secret');
    if (!fs.existsSync(secretFile)) {
      console.error(
        `[almanac] ${secretFile} is missing: run the database setup first (npm start does)`,
      );
      process.exit(1);
    }
    out.NEXTAUTH_SECRET = fs.readFileSync(secretFile, 'utf8').trim();
  }
  out.NEXTAUTH_URL ||=
    url || (env.SITE_URL || `http://localhost:${env.PORT || '3000'}`).replace(/\/$/, '');
  return out;
}

/**
 * Starts `next <args>` as a direct child (no npx in between, so signals reach the server itself).
 * @param {string[]} args
 * @param {{ env?: NodeJS.ProcessEnv, stdio?: import('node:child_process').StdioOptions }} [options]
 */
export function spawnNext(args, { env, stdio = 'inherit' } = {}) {
  const bin = path.resolve('node_modules/next/dist/bin/next');
  // From the first request on, every request carries its socket address (the client address when no
  // proxy is trusted) and pages are cached by Almanac's handler (instrumentation.ts would only take
  // over once the server has warmed up).
  const preload = pathToFileURL(path.resolve('scripts/lib/server-preload.mjs')).href;
  const child = spawn(process.execPath, ['--import', preload, bin, ...args], { stdio, env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  return child;
}
