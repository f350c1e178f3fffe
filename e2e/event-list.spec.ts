import crypto from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { account, signIn } from './fixtures/auth';
import { answerConfirm } from './fixtures/confirm';
import { insertEvents, queryDatabase } from './fixtures/events';
import { startOwnServer, type OwnServer } from './fixtures/own-server';

// The editor's event list at the size of the corpus: column sorting in the URL, "all matching"
// bulk edits, and the confirmations of what cannot be taken back.

const word = () => `zq${crypto.randomBytes(4).toString('hex')}`;

const titlesInTable = (page: Page) =>
  page.getByRole('table').getByRole('row').locator('td:nth-child(2) > a').allTextContents();

test('sorts by clicking the column headers, with sort and dir in the URL and aria-sort', async ({
  page,
  context,
}) => {
  test.setTimeout(60_000);
  const w = word();
  insertEvents([
    { title: `Bravo ${w}`, year: 1950 },
    { title: `Alpha ${w}`, year: 1990 },
    { title: `Charlie ${w}`, year: 1910 },
  ]);
  await signIn(page, 'editor', { callbackUrl: `/editor/events?q=${w}` });
  const title = page.getByRole('columnheader', { name: /^Title/ });
  const date = page.getByRole('columnheader', { name: /^Date/ });

  await title.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`q=${w}.*sort=title&dir=asc`));
  await expect(title).toHaveAttribute('aria-sort', 'ascending');
  await expect(date).not.toHaveAttribute('aria-sort', /./);
  expect(await titlesInTable(page)).toEqual([`Alpha ${w}`, `Bravo ${w}`, `Charlie ${w}`]);

  await title.getByRole('link').click();
  await expect(page).toHaveURL(/sort=title&dir=desc/);
  await expect(title).toHaveAttribute('aria-sort', 'descending');
  expect(await titlesInTable(page)).toEqual([`Charlie ${w}`, `Bravo ${w}`, `Alpha ${w}`]);

  await date.getByRole('link').click();
  await expect(page).toHaveURL(/sort=date&dir=asc/);
  await expect(date).toHaveAttribute('aria-sort', 'ascending');
  expect(await titlesInTable(page)).toEqual([`Charlie ${w}`, `Bravo ${w}`, `Alpha ${w}`]);

  // The filters and the order are the view: "Copy link" copies it, and it opens as it was.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy link to this view' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  const again = await context.newPage();
  await again.goto(copied);
  await expect(again.getByRole('searchbox', { name: 'Search' })).toHaveValue(w);
  expect(await titlesInTable(again)).toEqual([`Charlie ${w}`, `Bravo ${w}`, `Alpha ${w}`]);
});

test('selects all matching events across pages and bulk-edits their tags, featured flag and category', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const w = word();
  const ids = insertEvents(Array.from({ length: 57 }, (_, i) => ({ title: `Bulk ${w} ${i}` })));
  const unrelated = insertEvents([{ title: `Not matching ${word()}` }]);
  await signIn(page, 'editor', { callbackUrl: `/editor/events?q=${w}` });
  await expect(page.getByText('Showing 1–50 of 57.')).toBeVisible();

  const bulk = page.getByRole('form', { name: 'Selected events' });
  await bulk.getByLabel('Select all 57 events matching').check();
  await expect(bulk.getByText('All 57 events matching this filter are selected')).toBeVisible();
  const tag = `Bulk tag ${w}`;
  await bulk.getByLabel(/^Tags/).fill(tag);
  await bulk.getByRole('button', { name: 'Add tags' }).click();
  await answerConfirm(page, { title: 'Add tags: all 57 events matching?' });
  await expect(bulk.locator('[aria-live]')).toContainText('Tags added to 57 events.');

  await bulk.getByLabel('Select all 57 events matching').check();
  await bulk.getByRole('button', { name: 'Feature', exact: true }).click();
  await answerConfirm(page, { title: 'Feature: all 57 events matching?' });
  await expect(bulk.locator('[aria-live]')).toContainText('Featured 57 events.');

  const [target] = queryDatabase<{ id: number; name: string }>(
    'SELECT id, name FROM categories ORDER BY position DESC LIMIT 1',
  );
  await bulk.getByLabel('Select all 57 events matching').check();
  await bulk.getByLabel('Category', { exact: true }).selectOption({ label: target!.name });
  await bulk.getByRole('button', { name: 'Set category' }).click();
  await answerConfirm(page, { title: 'Set category: all 57 events matching?' });
  await expect(bulk.locator('[aria-live]')).toContainText('Moved to another category: 57 events.');

  // What the data must be: every matching event, none other, with a revision per change.
  const placeholders = ids.map(() => '?').join(',');
  const rows = queryDatabase<{ n: number; featured: number; moved: number; tagged: number }>(
    `SELECT count(*) AS n, sum(featured) AS featured, sum(category_id = ?) AS moved,
       sum(id IN (SELECT event_id FROM event_tags JOIN tags ON tags.id = tag_id WHERE tags.name = ?)) AS tagged
     FROM events WHERE id IN (${placeholders})`,
    [target!.id, tag, ...ids],
  );
  expect(rows[0]).toEqual({ n: 57, featured: 57, moved: 57, tagged: 57 });
  const revisions = queryDatabase<{ n: number }>(
    `SELECT count(*) AS n FROM revisions WHERE event_id IN (${placeholders}) AND note LIKE '%(bulk edit)'`,
    ids,
  );
  expect(revisions[0]!.n).toBe(57 * 3);
  const other = queryDatabase<{ featured: number }>('SELECT featured FROM events WHERE id = ?', [
    unrelated[0],
  ]);
  expect(other[0]!.featured).toBe(0);

  // The tag filter finds them all.
  await page.goto(`/editor/events?tag=${encodeURIComponent(tag)}`);
  await expect(page.getByText('Showing 1–50 of 57.')).toBeVisible();
});

