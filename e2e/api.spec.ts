import { expect, test, type APIRequestContext } from '@playwright/test';
import { modernClient, onThisDayErrors, problemErrors } from '../test/wikifeeds';

// Against the real server (next build && next start) with the sample content (db/seed-data.ts).
const UK = 'united-kingdom-recognises-the-soviet-union';

type Json = Record<string, unknown>;

/** The path and query of an absolute URL the API gave (its host is SITE_URL, not the test's). */
const local = (url: string) => {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
};

async function getJson(request: APIRequestContext, url: string, status = 200): Promise<Json> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(status);
  return (await response.json()) as Json;
}

test.describe('the Wikimedia-compatible feed', () => {
  test('answers 1 February in the shape of Wikipedia’s onthisday, newest first', async ({
    request,
  }) => {
    const response = await request.get('/api/feed/onthisday/all/02/01');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe(
      'application/json; charset=utf-8; profile="https://www.mediawiki.org/wiki/Specs/OnThisDay/0.3.3"',
    );
    expect(response.headers()['access-control-allow-origin']).toBe('*');
    const body = (await response.json()) as Json;
    expect(onThisDayErrors(body)).toEqual([]);
    expect(Object.keys(body)).toEqual(['selected', 'events', 'births', 'deaths', 'holidays']);

    const events = modernClient(body, 'events');
    const years = events.map((e) => e.year ?? 0);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    const uk = modernClient(body, 'selected').find((e) => e.year === 1924);
    expect(uk?.text).toBe('The United Kingdom recognises the Soviet Union');
    expect(uk?.link).toMatch(new RegExp(`^https?://[^/]+/events/${UK}$`));
    const brigid = modernClient(body, 'holidays').find((h) => h.title === "Saint Brigid's Day");
    expect(brigid).toBeDefined();
    expect(brigid?.year).toBeUndefined();
  });

  test('sends a Wikipedia client to Almanac’s own pages', async ({ request, page }) => {
    const body = await getJson(request, '/api/feed/onthisday/selected/02/01');
    expect(Object.keys(body)).toEqual(['selected']);
    const first = modernClient(body, 'selected')[0];
    if (!first) throw new Error('no selected event on 1 February');
    await page.goto(local(first.link));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.title);
    // Wikipedia's own path answers the same.
    expect(await getJson(request, '/api/rest_v1/feed/onthisday/selected/02/01')).toEqual(body);
  });

  test('answers bad parameters as Wikipedia does: problem+json 400, and 404 for 30 February', async ({
    request,
  }) => {
    const bad = await request.get('/api/feed/onthisday/weddings/02/01');
    expect(bad.status()).toBe(400);
    expect(bad.headers()['content-type']).toBe('application/problem+json');
    expect(await bad.json()).toMatchObject({
      status: 400,
      title: 'Invalid parameters',
      method: 'get',
    });
    expect((await request.get('/api/feed/onthisday/all/13/01')).status()).toBe(400);
    const missing = await request.get('/api/feed/onthisday/all/02/30');
    expect(missing.status()).toBe(404);
    expect(await missing.json()).toMatchObject({
      status: 404,
      uri: '/api/feed/onthisday/all/02/30',
    });
  });

  test('answers the same at the API gateway’s path, for English only', async ({ request }) => {
    const feed = await request.get('/api/feed/onthisday/all/02/01');
    const gateway = await request.get('/api/feed/v1/wikipedia/en/onthisday/all/02/01');
    expect(gateway.status()).toBe(200);
    for (const header of ['content-type', 'cache-control', 'etag'])
      expect(gateway.headers()[header]).toBe(feed.headers()[header]);
    expect(await gateway.json()).toEqual(await feed.json());
    const french = await request.get('/api/feed/v1/wikipedia/fr/onthisday/all/02/01');
    expect(french.status()).toBe(404);
    expect(french.headers()['content-type']).toBe('application/problem+json');
    expect(await french.json()).toMatchObject({
      status: 404,
      detail: expect.stringContaining('English only'),
    });
  });
});

