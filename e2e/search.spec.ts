import { expect, test } from '@playwright/test';

// Runs against the sample content (db/seed-data.ts).

test.describe('search', () => {
  test('the header search box finds a half-typed name @phone', async ({ page }) => {
    await page.goto('/days/february-1');
    const box = page.getByRole('searchbox', { name: 'Search Almanac' });
    await box.fill('mussol');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=mussol$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search the almanac');
    const result = page.getByRole('link', { name: 'Italy recognises the Soviet Union' });
    await expect(result).toBeVisible();
    // The matched word is marked in the passage shown under the title.
    await expect(page.locator('main mark').first()).toHaveText(/^Mussolini$/i);
    await result.click();
    await expect(page).toHaveURL(/\/events\/italy-recognises-the-soviet-union$/);
  });

  test('results follow typing, and filters narrow them', async ({ page }) => {
    await page.goto('/search');
    await expect(page.getByText('results appear as you type')).toBeVisible();
    const box = page.getByRole('searchbox', { name: 'Search for' });
    await box.pressSequentially('soviet', { delay: 40 });
    await expect(page).toHaveURL(/\/search\?q=soviet$/);
    // Four titles name the Soviet Union; Lenin's and Litvinov's pages mention it further down.
    await expect(page.getByRole('status')).toHaveText(/^6 results$/);
    const titles = page.locator('main ol.timeline > li > a');
    await expect(titles).toHaveCount(6);
    for (const title of (await titles.allTextContents()).slice(0, 4))
      expect(title).toContain('Soviet Union');

    await page.getByRole('combobox', { name: 'Tag' }).selectOption({ label: 'Mexico' });
    await expect(page).toHaveURL(/tag=mexico/);
    await expect(page.getByRole('status')).toHaveText(/^1 result$/);
    await expect(
      page.getByRole('link', {
        name: 'Mexico establishes diplomatic relations with the Soviet Union',
      }),
    ).toBeVisible();

    await page.getByRole('combobox', { name: 'Tag' }).selectOption({ label: 'Any tag' });
    await page.getByRole('textbox', { name: 'From year' }).fill('1930');
    await expect(page.getByRole('status')).toHaveText(/^1 result$/);
    await expect(
      page.getByRole('link', { name: 'The United States recognises the Soviet Union' }),
    ).toBeVisible();
  });

  test('a query that names a person or a topic shows it above the results', async ({ page }) => {
    const panel = page.getByRole('region', { name: 'People and topics' });
    // An abbreviation (lib/search/aliases.ts) names the person, with their years and entries.
    await page.goto('/search?q=fdr');
    const fdr = panel.getByRole('link', { name: 'Franklin D. Roosevelt' });
    await expect(fdr).toHaveAttribute('href', '/people/franklin-d-roosevelt');
    await expect(panel).toContainText('Person · 1882–1945');
    await expect(panel).toContainText('President of the United States from 1933 to 1945.');
    await expect(panel).toContainText('1 entry');
    await expect(
      page.getByRole('link', { name: 'The United States recognises the Soviet Union' }),
    ).toBeVisible();
    // A topic by its abbreviation, leading to its page; a word that names nothing shows no panel.
    await page.goto('/search?q=ussr');
    await expect(panel.getByRole('link', { name: 'Soviet Union', exact: true })).toHaveAttribute(
      'href',
      '/tags/soviet-union',
    );
    await expect(page.getByRole('status')).toHaveText(/^6 results$/);
    await page.goto('/search?q=soviet');
    await expect(page.getByRole('status')).toHaveText(/^6 results$/);
    await expect(panel).toHaveCount(0);
    await page.goto('/search?q=litvinov');
    await panel.getByRole('link', { name: 'Maxim Litvinov' }).click();
    await expect(page).toHaveURL(/\/people\/maxim-litvinov$/);
  });

  test('a BCE year range and a kind filter', async ({ page }) => {
    await page.goto('/search?q=rome&from=100+BCE&to=1+BCE');
    await expect(
      page.getByRole('link', { name: 'Julius Caesar is assassinated in Rome' }),
    ).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'From year' })).toHaveValue('100 BCE');
    await page.goto('/search?q=rome&kind=birth');
    await expect(page.getByText(/Nothing found for “rome” with these filters/)).toBeVisible();
    await page.getByRole('link', { name: /Search all of Almanac for “rome”/ }).click();
    await expect(
      page.getByRole('link', { name: 'Julius Caesar is assassinated in Rome' }),
    ).toBeVisible();
  });

  const odd = [
    '"',
    'rome*',
    '-soviet',
    'NEAR(soviet union',
    '((((',
    'title:soviet',
    '🙂🙂',
    "'; DROP TABLE events; --",
    '<script>alert(1)</script>',
    'x'.repeat(10_240),
  ];
  for (const q of odd) {
    test(`odd input ${JSON.stringify(q.slice(0, 30))} gives results or a friendly message`, async ({
      page,
    }) => {
      const response = await page.goto(`/search?q=${encodeURIComponent(q)}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search the almanac');
      const found = page.getByRole('status');
      await expect(found).toHaveText(/results?$|^No results$/);
      if ((await found.textContent()) === 'No results') {
        await expect(page.getByText(/^Nothing found/)).toBeVisible();
      }
    });
  }

  test('a nonsense year is explained, not an error', async ({ page }) => {
    const response = await page.goto('/search?q=soviet&from=yesterday');
    expect(response?.status()).toBe(200);
    await expect(page.getByText(/From year "yesterday" is not a year we can read/)).toBeVisible();
    await expect(page.getByRole('status')).toHaveText(/^6 results$/);
  });

  test('works without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/search');
    await page.getByRole('searchbox', { name: 'Search for' }).fill('litvinov');
    await page.getByRole('combobox', { name: 'Kind' }).selectOption('birth');
    await page.getByRole('button', { name: 'Search', exact: true }).last().click();
    await expect(page).toHaveURL(/q=litvinov/);
    await expect(page.getByRole('link', { name: 'Maxim Litvinov is born' })).toBeVisible();
    await context.close();
  });
});
