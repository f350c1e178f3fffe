import { spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appEnvBehindProxy,
  findNginx,
  proxyOptionsFromEnv,
  renderNginxConfig,
  spawnNginx,
  writeNginxConfig,
} from './proxy.mjs';

const options = (env: Record<string, string> = {}) =>
  proxyOptionsFromEnv({ DATABASE_PATH: '/srv/almanac/almanac.db', ...env });

describe('proxyOptionsFromEnv', () => {
  it('puts one app server on PORT behind nginx on PROXY_PORT, with files beside the database', () => {
    const o = options({ PORT: '3100', PROXY_PORT: '8100' });
    expect(o).toMatchObject({
      appPort: 3100,
      listen: '0.0.0.0:8100',
      upstreams: ['127.0.0.1:3100'],
      runDir: '/srv/almanac/nginx',
      rateLimit: 50,
      accessLog: null,
    });
  });

  it('balances over the app servers APP_UPSTREAMS lists', () => {
    expect(
      options({ APP_UPSTREAMS: '127.0.0.1:3000, 127.0.0.1:3001,unix:/run/a.sock' }).upstreams,
    ).toEqual(['127.0.0.1:3000', '127.0.0.1:3001', 'unix:/run/a.sock']);
  });

  it.each([
    [{ PROXY_PORT: '80a' }, /PROXY_PORT must be a port number/],
    [{ PORT: '70000' }, /PORT must be a port number/],
    [{ APP_UPSTREAMS: 'localhost' }, /APP_UPSTREAMS: "localhost" is not host:port/],
    [{ APP_UPSTREAMS: ' , ' }, /APP_UPSTREAMS names no app server/],
    [{ PROXY_CACHE_MB: '0' }, /PROXY_CACHE_MB must be a whole number of at least 1/],
    [{ PROXY_RATE_LIMIT: 'fast' }, /PROXY_RATE_LIMIT must be a whole number/],
  ])('refuses %o', (env, message) => {
    expect(() => options(env)).toThrow(message);
  });

  it('turns the per-address limit off with PROXY_RATE_LIMIT=off', () => {
    expect(options({ PROXY_RATE_LIMIT: 'off' }).rateLimit).toBe(0);
    expect(renderNginxConfig(options({ PROXY_RATE_LIMIT: 'off' }))).toMatch(/default "";/);
  });
});

describe('appEnvBehindProxy', () => {
  const ports = { appPort: 3100, proxyPort: 8100 };
  it('binds the app to loopback, trusts the one proxy and names the proxy as the site', () => {
    expect(appEnvBehindProxy({}, ports)).toMatchObject({
      HOST: '127.0.0.1',
      PORT: '3100',
      TRUSTED_PROXY_HOPS: '1',
      SITE_URL: 'http://localhost:8100',
    });
    expect(
      appEnvBehindProxy({ SITE_URL: 'https://almanac.example', TRUSTED_PROXY_HOPS: '2' }, ports),
    ).toMatchObject({ SITE_URL: 'https://almanac.example', TRUSTED_PROXY_HOPS: '2' });
  });

  it('refuses to trust no proxy behind one (every reader would be 127.0.0.1)', () => {
    expect(() => appEnvBehindProxy({ TRUSTED_PROXY_HOPS: '0' }, ports)).toThrow(
      /TRUSTED_PROXY_HOPS must be 1 or more/,
    );
  });
});

describe('renderNginxConfig', () => {
  const rendered = (brotli: boolean) =>
    renderNginxConfig({
      ...options({ APP_UPSTREAMS: '127.0.0.1:3000,127.0.0.1:3001' }),
      brotli,
    });

  it('fills every blank and lists every app server', () => {
    const text = rendered(true);
    expect(text).not.toMatch(/\{\{/);
    expect(text).toContain('server 127.0.0.1:3000 max_fails=3 fail_timeout=5s;');
    expect(text).toContain('server 127.0.0.1:3001 max_fails=3 fail_timeout=5s;');
    expect(text).toContain('load_module /usr/lib/nginx/modules/ngx_http_brotli_filter_module.so;');
    expect(rendered(false)).not.toMatch(/brotli/);
  });

  // Accept-Encoding values as browsers and tools send them, and the cached copy each one gets.
  it.each([
    ['gzip, deflate, br, zstd', 'br', 'gzip'],
    ['gzip, deflate, br', 'br', 'gzip'],
    ['br;q=1.0, gzip;q=0.8, *;q=0.1', 'br', 'gzip'],
    ['gzip', 'gzip', 'gzip'],
    ['GZIP', 'gzip', 'gzip'],
    ['gzip;q=0, br;q=0', 'identity', 'identity'],
    ['br;q=0.5', 'br', 'identity'],
    ['deflate', 'identity', 'identity'],
    ['x-gzip', 'identity', 'identity'],
    ['identity', 'identity', 'identity'],
    ['', 'identity', 'identity'],
  ])('Accept-Encoding "%s" is the %s copy (%s without brotli)', (header, withBrotli, without) => {
    const encodingFor = (text: string) => {
      const map = /map \$http_accept_encoding \$almanac_encoding \{([^}]*)\}/.exec(text)?.[1] ?? '';
      for (const [, pattern, value] of map.matchAll(/"~\*([^"]+)" (\w+);/g))
        if (new RegExp(pattern!, 'i').test(header)) return value;
      return 'identity';
    };
    expect(encodingFor(rendered(true))).toBe(withBrotli);
    expect(encodingFor(rendered(false))).toBe(without);
  });

  it.runIf(findNginx())('is a configuration nginx accepts', () => {
    const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'almanac-nginx-test-'));
    try {
      const file = writeNginxConfig({ ...options({ PROXY_PORT: '8100' }), runDir });
      const r = spawnSync(findNginx()!, ['-t', '-p', runDir, '-e', 'stderr', '-c', file], {
        encoding: 'utf8',
      });
      expect(r.stderr).toContain('test is successful');
    } finally {
      fs.rmSync(runDir, { recursive: true, force: true });
    }
  });
});

