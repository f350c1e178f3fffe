import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './fixtures/auth';

// The admin's import and export. The day file is e2e/fixtures/import-muffinlabs.json: two good
// entries, one with null text and one whose year is no year. Its texts carry a token made for this
// run, so every run imports new events.

const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'import-muffinlabs.json');
const SHOTS = process.env.E2E_SCREENSHOTS_DIR || 'screenshots';

function dayFile(run: string) {
  return {
    name: 'import-muffinlabs.json',
    mimeType: 'application/json',
    buffer: Buffer.from(fs.readFileSync(FIXTURE, 'utf8').replace(/RUN_ID/g, run)),
  };
}

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: path.join(SHOTS, `import-${name}.png`), fullPage: true });
}

test('an admin previews a day file, imports it as drafts into a chosen category and finds the events', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const run = crypto.randomBytes(4).toString('hex');
  await signIn(page, 'admin');
  await page
    .getByRole('navigation', { name: 'CMS' })
    .getByRole('link', { name: 'Import', exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import events' })).toBeVisible();

  const form = page.getByRole('form', { name: 'Upload files to import' });
  await form.getByLabel('Files', { exact: true }).setInputFiles(dayFile(run));
  await form.getByLabel('Import as drafts').check();
  await form
    .getByLabel('Category for entries no keyword places')
    .selectOption({ label: 'Exploration & Discovery' });
  await form.getByRole('button', { name: 'Preview the import' }).click();

  // The preview: counts, and every skipped row with its reason; nothing written yet.
  await expect(page.getByRole('heading', { name: 'Preview' })).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/import\?job=[a-f0-9]{24}$/);
  const stats = page.locator('dl[aria-label="What the import would do"] > div');
  await expect(stats.filter({ hasText: 'New' })).toContainText('2');
  await expect(stats.filter({ hasText: 'Skipped' })).toContainText('2');
  await expect(stats.filter({ hasText: 'Updated' })).toContainText('0');
  await expect(page.getByText('import-muffinlabs.json').first()).toBeVisible();
  await expect(page.getByText('muffinlabs day file · 4 entries')).toBeVisible();
  const skipped = page.getByRole('region', { name: /Would be skipped: 2 entries/ });
  await expect(
    skipped.getByText('text is null (the year field holds only "1950")', { exact: true }),
  ).toBeVisible();
  await expect(skipped.getByText('unparseable year "sometime in the spring"')).toBeVisible();
  await expect(skipped.getByText('Events #3')).toBeVisible();
  await expect(
    page.getByText(
      /New events from day files will be drafts; entries no keyword places go into Exploration & Discovery/,
    ),
  ).toBeVisible();
  await shoot(page, 'preview-desktop');
  await page.setViewportSize({ width: 390, height: 844 });
  await shoot(page, 'preview-phone');
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByRole('button', { name: 'Import 2 events' }).click();
  await expect(page.getByRole('heading', { name: 'Import finished' })).toBeVisible({
    timeout: 20_000,
  });
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Done: 2 new events, 0 updated, 0 unchanged, 2 skipped.' }),
  ).toBeVisible();
  await shoot(page, 'result-desktop');
  await page.setViewportSize({ width: 390, height: 844 });
  await shoot(page, 'result-phone');
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByRole('link', { name: 'See the imported events' }).click();
  await expect(page).toHaveURL(/\/editor\/events\?status=draft&month=7&day=17/);
  for (const title of [
    `A keeper on a windswept headland records a gale ${run} in his ledger`,
    `A village baker ${run} sells bread at the opening of its new town hall`,
  ]) {
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: title }) });
    await expect(row).toBeVisible();
    await expect(row).toContainText('Exploration & Discovery');
    await expect(row).toContainText('Draft');
  }

  // The same file again changes nothing: the preview says so and offers nothing to import.
  await page.goto('/admin/import');
  await page.getByLabel('Files', { exact: true }).setInputFiles(dayFile(run));
  await page
    .getByLabel('Category for entries no keyword places')
    .selectOption({ label: 'Exploration & Discovery' });
  await page.getByRole('button', { name: 'Preview the import' }).click();
  await expect(page.getByRole('button', { name: 'Nothing to import' })).toBeDisabled();
  await expect(
    page
      .locator('dl[aria-label="What the import would do"] > div')
      .filter({ hasText: 'Unchanged' }),
  ).toContainText('2');
});