test.describe('paths under /api that name no endpoint', () => {
  test('answer a problem+json 404, never the HTML page, whatever the method', async ({
    request,
  }) => {
    for (const path of [
      '/api',
      '/api/nothing',
      '/api/feed/onthisday/all/02',
      '/api/feed/v1/wikipedia/en/onthisday/all/02/01/extra',
      '/api/rest_v1/feed/featured/2026/02/01',
      '/api/v1/no/such/endpoint',
      '/api/cms/nothing',
    ]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      expect(response.headers()['content-type'], path).toBe('application/problem+json');
      const body = (await response.json()) as Json;
      expect(problemErrors(body)).toEqual([]);
      expect(body).toMatchObject({ status: 404, title: 'Not found.', method: 'get', uri: path });
    }
    for (const method of ['POST', 'PUT', 'DELETE'] as const) {
      const response = await request.fetch('/api/nothing', { method });
      expect(response.status(), method).toBe(404);
      expect(response.headers()['content-type']).toBe('application/problem+json');
    }
  });

  test('shadow no real route: the feed, next-auth and the CMS answer as themselves', async ({
    request,
  }) => {
    expect((await request.get('/api/feed/onthisday/events/02/01')).status()).toBe(200);
    expect((await request.get('/api/v1')).status()).toBe(200);
    const providers = await request.get('/api/auth/providers');
    expect(providers.status()).toBe(200);
    expect(Object.keys((await providers.json()) as Json)).toContain('credentials');
    // The CMS's endpoint refuses a visitor who is not signed in, as it always has.
    const cms = await request.get('/api/cms/events?q=soviet');
    expect(cms.status()).toBe(401);
    expect(cms.headers()['content-type']).toMatch(/^application\/json/);
    // A real endpoint asked with a method it does not serve is a 405, not a 404.
    expect((await request.post('/api/feed/onthisday/all/02/01')).status()).toBe(405);
  });
});

