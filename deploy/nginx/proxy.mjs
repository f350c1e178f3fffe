// The reverse cache's configuration and process: renders almanac.conf.template with this set-up's
// ports and folders, and runs Debian's nginx in the foreground as the current user. Used by
// `npm run start:proxy`, the proxy's browser tests and `npm run bench`.
// `node deploy/nginx/proxy.mjs` prints the configuration the environment describes.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const TEMPLATE = fileURLToPath(new URL('./almanac.conf.template', import.meta.url));
const MODULES_DIR = '/usr/lib/nginx/modules';
const BROTLI_MODULE = 'ngx_http_brotli_filter_module.so';
const COMPRESSIBLE = [
  'text/css',
  'text/plain',
  'text/xml',
  'text/calendar',
  'text/x-component',
  'application/javascript',
  'application/json',
  'application/problem+json',
  'application/xml',
  'application/rss+xml',
  'application/atom+xml',
  'application/manifest+json',
  'image/svg+xml',
].join(' ');
const ACCEPTS = (coding) => `"~*(^|,)\\s*${coding}\\s*(,|$|;\\s*q=(1|0?\\.\\d*[1-9]))"`;

export const INSTALL_HINT =
  'apt-get install nginx libnginx-mod-http-brotli-filter (Debian; the brotli module is optional)';

/** The nginx binary: NGINX_BIN, else the one on PATH or in /usr/sbin; null when there is none. */
export function findNginx(env = process.env) {
  const candidates = [env.NGINX_BIN, 'nginx', '/usr/sbin/nginx'].filter(Boolean);
  for (const bin of candidates) {
    if (spawnSync(bin, ['-v'], { stdio: 'ignore' }).status === 0) return bin;
  }
  return null;
}

/** Whether Debian's brotli filter module (libnginx-mod-http-brotli-filter) is installed. */
export function hasBrotliModule() {
  return fs.existsSync(path.join(MODULES_DIR, BROTLI_MODULE));
}

const ADDRESS = /^(?:[\w.-]+|\[[\da-fA-F:.]+\]):\d{1,5}$|^unix:\/\S+$/;

function fail(message) {
  throw new Error(`[almanac] ${message}`);
}

function port(name, value, fallback) {
  const raw = value ?? fallback;
  const n = Number(raw);
  if (!/^\d+$/.test(String(raw)) || n < 1 || n > 65535)
    fail(`${name} must be a port number from 1 to 65535 (got ${JSON.stringify(raw)})`);
  return n;
}

function wholeNumber(name, value, fallback, { min = 0 } = {}) {
  const raw = value ?? String(fallback);
  if (!/^\d+$/.test(raw) || Number(raw) < min)
    fail(`${name} must be a whole number of at least ${min} (got ${JSON.stringify(raw)})`);
  return Number(raw);
}

/**
 * The proxy's settings from the environment (README, "Production: the reverse cache"), checked:
 * a bad value stops the start with a message naming the variable.
 */
export function proxyOptionsFromEnv(env = process.env) {
  const appPort = port('PORT', env.PORT, '3000');
  const proxyPort = port('PROXY_PORT', env.PROXY_PORT, '8080');
  const upstreams = (env.APP_UPSTREAMS ?? `127.0.0.1:${appPort}`)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (upstreams.length === 0) fail('APP_UPSTREAMS names no app server');
  for (const u of upstreams)
    if (!ADDRESS.test(u))
      fail(`APP_UPSTREAMS: "${u}" is not host:port or unix:/path (list them with commas)`);
  const dataDir = path.dirname(path.resolve(env.DATABASE_PATH || 'data/almanac.db'));
  const rateLimit = env.PROXY_RATE_LIMIT === 'off' ? 0 : env.PROXY_RATE_LIMIT;
  return {
    appPort,
    listen: `${env.PROXY_HOST || '0.0.0.0'}:${proxyPort}`,
    proxyPort,
    upstreams,
    runDir: path.resolve(env.PROXY_DIR || path.join(dataDir, 'nginx')),
    cacheMaxMb: wholeNumber('PROXY_CACHE_MB', env.PROXY_CACHE_MB, 512, { min: 1 }),
    rateLimit: wholeNumber('PROXY_RATE_LIMIT', rateLimit, 50),
    accessLog: env.PROXY_ACCESS_LOG ? path.resolve(env.PROXY_ACCESS_LOG) : null,
    workers: env.PROXY_WORKERS || 'auto',
    brotli: env.PROXY_BROTLI === 'off' ? false : hasBrotliModule(),
  };
}

