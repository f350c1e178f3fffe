import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('uses documented defaults', () => {
    const c = loadConfig({});
    expect(c.databasePath).toBe(path.resolve('data/almanac.db'));
    expect(c.port).toBe(3000);
    expect(c.siteTimeZone).toBe('UTC');
    expect(c.siteUrl).toBe('http://localhost:3000');
    expect(c.trustedProxyHops).toBe(0);
    expect(c.sqliteSynchronous).toBe('normal');
  });

  it('reads when commits reach the disk (SQLITE_SYNCHRONOUS)', () => {
    expect(loadConfig({ SQLITE_SYNCHRONOUS: 'full' }).sqliteSynchronous).toBe('full');
    expect(loadConfig({ SQLITE_SYNCHRONOUS: ' FULL ' }).sqliteSynchronous).toBe('full');
    expect(loadConfig({ SQLITE_SYNCHRONOUS: 'normal' }).sqliteSynchronous).toBe('normal');
  });

  it('reads the number of trusted proxies', () => {
    expect(loadConfig({ TRUSTED_PROXY_HOPS: '2' }).trustedProxyHops).toBe(2);
    expect(loadConfig({ TRUSTED_PROXY_HOPS: '0' }).trustedProxyHops).toBe(0);
  });

  it('reads values and strips a trailing slash from SITE_URL', () => {
    const c = loadConfig({
      PORT: '8080',
      SITE_TIME_ZONE: 'Europe/London',
      SITE_URL: 'https://almanac.example/',
    });
    expect(c).toMatchObject({
      port: 8080,
      siteTimeZone: 'Europe/London',
      siteUrl: 'https://almanac.example',
    });
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [
      { SITE_TIME_ZONE: 'Mars/Olympus_Mons' },
      /SITE_TIME_ZONE: must be an IANA time zone.*Mars\/Olympus_Mons/,
    ],
    [{ SITE_URL: 'not a url' }, /SITE_URL/],
    [{ TRUSTED_PROXY_HOPS: 'yes' }, /TRUSTED_PROXY_HOPS: must be a whole number/],
    [{ TRUSTED_PROXY_HOPS: '-1' }, /TRUSTED_PROXY_HOPS/],
    [{ TRUSTED_PROXY_HOPS: '1.5' }, /TRUSTED_PROXY_HOPS/],
    [{ TRUSTED_PROXY_HOPS: '' }, /TRUSTED_PROXY_HOPS/],
    [
      { SQLITE_SYNCHRONOUS: 'off' },
      /SQLITE_SYNCHRONOUS: must be "normal" \(the default\) or "full"/,
    ],
  ])('rejects %j with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