test('a file that is not JSON gets a clear message, not a crash', async ({ page }) => {
  await signIn(page, 'admin');
  await page.goto('/admin/import');
  await page.getByLabel('Files', { exact: true }).setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"date": "July 17", "data": '),
  });
  await page.getByRole('button', { name: 'Preview the import' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'notes.json: not valid JSON' }),
  ).toBeVisible();
  await page.getByLabel('Files', { exact: true }).setInputFiles({
    name: 'other.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"hello": "world"}'),
  });
  await page.getByRole('button', { name: 'Preview the import' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'other.json: unknown format' }),
  ).toBeVisible();
  await shoot(page, 'error-desktop');
});

test('an admin downloads an export that parses and holds the sample events', async ({ page }) => {
  await signIn(page, 'admin');
  await page.goto('/admin/export');
  await expect(page.getByRole('heading', { level: 1, name: 'Export events' })).toBeVisible();
  const form = page.getByRole('form', { name: 'Choose what to export' });
  await form.getByLabel('Published').check();
  await form.getByLabel('From year').fill('1900');
  await form.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/status=published/);
  const download = page.getByRole('link', { name: /^Download \d+ events? \(JSON\)$/ });
  const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
  expect(file.suggestedFilename()).toMatch(/^almanac-export-filtered-.*\.json$/);
  const doc = JSON.parse(fs.readFileSync(await file.path(), 'utf8')) as {
    format: string;
    version: number;
    filters: unknown;
    events: { slug: string; status: string; year: number | null; people: unknown[] }[];
  };
  expect(doc).toMatchObject({
    format: 'almanac',
    version: 1,
    filters: { statuses: ['published'], yearFrom: 1900 },
  });
  const slugs = doc.events.map((e) => e.slug);
  expect(slugs).toContain('united-kingdom-recognises-the-soviet-union');
  expect(slugs).toContain('italy-recognises-the-soviet-union');
  expect(doc.events.every((e) => e.status === 'published' && (e.year ?? 0) >= 1900)).toBe(true);
  const uk = doc.events.find((e) => e.slug === 'united-kingdom-recognises-the-soviet-union');
  expect(uk?.people.length).toBeGreaterThan(0);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: path.join(SHOTS, 'export-phone.png'), fullPage: true });
});

test('an editor cannot open the import or export pages', async ({ page }) => {
  await signIn(page, 'editor');
  await page.goto('/admin/import');
  await expect(page.getByText('403 · Not allowed')).toBeVisible();
  await expect(page.getByRole('form', { name: 'Upload files to import' })).toHaveCount(0);
  await expect(
    page
      .getByRole('navigation', { name: 'CMS' })
      .getByRole('link', { name: 'Import', exact: true }),
  ).toHaveCount(0);
  await page.goto('/admin/export');
  await expect(page.getByText('403 · Not allowed')).toBeVisible();
  // The editor's session, sent by hand: refused by the routes themselves.
  const upload = await page.request.post('/api/cms/import', {
    multipart: { file: dayFile('editor'), status: 'draft', category: 'general-history' },
  });
  expect(upload.status()).toBe(403);
  expect((await page.request.get('/api/cms/export')).status()).toBe(403);
});

test('hand-made requests without a session are refused and import nothing', async ({
  page,
  playwright,
  baseURL,
}) => {
  const run = crypto.randomBytes(4).toString('hex');
  const anonymous = await playwright.request.newContext({ baseURL });
  const upload = await anonymous.post('/api/cms/import', {
    multipart: { file: dayFile(run), status: 'published', category: 'general-history' },
  });
  expect(upload.status()).toBe(401);
  expect(await upload.json()).toEqual({ error: expect.stringMatching(/sign in/i) });
  const start = await anonymous.post(`/api/cms/import/${'0'.repeat(24)}`);
  expect(start.status()).toBe(401);
  expect((await anonymous.get('/api/cms/export')).status()).toBe(401);
  // A signed-out visitor to the page is sent to sign in.
  await page.goto('/admin/import');
  await expect(page).toHaveURL(/\/login\?/);
  await anonymous.dispose();

  // Nothing of this run's file reached the site.
  await signIn(page, 'admin');
  await page.goto(`/editor/events?q=${run}`);
  await expect(page.getByRole('link', { name: new RegExp(run) })).toHaveCount(0);
});
