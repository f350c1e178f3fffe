import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { monthDaySlug } from '../lib/dates';
import { signIn } from './fixtures/auth';
import { answerConfirm } from './fixtures/confirm';
import { EventFormPage, randomDate, uniq } from './pages/event-form';

// What readers are served is what the database holds: a URL seen before it was public becomes
// public the moment it is published (within 2 s), nothing a visitor asks for is written to disk,
// and a server started on a database that changed while it was down shows the change.

const DIST = path.resolve(process.env.E2E_DIST_DIR || '.next-e2e');
const DIR = path.resolve(process.env.E2E_DIR || '.e2e');
const DB = path.join(DIR, 'almanac-e2e.db');

async function statusOf(request: APIRequestContext, url: string): Promise<number> {
  return (await request.get(url, { maxRedirects: 0 })).status();
}

/** The page is 200 within two seconds of the editor's action (read as a signed-out visitor would). */
async function expectPublicWithin2s(request: APIRequestContext, url: string) {
  await expect
    .poll(() => statusOf(request, url), { timeout: 2_000, intervals: [100, 200, 300] })
    .toBe(200);
}

async function expectNotFound(request: APIRequestContext, url: string) {
  await expect.poll(() => statusOf(request, url), { timeout: 2_000 }).toBe(404);
  // Asked again: a visitor who reloads, or a crawler.
  expect(await statusOf(request, url)).toBe(404);
}

async function createEvent(
  page: Page,
  status: 'Draft' | 'Published',
  date: { year: string; month: string; day: string } = randomDate(),
) {
  const title = `Cache truth ${uniq()}`;
  const form = new EventFormPage(page);
  await form.gotoNew();
  await form.fillBasics({ title, ...date, summary: 'Seen before it was public.' });
  await form.setStatus(status);
  const id = await form.create();
  const day = `/days/${monthDaySlug(Number(date.month), Number(date.day))}`;
  return { id, title, url: `/events/${await form.slug()}`, day, year: `/years/${date.year}`, form };
}

async function setStatusAndSave(form: EventFormPage, id: number, status: 'Draft' | 'Published') {
  await form.gotoEdit(id);
  await form.setStatus(status);
  await form.saveChanges();
}

test.describe('a URL visited while it is not public', () => {
  test('answers 200 as soon as the draft is published', async ({ page, request }) => {
    await signIn(page, 'editor');
    const e = await createEvent(page, 'Draft');
    await expectNotFound(request, e.url);
    // The lists that show it were cached before: they follow within a second or two too (marked
    // stale, each is served once more while it renders again).
    for (const list of [e.day, e.year]) await request.get(list);
    await setStatusAndSave(e.form, e.id, 'Published');
    await expectPublicWithin2s(request, e.url);
    expect(await (await request.get(e.url)).text()).toContain(e.title);
    for (const list of [e.day, e.year])
      await expect
        .poll(async () => (await request.get(list)).text(), { timeout: 2_000, intervals: [200] })
        .toContain(e.title);
  });

  test('answers 200 again when an unpublished event is republished', async ({ page, request }) => {
    await signIn(page, 'editor');
    const e = await createEvent(page, 'Published');
    await expectPublicWithin2s(request, e.url);
    await setStatusAndSave(e.form, e.id, 'Draft');
    await expectNotFound(request, e.url);
    await setStatusAndSave(e.form, e.id, 'Published');
    await expectPublicWithin2s(request, e.url);
  });

  test('answers 200 again when an event comes back from the trash', async ({ page, request }) => {
    await signIn(page, 'editor');
    const e = await createEvent(page, 'Published');
    await expectPublicWithin2s(request, e.url);
    await e.form.gotoEdit(e.id);
    await page.getByRole('button', { name: 'Move to trash' }).click();
    await answerConfirm(page, { title: 'Move this event to the trash?' });
    await expect(page).toHaveURL(/\/editor\/events\/trash\?trashed=/);
    await expectNotFound(request, e.url);
    await page.goto(`/editor/events/${e.id}`);
    await page.getByRole('button', { name: 'Restore from the trash' }).click();
    await expect(page).toHaveURL(/saved=restore/);
    await expectPublicWithin2s(request, e.url);
  });

  test('answers 200 as soon as an event is given that address', async ({ page, request }) => {
    await signIn(page, 'editor');
    const e = await createEvent(page, 'Published');
    const address = `cache-truth-renamed-${uniq()}`;
    await expectNotFound(request, `/events/${address}`);
    await e.form.gotoEdit(e.id);
    await e.form.field('URL slug').fill(address);
    await e.form.saveChanges();
    await expectPublicWithin2s(request, `/events/${address}`);
  });
});

test('a save expires the pages that show the event, not every event page', async ({
  page,
  request,
}) => {
  const servedFromCache = async (url: string) =>
    (await request.get(url)).headers()['x-nextjs-cache'];
  await signIn(page, 'editor');
  // On a date no other test uses (randomDate's days stop at 28, its years start at 1700).
  const other = await createEvent(page, 'Published', { year: '1655', month: '9', day: '30' });
  await expectPublicWithin2s(request, other.url);
  await expect.poll(() => servedFromCache(other.url), { timeout: 5_000 }).toBe('HIT');

  const e = await createEvent(page, 'Published');
  await expectPublicWithin2s(request, e.url);
  await expect
    .poll(async () => (await request.get(e.day)).text(), { timeout: 2_000, intervals: [200] })
    .toContain(e.title);
  // The other event's page shows nothing of this one: it is still the page cached before.
  expect(await servedFromCache(other.url)).toBe('HIT');
});

