import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { monthDaySlug } from '../lib/dates';
import { signIn } from './fixtures/auth';
import {
  e2eAuthSecret,
  e2eDir,
  e2eDistDir,
  startAppServer,
  type AppServer,
} from './fixtures/own-server';
import { EventFormPage, randomDate, uniq } from './pages/event-form';

// Two app servers on one database, as the proxy's load balancing runs them: the e2e server (A) and
// a second `next start` of the same build on the same database file (B). Each keeps its own cache
// of rendered pages; an editor's change through either is on the other within 2 s, because every
// expiry is written to the database and each server reads the new ones before its next lookup.

test.describe.configure({ mode: 'serial' });

let b: AppServer;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  b = await startAppServer({
    distDir: e2eDistDir(),
    env: {
      DATABASE_PATH: path.join(e2eDir(), 'almanac-e2e.db'),
      NEXTAUTH_SECRET: e2eAuthSecret(),
      SITE_TIME_ZONE: 'UTC',
      TRUSTED_PROXY_HOPS: '1',
    },
  });
});
test.afterAll(async () => {
  await b?.stop();
});

const textOf = async (request: APIRequestContext, url: string) => (await request.get(url)).text();
const cacheOf = async (request: APIRequestContext, url: string) =>
  (await request.get(url)).headers()['x-nextjs-cache'];

/** What a reader of `url` sees within 2 s of the save (polled as a reader reloading would). */
async function expectWithin2s(request: APIRequestContext, url: string, text: string) {
  await expect
    .poll(() => textOf(request, url), { timeout: 2_000, intervals: [100, 200, 300] })
    .toContain(text);
}

/** Asks for the pages until the server answers them from its own cache. */
async function cachedOn(request: APIRequestContext, urls: readonly string[]) {
  for (const url of urls)
    await expect.poll(() => cacheOf(request, url), { timeout: 10_000 }).toBe('HIT');
}

test("an editor's change through one server is on the other's cached pages within 2 s", async ({
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const a = baseURL ?? '';
  await signIn(page, 'editor');
  const date = randomDate();
  const first = `Two servers ${uniq()}`;
  const form = new EventFormPage(page);
  await form.gotoNew();
  await form.fillBasics({ title: first, ...date, summary: 'Seen through both servers.' });
  await form.setStatus('Published');
  const id = await form.create();
  const pages = [
    `/events/${await form.slug()}`,
    `/days/${monthDaySlug(Number(date.month), Number(date.day))}`,
    `/years/${date.year}`,
  ];
  for (const p of pages) await expectWithin2s(request, `${b.baseURL}${p}`, first);
  await cachedOn(
    request,
    pages.map((p) => `${b.baseURL}${p}`),
  );

  // Saved through A: B's cached pages follow.
  const second = `${first} renamed through A`;
  await form.gotoEdit(id);
  await form.field('Title').fill(second);
  await form.saveChanges();
  for (const p of pages) await expectWithin2s(request, `${b.baseURL}${p}`, second);

  // Saved through B (the same session: the proxy may send any request to either): A's follow.
  await cachedOn(
    request,
    pages.map((p) => `${a}${p}`),
  );
  const third = `${first} renamed through B`;
  await page.goto(`${b.baseURL}/editor/events/${id}`);
  await form.field('Title').fill(third);
  await form.saveChanges();
  expect(new URL(page.url()).port).toBe(String(b.port));
  for (const p of pages) await expectWithin2s(request, `${a}${p}`, third);
});

test('an event unpublished through one server is gone from the other within 2 s', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  await signIn(page, 'editor');
  const title = `Two servers gone ${uniq()}`;
  const form = new EventFormPage(page);
  await form.gotoNew();
  await form.fillBasics({ title, ...randomDate(), summary: 'Soon unpublished.' });
  await form.setStatus('Published');
  const id = await form.create();
  const url = `${b.baseURL}/events/${await form.slug()}`;
  await expectWithin2s(request, url, title);
  await cachedOn(request, [url]);

  await form.gotoEdit(id);
  await form.setStatus('Draft');
  await form.saveChanges();
  await expect
    .poll(async () => (await request.get(url)).status(), { timeout: 2_000, intervals: [100, 200] })
    .toBe(404);
});
