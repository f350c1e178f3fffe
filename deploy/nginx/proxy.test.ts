import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  appEnvBehindProxy,
  findNginx,
  proxyOptionsFromEnv,
  renderNginxConfig,
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