function filesUnder(dir: string): { count: number; bytes: number } {
  let count = 0;
  let bytes = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    count += 1;
    bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { count, bytes };
}

test('requests for pages that do not exist write nothing to disk', async ({ request }) => {
  test.setTimeout(60_000);
  const before = filesUnder(DIST);
  const urls: string[] = [];
  for (let i = 0; i < 100; i++) {
    const r = crypto.randomBytes(6).toString('hex');
    urls.push(`/events/${r}`, `/people/${r}`, `/tags/${r}`, `/years/${1000 + i * 37}`);
  }
  for (let i = 0; i < urls.length; i += 20) {
    await Promise.all(urls.slice(i, i + 20).map((u) => request.get(u)));
  }
  // And pages that do exist: cached in memory, not on disk either.
  await request.get('/days/february-1');
  await request.get('/events/united-kingdom-recognises-the-soviet-union');
  expect(filesUnder(DIST)).toEqual(before);
});

test.describe('another server on the same database', () => {
  test.describe.configure({ mode: 'serial' });
  const port = Number(process.env.E2E_PORT ?? 3210) + 57;
  const siteUrl = `http://almanac-second.test:${port}`;
  const base = `http://127.0.0.1:${port}`;
  let server: ChildProcess | null = null;

  function start() {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_PATH: DB,
      NEXT_DIST_DIR: path.relative(process.cwd(), DIST),
      SITE_URL: siteUrl,
      SITE_TIME_ZONE: 'UTC',
      NEXTAUTH_SECRET: fs.readFileSync(path.join(DIR, '.auth-secret'), 'utf8').trim(),
      NEXTAUTH_URL: siteUrl,
      NEXT_TELEMETRY_DISABLED: '1',
    };
    delete env.PORT;
    server = spawn(
      process.execPath,
      [
        // As scripts/lib/build.mjs starts it.
        '--import',
        pathToFileURL(path.resolve('scripts/lib/server-preload.mjs')).href,
        'node_modules/next/dist/bin/next',
        'start',
        '-p',
        String(port),
        '-H',
        '127.0.0.1',
      ],
      { env, stdio: 'ignore' },
    );
  }

  async function ready(request: APIRequestContext) {
    await expect
      .poll(
        async () => {
          try {
            return (await request.get(`${base}/days/february-1`, { timeout: 2_000 })).status();
          } catch {
            return 0;
          }
        },
        { timeout: 30_000, intervals: [250] },
      )
      .toBe(200);
  }

  /** The command-line importer, run the way an admin would, with nothing telling it the port. */
  function importDayFile(run: string) {
    const file = path.join(os.tmpdir(), `almanac-e2e-import-${run}.json`);
    const fixture = path.join(import.meta.dirname, 'fixtures', 'import-muffinlabs.json');
    fs.writeFileSync(file, fs.readFileSync(fixture, 'utf8').replace(/RUN_ID/g, run));
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_PATH: DB };
    delete env.PORT;
    const result = spawnSync(
      'npx',
      ['tsx', '--conditions=react-server', 'scripts/import.ts', file],
      { env, encoding: 'utf8' },
    );
    fs.rmSync(file, { force: true });
    expect(result.status, result.stderr).toBe(0);
  }

  const lighthouse = (run: string) => `records a gale ${run} in his ledger`;

  test.afterAll(() => {
    server?.kill('SIGKILL');
  });

  test('renders its pages with its own address, whatever the build was made with', async ({
    request,
  }) => {
    start();
    await ready(request);
    for (const page of ['/days', '/about', '/developers', '/days/february-1']) {
      const html = await (await request.get(`${base}${page}`)).text();
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      expect(canonical, page).toBe(`${siteUrl}${page}`);
      expect(html, page).not.toMatch(/https?:\/\/(localhost|127\.0\.0\.1|0\.0\.0\.0)[:/]/);
    }
  });

  test('shows what the command-line importer wrote, on whatever port it runs', async ({
    request,
  }) => {
    test.setTimeout(60_000);
    const run = `cli${crypto.randomBytes(3).toString('hex')}`;
    const day = `${base}/days/july-17`;
    expect(await (await request.get(day)).text()).not.toContain(lighthouse(run));
    importDayFile(run);
    await expect
      .poll(async () => (await request.get(day)).text(), { timeout: 2_000 })
      .toContain(lighthouse(run));
  });

  test('after a crash, shows what changed while it was down and what was saved before', async ({
    request,
  }) => {
    test.setTimeout(90_000);
    const day = `${base}/days/july-17`;
    await request.get(day); // cached
    server?.kill('SIGKILL');
    const run = `down${crypto.randomBytes(3).toString('hex')}`;
    importDayFile(run);
    start();
    await ready(request);
    expect(await (await request.get(day)).text()).toContain(lighthouse(run));
  });
});
