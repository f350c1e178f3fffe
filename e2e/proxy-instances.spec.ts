import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { signIn } from './fixtures/auth';
import {
  isListening,
  nginxBin,
  nginxMissing,
  readContinuously,
  startRecipe,
  type Reading,
  type Recipe,
} from './fixtures/proxy';
import { EventFormPage, uniq } from './pages/event-form';

// `npm run start:proxy -- --instances 2` as an operator runs it: two app servers of one build on
// one database (a copy of the e2e site), nginx balancing over them. Whichever server an editor's
// save reaches, readers of the proxy see the change within 2 s, although each server keeps its
// own cache of rendered pages.

test.skip(!nginxBin && !process.env.CI, nginxMissing);
test.describe.configure({ mode: 'serial' });

let recipe: Recipe;
test.beforeAll(async () => {
  test.setTimeout(180_000);
  recipe = await startRecipe({ instances: 2 });
});
test.afterAll(async () => {
  await recipe?.stop();
});

const UK = '/events/united-kingdom-recognises-the-soviet-union';

/** Asks a server for the page until it answers from its own page cache. */
async function cachedOn(request: APIRequestContext, url: string) {
  await expect
    .poll(async () => (await request.get(url)).headers()['x-nextjs-cache'], { timeout: 10_000 })
    .toBe('HIT');
}

/** Saves a new summary through the app server at `server` (signed in already). */
async function saveSummaryThrough(page: Page, server: string, id: number, summary: string) {
  await page.goto(`${server}/editor/events/${id}`);
  const form = new EventFormPage(page);
  await expect(page.getByRole('form', { name: 'Edit event' })).toBeVisible();
  await form.field('Summary').fill(summary);
  await form.saveChanges();
  expect(new URL(page.url()).origin).toBe(server);
}

test('starts the app servers on consecutive ports and balances the proxy over them', async ({
  request,
}) => {
  const config = fs.readFileSync(path.join(recipe.runDir, 'nginx.conf'), 'utf8');
  for (const url of recipe.appURLs) {
    expect(config).toContain(`server ${new URL(url).host} max_fails=3 fail_timeout=5s;`);
    expect((await request.get(`${url}${UK}`)).status()).toBe(200);
  }
  const ports = recipe.appURLs.map((u) => Number(new URL(u).port));
  expect(ports[1]).toBe(ports[0]! + 1);
  expect((await request.get(`${recipe.baseURL}${UK}`)).status()).toBe(200);
});

test("shows an editor's change through the proxy within 2 s, whichever server saved it", async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const db = new Database(recipe.databasePath, { readonly: true });
  const { id } = db
    .prepare('SELECT id FROM events WHERE slug = ?')
    .get(UK.replace('/events/', '')) as { id: number };
  db.close();

  const context = await browser.newContext({ baseURL: recipe.baseURL });
  const page = await context.newPage();
  await signIn(page, 'editor');
  // Through the proxy, then each server directly (the session cookie holds for every port).
  const through = [recipe.baseURL, ...recipe.appURLs];
  const saves: { summary: string; savedAt: number; nextStartedAt: number }[] = [];
  const reader = readContinuously(`${recipe.baseURL}${UK}`);
  let readings: Reading[];
  try {
    for (const server of through) {
      const startedAt = Date.now();
      if (saves.length > 0) saves.at(-1)!.nextStartedAt = startedAt;
      // Both servers hold the page in their own caches before the save.
      for (const url of recipe.appURLs) await cachedOn(request, `${url}${UK}`);
      const summary = `Recognition seen through two servers (${uniq()}).`;
      await saveSummaryThrough(page, server, id, summary);
      saves.push({ summary, savedAt: Date.now(), nextStartedAt: Infinity });
      await new Promise((resolve) => setTimeout(resolve, 4_000));
    }
  } finally {
    readings = await reader.stop();
    await context.close();
  }

  // From 2 s after each save until the next one began, every reader saw that save.
  saves.forEach(({ summary, savedAt, nextStartedAt }, i) => {
    const late = readings
      .filter((r) => r.at >= savedAt + 2_000 && r.at < nextStartedAt)
      .map((r) => ({ after: r.at - savedAt, status: r.status, changed: r.text.includes(summary) }));
    expect(late.length, through[i]).toBeGreaterThan(5);
    expect(
      late.filter((r) => !r.changed),
      through[i],
    ).toEqual([]);
  });
});

test('stops every app server and nginx when it is stopped', async () => {
  const ports = [recipe.baseURL, ...recipe.appURLs].map((u) => Number(new URL(u).port));
  await recipe.stop();
  expect(await Promise.all(ports.map(isListening))).toEqual(ports.map(() => false));
});
