// The server the browser tests run against: a throwaway database, a production build, `next start`.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildIfStale, setupDatabase } from './lib/build.mjs';

const dir = path.resolve('.e2e');
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });

const env = {
  ...process.env,
  DATABASE_PATH: path.join(dir, 'almanac-e2e.db'),
  NEXT_DIST_DIR: '.next-e2e',
  PORT: process.env.E2E_PORT || '3210',
  SITE_TIME_ZONE: process.env.SITE_TIME_ZONE || 'UTC',
  NEXT_TELEMETRY_DISABLED: '1',
};
setupDatabase({ env });
buildIfStale({ distDir: env.NEXT_DIST_DIR, env });
// A build leaves cached pages from earlier runs in its folder; this database is new, so start clean.
fs.rmSync(path.join(env.NEXT_DIST_DIR, 'cache'), { recursive: true, force: true });

const server = spawn('npx', ['next', 'start', '-p', env.PORT, '-H', '127.0.0.1'], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
