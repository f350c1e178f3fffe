import crypto from 'node:crypto';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { account } from './fixtures/auth';
import { queryDatabase } from './fixtures/events';

// Every public form, and the sign-in form, used without JavaScript and with input they refuse. Each
// one must answer with a page that says what is wrong, and the server must go on answering (a no-JS
// POST of the report form once left the server spinning at 100 % CPU for good).
test.use({ javaScriptEnabled: false });

const EVENT = '/events/united-kingdom-recognises-the-soviet-union';

async function expectSiteAnswers(request: APIRequestContext) {
  const response = await request.get('/days/february-1', { timeout: 5_000 });
  expect(response.status()).toBe(200);
}

async function openReportForm(page: Page) {
  await page.goto(`${EVENT}/report`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('What is wrong with');
}

test.describe('without JavaScript', () => {
  test('the report form refuses a too-short report with its errors, and the site keeps answering', async ({
    page,
    request,
  }) => {
    await openReportForm(page);
    await page.getByLabel('What is wrong?').fill('short');
    await page.waitForTimeout(3_500); // the form's minimum fill time
    await page.getByRole('button', { name: 'Send report' }).click();

    await expect(page.getByRole('alert')).toHaveText('Please correct the highlighted fields.');
    await expect(page.getByLabel('What is wrong?')).toHaveValue('short');
    await expect(page.getByLabel('What is wrong?')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Source', { exact: true })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expectSiteAnswers(request);

    // Sent again at once (faster than a person types): refused with a new form, the text kept.
    await page.getByLabel('What is wrong?').fill('Still far too short');
    await page.getByRole('button', { name: 'Send report' }).click();
    await expect(page.getByRole('alert')).toHaveText(/That was quick|correct the highlighted/);
    await expect(page.getByLabel('What is wrong?')).toHaveValue('Still far too short');
    await expectSiteAnswers(request);
  });

  test('the search form answers odd input with a page', async ({ page, request }) => {
    await page.goto('/search');
    const box = page.getByRole('searchbox').first();
    await box.fill('"* NEAR( -) OR');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText(/nothing|no results|no events/i).first()).toBeVisible();
    await expectSiteAnswers(request);
  });

  test('the day picker goes to the chosen day on the host the reader uses, and copes with a day past the month', async ({
    page,
    request,
    baseURL,
  }) => {
    // Through another name for this server than the one it was started with.
    const other = new URL(baseURL!);
    other.hostname = 'localhost';
    await page.goto(new URL('/days/february-1', other).href);
    await page.getByText('Choose another day').click();
    await page.getByRole('combobox', { name: 'Day', exact: true }).selectOption('30');
    await page
      .getByRole('combobox', { name: 'Month', exact: true })
      .selectOption({ label: 'February' });
    await page.getByRole('button', { name: 'Go to that day' }).click();
    await expect(page).toHaveURL(new URL('/days/february-29', other).href);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('29 February');

    const bad = await request.get('/days/go?month=13&day=abc', { maxRedirects: 0 });
    expect(bad.status()).toBe(303);
    expect(bad.headers()['location']).toBe('/days');
    const odd = await request.get('/days/go?month=2&day=30', {
      maxRedirects: 0,
      headers: { host: 'almanac.example' },
    });
    expect(odd.headers()['location']).toBe('/days/february-29');
    await expectSiteAnswers(request);
  });

  test('the sign-in form says a wrong password is wrong', async ({ page, request }) => {
    await page.goto('/login');
    // An address nobody has, so the real accounts' sign-in throttles are not touched.
    await page.getByLabel('Email').fill(`nobody-${crypto.randomUUID()}@example.org`);
    await page.getByLabel('Password', { exact: true }).fill('not the password at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/login\?/);
    await expect(page.getByRole('alert')).toHaveText('Email or password is incorrect.');
    await expectSiteAnswers(request);
  });

  test('a CMS form refuses a blank name without JavaScript and the site keeps answering', async ({
    page,
    request,
  }) => {
    const editor = account('editor');
    await page.goto('/login?callbackUrl=%2Feditor%2Ftags%3Fq%3DMorocco');
    await page.getByLabel('Email').fill(editor.email);
    await page.getByLabel('Password', { exact: true }).fill(editor.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/editor\/tags\?q=Morocco$/);

    await page.getByRole('link', { name: 'Morocco', exact: true }).first().click();
    await expect(page).toHaveURL(/\/editor\/tags\/\d+$/);
    const name = page.getByRole('textbox', { name: 'Name' }).first();
    // Only spaces: past the browser's own `required` check, refused by the server.
    await name.fill('   ');
    await page.getByRole('button', { name: 'Rename tag' }).click();
    await expect(page.getByText('Enter a name.')).toBeVisible();
    await expectSiteAnswers(request);
  });
  test('a destructive form that asks first with JavaScript posts and acts without it', async ({
    page,
  }) => {
    const name = `No script ${crypto.randomBytes(4).toString('hex')}`;
    const admin = account('admin');
    await page.goto('/login?callbackUrl=%2Fadmin%2Fcategories');
    await page.getByLabel('Email').fill(admin.email);
    await page.getByLabel('Password', { exact: true }).fill(admin.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/admin\/categories$/);
    const add = page.getByRole('form', { name: 'Add a category' });
    await add.getByLabel('Name').fill(name);
    await add.getByLabel('Colour').fill('#1d4ed8');
    await add.getByRole('button', { name: 'Create category' }).click();
    await page.getByRole('link', { name, exact: true }).click();
    await page
      .getByRole('form', { name: 'Delete this category' })
      .getByRole('button', { name: 'Delete category' })
      .click();
    await expect(page).toHaveURL(/\/admin\/categories\?notice=/);
    expect(queryDatabase('SELECT id FROM categories WHERE name = ?', [name])).toEqual([]);
  });
});
