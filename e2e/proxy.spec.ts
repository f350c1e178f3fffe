import crypto from 'node:crypto';
import { expect, test, type Response } from '@playwright/test';
import Database from 'better-sqlite3';
import { signIn } from './fixtures/auth';
import {
  nginxBin,
  nginxMissing,
  rawRequest,
  readContinuously,
  startAppBehindProxy,
  type AppBehindProxy,
  type Reading,
} from './fixtures/proxy';
import { EventFormPage, uniq } from './pages/event-form';

// The production recipe (deploy/nginx, `npm run start:proxy`): readers reach the app through
// nginx's reverse cache. Its own app server on a copy of the e2e database, so the edits and
// sign-in failures here touch no other test's data.

test.skip(!nginxBin && !process.env.CI, nginxMissing);

let proxy: AppBehindProxy;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  proxy = await startAppBehindProxy();
});
test.afterAll(async () => {
  await proxy?.stop();
});

const UK = '/events/united-kingdom-recognises-the-soviet-union';
const url = (path: string) => `${proxy.baseURL}${path}`;
/** A query no other request used: a cache entry of its own (the app ignores the parameter). */
const fresh = (path: string) => `${path}${path.includes('?') ? '&' : '?'}t=${uniq()}`;

test.describe('the reverse cache', () => {
  test('answers a public page from its cache from the second request on, in each encoding', async () => {
    const page = fresh('/days/february-1');
    const first = await rawRequest(url(page));
    expect(first.headers['x-cache-status']).toBe('MISS');
    expect(first.headers['content-type']).toMatch(/^text\/html/);
    expect(first.text).toContain('The United Kingdom recognises the Soviet Union');
    const second = await rawRequest(url(page));
    expect(second.headers['x-cache-status']).toBe('HIT');
    expect(second.text).toBe(first.text);
    // A CDN or browser in front keeps it a second too, never the app's own hour (s-maxage=3600).
    for (const r of [first, second])
      expect(r.headers['cache-control']).toBe(
        'public, max-age=0, s-maxage=1, stale-if-error=86400',
      );

    const encodings = proxy.brotli ? ['gzip', 'br'] : ['gzip'];
    for (const encoding of encodings) {
      const a = await rawRequest(url(page), { headers: { 'accept-encoding': encoding } });
      const b = await rawRequest(url(page), { headers: { 'accept-encoding': encoding } });
      expect([a.headers['content-encoding'], a.headers['x-cache-status']]).toEqual([
        encoding,
        'MISS',
      ]);
      // The compressed bytes themselves are cached: the same page, compressed once.
      expect([b.headers['content-encoding'], b.headers['x-cache-status']]).toEqual([
        encoding,
        'HIT',
      ]);
      expect(b.raw.equals(a.raw)).toBe(true);
      expect(b.text).toBe(first.text);
      expect(b.raw.length).toBeLessThan(first.raw.length / 3);
    }
    // A browser's own spelling of the header gets the variant already cached.
    const chrome = await rawRequest(url(page), {
      headers: { 'accept-encoding': 'gzip, deflate, br, zstd' },
    });
    expect([chrome.headers['content-encoding'], chrome.headers['x-cache-status']]).toEqual([
      encodings.at(-1),
      'HIT',
    ]);
  });

  test('keeps the HTML and the RSC answer of one address apart', async () => {
    // Next.js answers `?_rsc` with HTML, and with its RSC payload when the RSC header is sent.
    const address = fresh('/days/february-1?_rsc');
    const types = async (headers: Record<string, string>) => {
      const r = await rawRequest(url(address), { headers });
      return [r.headers['content-type'], r.headers['x-cache-status']];
    };
    expect(await types({})).toEqual(['text/html; charset=utf-8', 'MISS']);
    expect(await types({ rsc: '1' })).toEqual(['text/x-component', 'MISS']);
    expect(await types({})).toEqual(['text/html; charset=utf-8', 'HIT']);
    expect(await types({ rsc: '1' })).toEqual(['text/x-component', 'HIT']);
  });

  test('sends POSTs to the app, never to the cache', async () => {
    const address = url(fresh('/api/v1/categories'));
    expect((await rawRequest(address)).status).toBe(200);
    expect((await rawRequest(address)).headers['x-cache-status']).toBe('HIT');
    // The API answers anything but GET with 405: the cached 200 is not what a POST gets.
    const post = await rawRequest(address, { method: 'POST', body: '{}' });
    expect([post.status, post.headers['x-cache-status']]).toEqual([405, 'BYPASS']);
    const after = await rawRequest(address);
    expect([after.status, after.headers['x-cache-status']]).toEqual([200, 'HIT']);
  });

  test('passes signed-in editors straight to the app, CMS and public pages alike', async ({
    browser,
  }) => {
    const context = await browser.newContext({ baseURL: proxy.baseURL });
    const page = await context.newPage();
    await signIn(page, 'editor');
    for (const path of ['/editor', '/editor', '/days/february-1', '/days/february-1']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      expect(response?.headers()['x-cache-status'], path).toBe('BYPASS');
    }
    // The same public page for a reader who is not signed in comes from the cache.
    const reader = fresh('/days/february-1');
    await rawRequest(url(reader));
    expect((await rawRequest(url(reader))).headers['x-cache-status']).toBe('HIT');
    await context.close();
  });

  test("shows an editor's change to readers within 2 s, with no purge", async ({ browser }) => {
    test.setTimeout(60_000);
    const db = new Database(proxy.app.databasePath, { readonly: true });
    const { id } = db
      .prepare('SELECT id FROM events WHERE slug = ?')
      .get(UK.replace('/events/', '')) as { id: number };
    db.close();
    const summary = `Recognition as seen through the reverse cache (${uniq()}).`;

    // A reader asks for the event page all along, one request after the other.
    const reader = readContinuously(url(UK));
    const context = await browser.newContext({ baseURL: proxy.baseURL });
    let savedAt: number;
    let readings: Reading[];
    try {
      const page = await context.newPage();
      await signIn(page, 'editor');
      const form = new EventFormPage(page);
      await form.gotoEdit(id);
      await form.field('Summary').fill(summary);
      await form.saveChanges();
      savedAt = Date.now();
      await new Promise((resolve) => setTimeout(resolve, 3_000));
    } finally {
      readings = await reader.stop();
      await context.close();
    }
    const seen = readings.map(({ text, ...r }) => ({ ...r, changed: text.includes(summary) }));

    // Before the save the reader was served from the cache; from 2 s after it, only the change.
    expect(seen.filter((s) => s.at < savedAt && s.status === 'HIT').length).toBeGreaterThan(0);
    const late = seen.filter((s) => s.at >= savedAt + 2_000);
    expect(late.length).toBeGreaterThan(5);
    expect(late.filter((s) => !s.changed)).toEqual([]);
    expect(late.filter((s) => s.status === 'HIT').length).toBeGreaterThan(0);
  });

  test('keeps client-side navigation working in Chromium: HTML for page loads, RSC for navigations', async ({
    browser,
  }) => {
    const context = await browser.newContext({ baseURL: proxy.baseURL });
    const page = await context.newPage();
    const answers: {
      path: string;
      document: boolean;
      rsc: boolean;
      type: string;
      cache: string;
    }[] = [];
    page.on('response', (response: Response) => {
      const request = response.request();
      const { pathname, origin } = new URL(response.url());
      if (origin !== proxy.baseURL || pathname.startsWith('/_next/static/')) return;
      answers.push({
        path: pathname,
        document: request.resourceType() === 'document',
        rsc: request.headers()['rsc'] === '1',
        type: response.headers()['content-type'] ?? '',
        cache: response.headers()['x-cache-status'] ?? '',
      });
    });
    const heading = page.getByRole('heading', { level: 1 });
    const nav = page.getByRole('navigation', { name: 'Main' });
    const notReloaded = () =>
      page.evaluate(() => (window as { notReloaded?: boolean }).notReloaded === true);

    // Twice over, so the second round is answered from the cache the first one filled.
    for (let round = 0; round < 2; round++) {
      await page.goto('/days/february-1');
      await expect(heading).toContainText('1 February');
      await page.evaluate(() => ((window as { notReloaded?: boolean }).notReloaded = true));
      await nav.getByRole('link', { name: 'Calendar' }).click();
      await expect(page).toHaveURL(/\/days$/);
      await expect(heading).toContainText('Every day of the year');
      await nav.getByRole('link', { name: 'Years' }).click();
      await expect(page).toHaveURL(/\/years$/);
      await expect(heading).toContainText('Years');
      await page.goBack();
      await expect(heading).toContainText('Every day of the year');
      // All the way without loading a document: the router fetched the pages' RSC payloads.
      expect(await notReloaded()).toBe(true);
      // Full loads of a page the router has just fetched as RSC.
      await page.goto('/years');
      await expect(heading).toContainText('Years');
      await page.reload();
      await expect(heading).toContainText('Years');
      expect(await notReloaded()).toBe(false);
    }
    await context.close();

    const documents = answers.filter((a) => a.document);
    const rsc = answers.filter((a) => a.rsc);
    expect(documents.map((a) => a.path)).toEqual(
      Array(2).fill(['/days/february-1', '/years', '/years']).flat(),
    );
    expect(documents.filter((a) => !a.type.startsWith('text/html'))).toEqual([]);
    expect(rsc.map((a) => a.path)).toEqual(expect.arrayContaining(['/days', '/years']));
    expect(rsc.filter((a) => a.type !== 'text/x-component')).toEqual([]);
    // The cache answered both kinds.
    expect(documents.filter((a) => a.cache === 'HIT').length).toBeGreaterThan(0);
    expect(rsc.filter((a) => a.cache === 'HIT').length).toBeGreaterThan(0);
  });

  test("gives the sign-in throttle the reader's address, never one the reader claims", async () => {
    test.setTimeout(60_000);
    const email = `proxy-${crypto.randomInt(1e9)}@example.org`;
    const spoofed = () => `198.51.100.${crypto.randomInt(1, 255)}`;
    /** One sign-in attempt from a loopback address of its own, claiming a new address each time. */
    const attempt = async (from: string) => {
      const csrf = await rawRequest(url('/api/auth/csrf'), { localAddress: from });
      const cookie = String(csrf.headers['set-cookie']?.map((c) => c.split(';')[0]).join('; '));
      const { csrfToken } = JSON.parse(csrf.text) as { csrfToken: string };
      const r = await rawRequest(url('/api/auth/callback/credentials'), {
        method: 'POST',
        localAddress: from,
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          cookie,
          'x-forwarded-for': `${spoofed()}, ${spoofed()}`,
          'x-real-ip': spoofed(),
        },
        body: new URLSearchParams({ csrfToken, email, password: `guess ${uniq()}` }).toString(),
      });
      return new URL(String(r.headers.location), proxy.baseURL).searchParams.get('error');
    };

    const guesser = '127.0.0.2';
    for (let i = 0; i < 5; i++) expect(await attempt(guesser)).toBe('CredentialsSignin');
    // Five failures from one reader, whatever addresses it claimed: the sixth waits.
    expect(await attempt(guesser)).toBe('Throttled:1');
    // Another reader trying the same account is not held back by it.
    expect(await attempt('127.0.0.3')).toBe('CredentialsSignin');

    const db = new Database(proxy.app.databasePath, { readonly: true });
    const ips = db
      .prepare(
        "SELECT details ->> 'ip' AS ip FROM audit_log WHERE action = 'auth.sign_in_failed' AND details ->> 'email' = ? ORDER BY id",
      )
      .all(email)
      .map((r) => (r as { ip: string }).ip);
    db.close();
    expect(ips).toEqual([...Array(5).fill(guesser), '127.0.0.3']);
  });
});