test.describe('the /api/v1 read API', () => {
  test('answers an event in full by slug', async ({ request }) => {
    const { data } = (await getJson(request, `/api/v1/events/${UK}`)) as { data: Json };
    expect(data).toMatchObject({
      slug: UK,
      kind: 'event',
      title: 'The United Kingdom recognises the Soviet Union',
      date: { year: 1924, month: 2, day: 1, label: '1 February 1924' },
      category: { slug: 'politics-government' },
      featured: true,
    });
    const people = (data.people as Json[]).map((p) => p.name);
    expect(people).toContain('Ramsay MacDonald');
    expect(people).not.toContain('David Lloyd George');
    expect((data.references as Json[]).length).toBeGreaterThan(0);
    expect((data.tags as Json[]).length).toBeGreaterThan(0);
    expect(data.bodyHtml).toContain('<h2>What happened</h2>');
    expect(local(String(data.url))).toBe(`/events/${UK}`);
  });

  test('pages through a day with cursors, the same items as one big page', async ({ request }) => {
    const whole = await getJson(request, '/api/v1/days/02-01?limit=200');
    const all = (whole.data as Json[]).map((e) => e.slug);
    expect(all).toContain(UK);
    expect(all).toContain('saint-brigids-day');

    const seen: unknown[] = [];
    let next: string | null = '/api/v1/days/02-01?limit=2';
    let pages = 0;
    while (next && pages < 100) {
      const response = await request.get(next);
      expect(response.status()).toBe(200);
      const body = (await response.json()) as { data: Json[]; pagination: { next: string | null } };
      seen.push(...body.data.map((e) => e.slug));
      if (body.pagination.next)
        expect(response.headers()['link']).toBe(`<${body.pagination.next}>; rel="next"`);
      next = body.pagination.next ? local(body.pagination.next) : null;
      pages++;
    }
    expect(seen).toEqual(all);
    expect(pages).toBe(Math.ceil(all.length / 2));
  });

  test('answers bad input with JSON errors: 400 for parameters, 404 for unknown records and paths', async ({
    request,
  }) => {
    expect((await getJson(request, '/api/v1/days/13-01', 400)).error).toMatch(/^day must be MM-DD/);
    expect((await getJson(request, '/api/v1/days/02-01?limit=1000', 400)).error).toBe(
      'limit must be at most 200',
    );
    expect((await getJson(request, '/api/v1/days/02-01?cursor=nonsense', 400)).error).toMatch(
      /^cursor is not valid/,
    );
    expect((await getJson(request, '/api/v1/events/no-such-event', 404)).error).toMatch(
      /^No published event/,
    );
    expect((await getJson(request, '/api/v1/people/nobody', 404)).error).toMatch(/^No person/);
    // An unknown path is a problem+json 404 that still carries `error`, like the API's own errors.
    expect((await getJson(request, '/api/v1/no/such/endpoint', 404)).error).toMatch(
      /^No API endpoint/,
    );
    const post = await request.post('/api/v1/days/02-01');
    expect(post.status()).toBe(405);
    expect(post.headers()['allow']).toBe('GET, HEAD, OPTIONS');
  });

  test('is cacheable and open to other origins: ETag with 304, Cache-Control, CORS', async ({
    request,
  }) => {
    const first = await request.get(`/api/v1/events/${UK}`, {
      headers: { Origin: 'https://elsewhere.example' },
    });
    const etag = first.headers()['etag'];
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers()['cache-control']).toMatch(/s-maxage=\d+/);
    expect(first.headers()['access-control-allow-origin']).toBe('*');
    const again = await request.get(`/api/v1/events/${UK}`, {
      headers: { 'If-None-Match': etag ?? '' },
    });
    expect(again.status()).toBe(304);
    expect((await again.body()).length).toBe(0);

    const preflight = await request.fetch('/api/v1/search?q=soviet', {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://elsewhere.example',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'if-none-match',
      },
    });
    expect(preflight.status()).toBe(204);
    expect(preflight.headers()['access-control-allow-origin']).toBe('*');
    expect(preflight.headers()['access-control-allow-methods']).toContain('GET');
  });

  test('searches and browses by category, tag, person and year', async ({ request }) => {
    const search = await getJson(request, '/api/v1/search?q=soviet%20recog');
    expect((search.data as Json[]).map((e) => e.slug)).toContain(UK);
    const category = await getJson(
      request,
      '/api/v1/categories/politics-government?from=1924&to=1924&order=oldest',
    );
    expect((category.data as Json[]).map((e) => e.slug).slice(0, 2)).toEqual([
      UK,
      'italy-recognises-the-soviet-union',
    ]);
    const person = await getJson(request, '/api/v1/people/ramsay-macdonald');
    expect((person.data as Json[]).map((e) => e.slug)).toContain(UK);
    const year = await getJson(request, '/api/v1/years/44-bce');
    expect((year.data as Json[]).map((e) => e.slug)).toContain('assassination-of-julius-caesar');
    const categories = await getJson(request, '/api/v1/categories');
    expect((categories.data as Json[]).length).toBeGreaterThan(0);
  });

  test('publishes its OpenAPI 3.1 description', async ({ request }) => {
    const doc = await getJson(request, '/api/v1/openapi.json');
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths as Json)).toEqual(
      expect.arrayContaining([
        '/api/v1/days/{day}',
        '/api/v1/events/{slug}',
        '/api/v1/search',
        '/api/feed/onthisday/{type}/{mm}/{dd}',
      ]),
    );
    const index = await getJson(request, '/api/v1');
    expect(local(String(index.openapi))).toBe('/api/v1/openapi.json');
  });
});

test('the developers page documents the API and is linked from every page @phone', async ({
  page,
}) => {
  await page.goto('/about');
  await page.getByRole('contentinfo').getByRole('link', { name: 'API for developers' }).click();
  await expect(page).toHaveURL(/\/developers$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The Almanac API');
  await expect(
    page.getByRole('heading', { name: /One event in full: GET \/api\/v1\/events\/\{slug\}/ }),
  ).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Wikipedia-compatible “on this day”' }),
  ).toBeVisible();
  await expect(page.getByText("curl '", { exact: false }).first()).toBeVisible();
  await page.getByRole('link', { name: '/api/v1/openapi.json' }).click();
  await expect(page).toHaveURL(/\/api\/v1\/openapi\.json$/);
});