const indent = (lines, spaces) => lines.map((l) => `${' '.repeat(spaces)}${l}`).join('\n');

/** The nginx configuration for these options (almanac.conf.template with its blanks filled). */
export function renderNginxConfig(o) {
  const values = {
    RUN_DIR: o.runDir,
    CACHE_DIR: path.join(o.runDir, 'cache'),
    CACHE_MAX_MB: String(o.cacheMaxMb),
    LISTEN: o.listen,
    WORKERS: String(o.workers),
    ACCESS_LOG: o.accessLog ? `${o.accessLog} combined buffer=64k flush=1s` : 'off',
    RATE_LIMIT: String(o.rateLimit || 1),
    RATE_LIMIT_KEY: o.rateLimit ? '$binary_remote_addr' : '""',
    UPSTREAM_SERVERS: indent(
      o.upstreams.map((u) => `server ${u} max_fails=3 fail_timeout=5s;`),
      8,
    ),
    LOAD_MODULES: o.brotli ? `load_module ${path.join(MODULES_DIR, BROTLI_MODULE)};` : '',
    ENCODINGS: indent(
      (o.brotli ? ['br', 'gzip'] : ['gzip']).map((coding) => `${ACCEPTS(coding)} ${coding};`),
      8,
    ),
    COMPRESSIBLE,
    BROTLI_FILTER: o.brotli
      ? indent(
          [
            'brotli on;',
            'brotli_comp_level 6;',
            'brotli_min_length 256;',
            `brotli_types ${COMPRESSIBLE};`,
          ],
          8,
        )
      : '',
  };
  return fs
    .readFileSync(TEMPLATE, 'utf8')
    .replace(/\{\{([A-Z_]+)\}\}/g, (whole, name) =>
      name in values ? values[name] : fail(`the template names an unknown value ${whole}`),
    );
}

/** Writes the configuration into runDir (creating it) and returns the file's path. */
export function writeNginxConfig(options) {
  fs.mkdirSync(path.join(options.runDir, 'cache'), { recursive: true });
  const file = path.join(options.runDir, 'nginx.conf');
  fs.writeFileSync(file, renderNginxConfig(options));
  return file;
}

/** Starts nginx in the foreground (`daemon off`) on this configuration, with runDir as its prefix. */
export function spawnNginx({ nginx, options, stdio = 'inherit' }) {
  const config = writeNginxConfig(options);
  return spawn(nginx, ['-p', options.runDir, '-e', 'stderr', '-c', config], { stdio });
}

/**
 * The app's environment behind the proxy: it listens on 127.0.0.1 only (readers reach it through
 * nginx, which is the one hop it trusts for X-Forwarded-For), and the site's address is the proxy's.
 */
export function appEnvBehindProxy(env, options) {
  const hops = env.TRUSTED_PROXY_HOPS ?? '1';
  if (!/^\d+$/.test(hops) || Number(hops) < 1)
    fail(
      `behind the proxy TRUSTED_PROXY_HOPS must be 1 or more (nginx appends to X-Forwarded-For); got ${JSON.stringify(hops)}`,
    );
  return {
    ...env,
    HOST: '127.0.0.1',
    PORT: String(options.appPort),
    TRUSTED_PROXY_HOPS: hops,
    SITE_URL: env.SITE_URL || `http://localhost:${options.proxyPort}`,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.stdout.write(renderNginxConfig(proxyOptionsFromEnv()));
}
