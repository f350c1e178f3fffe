// The server the browser tests run against: a throwaway database, a production build, `next start`.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { buildIfStale, setupDatabase, spawnNext, withAuthEnv } from './lib/build.mjs';

// E2E_DIR / E2E_DIST_DIR / E2E_PORT let two test runs share a checkout without sharing a server.
const dir = path.resolve(process.env.E2E_DIR || '.e2e');
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });

const env = {
  ...process.env,
  DATABASE_PATH: path.join(dir, 'almanac-e2e.db'),
  NEXT_DIST_DIR: process.env.E2E_DIST_DIR || '.next-e2e',
  PORT: process.env.E2E_PORT || '3210',
  SITE_TIME_ZONE: process.env.SITE_TIME_ZONE || 'UTC',
  NEXT_TELEMETRY_DISABLED: '1',
  // The browser tests stand in for one reverse proxy: a test that needs its own client address (to
  // keep deliberate failures and reports apart from the 127.0.0.1 every other test uses) sends it
  // as X-Forwarded-For. e2e/client-address.spec.ts starts a server of its own with the default
  // (no proxy, X-Forwarded-For ignored).
  TRUSTED_PROXY_HOPS: process.env.TRUSTED_PROXY_HOPS ?? '1',
};

// An admin and an editor with random passwords, for e2e/fixtures/auth.ts (never a fixed password).
const password = () => crypto.randomBytes(18).toString('base64url');
const credentials = {
  admin: { email: 'admin@e2e.almanac.test', name: 'E2E Admin', password: password() },
  editor: { email: 'editor@e2e.almanac.test', name: 'E2E Editor', password: password() },
};
const userEnv = (u) => ({
  ...env,
  ADMIN_EMAIL: u.email,
  ADMIN_NAME: u.name,
  ADMIN_PASSWORD: u.password,
});
// The admin is the "first admin" of this new database; the editor comes from `npm run create-admin`.
setupDatabase({ env: userEnv(credentials.admin) });
const editor = spawnSync(
  'npx',
  ['tsx', '--conditions=react-server', 'scripts/create-admin.ts', '--role', 'editor'],
  {
    stdio: 'inherit',
    env: userEnv(credentials.editor),
  },
);
if (editor.status !== 0) process.exit(editor.status ?? 1);
fs.writeFileSync(path.join(dir, 'credentials.json'), JSON.stringify(credentials, null, 2), {
  mode: 0o600,
});
buildIfStale({ distDir: env.NEXT_DIST_DIR, env });
// A build leaves cached pages from earlier runs in its folder; this database is new, so start clean.
fs.rmSync(path.join(env.NEXT_DIST_DIR, 'cache'), { recursive: true, force: true });

const serverEnv = withAuthEnv(env, { url: `http://127.0.0.1:${env.PORT}` });
const server = spawnNext(['start', '-p', env.PORT, '-H', '127.0.0.1'], { env: serverEnv });
server.on('exit', (code) => process.exit(code ?? 0));