test('moving to the trash asks first: cancel leaves the events, confirm moves them; only admins see permanent delete', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const w = word();
  const [keep, doomed] = insertEvents([{ title: `Keep ${w}` }, { title: `Doomed ${w}` }]);
  await signIn(page, 'editor', { callbackUrl: `/editor/events?q=${w}` });
  const bulk = page.getByRole('form', { name: 'Selected events' });
  await bulk.getByLabel(`Select “Doomed ${w}”`).check();
  await bulk.getByRole('button', { name: 'Move to trash' }).click();
  await expect(page.getByRole('dialog')).toContainText(
    'They are hidden from readers and search at once.',
  );
  await answerConfirm(page, { title: 'Move 1 event to the trash?', answer: 'cancel' });
  await expect(bulk.getByRole('button', { name: 'Move to trash' })).toBeFocused();
  await page.reload();
  expect(await titlesInTable(page)).toHaveLength(2);
  expect(
    queryDatabase<{ d: number | null }>('SELECT deleted_at AS d FROM events WHERE id = ?', [
      doomed,
    ])[0]!.d,
  ).toBeNull();

  await bulk.getByLabel(`Select “Doomed ${w}”`).check();
  await bulk.getByRole('button', { name: 'Move to trash' }).click();
  await answerConfirm(page, { title: 'Move 1 event to the trash?' });
  await expect(bulk.locator('[aria-live]')).toContainText('Moved to the trash: 1 event.');
  expect(
    queryDatabase<{ d: number | null }>('SELECT deleted_at AS d FROM events WHERE id = ?', [
      doomed,
    ])[0]!.d,
  ).not.toBeNull();

  // An editor's trash: restore only.
  await page.goto(`/editor/events/trash?q=${w}`);
  await expect(page.getByRole('button', { name: 'Restore' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Delete permanently' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Empty trash' })).toHaveCount(0);

  // An admin deletes it for good, after saying yes; its audit row stays.
  const admin = await page.context().browser()!.newContext();
  const adminPage = await admin.newPage();
  await signIn(adminPage, 'admin', { callbackUrl: `/editor/events/trash?q=${w}` });
  const trashForm = adminPage.getByRole('form', { name: 'Selected events' });
  await trashForm.getByLabel(`Select “Doomed ${w}”`).check();
  await trashForm.getByRole('button', { name: 'Delete permanently' }).click();
  await answerConfirm(adminPage, { title: 'Delete 1 event for good?' });
  await expect(trashForm.locator('[aria-live]')).toContainText('Deleted for good: 1 event.');
  expect(queryDatabase('SELECT id FROM events WHERE id = ?', [doomed])).toEqual([]);
  expect(
    queryDatabase<{ userId: number }>(
      "SELECT user_id AS userId FROM audit_log WHERE action = 'event.purge' AND entity_id = ?",
      [String(doomed)],
    ),
  ).toHaveLength(1);
  expect(queryDatabase('SELECT id FROM events WHERE id = ?', [keep])).toHaveLength(1);
  await admin.close();
});

test.describe('emptying the trash (on a server of its own, whose trash no other test uses)', () => {
  let site: OwnServer;
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    site = await startOwnServer({});
  });
  test.afterAll(async () => {
    await site?.stop();
  });

  test('an admin empties the trash after confirming; cancelling leaves it full', async ({
    browser,
  }) => {
    const w = word();
    const ids = insertEvents(
      [
        { title: `Trashed one ${w}`, trashed: true },
        { title: `Trashed two ${w}`, trashed: true },
        { title: `Alive ${w}` },
      ],
      site.databasePath,
    );
    const inTrash = () =>
      queryDatabase<{ n: number }>(
        'SELECT count(*) AS n FROM events WHERE deleted_at IS NOT NULL',
        [],
        site.databasePath,
      )[0]!.n;
    const before = inTrash();
    expect(before).toBeGreaterThanOrEqual(2);

    const context = await browser.newContext({ baseURL: site.baseURL });
    const page = await context.newPage();
    await signIn(page, account('admin'), { callbackUrl: '/editor/events/trash' });
    await page.getByRole('button', { name: 'Empty trash' }).click();
    await expect(page.getByRole('dialog')).toContainText('cannot be restored');
    await answerConfirm(page, {
      title: `Empty the trash: delete ${before} events for good?`,
      answer: 'cancel',
    });
    expect(inTrash()).toBe(before);

    await page.getByRole('button', { name: 'Empty trash' }).click();
    await answerConfirm(page, { title: `Empty the trash: delete ${before} events for good?` });
    await expect(
      page.getByText(`The trash is empty: ${before} events deleted for good.`),
    ).toBeVisible();
    expect(inTrash()).toBe(0);
    expect(
      queryDatabase(
        'SELECT id FROM events WHERE id IN (?, ?)',
        [ids[0], ids[1]],
        site.databasePath,
      ),
    ).toEqual([]);
    expect(
      queryDatabase<{ n: number }>(
        "SELECT count(*) AS n FROM audit_log WHERE action = 'event.purge'",
        [],
        site.databasePath,
      )[0]!.n,
    ).toBeGreaterThanOrEqual(before);
    await context.close();
  });
});
