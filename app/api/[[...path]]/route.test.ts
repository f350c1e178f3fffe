import { describe, expect, it } from 'vitest';
import { problemErrors } from '@/test/wikifeeds';
import * as route from './route';

process.env.SITE_URL = 'https://almanac.test';
const SITE = 'https://almanac.test';

// The handler of every /api path no route serves (Next routes the real endpoints first: see
// e2e/api.spec.ts for that, against the built server).

const ask = (method: keyof typeof route, path: string) =>
  route[method](new Request(`${SITE}${path}`, { method }));

describe('a path under /api that names no endpoint', () => {
  it('answers a problem+json 404 in the feed errors’ shape, saying where the APIs are', async () => {
    const response = ask('GET', '/api/nothing/here');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('cache-control')).toBe('public, max-age=60, s-maxage=60');
    const body = (await response.json()) as Record<string, unknown>;
    expect(problemErrors(body)).toEqual([]);
    expect(body).toEqual({
      status: 404,
      type: 'https://mediawiki.org/wiki/HyperSwitch/errors/not_found',
      title: 'Not found.',
      detail: `No API endpoint at /api/nothing/here. The APIs are documented at ${SITE}/developers`,
      method: 'get',
      uri: '/api/nothing/here',
    });
  });

  it('points a feed path that is not one at the feed’s paths', async () => {
    for (const path of [
      '/api/feed/onthisday/all/02',
      '/api/feed/v2/wikipedia/en/onthisday/all/02/01',
      '/api/rest_v1/feed/featured/2026/02/01',
    ]) {
      const body = (await ask('GET', path).json()) as { detail: string; uri: string };
      expect(body.uri).toBe(path);
      expect(body.detail).toContain(
        '/api/feed/onthisday/{type}/{MM}/{DD}, /api/rest_v1/feed/onthisday/{type}/{MM}/{DD} and /api/feed/v1/wikipedia/en/onthisday/{type}/{MM}/{DD}',
      );
    }
  });

  it('answers every method alike, naming it, and HEAD without a body', async () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const) {
      const response = ask(method, '/api/nothing');
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(((await response.json()) as { method: string }).method).toBe(method.toLowerCase());
    }
    const head = ask('HEAD', '/api/nothing');
    expect(head.status).toBe(404);
    expect(head.headers.get('content-type')).toBe('application/problem+json');
    expect(await head.text()).toBe('');
  });
});