// The headers the app sends, as `next start` of this app sends them (seen through curl on the e2e
// server): a cached page and its RSC payload, a 404, an API answer, a feed.
const NEXT_PAGE = 's-maxage=3600, stale-while-revalidate=31532400';
const NOT_FOUND = 'private, no-cache, no-store, max-age=0, must-revalidate';
const API = 'public, max-age=300, s-maxage=900, stale-while-revalidate=300';
const FEED = 'public, max-age=3600';
const answers: Record<string, { status: number; type: string; cacheControl: string }> = {
  '/days/february-1': { status: 200, type: 'text/html; charset=utf-8', cacheControl: NEXT_PAGE },
  '/no-such-page': { status: 404, type: 'text/html; charset=utf-8', cacheControl: NOT_FOUND },
  '/api/v1/categories': { status: 200, type: 'application/json', cacheControl: API },
  '/feeds/today.rss': { status: 200, type: 'application/rss+xml', cacheControl: FEED },
};

/** An app server that answers as Next.js does, headers only (an RSC request gets the payload type). */
function startStubApp(): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const answer = answers[new URL(req.url ?? '/', 'http://x').pathname];
    if (!answer) return res.writeHead(500).end();
    res.writeHead(answer.status, {
      'Content-Type': req.headers.rsc === '1' ? 'text/x-component' : answer.type,
      'Cache-Control': answer.cacheControl,
      Vary: 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding',
    });
    res.end('<p>Vietnam War: the execution of Nguyễn Văn Lém is recorded on film.</p>');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

describe.runIf(findNginx())('what the reverse cache tells readers to keep', () => {
  let app: http.Server;
  let nginx: ChildProcess;
  let runDir: string;
  let base: string;

  beforeAll(async () => {
    app = await startStubApp();
    const proxyPort = await freePort();
    base = `http://127.0.0.1:${proxyPort}`;
    // Outside a private folder: started as root, nginx's workers run as nobody.
    runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'almanac-nginx-headers-'));
    fs.chmodSync(runDir, 0o755);
    nginx = spawnNginx({
      nginx: findNginx()!,
      options: {
        listen: `127.0.0.1:${proxyPort}`,
        upstreams: [`127.0.0.1:${(app.address() as net.AddressInfo).port}`],
        runDir,
        cacheMaxMb: 8,
        rateLimit: 0,
        accessLog: null,
        workers: 1,
        brotli: false,
      },
      stdio: 'ignore',
    });
    for (let i = 0; i < 100; i++) {
      if (await fetch(`${base}/days/february-1`).catch(() => null)) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('nginx did not start');
  });

  afterAll(async () => {
    if (nginx && nginx.exitCode === null) {
      const exited = new Promise((r) => nginx.once('exit', r));
      nginx.kill('SIGTERM');
      await exited;
    }
    await new Promise((r) => app?.close(r));
    fs.rmSync(runDir, { recursive: true, force: true });
  });

  const ask = async (p: string, headers: Record<string, string> = {}, method = 'GET') => {
    const r = await fetch(`${base}${p}`, { method, headers });
    await r.arrayBuffer();
    return [r.headers.get('cache-control'), r.headers.get('x-cache-status')];
  };
  const SHARED_ONE_SECOND = 'public, max-age=0, s-maxage=1, stale-if-error=86400';

  it("gives public pages and RSC payloads a second in a shared cache, never the app's hour", async () => {
    const page = `/days/february-1?t=${Date.now()}`;
    // From the app and from the cache alike.
    expect(await ask(page)).toEqual([SHARED_ONE_SECOND, 'MISS']);
    expect(await ask(page)).toEqual([SHARED_ONE_SECOND, 'HIT']);
    expect(await ask(page, { rsc: '1' })).toEqual([SHARED_ONE_SECOND, 'MISS']);
    expect(await ask(page, { rsc: '1' })).toEqual([SHARED_ONE_SECOND, 'HIT']);
    expect((await ask(page, {}, 'HEAD'))[0]).toBe(SHARED_ONE_SECOND);
  });

  it("keeps a signed-in reader's page out of shared caches", async () => {
    const cookie = { cookie: 'next-auth.session-token=abc' };
    expect(await ask('/days/february-1', cookie)).toEqual(['private, no-cache', 'BYPASS']);
    expect(await ask('/days/february-1', { authorization: 'Bearer x' })).toEqual([
      'private, no-cache',
      'BYPASS',
    ]);
  });

  it("passes the app's own word on everything else", async () => {
    expect((await ask('/no-such-page'))[0]).toBe(NOT_FOUND);
    expect((await ask('/api/v1/categories'))[0]).toBe(API);
    expect((await ask('/feeds/today.rss'))[0]).toBe(FEED);
  });
});
